// Delivers the outbox (Notificacion rows written by encolarCorreo): claim → send → record the outcome.
// Safe with several app instances on one database: a message is sent only by the instance whose
// conditional UPDATE reserved it (a lease that lapses if that instance dies). See ADR 0004.
import type { Db } from "@/lib/db/client";
import { htmlDeCorreo } from "@/lib/mail/html";
import { MAX_INTENTOS, RESERVA_MS, esperaTrasFallo, resumirError } from "@/lib/mail/politica";
import type { Transporte } from "@/lib/mail/transport";

export type ResultadoEntrega = {
  /** Sent in this run. */
  enviadas: number;
  /** Failed for the last time in this run (now FALLIDA). */
  fallidas: number;
  /** Failed in this run and scheduled for a later attempt. */
  reintentos: number;
};

/** Not reserved, or its reservation lapsed before `t`. */
const sinReserva = (t: Date) => ({ OR: [{ reservadaHasta: null }, { reservadaHasta: { lt: t } }] });

/**
 * Sends up to `lote` due messages (PENDIENTE, proximoIntento <= ahora, not reserved by another instance).
 * A failure increments `intentos`, keeps a short error (no credentials) and schedules the next attempt
 * with exponential backoff (1, 2, 4 … minutes, at most 1 h); the MAX_INTENTOS-th failure makes it FALLIDA.
 * `ahora` is the clock of this run (tests pass one); time spent sending is added to it for the leases.
 */
export async function entregarPendientes(db: Db, transporte: Transporte, ahora: Date = new Date(), lote = 20): Promise<ResultadoEntrega> {
  const resultado: ResultadoEntrega = { enviadas: 0, fallidas: 0, reintentos: 0 };
  const inicio = Date.now();
  const reloj = () => new Date(ahora.getTime() + (Date.now() - inicio));

  const vencidas = await db.notificacion.findMany({
    where: { estado: "PENDIENTE", proximoIntento: { lte: ahora }, ...sinReserva(ahora) },
    orderBy: [{ proximoIntento: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: Math.max(1, Math.floor(lote)),
    select: { id: true, para: true, asunto: true, cuerpo: true },
  });

  for (const n of vencidas) {
    // The claim: one conditional UPDATE. Of several instances racing for this row, exactly one sees
    // count 1 (SQLite has a single writer; PostgreSQL re-checks the WHERE on the row after the winner
    // commits); the others skip it.
    const t = reloj();
    const { count } = await db.notificacion.updateMany({
      where: { id: n.id, estado: "PENDIENTE", proximoIntento: { lte: ahora }, ...sinReserva(t) },
      data: { reservadaHasta: new Date(t.getTime() + RESERVA_MS) },
    });
    if (count !== 1) continue;

    try {
      // The outbox keeps the text; the HTML alternative is built from it here, as the template built it.
      await transporte.enviar({ ...n, html: htmlDeCorreo(n.asunto, n.cuerpo) });
    } catch (e) {
      // Under our reservation nobody else writes this row, so this read is current.
      const { intentos } = await db.notificacion.findUniqueOrThrow({ where: { id: n.id }, select: { intentos: true } });
      const nuevos = intentos + 1;
      const fallida = nuevos >= MAX_INTENTOS;
      await db.notificacion.updateMany({
        where: { id: n.id, estado: "PENDIENTE" },
        data: {
          intentos: nuevos,
          ultimoError: resumirError(e),
          reservadaHasta: null,
          ...(fallida ? { estado: "FALLIDA" as const } : { proximoIntento: new Date(reloj().getTime() + esperaTrasFallo(nuevos)) }),
        },
      });
      if (fallida) resultado.fallidas += 1;
      else resultado.reintentos += 1;
      continue;
    }

    await db.notificacion.updateMany({
      where: { id: n.id },
      data: { estado: "ENVIADA", enviadaEn: reloj(), reservadaHasta: null, ultimoError: null },
    });
    resultado.enviadas += 1;
  }
  return resultado;
}
