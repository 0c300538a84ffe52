// The background "cartero" (postman): every MAIL_INTERVAL_MS (15 s by default) it delivers the outbox.
// Started once per server process by instrumentation.ts; every instance runs one, and the leases in
// entregarPendientes keep them from sending a message twice. despertarCartero() asks for a prompt run
// (e.g. right after an action committed a mail); the periodic loop is what guarantees delivery.
//
// No "server-only" here: instrumentation is compiled without the react-server condition.
import type { Db } from "@/lib/db/client";
import { entregarPendientes } from "@/lib/mail/deliver";
import { resumirError } from "@/lib/mail/politica";
import { transporteDelEntorno, type Transporte } from "@/lib/mail/transport";
import { registro } from "@/lib/registro/log.mjs";

const log = registro.child({ modulo: "correo" });

export const INTERVALO_POR_OMISION_MS = 15_000;
/** Successive full batches sent in one run before yielding to the timer again. */
const MAX_LOTES_SEGUIDOS = 10;
const LOTE = 20;

export type Cartero = {
  /** Runs a delivery soon (or right after the current one). */
  despertar(): void;
  /** Stops the loop, waits for a run in progress and closes the transport. */
  detener(): Promise<void>;
};

// Kept on globalThis: Next compiles instrumentation and the app routes into separate bundles, so a
// module-level variable would not be shared with the despertarCartero() an action calls.
const g = globalThis as unknown as { fondoIdeaCartero?: Cartero };

export function intervaloDelEntorno(): number {
  const n = Number(process.env.MAIL_INTERVAL_MS);
  return Number.isFinite(n) && n >= 100 ? n : INTERVALO_POR_OMISION_MS;
}

/**
 * Starts the process's cartero (idempotent: a second call returns the running one). Returns null, with a
 * warning, when there is no transport (SMTP_URL unset): mail then waits in the outbox, as PENDIENTE.
 */
export function iniciarCartero(opciones: { db?: Db; transporte?: Transporte | null; intervaloMs?: number } = {}): Cartero | null {
  if (g.fondoIdeaCartero) return g.fondoIdeaCartero;
  const elegido = opciones.transporte === undefined ? transporteDelEntorno() : opciones.transporte;
  if (!elegido) return null;
  const transporte: Transporte = elegido;
  const intervalo = opciones.intervaloMs ?? intervaloDelEntorno();

  let temporizador: ReturnType<typeof setTimeout> | undefined;
  let enCurso: Promise<void> | undefined;
  let otraVez = false;
  let detenido = false;
  let baseDeDatos = opciones.db;

  async function entregar(): Promise<void> {
    // Lazily: importing lib/db/client creates the process-wide client, which tests that pass `db` avoid.
    baseDeDatos ??= (await import("@/lib/db/client")).db;
    for (let i = 0; i < MAX_LOTES_SEGUIDOS && !detenido; i++) {
      otraVez = false;
      const r = await entregarPendientes(baseDeDatos, transporte, new Date(), LOTE);
      const total = r.enviadas + r.fallidas + r.reintentos;
      if (total > 0) log.info(`[correo] enviados ${r.enviadas}, reintentos ${r.reintentos}, fallidos ${r.fallidas}`);
      if (total < LOTE && !otraVez) break;
    }
  }

  function programar(ms: number) {
    if (detenido) return;
    clearTimeout(temporizador);
    temporizador = setTimeout(vuelta, ms);
    temporizador.unref?.(); // never keeps the process alive by itself
  }

  function vuelta() {
    if (detenido) return;
    if (enCurso) {
      otraVez = true; // the run in progress loops once more
      return;
    }
    enCurso = entregar()
      .catch((e) => log.error(`[correo] La entrega falló: ${resumirError(e)}`))
      .finally(() => {
        enCurso = undefined;
        programar(otraVez ? 0 : intervalo);
      });
  }

  const cartero: Cartero = {
    despertar() {
      programar(0);
    },
    async detener() {
      detenido = true;
      clearTimeout(temporizador);
      if (g.fondoIdeaCartero === cartero) delete g.fondoIdeaCartero;
      await enCurso;
      transporte.cerrar();
    },
  };
  g.fondoIdeaCartero = cartero;
  programar(0); // mail left from before a restart goes out right away
  return cartero;
}

/** Asks this process's cartero for a prompt delivery; a no-op when none runs (the loop still guarantees it). */
export function despertarCartero(): void {
  g.fondoIdeaCartero?.despertar();
}
