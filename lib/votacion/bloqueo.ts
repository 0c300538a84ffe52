// The rules freeze with the first vote (votacion.configurar refuses once a vote exists). On PostgreSQL a
// vote and a rules change could otherwise overlap: the change counts no vote (the first one is not
// committed yet) while that vote was checked against the old rules. So a vote cast while the rules are
// not frozen yet holds a SHARED transaction-scoped advisory lock (votes never wait for each other) and a
// rules change the EXCLUSIVE one: the change waits for votes in flight, then sees them. SQLite has a single
// writer already.
//
// Once frozen, a vote takes no lock. A vote whose statement (lib/votacion/contexto.ts, rules and
// `congeladas` read in ONE statement, hence one snapshot) sees a committed vote V of its convocatoria
// reads final rules: every change C that ever succeeds committed before V did, so before that snapshot.
// Why: C saw no committed vote while holding the exclusive lock, so every vote W commits after C's read.
// If W took the shared lock it held it from before its read until after its commit; the two locks
// exclude each other, so W's lock came after C released its own, which PostgreSQL does only after C's
// commit is visible: C committed before W. If W took no lock, its snapshot saw an earlier committed vote,
// for which the same holds (by induction on commit order; the first vote ever committed saw none, so it
// took the lock). This needs votes never to be deleted: no path of the portal deletes one (immutable).
import { isPostgres, type Tx } from "@/lib/db/client";

const CLAVE_REGLAS_VOTACION = 7_262_011;

/**
 * Takes the shared lock of a vote cast before the rules are frozen (PostgreSQL; SQLite needs none).
 * Returns whether it took it: then the rules must be read again, after the lock.
 */
export async function bloquearReglasParaVotar(tx: Tx): Promise<boolean> {
  if (!isPostgres()) return false;
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock_shared(${CLAVE_REGLAS_VOTACION})`);
  return true;
}

export async function bloquearReglasParaCambiar(tx: Tx): Promise<void> {
  if (isPostgres()) await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${CLAVE_REGLAS_VOTACION})`);
}
