// What each role sees of the personal data of whoever applies, on the staff screens, for the perfiles in
// its scope (lib/auth/permissions.ts). The table of ADR 0003 («Datos personales»), in code: the DTOs of
// lib/seguimiento and lib/admisibilidad select by it, and no screen decides it by hand. Applicants see
// their own data on their own screens; the public page of a perfil shows none of these.
import type { Rol } from "@/lib/domain/roles";

export const DATOS_PERSONALES = ["nombre", "rut", "email", "telefono", "equipo"] as const;
export type DatoPersonal = (typeof DATOS_PERSONALES)[number];

/**
 * - nombre: of the person who applied; rut: the organisation's RUT as the perfil declares it (a natural
 *   person's own RUT when the executor is one); email and telefono: how to reach them; equipo: the perfil's
 *   description of its team, which names people.
 * - A regional evaluator decides admissibility with the perfil, its automatic checks (the RUT's validity
 *   among them) and its documents: neither the RUT nor a way to contact the applicant is needed for that,
 *   and the decision is mailed by the portal.
 * - There is no phone field yet: the column says who may see one when there is.
 */
export const VISIBLES_EN_SEGUIMIENTO: { readonly [R in Rol]?: readonly DatoPersonal[] } = {
  ADMIN: DATOS_PERSONALES,
  ENCARGADO_TECNICO: DATOS_PERSONALES,
  EVALUADOR: ["nombre", "equipo"],
};

/** The personal data these roles may see on staff screens: the union over their roles. */
export function datosVisibles(roles: readonly Rol[]): Record<DatoPersonal, boolean> {
  const ve = (d: DatoPersonal) => roles.some((r) => VISIBLES_EN_SEGUIMIENTO[r]?.includes(d) ?? false);
  return { nombre: ve("nombre"), rut: ve("rut"), email: ve("email"), telefono: ve("telefono"), equipo: ve("equipo") };
}
