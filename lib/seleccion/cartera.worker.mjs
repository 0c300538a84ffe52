// The portfolio optimiser's worker thread (issue 12): an exact solve blocks its thread for tens to hundreds
// of milliseconds, so the portal runs it here, off the request path (lib/seleccion/cartera-worker.ts starts
// it at boot and talks to it). Plain .mjs outside Next's bundle, loaded by absolute path: it loads the
// domain module (TypeScript) with tsx, a runtime dependency of the portal, and HiGHS' wasm once.
//
// Protocol: the parent posts { id, entrada, opciones }; the worker answers { id, resultado } or
// { id, error } (a solver failure; bad input is a resultado with factible: false). Once loaded and warmed
// up it posts { tipo: "listo", cargaMs, calentamientoMs }.
import { performance } from "node:perf_hooks";
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const inicio = performance.now();
const { cargarSolver, optimizarCarteraCon } = await tsImport("../domain/cartera.ts", import.meta.url);
const highs = await cargarSolver();
const cargaMs = performance.now() - inicio;

// V8 compiles the wasm lazily and optimises its hot functions after a few calls: the first solves of a
// fresh thread take several times longer. A few solves of a convocatoria-sized instance at boot pay that
// before the committee asks.
const CALENTAR = 5;
function calentamiento(k) {
  let s = 12_345 + k; // mulberry32
  const azar = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), s | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  const candidatos = Array.from({ length: 300 }, (_, i) => ({
    id: `c${i}`,
    region: String(1 + Math.floor(azar() * 16)).padStart(2, "0"),
    desafio: `d${Math.floor(azar() * 10)}`,
    monto: 20_000_000 + Math.floor(azar() * 10_000_001),
    puntaje: 1 + 6 * azar(),
  }));
  return { presupuesto: 650_000_000, maxPorDesafio: k % 2 ? 4 : undefined, candidatos };
}
const t = performance.now();
for (let k = 0; k < CALENTAR; k++) optimizarCarteraCon(highs, calentamiento(k), { precios: k === 0 });
const calentamientoMs = performance.now() - t;

parentPort.on("message", ({ id, entrada, opciones }) => {
  try {
    parentPort.postMessage({ id, resultado: optimizarCarteraCon(highs, entrada, opciones ?? {}) });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
parentPort.postMessage({ tipo: "listo", cargaMs, calentamientoMs });
