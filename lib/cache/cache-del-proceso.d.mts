import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types";
import type { Sincronia } from "./sincronia-etiquetas.mjs";

export type CacheDelProceso = { local: CacheHandler; sincronia: Sincronia | null; manejador: CacheHandler };

export declare function sincroniaActiva(env?: Record<string, string | undefined>): boolean;
export declare function crearCacheDelProceso(opciones?: { env?: Record<string, string | undefined>; local?: CacheHandler }): CacheDelProceso;
export declare function cacheDelProceso(): CacheDelProceso;
