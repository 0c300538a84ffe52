import type { Sincronia } from "./sincronia-etiquetas.mjs";

/** Next's incremental-cache handler (FileSystemCache's shape), as far as the tests use it. */
export interface ManejadorIsr {
  get(clave: string, ctx: Record<string, unknown>): Promise<unknown>;
  set(clave: string, datos: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(etiquetas: string | string[], duraciones?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
export type ClaseManejadorIsr = new (ctx: Record<string, unknown>) => ManejadorIsr;

export declare function crearClaseIsr(obtenerSincronia: () => Sincronia): ClaseManejadorIsr;
declare const ManejadorIsrDelProceso: ClaseManejadorIsr;
export default ManejadorIsrDelProceso;
