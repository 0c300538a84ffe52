// What a mail template returns and the outbox queues: a subject and a plain-text body, with the HTML
// alternative that delivery builds from that text (./html.ts).
import { htmlDeCorreo } from "./html";

export type MensajeCorreo = { asunto: string; texto: string; html: string };

/** The closing line of the portal's e-mails. */
export const FIRMA = "Fondo IDEA · FOSIS";

/** A message from its subject and its lines ("" is a blank line: a new paragraph in the HTML). */
export function mensaje(asunto: string, lineas: readonly string[]): MensajeCorreo {
  const texto = lineas.join("\n");
  return { asunto, texto, html: htmlDeCorreo(asunto, texto) };
}
