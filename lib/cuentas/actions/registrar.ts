import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoRegistroBienvenida } from "@/lib/mail/plantillas/registro-bienvenida";
import { ASUNTO_INTENTO_REGISTRO, correoRegistroIntentoDuplicado } from "@/lib/mail/plantillas/registro-intento-duplicado";
import { MENSAJE_REGISTRO, registroSchema } from "../schema";


// Anyone may create an account; it starts as POSTULANTE. AFILIADO (voter) needs a verified RUT and
// other roles are granted by an admin.
//
// Registration must not tell a stranger whether an e-mail or a RUT has an account (RUTs are public-ish
// identifiers: an enumerator would learn who applies). So a repeated e-mail or RUT gets the same answer
// as a new account, after the same work (the password is hashed either way, one e-mail is queued
// either way), and the owner of the existing account is told by e-mail.
/** Sign-ups per connection and per e-mail address: an office's Wi-Fi at a workshop fits, a script does not. */
export const LIMITE_REGISTRO_IP = { intentos: 30, ventanaMs: 60 * 60_000 };
export const LIMITE_REGISTRO_CORREO = { intentos: 3, ventanaMs: 24 * 60 * 60_000 };

export const registrar = defineAction({
  name: "cuenta.registrar",
  schema: registroSchema,
  // Counted before the transaction (ADR 0003). Without them, 30 parallel sign-ups with invented
  // addresses queued 30 mails, and a known address could be mail-bombed with "someone tried…" notices.
  // A call without an IP is an internal one (tests, scripts): the server always knows the peer.
  async limit({ input, ip, consumir }) {
    if (ip && !(await consumir(`registro:ip:${ip}`, LIMITE_REGISTRO_IP))) {
      throw new ActionError("Demasiados registros desde esta conexión. Intente más tarde.");
    }
    if (!(await consumir(`registro:correo:${input.email}`, LIMITE_REGISTRO_CORREO))) {
      const m = "Demasiados intentos con este correo. Revise su bandeja de entrada o intente mañana.";
      throw new ActionError(m, { email: [m] });
    }
  },
  async run({ input, tx }) {
    const passwordHash = await hashPassword(input.password);
    const existentes = await tx.user.findMany({
      where: { OR: [{ email: input.email }, { rut: input.rut }] },
      select: { id: true, email: true, nombre: true },
    });

    if (existentes.length > 0) {
      const desde = new Date(Date.now() - 24 * 60 * 60_000);
      for (const u of existentes) {
        // One notice a day per owner is enough to tell them; more would be a way to flood their inbox.
        if (await tx.notificacion.findFirst({ where: { userId: u.id, asunto: ASUNTO_INTENTO_REGISTRO, createdAt: { gte: desde } }, select: { id: true } })) continue;
        await encolarCorreo(tx, { para: u.email, userId: u.id }, correoRegistroIntentoDuplicado({ nombre: u.nombre }));
      }
      return { data: { email: input.email }, audit: { entidad: "User", entidadId: null, datos: { duplicado: true } }, mensaje: MENSAJE_REGISTRO };
    }

    const user = await tx.user.create({
      data: { nombre: input.nombre, email: input.email, rut: input.rut, passwordHash, roles: { create: [{ rol: "POSTULANTE" }] } },
      select: { id: true, email: true },
    });
    await encolarCorreo(tx, { para: user.email, userId: user.id }, correoRegistroBienvenida({ nombre: input.nombre }));
    // The audit keeps no password, and only the account id (personal data stays in the user table).
    return { data: { email: user.email }, audit: { entidad: "User", entidadId: user.id, datos: { roles: ["POSTULANTE"] } }, mensaje: MENSAJE_REGISTRO };
  },
});
