import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

export declare const VIGENCIA_MS: number;
export declare const MAX_ENTRADAS: number;
export declare const MAX_BYTES: number;
export declare const CABECERA: string;
export declare function generacion(): number;
export declare function marcarExpiracion(): void;
export declare function claveDeSolicitud(metodo: string | undefined, url: string | undefined, cabeceras: IncomingHttpHeaders): string | null;
export declare function vigenciaDeRespuesta(status: number, cabeceras: OutgoingHttpHeaders): number;
export declare function aceptaGzip(acceptEncoding: string | string[] | undefined): boolean;
export declare function coincideEtag(ifNoneMatch: string | string[] | undefined, etag: string): boolean;
export type CacheRespuestas = {
  readonly tamano: { paginas: number; bytes: number };
  vaciar(): void;
  atender(req: IncomingMessage, res: ServerResponse): boolean;
};
export declare function crearCacheRespuestas(opciones?: { ahora?: () => number; maxEntradas?: number; maxBytes?: number }): CacheRespuestas;
