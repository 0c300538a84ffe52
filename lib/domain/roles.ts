// Roles del portal (SPEC.md). Una cuenta puede tener varios.
export const ROLES = ["POSTULANTE", "AFILIADO", "EVALUADOR", "ENCARGADO_TECNICO", "COMITE", "JURADO", "MENTOR", "ADMIN"] as const;
export type Rol = (typeof ROLES)[number];

export const NOMBRE_ROL: Record<Rol, string> = {
  POSTULANTE: "Postulante",
  AFILIADO: "Afiliado (votante)",
  EVALUADOR: "Evaluador regional",
  ENCARGADO_TECNICO: "Encargado técnico",
  COMITE: "Comité",
  JURADO: "Jurado",
  MENTOR: "Mentor",
  ADMIN: "Administrador FOSIS",
};
