import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";

export declare const NIVELES: readonly string[];
export declare const CAMPOS_OCULTOS: string[];
export declare function escrubir(texto: string): string;
export declare function nivelDelEntorno(valor?: string): string;
export declare function crearRegistro(opciones?: { nivel?: string; salida?: { write(linea: string): unknown } }): Logger;
export declare const registro: Logger;
export declare function redirigirConsola(r?: Logger): void;
export declare function idDeSolicitud(entrante: unknown, confiar: boolean): string;
export declare function rutaSinConsulta(url: string | undefined): string;
export declare function registrarSolicitud(req: IncomingMessage, res: ServerResponse, opciones?: { confiarEnId?: boolean; r?: Logger }): string;
