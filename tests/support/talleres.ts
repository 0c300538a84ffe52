// Talleres tests: anonymous registrations go through the e-mailed link (double opt-in), as a visitor's do.
import { executeAction } from "@/lib/actions/pipeline";
import { confirmarInscripcion } from "@/lib/talleres/actions/confirmar-inscripcion";
import { inscribirseTaller } from "@/lib/talleres/actions/inscribirse";
import { hashToken } from "@/lib/talleres/confirmacion";
import { db } from "./escenario";
import { comoExito } from "./resultado";

let ultima = 0;

/** A new client address per call, so that the per-connection limit of one test does not reach another. */
export function ipNueva(): string {
  ultima += 1;
  return `10.${(ultima >> 16) & 255}.${(ultima >> 8) & 255}.${ultima & 255}`;
}

/** Every confirmation link mailed to this address, oldest first. */
export async function tokensEnviados(email: string): Promise<string[]> {
  const correos = await db.notificacion.findMany({ where: { para: email }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { cuerpo: true } });
  return correos.flatMap((c) => [...c.cuerpo.matchAll(/\/talleres\/confirmar\/([A-Za-z0-9_-]{43})\b/g)].map((m) => m[1]));
}

/** The token of the link that still confirms this address's registration to the taller (read from its e-mail). */
export async function tokenDe(eventoId: string, email: string): Promise<string> {
  const ins = await db.inscripcion.findUniqueOrThrow({ where: { eventoId_email: { eventoId, email } }, select: { tokenHash: true } });
  const token = (await tokensEnviados(email)).find((t) => hashToken(t) === ins.tokenHash);
  if (!token) throw new Error(`Ningún correo a ${email} trae el enlace vigente de su inscripción`);
  return token;
}

/** The first half of an anonymous registration: the form sent without a session. */
export function solicitar(eventoId: string, email: string, nombre = "Persona Inscrita", ip: string | null = ipNueva()) {
  return executeAction(inscribirseTaller, { eventoId, nombre, email }, { user: null, ip, db });
}

/** Both halves: the form, then the link of the e-mail it sent, confirmed with the page's button. */
export async function inscribirYConfirmar(eventoId: string, email: string, nombre = "Persona Inscrita") {
  const { data } = comoExito(await solicitar(eventoId, email, nombre));
  const ins = await db.inscripcion.findUniqueOrThrow({ where: { id: data.id }, select: { email: true } });
  return executeAction(confirmarInscripcion, { token: await tokenDe(eventoId, ins.email) }, { user: null, db });
}
