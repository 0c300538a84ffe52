// Attempt limits (sign-in per account and per IP, anonymous taller registrations…), kept in the
// database so that several stateless app instances share them. Fixed window per key.
//
// An attempt is COUNTED BEFORE the work it limits is done, with one atomic statement, and the caller
// goes on only if the count it got back is within the limit. Reading the count first and recording a
// failure afterwards let a burst of 40 parallel sign-ins check 29 passwords against a limit of 5.
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export const LIMITE_CUENTA = { intentos: 5, ventanaMs: 15 * 60_000 };
export const LIMITE_IP = { intentos: 30, ventanaMs: 15 * 60_000 };

export type Limite = { intentos: number; ventanaMs: number };

export type Consumo = { permitido: boolean; intentos: number };

/** One key to count and its limit (lib/auth/rate-limit.ts consumirIntentos). */
export type Conteo = { clave: string; limite: Limite };

/**
 * Counts one attempt for each key and says, for each, whether it is within its limit, in ONE statement
 * (one round trip, one commit): INSERT … ON CONFLICT (clave) DO UPDATE … RETURNING, on SQLite and
 * PostgreSQL alike. The row's window is reset in the same statement when it is over (the first attempt
 * after it counts 1 and opens a new window), so there is no read-then-write: the database applies the
 * statements one row at a time under the row's lock, N parallel callers get N distinct counts, and at
 * most `limite.intentos` of them are allowed. Keys are written in the order given (callers pass them in
 * a fixed order of kinds, e.g. connection then account, so two statements never lock in opposite orders).
 */
export async function consumirIntentos(db: Db | Tx, conteos: readonly Conteo[], ahora = new Date()): Promise<Consumo[]> {
  if (conteos.length === 0) return [];
  const claves = new Set(conteos.map((c) => c.clave));
  if (claves.size !== conteos.length) throw new Error("consumirIntentos: una clave repetida");
  const filas = Prisma.join(conteos.map((c) => Prisma.sql`(${c.clave}, 1, ${new Date(ahora.getTime() + c.limite.ventanaMs)})`));
  const contadas = await db.$queryRaw<{ clave: string; intentos: number | bigint }[]>`
    INSERT INTO "LimiteIntentos" ("clave", "intentos", "ventanaFin") VALUES ${filas}
    ON CONFLICT ("clave") DO UPDATE SET
      "intentos" = CASE WHEN "LimiteIntentos"."ventanaFin" <= ${ahora} THEN 1 ELSE "LimiteIntentos"."intentos" + 1 END,
      "ventanaFin" = CASE WHEN "LimiteIntentos"."ventanaFin" <= ${ahora} THEN excluded."ventanaFin" ELSE "LimiteIntentos"."ventanaFin" END
    RETURNING "clave", "intentos"`;
  const porClave = new Map(contadas.map((f) => [f.clave, Number(f.intentos)]));
  return conteos.map(({ clave, limite }) => {
    const intentos = porClave.get(clave);
    if (intentos === undefined) throw new Error(`consumirIntentos: la base no devolvió la cuenta de ${clave}`);
    return { permitido: intentos <= limite.intentos, intentos };
  });
}

/** Counts one attempt for `clave` and says whether it is within `limite` (consumirIntentos with one key). */
export async function consumirIntento(db: Db | Tx, clave: string, limite: Limite, ahora = new Date()): Promise<Consumo> {
  const [c] = await consumirIntentos(db, [{ clave, limite }], ahora);
  return c;
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
