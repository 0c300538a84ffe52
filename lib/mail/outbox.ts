// E-mail outbox: a message is written in the same transaction as the change that causes it, so it is
// sent if and only if that change commits. lib/mail/deliver.ts sends it later, with retries.
import { esCorreoProvisorio } from "@/lib/auth/claveunica-claims";
import type { Tx } from "@/lib/db/client";
import type { MensajeCorreo } from "./mensaje";

/** Who receives a message. */
export type Destinatario = {
  para: string;
  userId?: string | null;
  /** A caller-chosen id (default: a cuid) makes the enqueue idempotent: a second one fails on the primary key. */
  id?: string;
};

/**
 * Queues `m`, the output of a template (lib/mail/plantillas), for `a`. The row keeps the subject and the
 * text; delivery builds the HTML alternative from that text with the same function the template used
 * (lib/mail/html.ts), so no column is needed for it.
 */
export async function encolarCorreo(tx: Tx, a: Destinatario, m: MensajeCorreo): Promise<void> {
  // An account made by ClaveÚnica has no e-mail until the person gives one (a placeholder that can never be
  // delivered): the message is kept, marked failed at once, instead of being retried until it gives up.
  const sinCorreo = esCorreoProvisorio(a.para);
  await tx.notificacion.create({
    data: {
      ...(a.id ? { id: a.id } : {}),
      para: a.para,
      asunto: m.asunto,
      cuerpo: m.texto,
      userId: a.userId ?? null,
      ...(sinCorreo && { estado: "FALLIDA", ultimoError: "La cuenta no tiene correo electrónico (ingresó con ClaveÚnica y aún no lo agrega)." }),
    },
  });
}
