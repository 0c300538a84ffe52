import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { ROL_VERIFICADO } from "@/lib/auth/claveunica";
import { verificarRutSchema } from "@/lib/votacion/schema";

// Staff verify a person's RUT in person (their cédula at a FOSIS office), the other way into the vote
// besides ClaveÚnica (SPEC "Votación popular"; ADR 0013). Same rules as a ClaveÚnica verification of a
// signed-in account (lib/auth/claveunica.ts, rule 2): one person, one account — a RUT verified on another
// account is refused; one only typed at sign-up by another account is taken from it. It grants AFILIADO and
// bumps sessionVersion (sessions opened before end). The reason is audited; the RUT itself never is.
export const verificarRut = defineAction({
  name: "usuario.verificarRut",
  schema: verificarRutSchema,
  async run({ input, tx, user }) {
    const cuenta = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, rut: true, rutVerificado: true, roles: { select: { rol: true } } } });
    if (!cuenta) throw new ActionError("No hay una cuenta con ese correo.", { email: ["No hay una cuenta con ese correo."] });
    if (cuenta.rutVerificado) {
      const m = "Esa cuenta ya tiene su RUT verificado.";
      throw new ActionError(m, { email: [m] });
    }
    const conRut = await tx.user.findUnique({ where: { rut: input.rut }, select: { id: true, rutVerificado: true } });
    let liberadoDe: string | null = null;
    if (conRut && conRut.id !== cuenta.id) {
      if (conRut.rutVerificado) {
        const m = "Ese RUT ya está verificado en otra cuenta: una persona tiene una sola cuenta.";
        throw new ActionError(m, { rut: [m] });
      }
      // Only typed at sign-up there: a typed RUT never outranks its verified holder.
      const { count } = await tx.user.updateMany({ where: { id: conRut.id, rut: input.rut, rutVerificado: false }, data: { rut: null } });
      if (count !== 1) throw new ActionError("Otra verificación de ese RUT ocurrió al mismo tiempo. Revise e intente nuevamente.");
      liberadoDe = conRut.id;
    }
    // Conditional: a concurrent verification (ClaveÚnica or staff) of this account wins, this one is refused.
    const { count } = await tx.user.updateMany({
      where: { id: cuenta.id, rutVerificado: false },
      data: { rut: input.rut, rutVerificado: true, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw new ActionError("Esa cuenta ya tiene su RUT verificado.");
    const otorga = !cuenta.roles.some((r) => r.rol === ROL_VERIFICADO);
    if (otorga) await tx.userRol.create({ data: { userId: cuenta.id, rol: ROL_VERIFICADO, otorgadoPor: user.id } });
    return {
      data: { userId: cuenta.id },
      audit: {
        entidad: "User",
        entidadId: cuenta.id,
        datos: {
          motivo: input.motivo,
          reemplazaRutEscrito: cuenta.rut !== null && cuenta.rut !== input.rut,
          ...(liberadoDe ? { rutLiberadoDe: liberadoDe } : {}),
          ...(otorga ? { otorga: ROL_VERIFICADO } : {}),
        },
      },
      mensaje: otorga ? "RUT verificado. La cuenta recibió el rol de afiliado y ya puede votar." : "RUT verificado.",
    };
  },
  revalidate: () => ["/admin/usuarios", "/admin/votacion"],
});
