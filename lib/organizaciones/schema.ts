// Organisation membership: schemas shared by the forms and the actions.
import { z } from "zod";
import { email, id, rut, texto, textoRequerido } from "@/lib/validation/campos";

export const MENSAJE_MAX = 1000;
export const MOTIVOS_MIN = 10;
export const MOTIVOS_MAX = 2000;

/** An applicant asks to join the organisation with this RUT, telling its members who they are. */
export const solicitarIngresoSchema = z.object({
  organizacionRut: rut,
  mensaje: textoRequerido("El mensaje", MENSAJE_MAX),
});

/** An active member invites an account, by its e-mail (it joins only if it accepts). */
export const agregarMiembroSchema = z.object({
  organizacionId: id,
  email,
});

/** The invited person accepts or declines an invitation to join. */
export const RESPUESTAS_INVITACION = ["ACEPTAR", "RECHAZAR"] as const;
export type RespuestaInvitacion = (typeof RESPUESTAS_INVITACION)[number];

export const aceptarInvitacionSchema = z.object({
  id,
  respuesta: z.enum(RESPUESTAS_INVITACION, { error: "Indique si acepta o rechaza la invitación." }),
});

/**
 * APROBAR_Y_QUITAR: FOSIS staff only, when the organisation was claimed by someone who does not act for
 * it: the requester becomes a member and every other active member is removed. It needs written reasons.
 */
export const DECISIONES_SOLICITUD = ["APROBAR", "RECHAZAR", "APROBAR_Y_QUITAR"] as const;
export type DecisionSolicitud = (typeof DECISIONES_SOLICITUD)[number];

export const resolverSolicitudSchema = z
  .object({
    id,
    decision: z.enum(DECISIONES_SOLICITUD, { error: "Indique si aprueba o rechaza la solicitud." }),
    motivos: texto("Los motivos", MOTIVOS_MAX).trim().optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "APROBAR_Y_QUITAR" && v.motivos.length < MOTIVOS_MIN) {
      ctx.addIssue({ code: "custom", path: ["motivos"], message: `Para quitar a los demás integrantes escriba los motivos (al menos ${MOTIVOS_MIN} caracteres).` });
    }
  });
