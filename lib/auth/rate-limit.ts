// Attempt limits (sign-in per account and per IP, anonymous taller registrations…), kept in the
// database so that several stateless app instances share them. Fixed window per key.
//
// An attempt is COUNTED BEFORE the work it limits is done, with one atomic statement, and the caller
// goes on only if the count it got back is within the limit. Reading the count first and recording a
// failure afterwards let a burst of 40 parallel sign-ins check 29 passwords against a limit of 5.
import type { Db, Tx } from "@/lib/db/client";

export const LIMITE_CUENTA = { intentos: 5, ventanaMs: 15 * 60_000 };
export const LIMITE_IP = { intentos: 30, ventanaMs: 15 * 60_000 };

export type Limite = { intentos: number; ventanaMs: number };

export type Consumo = { permitido: boolean; intentos: number };

/**
 * Counts one attempt for `clave` and says whether it is within `limite`. Safe under concurrency on both
 * databases: an expired window is reset by a conditional UPDATE (only one caller matches it), and the
 * count is raised by one INSERT … ON CONFLICT DO UPDATE (Prisma's native upsert), so N parallel callers
 * get N distinct counts and at most `limite.intentos` of them are allowed.
 */
export async function consumirIntento(db: Db | Tx, clave: string, limite: Limite, ahora = new Date()): Promise<Consumo> {
  const ventanaFin = new Date(ahora.getTime() + limite.ventanaMs);
  await db.limiteIntentos.updateMany({ where: { clave, ventanaFin: { lte: ahora } }, data: { intentos: 0, ventanaFin } });
  let intentos: number;
  try {
    ({ intentos } = await db.limiteIntentos.upsert({
      where: { clave },
      create: { clave, intentos: 1, ventanaFin },
      update: { intentos: { increment: 1 } },
      select: { intentos: true },
    }));
  } catch (e) {
    // Two first attempts at once where the upsert is not native: the loser increments the winner's row.
    if ((e as { code?: string }).code !== "P2002") throw e;
    ({ intentos } = await db.limiteIntentos.update({ where: { clave }, data: { intentos: { increment: 1 } }, select: { intentos: true } }));
  }
  return { permitido: intentos <= limite.intentos, intentos };
}

/** Gives back one counted attempt (a sign-in that succeeded should not use up the IP's budget). */
export async function devolverIntento(db: Db | Tx, clave: string): Promise<void> {
  await db.limiteIntentos.updateMany({ where: { clave, intentos: { gt: 0 } }, data: { intentos: { decrement: 1 } } });
}

export async function limpiar(db: Db | Tx, clave: string): Promise<void> {
  await db.limiteIntentos.deleteMany({ where: { clave } });
}

export const claveCuenta = (email: string) => `login:cuenta:${email.trim().toLowerCase()}`;
export const claveIp = (ip: string) => `login:ip:${ip}`;
