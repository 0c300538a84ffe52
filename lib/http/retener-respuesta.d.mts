import type { ServerResponse } from "node:http";

export declare function retenerRespuesta(
  res: ServerResponse,
  opciones: { retener: () => boolean; alTerminar: (cuerpo: Buffer, enviar: (cuerpo: Buffer) => unknown) => unknown },
): void;
