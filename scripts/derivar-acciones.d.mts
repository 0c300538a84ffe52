// Types of scripts/derivar-acciones.mjs, for the tests that import it (tsconfig has allowJs off).
export type AccionEncontrada = { archivo: string; feature: string; constante: string; nombre: string; serverAction: boolean };
export type Revision = { errores: string[]; desactualizados: string[]; sobrantes: string[]; archivos: Record<string, string> };

export function archivosDeAcciones(raiz: string): string[];
export function leerAccion(archivo: string, texto: string): { errores: string[]; accion?: AccionEncontrada };
export function ordenDeLaTabla(texto: string): string[];
export function escanear(raiz: string): { acciones: AccionEncontrada[]; errores: string[] };
export function generar(acciones: AccionEncontrada[], orden: string[]): { archivos: Record<string, string>; errores: string[] };
export function revisar(raiz: string): Revision;
export function escribir(raiz: string): Revision;
