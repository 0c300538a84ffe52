// Per-account budgets of the actions that e-mail other people (counted in the pipeline's `limit` step):
// without them one account could mail-bomb an organisation's members, or anyone it invites.
import type { Limite } from "@/lib/auth/rate-limit";

const DIA_MS = 24 * 60 * 60_000;

export const LIMITE_SOLICITUDES: Limite = { intentos: 10, ventanaMs: DIA_MS };
export const LIMITE_INVITACIONES: Limite = { intentos: 10, ventanaMs: DIA_MS };

export const claveSolicitudes = (userId: string) => `organizacion:solicitudes:${userId}`;
export const claveInvitaciones = (userId: string) => `organizacion:invitaciones:${userId}`;

export const MENSAJE_DEMASIADAS_SOLICITUDES = `Alcanzó el máximo de ${LIMITE_SOLICITUDES.intentos} solicitudes para unirse a organizaciones por día. Intente mañana.`;
export const MENSAJE_DEMASIADAS_INVITACIONES = `Alcanzó el máximo de ${LIMITE_INVITACIONES.intentos} invitaciones por día. Intente mañana.`;
