import type { Logger } from "pino";
import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types";
import type { Duraciones } from "./etiquetas-compartidas.mjs";

export type Sincronia = {
  readonly instancia: string;
  readonly cuenta: { consultas: number; escrituras: number; aplicadas: number };
  refrescar(): Promise<void>;
  registrar(etiquetas: string[], duraciones?: Duraciones): Promise<void>;
  cerrar(): Promise<void>;
};

export declare function esPostgres(url: string | undefined): boolean;
export declare function instanciaNueva(): string;
export declare function crearSincronia(opciones: {
  url: string;
  aplicar: (etiquetas: string[], duraciones?: Duraciones) => Promise<void>;
  instancia?: string;
  ahora?: () => number;
  inicioMs?: number;
  log?: Logger;
}): Sincronia;
export declare function envolverManejador(local: CacheHandler, sincronia: Sincronia | null): CacheHandler;
