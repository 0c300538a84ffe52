// Lighthouse on the public pages (issue 15, item 2): mobile preset (Lighthouse's default config: a
// mid-range phone, simulated slow 4G and 4× CPU slowdown), categories performance and accessibility.
//   node scripts/lighthouse.mjs          (or `npm run lighthouse`; needs a `next build` in .next/)
// 1. a FRESH SQLite database (.test-output/lighthouse.db): migrations, then the demo seed (prisma/seed.ts);
// 2. the portal's production server (scripts/servidor.mjs) on the first free port of 3620–3629
//    (LIGHTHOUSE_PORT forces one), mail left in the outbox;
// 3. Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium), headless, launched by chrome-launcher;
// 4. each page of paginas() (one desafío's slug read from the seeded database) measured LIGHTHOUSE_PASADAS
//    times (default 1: about 8 s a page on 2 cores, 80 s in all; 3 takes about 4 min), reporting the run
//    of median performance (a pass that recorded no trace is measured again); LIGHTHOUSE_PAGINAS="/,/guia"
//    measures only those pages.
// Prints a Markdown table, writes .test-output/lighthouse.json (scores, metrics and the failing audits of
// every page) and each page's full report under .test-output/lighthouse/, and exits 1 if any page scores
// below UMBRAL_RENDIMIENTO or UMBRAL_ACCESIBILIDAD (the CI bar; the aim is META_RENDIMIENTO).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

// LIGHTHOUSE_UMBRAL lowers the performance bar (CI sets 75: see .ci/run for why); the aim stays META.
const UMBRAL_RENDIMIENTO = Number(process.env.LIGHTHOUSE_UMBRAL ?? 90);
const UMBRAL_ACCESIBILIDAD = 100;
const META_RENDIMIENTO = 95;
// Lighthouse's own CPU benchmark of the machine during each run: below this, other work was taking the
// cores and the CPU-bound metrics (TBT, and the score with it) read worse than the page is.
const INDICE_CPU_CARGADA = 1000;
// Passes that recorded no trace are measured again this many times.
const REINTENTOS = 2;

const root = path.resolve(import.meta.dirname, "..");
const salida = path.join(root, ".test-output");
const dbRel = ".test-output/lighthouse.db";
const dbFile = path.join(root, dbRel);
const informes = path.join(salida, "lighthouse");
const PASADAS = Math.max(1, Number(process.env.LIGHTHOUSE_PASADAS ?? 1));
// The page's pictures (the full-page screenshot, the filmstrip, the final frame) weigh in no score and took
// a good part of each pass: not taken.
const SIN_CAPTURAS = { disableFullPageScreenshot: true, skipAudits: ["screenshot-thumbnails", "final-screenshot"] };
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// A run stuck anywhere (server start, a page that never loads) ends here rather than holding CI.
const LIMITE_MS = Number(process.env.LIGHTHOUSE_LIMITE_S ?? 600) * 1000;

const env = {
  ...process.env,
  DATABASE_URL: `file:./${dbRel}`,
  AUTH_SECRET: process.env.AUTH_SECRET || "lighthouse-secreto-solo-para-medir-0123456789",
  STORAGE_DIR: path.join(salida, "lighthouse-adjuntos"),
  AUDIT_CHECKPOINT_DIR: path.join(salida, "lighthouse-auditoria"),
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
};
delete env.SMTP_URL; // mail stays in the outbox
delete env.AUTH_URL; // trustHost: the host of each request decides

const log = (t) => console.error(`[lighthouse] ${t}`);
let servidor = null;
let chrome = null;

function fallar(texto) {
  console.error(`[lighthouse] ✗ ${texto}`);
  limpiar();
  process.exit(1);
}

function limpiar() {
  servidor?.kill("SIGTERM");
  servidor = null;
  try {
    chrome?.kill();
  } catch {}
  chrome = null;
}

function paso(descripcion, cmd, args) {
  log(descripcion);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"], env });
  if (r.status !== 0) fallar(`${descripcion}: falló (código ${r.status ?? r.signal})`);
}

function puertoLibre(puerto) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(puerto, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

async function elegirPuerto() {
  if (process.env.LIGHTHOUSE_PORT) return Number(process.env.LIGHTHOUSE_PORT);
  for (let p = 3620; p <= 3629; p++) if (await puertoLibre(p)) return p;
  fallar("no hay puerto libre entre 3620 y 3629 (LIGHTHOUSE_PORT elige otro)");
}

async function esperar(url) {
  for (let i = 0; i < 240; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    if (!servidor) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  fallar(`${url} no respondió`);
}

function paginas() {
  const db = new Database(dbFile, { readonly: true });
  const desafio = db.prepare("SELECT slug FROM Desafio WHERE estado = 'PUBLICADO' ORDER BY slug LIMIT 1").get()?.slug;
  db.close();
  if (!desafio) fallar("la siembra no dejó ningún desafío publicado");
  const todas = ["/", "/desafios", `/desafios/${desafio}`, "/como-postular", "/privacidad", "/talleres", "/resultados", "/guia", "/aprendizajes"];
  // LIGHTHOUSE_PAGINAS="/,/talleres" measures only those (a quick look at one page while working on it).
  const pedidas = process.env.LIGHTHOUSE_PAGINAS?.split(",").map((x) => x.trim()).filter(Boolean);
  return pedidas?.length ? pedidas : todas;
}

/** Audits that cost points: every accessibility audit that fails, every performance audit scored below 0.9. */
function auditoriasFallidas(lhr) {
  const fallidas = [];
  for (const [categoria, minimo] of [["accessibility", 1], ["performance", 0.9]]) {
    for (const ref of lhr.categories[categoria]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= minimo || a.scoreDisplayMode === "informative" || a.scoreDisplayMode === "notApplicable") continue;
      const elementos = (a.details?.items ?? [])
        .map((it) => it.node?.snippet ?? it.url ?? it.source?.url)
        .filter(Boolean)
        .slice(0, 5);
      fallidas.push({ categoria, id: a.id, titulo: a.title, puntaje: a.score, valor: a.displayValue ?? null, peso: ref.weight, elementos });
    }
  }
  return fallidas;
}

function resumen(lhr) {
  const puntaje = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
  const valor = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    rendimiento: puntaje("performance"),
    accesibilidad: puntaje("accessibility"),
    lcpMs: valor("largest-contentful-paint"),
    fcpMs: valor("first-contentful-paint"),
    tbtMs: valor("total-blocking-time"),
    cls: valor("cumulative-layout-shift"),
    siMs: valor("speed-index"),
    indiceCpu: lhr.environment?.benchmarkIndex ?? null,
    errorDeCarga: lhr.runtimeError?.message ?? null,
    avisos: lhr.runWarnings ?? [],
    // Diagnostics Lighthouse could not compute (with Chromium newer than this Lighthouse, the trace
    // engine fails on the screenshot events: layout-shifts, largest-contentful-paint-element, …); the
    // scores do not depend on them.
    auditoriasConError: Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === "error").map((a) => a.id),
  };
}

const temporizador = setTimeout(() => fallar(`la medición superó ${LIMITE_MS / 1000} s`), LIMITE_MS);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => fallar(`interrumpido (${signal})`));

if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) fallar("No hay compilación: ejecute `AUTH_SECRET=x npx next build` antes.");
const inicio = Date.now();
fs.mkdirSync(salida, { recursive: true });
for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + s, { force: true });
for (const d of [env.STORAGE_DIR, env.AUDIT_CHECKPOINT_DIR, informes]) fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(informes, { recursive: true });
paso("migrando la base nueva", process.execPath, ["scripts/migrate.mjs", "deploy"]);
paso("sembrando la demostración", path.join(root, "node_modules", ".bin", "tsx"), ["prisma/seed.ts"]);
const rutas = paginas();

const PUERTO = await elegirPuerto();
const base = `http://127.0.0.1:${PUERTO}`;
log(`portal en ${base}`);
servidor = spawn(process.execPath, ["scripts/servidor.mjs", "-p", String(PUERTO), "-H", "127.0.0.1"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
servidor.on("exit", (code, signal) => {
  if (servidor) fallar(`el servidor terminó (${signal ?? `código ${code}`})`);
});
await esperar(`${base}/privacidad`);

// Warm every page once: the first request after start fills the page cache, which is what visitors get.
for (const r of rutas) {
  const res = await fetch(base + r);
  await res.text();
  if (res.status !== 200) fallar(`${r} respondió ${res.status}`);
}

chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"], logLevel: "error" });
const resultados = [];
try {
  for (const r of rutas) {
    const corridas = [];
    for (let i = 0; i < PASADAS; i++) {
      // A pass Lighthouse could not record (a runtime error such as NO_NAVSTART: its trace missed the
      // navigation, which happens with this Chromium now and then) says nothing about the page: it is
      // measured again, up to REINTENTOS times; a page that never records fails.
      for (let intento = 0; intento <= REINTENTOS; intento++) {
        const t0 = Date.now();
        const rr = await lighthouse(base + r, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], ...SIN_CAPTURAS });
        const corrida = { lhr: rr.lhr, resumen: resumen(rr.lhr) };
        const sinTraza = corrida.resumen.errorDeCarga !== null && corrida.resumen.rendimiento === null;
        log(`${r}: pasada ${i + 1} de ${PASADAS}${intento ? ` (reintento ${intento})` : ""} en ${((Date.now() - t0) / 1000).toFixed(1)} s (rendimiento ${corrida.resumen.rendimiento}, accesibilidad ${corrida.resumen.accesibilidad})${sinTraza ? `: ${corrida.resumen.errorDeCarga}` : ""}`);
        if (!sinTraza || intento === REINTENTOS) {
          corridas.push(corrida);
          break;
        }
      }
    }
    // The median of the passes that recorded (all of them, if none did: the page then fails).
    const medidas = corridas.filter((c) => c.resumen.rendimiento !== null);
    const ordenadas = (medidas.length ? medidas : corridas).sort((a, b) => (a.resumen.rendimiento ?? -1) - (b.resumen.rendimiento ?? -1));
    const mediana = ordenadas[Math.floor(ordenadas.length / 2)];
    const nombre = r === "/" ? "inicio" : r.slice(1).replaceAll("/", "_");
    fs.writeFileSync(path.join(informes, `${nombre}.json`), JSON.stringify(mediana.lhr));
    resultados.push({
      pagina: r,
      ...mediana.resumen,
      pasadas: corridas.map((c) => ({ rendimiento: c.resumen.rendimiento, accesibilidad: c.resumen.accesibilidad })),
      fallidas: auditoriasFallidas(mediana.lhr),
      lighthouse: mediana.lhr.lighthouseVersion,
      navegador: mediana.lhr.environment?.hostUserAgent ?? null,
    });
  }
} finally {
  await chrome?.kill();
  chrome = null;
  limpiar();
  clearTimeout(temporizador);
}

const bajo = (x) => x.rendimiento == null || x.accesibilidad == null || x.rendimiento < UMBRAL_RENDIMIENTO || x.accesibilidad < UMBRAL_ACCESIBILIDAD;
const segundos = (Date.now() - inicio) / 1000;
fs.writeFileSync(
  path.join(salida, "lighthouse.json"),
  JSON.stringify({ fecha: new Date().toISOString(), preset: "móvil (configuración por omisión de Lighthouse)", pasadas: PASADAS, umbrales: { rendimiento: UMBRAL_RENDIMIENTO, accesibilidad: UMBRAL_ACCESIBILIDAD, metaRendimiento: META_RENDIMIENTO }, segundos, paginas: resultados }, null, 2),
);

const ms = (v) => (v == null ? "—" : Math.round(v).toLocaleString("es-CL"));
const s1 = (v) => (v == null ? "—" : (v / 1000).toFixed(1).replace(".", ","));
console.log(`\n### Lighthouse, preset móvil (${PASADAS === 1 ? "una pasada" : `mediana de ${PASADAS} pasadas`} por página)\n`);
console.log("| página | rendimiento | accesibilidad | LCP (s) | TBT (ms) | CLS |\n|---|---|---|---|---|---|");
for (const x of resultados) {
  const marca = bajo(x) ? " ✗" : "";
  console.log(`| \`${x.pagina}\`${marca} | ${x.rendimiento ?? "—"} | ${x.accesibilidad ?? "—"} | ${s1(x.lcpMs)} | ${ms(x.tbtMs)} | ${x.cls == null ? "—" : x.cls.toFixed(3).replace(".", ",")} |`);
}
const cargadas = resultados.filter((x) => x.indiceCpu != null && x.indiceCpu < INDICE_CPU_CARGADA);
if (cargadas.length) console.log(`\nMáquina cargada al medir ${cargadas.map((x) => `\`${x.pagina}\` (índice de CPU ${Math.round(x.indiceCpu)})`).join(", ")}: su TBT y su rendimiento salen peores que los de la página.`);
const enMeta = resultados.filter((x) => (x.rendimiento ?? 0) >= META_RENDIMIENTO).map((x) => `\`${x.pagina}\``);
console.log(`\nRendimiento ≥ ${META_RENDIMIENTO} (meta): ${enMeta.length} de ${resultados.length} páginas${enMeta.length ? ` (${enMeta.join(", ")})` : ""}.`);
console.log(`Umbral de CI: rendimiento ≥ ${UMBRAL_RENDIMIENTO} y accesibilidad ≥ ${UMBRAL_ACCESIBILIDAD}. Informe: .test-output/lighthouse.json (${segundos.toFixed(0)} s en total).`);
const debajo = resultados.filter(bajo);
for (const x of debajo) {
  console.log(`\n✗ \`${x.pagina}\`${x.errorDeCarga ? `: ${x.errorDeCarga}` : ""}`);
  for (const a of x.avisos) console.log(`  - aviso de Lighthouse: ${a}`);
  for (const f of x.fallidas) console.log(`  - [${f.categoria === "performance" ? "rendimiento" : "accesibilidad"}] ${f.titulo}${f.valor ? ` (${f.valor})` : ""}`);
}
if (debajo.length) {
  console.log(`\n${debajo.length} página(s) bajo el umbral.`);
  process.exit(1);
}
console.log("\nTodas las páginas superan el umbral.");
process.exit(0);
