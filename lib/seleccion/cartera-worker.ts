// The portfolio optimiser off the request path (issue 12): one worker thread (./cartera.worker.mjs) holds
// HiGHS' wasm, warmed up at boot (instrumentation.ts calls iniciarOptimizadorCartera), and solves one
// entrada at a time; resolverCartera answers from it what lib/domain/cartera.ts optimizarCartera would.
//
// The worker file is not bundled: Next's build rewrites server modules, so it is found by absolute path
// from the project root (process.cwd(), where `npm start` and `next start` run). See
// docs/decisions/0015-optimizador-cartera.md.
//
// No "server-only": instrumentation.ts starts it outside React Server Components.
import path from "node:path";
import type { Worker as TipoWorker } from "node:worker_threads";
import type { OpcionesCartera, ResultadoCartera } from "@/lib/domain/cartera";
import { registro } from "@/lib/registro/log.mjs";

const log = registro.child({ modulo: "cartera" });

/** Time limit of each solve in the worker: beyond it the request rejects (SinTiempo), never a portfolio not proven optimal. */
export const LIMITE_SEGUNDOS = 30;

type Pendiente = { resolve: (r: ResultadoCartera) => void; reject: (e: Error) => void };
type Trabajador = { worker: TipoWorker; listo: Promise<{ cargaMs: number; calentamientoMs: number }>; pendientes: Map<number, Pendiente> };

let actual: Trabajador | null = null;
let siguienteId = 0;

export function rutaWorker(): string {
  return path.join(process.cwd(), "lib", "seleccion", "cartera.worker.mjs");
}

function trabajador(): Trabajador {
  if (actual) return actual;
  // Taken from Node at run time, not imported: Turbopack follows `new Worker(…)` of an imported Worker and
  // tries to bundle the worker file and everything it loads (tsx, the wasm), which fails the build.
  const { Worker } = process.getBuiltinModule("node:worker_threads") as typeof import("node:worker_threads");
  const worker = new Worker(rutaWorker(), { name: "optimizador-cartera" });
  const pendientes = new Map<number, Pendiente>();
  let avisarListo: (v: { cargaMs: number; calentamientoMs: number }) => void = () => {};
  let fallarListo: (e: Error) => void = () => {};
  const listo = new Promise<{ cargaMs: number; calentamientoMs: number }>((resolve, reject) => {
    avisarListo = resolve;
    fallarListo = reject;
  });
  listo.catch(() => {}); // reported to whoever awaits it; a boot that nobody awaits must not crash the server
  const t: Trabajador = { worker, listo, pendientes };
  // Busy (booting or solving), the worker keeps the process alive; idle, it does not: the server's own
  // handles keep it running, and a test or script may exit.
  const quizasSoltar = () => {
    if (pendientes.size === 0) worker.unref();
  };
  listo.then(quizasSoltar, () => {});
  const caer = (e: Error) => {
    if (actual === t) {
      actual = null;
      log.error(`[cartera] ${e.message}`);
    }
    fallarListo(e);
    for (const p of pendientes.values()) p.reject(e);
    pendientes.clear();
  };
  worker.on("message", (m: { tipo?: "listo"; cargaMs: number; calentamientoMs: number } | { id: number; resultado?: ResultadoCartera; error?: string }) => {
    if ("tipo" in m) return avisarListo({ cargaMs: m.cargaMs, calentamientoMs: m.calentamientoMs });
    if (!("id" in m)) return;
    const p = pendientes.get(m.id);
    pendientes.delete(m.id);
    if (!p) return;
    if (m.error !== undefined) p.reject(new Error(`El optimizador de cartera falló: ${m.error}`));
    else p.resolve(m.resultado!);
    quizasSoltar();
  });
  worker.on("error", (e) => caer(e instanceof Error ? e : new Error(String(e))));
  worker.on("exit", (codigo) => caer(new Error(`El optimizador de cartera se detuvo (código ${codigo}).`)));
  actual = t;
  return t;
}

/** Starts the worker and warms HiGHS up (instrumentation.ts, at boot); resolves when it is ready. */
export function iniciarOptimizadorCartera(): Promise<{ cargaMs: number; calentamientoMs: number }> {
  return trabajador().listo;
}

/**
 * The suggested portfolio, computed in the worker: the same answer as optimizarCartera(entrada). Bad input
 * is an answer (factible: false with the reason); a solver failure or a crashed worker rejects, and the
 * next call starts a fresh worker.
 */
export function resolverCartera(entrada: unknown, opciones: OpcionesCartera = {}): Promise<ResultadoCartera> {
  const t = trabajador();
  const id = ++siguienteId;
  return new Promise<ResultadoCartera>((resolve, reject) => {
    t.pendientes.set(id, { resolve, reject });
    t.worker.ref();
    try {
      t.worker.postMessage({ id, entrada, opciones: { limiteSegundos: LIMITE_SEGUNDOS, ...opciones } });
    } catch {
      // Not plain data (a function, a symbol…): structured clone refuses it.
      t.pendientes.delete(id);
      if (t.pendientes.size === 0) t.worker.unref();
      resolve({ factible: false, motivo: "La entrada no es válida: debe ser un objeto de datos (como JSON)." });
    }
  });
}

/** Stops the worker (tests; a later call starts a new one). */
export async function detenerOptimizadorCartera(): Promise<void> {
  const t = actual;
  actual = null;
  if (t) await t.worker.terminate();
}
