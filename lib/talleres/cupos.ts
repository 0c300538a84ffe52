// Seats of an event, changed with one conditional UPDATE each: the database decides, so concurrent
// registrations can never take more seats than the capacity (Prisma cannot compare two columns in a
// where, hence raw SQL; the same statement runs on SQLite and PostgreSQL).
import type { Tx } from "@/lib/db/client";

/**
 * Locks the event's row until the transaction ends (a no-op UPDATE: the same statement on both
 * databases). A registration takes it before deciding seat or waitlist, so a cancellation running at
 * the same time either frees its seat before (the registration gets it) or after the registration
 * commits (and then sees it in the waitlist and promotes it): a free seat never coexists with a waitlist.
 */
export async function bloquearEvento(tx: Tx, eventoId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Evento" SET "cuposOcupados" = "cuposOcupados" WHERE "id" = ${eventoId}`;
}

/** Takes one seat if one is free. True when it was taken. */
export async function tomarCupo(tx: Tx, eventoId: string): Promise<boolean> {
  const n = await tx.$executeRaw`UPDATE "Evento" SET "cuposOcupados" = "cuposOcupados" + 1 WHERE "id" = ${eventoId} AND "cuposOcupados" < "capacidad"`;
  return n === 1;
}

/** Gives one seat back (also locks the event's row on PostgreSQL until the transaction ends). */
export async function liberarCupo(tx: Tx, eventoId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Evento" SET "cuposOcupados" = "cuposOcupados" - 1 WHERE "id" = ${eventoId} AND "cuposOcupados" > 0`;
}
