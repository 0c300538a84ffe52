// The columns that make up a perfil's content, for every query that shows it (applicant and staff).
export const SELECCION_CONTENIDO_PERFIL = {
  nombreProyecto: true,
  problema: true,
  solucion: true,
  usuarios: true,
  coproduccion: true,
  equipo: true,
  organizacionNombre: true,
  organizacionRut: true,
  nivelMadurez: true,
  tipoEjecutor: true,
  montoSolicitado: true,
} as const;
