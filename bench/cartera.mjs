// Portfolio optimiser (issue 12, item 2): lib/domain/cartera.ts (HiGHS wasm, zero gap) on seeded random
// instances, against the greedy baseline of the same run (lib/domain/cartera-voraz.ts).
//   node bench/cartera.mjs        (`npm run bench` runs it with every other benchmark; no build, no database)
// Instances: 500 and 2,000 candidates over the 16 regions and BENCH_CARTERA_DESAFIOS desafíos (12), amounts
// uniform in CLP 20–30 MM (integer pesos), budget CLP 650 MM, scores uniform in 1–7 with every decimal a
// double has (the hard case: they are rounded to millionths for the solver); "con reglas" adds at most 3 per
// desafío, 2 pinned perfiles (incluir) and 10 excluded. BENCH_CARTERA_SEMILLAS seeds (20) per row of 500,
// BENCH_CARTERA_SEMILLAS_2000 (10) per row of 2,000. Each solve has BENCH_CARTERA_LIMITE seconds (30, the
// worker's limit); one that cannot prove its optimum in that time counts apart ("sin demostrar") and its
// time enters the percentiles as the limit.
// Measured in this process after a warm-up (V8 compiles HiGHS' wasm lazily: the first solves are slower,
// reported apart, as is the wasm load, timed in fresh processes):
//   resolver    optimizarCarteraCon without prices (one exact solve), median and p95, ms;
//   con precios the same with the price of each rule (up to three more solves; rows of 500 only);
//   worker      the same solve through lib/seleccion/cartera.worker.mjs, round trip included (500 only);
//   voraz       the greedy (ranking by score, or by score per peso; then one per missing region), ms, and
//               its gap: score lost against the optimum, % (median / max), and how often it finds none.
// Aim (issue 12): resolver < 200 ms for 500 candidates.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(import.meta.dirname, "..");
const SEMILLAS = Number(process.env.BENCH_CARTERA_SEMILLAS ?? 20);
const SEMILLAS_2000 = Number(process.env.BENCH_CARTERA_SEMILLAS_2000 ?? 10);
const LIMITE = Number(process.env.BENCH_CARTERA_LIMITE ?? 30);
const DESAFIOS = Number(process.env.BENCH_CARTERA_DESAFIOS ?? 12);
const CALENTAR = 8;
const log = (t) => console.error(`[bench cartera] ${t}`);

const { cargarSolver, optimizarCarteraCon, SinTiempo } = await tsImport("../lib/domain/cartera.ts", import.meta.url);
const { carteraVoraz } = await tsImport("../lib/domain/cartera-voraz.ts", import.meta.url);
const { CODIGOS_REGION } = await tsImport("../lib/domain/regiones.ts", import.meta.url);

/** mulberry32: the same instances on every run. */
function azar(semilla) {
  let s = semilla >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function instancia(n, semilla, conReglas) {
  const r = azar(semilla * 7919 + n);
  const candidatos = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    region: CODIGOS_REGION[Math.floor(r() * CODIGOS_REGION.length)],
    desafio: `d${Math.floor(r() * DESAFIOS)}`,
    monto: 20_000_000 + Math.floor(r() * 10_000_001),
    puntaje: 1 + 6 * r(),
  }));
  const entrada = { presupuesto: 650_000_000, candidatos };
  if (!conReglas) return entrada;
  const ids = candidatos.map((c) => c.id);
  return { ...entrada, maxPorDesafio: 3, incluir: [ids[1], ids[2]], excluir: ids.slice(3, 13) };
}

const ordenados = (xs) => [...xs].sort((a, b) => a - b);
const mediana = (xs) => {
  const s = ordenados(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank p95. */
const p95 = (xs) => ordenados(xs)[Math.max(0, Math.ceil(0.95 * xs.length) - 1)];
const ms = (n) => n.toFixed(n < 10 ? 2 : 1);
const pct = (n) => `${n.toFixed(2)} %`;

function cronometrar(f) {
  const t = performance.now();
  const r = f();
  return [performance.now() - t, r];
}

/** The wasm load, in fresh processes (the module keeps it once loaded). */
function cargasEnFrio(veces) {
  const codigo = `const t=performance.now();const m=await import("highs");await m.default();console.log(performance.now()-t)`;
  return Array.from({ length: veces }, () => {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", codigo], { cwd: root, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`no se pudo cargar highs: ${r.stderr}`);
    return Number(r.stdout.trim());
  });
}

function iniciarWorker() {
  const w = new Worker(path.join(root, "lib/seleccion/cartera.worker.mjs"));
  let siguiente = 0;
  const pendientes = new Map();
  const listo = new Promise((resolve, reject) => {
    w.on("message", (m) => {
      if (m.tipo === "listo") return resolve();
      const p = pendientes.get(m.id);
      pendientes.delete(m.id);
      if (m.error) p.reject(new Error(m.error));
      else p.resolve(m.resultado);
    });
    w.on("error", reject);
  });
  const resolver = (entrada) =>
    new Promise((resolve, reject) => {
      const id = ++siguiente;
      pendientes.set(id, { resolve, reject });
      w.postMessage({ id, entrada, opciones: { precios: false, limiteSegundos: LIMITE } });
    });
  return { listo, resolver, cerrar: () => w.terminate() };
}

export async function medir() {
  const titulo = "Optimizador de cartera: HiGHS (wasm, brecha 0) frente al voraz de la misma corrida";
  const columnas = [
    "candidatos",
    "reglas",
    "instancias",
    "resolver p50 ms",
    "resolver p95 ms",
    "con precios p50 / p95 ms",
    "vía worker p50 ms",
    "sin demostrar",
    "voraz p50 ms",
    "brecha voraz por puntaje p50 / máx",
    "brecha voraz por puntaje/monto p50 / máx",
    "voraz sin cartera",
    "meta",
  ];
  const cargas = cargasEnFrio(5);
  const [cargaAqui, highs] = await (async () => {
    const t = performance.now();
    const h = await cargarSolver();
    return [performance.now() - t, h];
  })();
  const [primera] = cronometrar(() => optimizarCarteraCon(highs, instancia(500, 1000, false), { precios: false }));
  for (let k = 1; k < CALENTAR; k++) optimizarCarteraCon(highs, instancia(500, 1000 + k, k % 2 === 0), { precios: false });

  const worker = iniciarWorker();
  await worker.listo;
  for (let k = 0; k < 3; k++) await worker.resolver(instancia(500, 2000 + k, false));

  const filas = [];
  const notas = [];
  for (const n of [500, 2000]) {
    const semillas = n === 500 ? SEMILLAS : SEMILLAS_2000;
    for (const conReglas of [false, true]) {
      const t = { resolver: [], precios: [], worker: [], voraz: [], brecha: [], brechaRazon: [] };
      let sinCartera = 0;
      let sinDemostrar = 0;
      for (let s = 1; s <= semillas; s++) {
        const entrada = instancia(n, s, conReglas);
        let optimo;
        const t0 = performance.now();
        try {
          optimo = optimizarCarteraCon(highs, entrada, { precios: false, limiteSegundos: LIMITE });
        } catch (e) {
          if (!(e instanceof SinTiempo)) throw e;
          sinDemostrar++;
        }
        t.resolver.push(optimo ? performance.now() - t0 : LIMITE * 1000);
        log(`${n} ${conReglas ? "con reglas" : "base"} semilla ${s}: ${optimo ? `${ms(performance.now() - t0)} ms` : "sin demostrar"}`);
        if (optimo && !optimo.factible) throw new Error(`instancia ${n}/${s} sin cartera: ${optimo.motivo}`);
        if (optimo && n === 500) {
          const [tp, conPrecios] = cronometrar(() => optimizarCarteraCon(highs, entrada, { limiteSegundos: LIMITE }));
          if (conPrecios.puntajeTotal !== optimo.puntajeTotal) throw new Error(`instancia ${n}/${s}: dos óptimos distintos`);
          t.precios.push(tp);
          const t1 = performance.now();
          const viaWorker = await worker.resolver(entrada);
          t.worker.push(performance.now() - t1);
          if (viaWorker.puntajeTotal !== optimo.puntajeTotal) throw new Error(`instancia ${n}/${s}: el worker respondió otro óptimo`);
        }
        const [tv, voraz] = cronometrar(() => carteraVoraz(entrada, "puntaje"));
        const porRazon = carteraVoraz(entrada, "razon");
        t.voraz.push(tv);
        if (!voraz.factible || !porRazon.factible) sinCartera++;
        if (!optimo) continue;
        for (const [v, lista] of [
          [voraz, t.brecha],
          [porRazon, t.brechaRazon],
        ]) {
          if (!v.factible) continue;
          if (v.puntajeTotal > optimo.puntajeTotal + 1e-6) throw new Error(`instancia ${n}/${s}: el voraz superó al óptimo`);
          lista.push((100 * (optimo.puntajeTotal - v.puntajeTotal)) / optimo.puntajeTotal);
        }
      }
      const meta = n === 500 ? (mediana(t.resolver) < 200 ? "< 200 ms: sí" : "< 200 ms: NO") : "—";
      const rango = (xs) => (xs.length ? `${pct(mediana(xs))} / ${pct(Math.max(...xs))}` : "—");
      filas.push([
        n.toLocaleString("es-CL"),
        conReglas ? "máx. 3 por desafío, 2 fijados, 10 excluidos" : "presupuesto, banda, regiones",
        semillas,
        ms(mediana(t.resolver)),
        ms(p95(t.resolver)),
        t.precios.length ? `${ms(mediana(t.precios))} / ${ms(p95(t.precios))}` : "—",
        t.worker.length ? ms(mediana(t.worker)) : "—",
        `${sinDemostrar} de ${semillas}`,
        ms(mediana(t.voraz)),
        rango(t.brecha),
        rango(t.brechaRazon),
        `${sinCartera} de ${semillas}`,
        meta,
      ]);
    }
  }
  await worker.cerrar();
  notas.push(
    `Carga de HiGHS (wasm, ${(3.5).toLocaleString("es-CL")} MB): mediana ${ms(mediana(cargas))} ms en 5 procesos nuevos (${cargas.map(ms).join(", ")}); en este proceso ${ms(cargaAqui)} ms. Primera resolución en frío (500 candidatos, antes de que V8 optimice el wasm): ${ms(primera)} ms; luego ${CALENTAR - 1} resoluciones de calentamiento, como hace el worker al arrancar.`,
    `Cada resolución tiene ${LIMITE} s (como en el worker); "sin demostrar": no probó su óptimo en ese plazo (el portal responde con un error, nunca con una cartera sin demostrar) y cuenta como ${LIMITE} s en los percentiles. "con precios" y "vía worker" solo en las filas de 500.`,
    `Voraz: el ranking de arriba abajo mientras alcanza el dinero, luego un perfil por cada región que falte (dejando fuera los últimos de la lista para hacer espacio) y de nuevo el ranking con lo que sobre; ordenado por puntaje (lo habitual) o por puntaje por peso. Brecha = (óptimo − voraz) ÷ óptimo, sobre las instancias donde el voraz encuentra cartera; "voraz sin cartera": instancias donde alguno de los dos no logra cubrir las regiones dentro del presupuesto y el máximo por desafío. Puntajes con todos sus decimales (escala 10⁶, redondeados para el solver); montos enteros en pesos. Tiempos de reloj en una máquina compartida: ver la carga (uptime) de la corrida.`,
  );
  return { titulo, columnas, filas, notas };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { titulo, columnas, filas, notas } = await medir();
  console.log(`\n### ${titulo}\n\n| ${columnas.join(" | ")} |\n|${columnas.map(() => "---").join("|")}|`);
  for (const f of filas) console.log(`| ${f.join(" | ")} |`);
  for (const n of notas) console.log(`\n${n}`);
}
