// The audit log's background "centinela" (sentry), started once per server process by instrumentation.ts:
// every AUDIT_CHECKPOINT_MS (60 s by default) it verifies what was appended since the signed checkpoint
// and moves the checkpoint to the new head (lib/audit/log.ts avanzarPuntoDeControl); once a day it
// enqueues, for every ADMIN, a mail with the head (id, hash, time), so a copy lives outside the server.
// Several instances may run one each: the checkpoint only moves forward, and each day's mail has a
// deterministic id per admin, so the outbox keeps one. See ADR 0007.
//
// No "server-only" here: instrumentation is compiled without the react-server condition.
import type { Db } from "@/lib/db/client";
import { aFechaInput } from "@/lib/domain/formato";
import { despertarCartero } from "@/lib/mail/cartero";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoAuditoriaCabezaDiaria } from "@/lib/mail/plantillas/auditoria-cabeza-diaria";
import { registro } from "@/lib/registro/log.mjs";
import { avanzarPuntoDeControl, type ResultadoAvance } from "./log";

const log = registro.child({ modulo: "auditoria" });

export const INTERVALO_POR_OMISION_MS = 60_000;

export function intervaloDelEntorno(): number {
  const n = Number(process.env.AUDIT_CHECKPOINT_MS);
  return Number.isFinite(n) && n >= 100 ? n : INTERVALO_POR_OMISION_MS;
}

const esDuplicado = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";

/**
 * Enqueues today's head mail (Chilean calendar day of `ahora`) for every ADMIN, at most once per admin and
 * day across every instance: the Notificacion id is "auditoria-<day>-<userId>", so a second insert fails on
 * the primary key and is skipped. Returns how many it enqueued. Nothing is sent while there is no checkpoint.
 */
export async function encolarCabezaDelDia(db: Db, avance: ResultadoAvance, ahora = new Date()): Promise<number> {
  const p = avance.puntoDeControl;
  if (!p) return 0;
  const dia = aFechaInput(ahora);
  const admins = await db.user.findMany({ where: { roles: { some: { rol: "ADMIN" } } }, select: { id: true, email: true }, orderBy: { id: "asc" } });
  const correo = correoAuditoriaCabezaDiaria({ dia, puntoDeControl: p, falla: avance.ok ? null : avance.motivo });
  let encolados = 0;
  for (const a of admins) {
    const id = `auditoria-${dia}-${a.id}`;
    if (await db.notificacion.findUnique({ where: { id }, select: { id: true } })) continue;
    try {
      await db.$transaction((tx) => encolarCorreo(tx, { id, para: a.email, userId: a.id }, correo));
      encolados += 1;
    } catch (e) {
      if (!esDuplicado(e)) throw e; // another instance enqueued it first
    }
  }
  if (encolados > 0) despertarCartero();
  return encolados;
}

/** One round: move the checkpoint, then the day's mail. */
export async function vueltaCentinela(db: Db, ahora = new Date()): Promise<ResultadoAvance> {
  const avance = await avanzarPuntoDeControl(db);
  if (!avance.ok) log.error(`[auditoria] La bitácora no verifica; el punto de control no avanza: ${avance.motivo}`);
  await encolarCabezaDelDia(db, avance, ahora);
  return avance;
}

export type Centinela = { detener(): Promise<void> };

const g = globalThis as unknown as { fondoIdeaCentinela?: Centinela };

/** Starts the process's centinela (idempotent). The first round runs right away. */
export function iniciarCentinela(opciones: { db?: Db; intervaloMs?: number } = {}): Centinela {
  if (g.fondoIdeaCentinela) return g.fondoIdeaCentinela;
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
      await vueltaCentinela(baseDeDatos);
    })()
      .catch((e) => log.error(`[auditoria] La vuelta del centinela falló: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        enCurso = undefined;
        programar(intervalo);
      });
  }

  const centinela: Centinela = {
    async detener() {
      detenido = true;
      clearTimeout(temporizador);
      if (g.fondoIdeaCentinela === centinela) delete g.fondoIdeaCentinela;
      await enCurso;
    },
  };
  g.fondoIdeaCentinela = centinela;
  programar(0);
  return centinela;
}
