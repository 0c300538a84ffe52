export declare const INTERVALO_CONSULTA_MS: number;
export declare const SOLAPE_MS: number;

export type Duraciones = { expire?: number };

/** One row of "CacheEtiqueta" as the synchroniser reads it (times in ms). */
export type FilaEtiqueta = { etiqueta: string; instancia: string; actualizadaMs: number; restanteMs: number | null };

export type EstadoAplicadas = { instancia: string; aplicadas: ReadonlyMap<string, number>; cursorMs: number };

export type LlamadaUpdateTags = { etiquetas: string[]; duraciones?: Duraciones };

export declare function tocaConsultar(ultimaConsultaMs: number, ahoraMs: number, intervaloMs?: number): boolean;
export declare function desdeDeConsulta(cursorMs: number, solapeMs?: number): number;
export declare function plazoDeExpiracion(duraciones?: Duraciones): number | null;
export declare function filasPorAplicar(
  filas: readonly FilaEtiqueta[],
  estado: EstadoAplicadas,
): { llamadas: LlamadaUpdateTags[]; aplicadas: Map<string, number>; cursorMs: number };
