// The optimiser off the request path (issue 12): the worker thread (lib/seleccion/cartera.worker.mjs,
// started by lib/seleccion/cartera-worker.ts as instrumentation.ts does at boot) answers exactly what the
// direct call answers, keeps the main thread free while it solves, queues concurrent requests, and comes
// back after being stopped. No database: it sits with the integration tests because it starts a real
// worker thread that loads the TypeScript domain module through tsx, as the server does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cargarSolver, optimizarCarteraCon, type Solver } from "@/lib/domain/cartera";
import { detenerOptimizadorCartera, iniciarOptimizadorCartera, resolverCartera } from "@/lib/seleccion/cartera-worker";

let highs: Solver;
beforeAll(async () => {
  highs = await cargarSolver();
}, 60_000);
afterAll(async () => {
  await detenerOptimizadorCartera();
});

const MM = 1_000_000;

function azar(semilla: number) {
  let s = semilla >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const REGIONES = ["15", "01", "02", "03", "04", "05", "13", "06", "07", "16", "08", "09", "14", "10", "11", "12"];
function instancia(n: number, semilla: number) {
  const r = azar(semilla);
  return {
    presupuesto: 650 * MM,
    maxPorDesafio: semilla % 2 ? 3 : undefined,
    incluir: ["c1"],
    excluir: ["c2", "c3"],
    candidatos: Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      region: REGIONES[Math.floor(r() * 16)],
      desafio: `d${Math.floor(r() * 12)}`,
      monto: 20 * MM + Math.floor(r() * 10 * MM),
      puntaje: 1 + 6 * r(),
    })),
  };
}

describe("optimizador de cartera en un worker", () => {
  it("arranca, carga HiGHS y se calienta", async () => {
    const listo = await iniciarOptimizadorCartera();
    expect(listo.cargaMs).toBeGreaterThan(0);
    expect(listo.calentamientoMs).toBeGreaterThan(0);
  }, 60_000);

  it("responde lo mismo que la llamada directa: carteras, precios, motivos y entradas mal formadas", async () => {
    const entradas: unknown[] = [
      instancia(300, 1),
      instancia(500, 2),
      { presupuesto: 388 * MM, candidatos: REGIONES.map((r) => ({ id: r, region: r, desafio: "d", monto: 25 * MM, puntaje: 5 })) },
      { presupuesto: 60 * MM, incluir: ["nadie"], candidatos: [] },
      { presupuesto: -1, candidatos: "no" },
      null,
    ];
    for (const e of entradas) {
      const viaWorker = await resolverCartera(e);
      expect(viaWorker).toEqual(optimizarCarteraCon(highs, e));
    }
    const infactible = await resolverCartera(entradas[2]);
    expect(infactible).toEqual({ factible: false, motivo: expect.stringContaining("faltan $12 MM") });
  }, 60_000);

  it("lo que no se puede copiar al worker es una entrada no válida, no una excepción", async () => {
    const r = await resolverCartera({ presupuesto: 1, candidatos: [], f: () => 1 });
    expect(r).toEqual({ factible: false, motivo: "La entrada no es válida: debe ser un objeto de datos (como JSON)." });
  });

  it("mientras resuelve, el hilo principal sigue atendiendo; varias a la vez se responden en orden", async () => {
    const grande = instancia(2000, 3);
    let vueltas = 0;
    let sigue = true;
    const latir = () => {
      vueltas++;
      if (sigue) setTimeout(latir, 1);
    };
    setTimeout(latir, 1);
    const inicio = performance.now();
    const [a, b, c] = await Promise.all([resolverCartera(grande, { precios: false }), resolverCartera(instancia(400, 4)), resolverCartera(instancia(400, 5))]);
    const duracion = performance.now() - inicio;
    sigue = false;
    expect(a).toEqual(optimizarCarteraCon(highs, grande, { precios: false }));
    expect(b).toEqual(optimizarCarteraCon(highs, instancia(400, 4)));
    expect(c).toEqual(optimizarCarteraCon(highs, instancia(400, 5)));
    // Solved on this thread, no timer could have fired until the end; here it fired all along.
    expect(duracion).toBeGreaterThan(20);
    expect(vueltas).toBeGreaterThan(5);
  }, 120_000);

  it("detenido, la siguiente llamada arranca otro worker", async () => {
    await detenerOptimizadorCartera();
    const e = instancia(200, 6);
    expect(await resolverCartera(e)).toEqual(optimizarCarteraCon(highs, e));
  }, 60_000);
});
