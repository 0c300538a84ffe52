// Attempt limits of the vote (counted in the action's `limit` step, before its transaction: see
// lib/actions/pipeline.ts), per account and per client IP (lib/auth/ip.ts, the trusted-proxy rule).
// Generous on purpose: they stop scripts hammering the endpoint, not a person voting in every desafío,
// nor a room of people voting behind one address. The operator (and the benchmark, whose thousands of
// voters share 127.0.0.1) may change them: VOTOS_LIMITE_CUENTA and VOTOS_LIMITE_IP, attempts per window.
//
// Both are counted by ONE statement per vote (lib/auth/rate-limit.ts consumirIntentos), outside the vote's
// transaction, so an attempt refused for its connection also counts for its account (the account's budget
// is far above what a person needs). The connection's count is one row per IP in LimiteIntentos, shared by
// every app instance (issue 15). Behind one address (a NAT'd room, the benchmark) every vote updates that
// row. On PostgreSQL the row is locked only while its own autocommitted statement runs and commits, never
// during the vote's transaction, so the lock lasts about one WAL flush. We measured it: one fdatasync takes
// 0.17 ms on the benchmark machine (pg_test_fsync). While bench/votos.mjs --pg ran, 26 of 518 samples of
// pg_stat_activity showed a lock wait (0.09 backends waiting on average): 17 of them on a row (this row is
// the likely one), the rest on the sealer's and the audit log's advisory locks. The other options cost
// more than they save. Rows sharded per time bucket still give one hot row per bucket. Shards summed on
// every vote take an extra read. Leases or an in-process count would make the limit approximate across
// instances. Counting inside the vote's transaction would hold the row lock for the whole vote, and a
// refusal's rollback would undo the count.
import type { Limite } from "@/lib/auth/rate-limit";

export const VENTANA_LIMITE_VOTO_MS = 10 * 60_000;
export const INTENTOS_VOTO_CUENTA = 30;
export const INTENTOS_VOTO_IP = 1000;

function intentos(valor: string | undefined, omision: number): number {
  const n = Number(valor);
  return valor !== undefined && valor.trim() !== "" && Number.isInteger(n) && n > 0 ? n : omision;
}

export function limiteVotoCuenta(env: Record<string, string | undefined> = process.env): Limite {
  return { intentos: intentos(env.VOTOS_LIMITE_CUENTA, INTENTOS_VOTO_CUENTA), ventanaMs: VENTANA_LIMITE_VOTO_MS };
}

export function limiteVotoIp(env: Record<string, string | undefined> = process.env): Limite {
  return { intentos: intentos(env.VOTOS_LIMITE_IP, INTENTOS_VOTO_IP), ventanaMs: VENTANA_LIMITE_VOTO_MS };
}

export const claveVotoCuenta = (userId: string) => `voto:cuenta:${userId}`;
/** Without a known address, every such request shares one budget. */
export const claveVotoIp = (ip: string | null) => `voto:ip:${ip ?? "desconocida"}`;
