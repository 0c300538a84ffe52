import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { esCorreoProvisorio } from "@/lib/auth/claveunica-claims";
import { urlPortal } from "@/lib/config/url-portal";
import { formatearFechaHora } from "@/lib/domain/formato";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoConfirmarCorreo } from "@/lib/mail/plantillas/correo-confirmar";
import { secretoInvitaciones } from "@/lib/scouting/secreto";
import { MENSAJE_CORREO_YA_EXISTE, solicitarCorreoSchema } from "../schema";
import { firmarEnlaceCorreo, HORAS_VIGENCIA_ENLACE_CORREO } from "../enlace-correo";

// A ClaveÚnica account has no e-mail (ClaveÚnica gives none; lib/auth/claveunica-claims.ts holds a
// provisional address in its place). Its owner adds one in «Mi cuenta»: the address gets a signed link,
// and opening it with the same account signed in sets it. Only the owner of the mailbox learns whether it
// belongs to another account (at confirmation), so the request itself reveals nothing to the asker.
// An account that already has a real address changes it through a data request (cuenta/datos), which
// staff resolve: that path checks who asks.

/** Requests per account: a typo or two, not a way to mail strangers. */
export const LIMITE_SOLICITUD_CORREO = { intentos: 5, ventanaMs: 24 * 60 * 60_000 };

export const solicitarCorreo = defineAction({
  name: "cuenta.solicitarCorreo",
  schema: solicitarCorreoSchema,
  async limit({ user, consumir }) {
    if (!(await consumir(`correo:cuenta:${user.id}`, LIMITE_SOLICITUD_CORREO))) {
      const m = "Ya pidió varios enlaces hoy. Revise su bandeja de entrada (y la de correo no deseado) o intente mañana.";
      throw new ActionError(m, { email: [m] });
    }
  },
  async run({ input, tx, user }) {
    const cuenta = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, email: true, nombre: true } });
    if (!esCorreoProvisorio(cuenta.email)) throw new ActionError(MENSAJE_CORREO_YA_EXISTE);
    if (esCorreoProvisorio(input.email)) {
      const m = "Ingrese su propio correo electrónico.";
      throw new ActionError(m, { email: [m] });
    }
    const vence = new Date(Date.now() + HORAS_VIGENCIA_ENLACE_CORREO * 3_600_000);
    const token = firmarEnlaceCorreo({ userId: cuenta.id, email: input.email, expiraEn: vence }, secretoInvitaciones());
    await encolarCorreo(tx, { para: input.email, userId: cuenta.id }, correoConfirmarCorreo({ nombre: cuenta.nombre, enlace: urlPortal(`/cuenta/correo/${token}`), vence }));
    return {
      data: { email: input.email },
      // No address in the audit log: personal data stays in the user table (ADR 0019).
      audit: { entidad: "User", entidadId: cuenta.id, datos: { vence: vence.toISOString() } },
      mensaje: `Le enviamos un enlace a ${input.email}. Ábralo antes del ${formatearFechaHora(vence)}, con esta sesión iniciada, para confirmar su correo.`,
    };
  },
});
