// Sealing votes into the audit chain in batches (ADR 0014). A vote is written without an audit entry (the
// chain's global lock would cap the vote rate); every few seconds the sellador takes the unsealed votes,
// computes the Merkle root of the batch (lib/domain/merkle.ts), and in ONE transaction creates the
// LoteVotos row, marks exactly those votes with its id and appends ONE audit entry carrying the root.
// Altering, deleting or adding a sealed vote afterwards changes the recomputed root: the recount
// (./recuento.ts) reports it.
//
// Several instances run a sellador each. What keeps a vote out of two batches: the votes are marked with
// `UPDATE … WHERE id IN (…) AND lote IS NULL`, and a count short of the batch rolls the whole batch back
// (SelladoConcurrente: no LoteVotos row, no audit entry). On PostgreSQL a transaction-scoped advisory lock
// also makes the sealers' write transactions take turns; SQLite has a single writer.
//
// No "server-only": instrumentation.ts starts the sellador outside React Server Components.
import { appendAudit } from "@/lib/audit/log";
import { isPostgres, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ordenarHojasVoto, raizVotos, type HojaVoto } from "@/lib/domain/merkle";
import { registro } from "@/lib/registro/log.mjs";
import { claveSeudonimos, seudonimizador } from "./seudonimo";

const log = registro.child({ modulo: "votacion" });

/**
 * Largest batch (VOTOS_LOTE_MAXIMO overrides it): under 2 s of votes at 300 votes/s. It bounds the write
 * transaction, which on SQLite is how long votes wait for the single writer (about 10–30 ms for 500 votes
 * on the 2-core test machine); a backlog is sealed in successive batches, votes going in between.
 */
export const LOTE_MAXIMO = 500;

export function loteMaximoDelEntorno(): number {
  const n = Number(process.env.VOTOS_LOTE_MAXIMO);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : LOTE_MAXIMO;
}
/** Audit name of a batch's entry. */
export const ACCION_SELLAR_LOTE = "votacion.sellarLote";
/** Any constant distinct from the audit log's own lock key (lib/audit/log.ts). */
const CLAVE_BLOQUEO_SELLADO = 7_262_011;

export type LoteSellado = { lote: number; convocatoriaId: string; cantidad: number; desde: Date; hasta: Date; raiz: string };

/** The audit entry's datos of a batch (canonical JSON in the chain). */
export type DatosSelloLote = { lote: number; convocatoriaId: string; cantidad: number; desde: string; hasta: string; raiz: string };

/** Another sealer marked some of these votes first: this batch was rolled back, nothing was written. */
export class SelladoConcurrente extends Error {
  constructor(esperados: number, marcados: number) {
    super(`Otro proceso selló ${esperados - marcados} de los ${esperados} votos de este lote; el lote se descartó y se sellará de nuevo.`);
    this.name = "SelladoConcurrente";
  }
}

export type OpcionesSellado = {
  /** Batch size cap (loteMaximoDelEntorno(): LOTE_MAXIMO unless VOTOS_LOTE_MAXIMO says otherwise). */
  maximo?: number;
  /** Pseudonym key (claveSeudonimos() by default). */
  clave?: Uint8Array;
  /** Take the PostgreSQL advisory lock (true). Tests turn it off to exercise the conditional update alone. */
  bloqueo?: boolean;
};

/** The leaves of votes as stored rows: pseudonymised, in the canonical order. */
export function hojasDeVotos(
  filas: readonly { id: string; votanteId: string; convocatoriaId: string; postulacionId: string; ambito: string; createdAt: Date }[],
  seudonimo: (convocatoriaId: string, userId: string) => string,
): HojaVoto[] {
  return ordenarHojasVoto(
    filas.map((f) => ({ id: f.id, votante: seudonimo(f.convocatoriaId, f.votanteId), postulacionId: f.postulacionId, ambito: f.ambito, createdAt: f.createdAt })),
  );
}

/**
 * Seals one batch: up to `maximo` unsealed votes of the convocatoria of the oldest unsealed vote, in
 * (createdAt, id) order (a batch never mixes convocatorias, so each convocatoria's export holds whole
 * batches). Returns the batch, or null when nothing was pending. Throws SelladoConcurrente (nothing
 * written) if another sealer got some of the votes first.
 *
 * The votes are read and hashed BEFORE the transaction: on SQLite a write transaction holds the single
 * writer, so it does only the writes (a few milliseconds) and votes keep flowing while the tree is built.
 * A vote never changes after it is cast, so the root stays valid; the conditional update catches a vote
 * sealed meanwhile by another sealer.
 */
export async function sellarLotePendiente(db: Db, opciones: OpcionesSellado = {}): Promise<LoteSellado | null> {
  const maximo = opciones.maximo ?? loteMaximoDelEntorno();
  if (!Number.isInteger(maximo) || maximo < 1) throw new RangeError("El tamaño máximo del lote debe ser un entero positivo.");
  const orden = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  const primero = await db.voto.findFirst({ where: { lote: null }, orderBy: orden, select: { convocatoriaId: true } });
  if (!primero) return null;
  const { convocatoriaId } = primero;
  const filas = await db.voto.findMany({
    where: { lote: null, convocatoriaId },
    orderBy: orden,
    take: maximo,
    select: { id: true, votanteId: true, convocatoriaId: true, postulacionId: true, ambito: true, createdAt: true },
  });
  if (filas.length === 0) return null; // sealed meanwhile by another sealer
  const hojas = hojasDeVotos(filas, seudonimizador(opciones.clave ?? claveSeudonimos()));
  const raiz = raizVotos(hojas);
  const ids = hojas.map((h) => h.id);
  const desde = hojas[0].createdAt;
  const hasta = hojas[hojas.length - 1].createdAt;

  return db.$transaction(
    async (tx) => {
      // Sealers take turns: without it, two overlapping batches could lock their votes in different
      // orders and deadlock (PostgreSQL would then abort one with an error instead of SelladoConcurrente).
      if (isPostgres() && opciones.bloqueo !== false) await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${CLAVE_BLOQUEO_SELLADO})`);
      const { id: lote } = await tx.loteVotos.create({ data: { desde, hasta, cantidad: ids.length, raiz }, select: { id: true } });
      // Raw SQL: about twice as fast as updateMany for a long IN list, and this runs while votes wait (SQLite).
      const count = await tx.$executeRaw`UPDATE "Voto" SET "lote" = ${lote} WHERE "lote" IS NULL AND "id" IN (${Prisma.join(ids)})`;
      if (count !== ids.length) throw new SelladoConcurrente(ids.length, count);
      const datos: DatosSelloLote = { lote, convocatoriaId, cantidad: ids.length, desde: desde.toISOString(), hasta: hasta.toISOString(), raiz };
      await appendAudit(tx, { actorId: null, accion: ACCION_SELLAR_LOTE, entidad: "LoteVotos", entidadId: String(lote), datos });
      return { lote, convocatoriaId, cantidad: ids.length, desde, hasta, raiz };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

/**
 * Seals until nothing is pending (or `maxLotes` batches): before a recount, and the sellador's round.
 * A SelladoConcurrente batch is retried (the other sealer took part of it). Returns the batches sealed here.
 */
export async function sellarPendientes(db: Db, opciones: OpcionesSellado & { maxLotes?: number } = {}): Promise<LoteSellado[]> {
  const sellados: LoteSellado[] = [];
  const maxLotes = opciones.maxLotes ?? 1000;
  let conflictos = 0;
  while (sellados.length < maxLotes) {
    let l: LoteSellado | null;
    try {
      l = await sellarLotePendiente(db, opciones);
    } catch (e) {
      if (e instanceof SelladoConcurrente && ++conflictos <= 10) continue;
      throw e;
    }
    if (!l) break;
    sellados.push(l);
  }
  return sellados;
}

// ---- The background sellador, started by instrumentation.ts next to the cartero and the centinela ----

export const INTERVALO_POR_OMISION_MS = 5_000;

export function intervaloDelEntorno(): number {
  const n = Number(process.env.VOTOS_SELLADO_MS);
  return Number.isFinite(n) && n >= 100 ? n : INTERVALO_POR_OMISION_MS;
}

export type Sellador = { detener(): Promise<void> };

// On globalThis: Next compiles instrumentation and the routes into separate bundles.
const g = globalThis as unknown as { fondoIdeaSellador?: Sellador };

/** Starts the process's sellador (idempotent): a round every VOTOS_SELLADO_MS (5 s), the first right away. */
export function iniciarSellador(opciones: { db?: Db; intervaloMs?: number } = {}): Sellador {
  if (g.fondoIdeaSellador) return g.fondoIdeaSellador;
  const intervalo = opciones.intervaloMs ?? intervaloDelEntorno();
  let baseDeDatos = opciones.db;
  let temporizador: ReturnType<typeof setTimeout> | undefined;
  let enCurso: Promise<void> | undefined;
  let detenido = false;

  function programar(ms: number) {
    if (detenido) return;
    temporizador = setTimeout(vuelta, ms);
    temporizador.unref?.(); // never keeps the process alive by itself
  }

  function vuelta() {
    enCurso = (async () => {
      // Lazily: importing lib/db/client creates the process-wide client.
      baseDeDatos ??= (await import("@/lib/db/client")).db;
      // A bounded round: a large backlog is drained over the next rounds, without hogging the writer.
      const sellados = await sellarPendientes(baseDeDatos, { maxLotes: 10 });
      const votos = sellados.reduce((s, l) => s + l.cantidad, 0);
      if (votos > 0) log.info(`[votacion] sellados ${votos} votos en ${sellados.length} lote(s): ${sellados.map((l) => l.lote).join(", ")}`);
    })()
      .catch((e) => log.error(`[votacion] El sellado de votos falló: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        enCurso = undefined;
        programar(intervalo);
      });
  }

  const sellador: Sellador = {
    async detener() {
      detenido = true;
      clearTimeout(temporizador);
      if (g.fondoIdeaSellador === sellador) delete g.fondoIdeaSellador;
      await enCurso;
    },
  };
  g.fondoIdeaSellador = sellador;
  programar(0);
  return sellador;
}
