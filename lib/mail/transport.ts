// SMTP transport (nodemailer) configured by the environment:
//   SMTP_URL   smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://…:465 (TLS).
//              Query parameters are passed to nodemailer (e.g. ?connectionTimeout=5000).
//   MAIL_FROM  sender, "Fondo IDEA <no-responder@fosis.gob.cl>" by default.
// Without SMTP_URL there is no transport: messages stay PENDIENTE in the outbox (nothing pretends to send).
import nodemailer from "nodemailer";
import { resumirError } from "@/lib/mail/politica";

export const MAIL_FROM_POR_OMISION = "Fondo IDEA <no-responder@fosis.gob.cl>";

export type MensajeSaliente = {
  /** Outbox row id: becomes the Message-ID, so a rare resend is recognisable as the same message. */
  id: string;
  para: string;
  asunto: string;
  /** The plain text, as queued. */
  cuerpo: string;
  /** The HTML alternative built from it (lib/mail/html.ts). */
  html: string;
};

export interface Transporte {
  /** Sends one message; rejects with an Error whose message carries no credentials. */
  enviar(m: MensajeSaliente): Promise<void>;
  cerrar(): void;
}

export function remitente(): string {
  return process.env.MAIL_FROM?.trim() || MAIL_FROM_POR_OMISION;
}

function dominioDe(direccion: string): string {
  const m = /@([^>\s]+)>?\s*$/.exec(direccion);
  return m?.[1] ?? "fondoidea.local";
}

/** The user name and password in an SMTP URL, to keep them out of stored errors and logs. */
function credenciales(url: string): string[] {
  try {
    const u = new URL(url);
    return [u.username, u.password].map((s) => decodeURIComponent(s)).filter((s) => s.length > 0);
  } catch {
    return [];
  }
}

/** A transport for `url` (smtp: or smtps:). Throws on any other URL. */
export function crearTransporte(url: string, de = remitente()): Transporte {
  let protocolo: string;
  try {
    protocolo = new URL(url).protocol;
  } catch {
    throw new Error("SMTP_URL no es una URL válida");
  }
  if (protocolo !== "smtp:" && protocolo !== "smtps:") throw new Error("SMTP_URL debe comenzar con smtp:// o smtps://");
  const secretos = credenciales(url);
  // Timeouts well under the outbox lease (RESERVA_MS, 2 min), so a send never outlives its reservation.
  const t = nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000, dnsTimeout: 10_000 });
  const dominio = dominioDe(de);
  return {
    async enviar(m) {
      try {
        await t.sendMail({
          from: de,
          to: m.para,
          subject: m.asunto,
          text: m.cuerpo,
          html: m.html,
          messageId: `<${m.id}@${dominio}>`,
          // RFC 3834: tells auto-responders (vacation replies) not to answer a notification.
          headers: { "Auto-Submitted": "auto-generated" },
        });
      } catch (e) {
        throw new Error(resumirError(e, secretos));
      }
    },
    cerrar() {
      t.close();
    },
  };
}

let avisado = false;

/**
 * The transport of the environment (SMTP_URL), or null when it is not configured or invalid; says so
 * once per process, since mail then waits in the outbox.
 */
export function transporteDelEntorno(): Transporte | null {
  const url = process.env.SMTP_URL?.trim();
  if (!url) {
    if (!avisado) console.warn("[correo] SMTP_URL no está configurada: los correos quedan PENDIENTES en la bandeja de salida.");
    avisado = true;
    return null;
  }
  try {
    return crearTransporte(url);
  } catch (e) {
    if (!avisado) console.error(`[correo] ${resumirError(e, credenciales(url))}: los correos quedan PENDIENTES.`);
    avisado = true;
    return null;
  }
}
