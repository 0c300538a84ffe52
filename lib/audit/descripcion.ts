// What an audit entry's `accion` means, in Spanish, for /admin/auditoria. Actions run by the pipeline
// are described by the permission table; the entries the system writes itself (the demo seed, …) are
// described here. A name neither knows (an entry written by an older version, or edited outside the
// portal) is shown as it is.
import { PERMISOS } from "@/lib/auth/permissions";

/** Entries written outside the action pipeline: add a row when code appends one with a new `sistema.*` name. */
export const ACCIONES_DEL_SISTEMA: Record<string, string> = {
  "sistema.sembrarDemo": "Sembrar los datos de demostración",
  // npm run demo (lib/seed/avance-demo.ts)
  "sistema.demoNombrar": "Nombrar la convocatoria de demostración por el año de su calendario",
  "sistema.demoCalendario": "Fijar el calendario de la demostración",
  "sistema.demoCrearCuenta": "Crear una cuenta sintética de la demostración",
  "sistema.demoFechas": "Ubicar los datos sintéticos de la demostración en su calendario",
  "sistema.demoRubrica": "Fijar la regla de región de la rúbrica de la demostración",
  "sistema.demoCrearVotantes": "Crear las personas votantes verificadas de la demostración",
  "sistema.demoCerrarVotacion": "Cerrar la votación popular de la demostración antes de la preselección",
  "sistema.sembrarDemoHistorica": "Cargar la convocatoria pasada de la demostración (pilotos cerrados, informes finales publicados)",
};

export function describirAccion(accion: string): string {
  if (Object.hasOwn(PERMISOS, accion)) return PERMISOS[accion as keyof typeof PERMISOS].descripcion;
  if (Object.hasOwn(ACCIONES_DEL_SISTEMA, accion)) return ACCIONES_DEL_SISTEMA[accion];
  if (accion.startsWith("sistema.")) return `Acción del sistema (${accion.slice("sistema.".length)})`;
  return accion;
}
