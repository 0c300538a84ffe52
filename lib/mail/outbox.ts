// E-mail outbox: a message is written in the same transaction as the change that causes it, so it is
// sent if and only if that change commits. lib/mail/deliver.ts sends it later, with retries.
import type { Tx } from "@/lib/db/client";

export type Correo = {
  para: string;
  asunto: string;
  cuerpo: string;
  userId?: string | null;
  /** A caller-chosen id (default: a cuid) makes the enqueue idempotent: a second one fails on the primary key. */
  id?: string;
};

export async function encolarCorreo(tx: Tx, c: Correo): Promise<void> {
  await tx.notificacion.create({ data: { ...(c.id ? { id: c.id } : {}), para: c.para, asunto: c.asunto, cuerpo: c.cuerpo, userId: c.userId ?? null } });
}
