// How an event's seats and place read (pure: used by pages and components).
export function textoCupos(capacidad: number, ocupados: number): string {
  const libres = Math.max(0, capacidad - ocupados);
  if (libres === 0) return "Lista de espera";
  return libres === 1 ? "Queda 1 cupo" : `Quedan ${libres} cupos`;
}

export function hayCupos(capacidad: number, ocupados: number): boolean {
  return ocupados < capacidad;
}

export const NOMBRE_ESTADO_INSCRIPCION = {
  POR_CONFIRMAR: "Por confirmar",
  CONFIRMADA: "Confirmada",
  LISTA_ESPERA: "En lista de espera",
  CANCELADA: "Cancelada",
} as const;

export function textoAsistencia(presente: boolean | null): string {
  return presente === null ? "Sin marcar" : presente ? "Presente" : "Ausente";
}
