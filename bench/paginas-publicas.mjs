// Public pages against a bare static Next.js page, in the same run (docs/decisions/0010-paginas-publicas-en-cache.md).
//   node bench/paginas-publicas.mjs          (or `npm run bench`, which prints every benchmark's table)
// 1. the portal's production build (.next/; built first if missing or with BENCH_COMPILAR=1, on a
//    throwaway database) served by scripts/servidor.mjs on its own port, with its own SQLite database
//    (bench/.datos/) seeded with the demo in Selección y contratación;
// 2. the bare app of bench/baseline (one static page of similar HTML size), built with the same next binary;
// 3. for each public page, BENCH_PARES pairs (3): autocannon on the portal page, then on the bare page,
//    BENCH_CONEXIONES connections (50) for BENCH_SEGUNDOS seconds (8) each, alternating so background load
//    hits both alike; then requests/s, p50, p99, their ratios, and the first-load JavaScript of the page
//    (gzip size of each <script src> in its HTML that a modern browser loads: `nomodule` ones skipped).
// The portal answers its public pages from the server's memory (lib/http/cache-respuestas.mjs). Two more
// kinds of row, in the same alternation: BENCH_GZIP ("/privacidad") with `Accept-Encoding: gzip` sent to both
// (a browser's request: Next compresses the bare page on every request), and BENCH_SIN_MEMORIA ("/,/privacidad")
// against a second portal process with that memory off (CACHE_RESPUESTAS=0): what Next alone gives.
// Options: BENCH_PAGINAS="/,/desafios" (paths; default: every public page), BENCH_PUERTO (3400; the bare
// page uses the next one, the portal without memory the one after).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import Database from "better-sqlite3";

const root = path.resolve(import.meta.dirname, "..");
const datos = path.join(import.meta.dirname, ".datos");
const baseline = path.join(import.meta.dirname, "baseline");
const nextBin = path.join(root, "node_modules", ".bin", "next");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const SEGUNDOS = Number(process.env.BENCH_SEGUNDOS ?? 8);
const CONEXIONES = Number(process.env.BENCH_CONEXIONES ?? 50);
const PARES = Number(process.env.BENCH_PARES ?? 3);
const PUERTO = Number(process.env.BENCH_PUERTO ?? 3400);
const PUERTO_BASE = PUERTO + 1;
const PUERTO_SIN_MEMORIA = PUERTO + 2;
const lista = (v, porOmision) => (v ?? porOmision).split(",").map((x) => x.trim()).filter(Boolean);
const PAGINAS_GZIP = lista(process.env.BENCH_GZIP, "/privacidad");
const PAGINAS_SIN_MEMORIA = lista(process.env.BENCH_SIN_MEMORIA, "/,/privacidad");

const dbFile = path.join(datos, "bench.db");
const env = {
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  AUTH_SECRET: process.env.AUTH_SECRET || "bench-secreto-solo-para-medir-0123456789abcdef",
  AUDIT_KEY: process.env.AUDIT_KEY || "bench-clave-de-bitacora-0123456789abcdef",
  STORAGE_DIR: path.join(datos, "adjuntos"),
  AUDIT_CHECKPOINT_DIR: path.join(datos, "auditoria"),
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
};
delete env.SMTP_URL; // mail stays in the outbox

const log = (t) => console.error(`[bench] ${t}`);

function paso(descripcion, cmd, args, opciones = {}) {
  log(descripcion);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: opciones.env ?? env });
  if (r.status !== 0) throw new Error(`${descripcion}: falló (código ${r.status})`);
}

function compilarPortal() {
  if (fs.existsSync(path.join(root, ".next/BUILD_ID")) && process.env.BENCH_COMPILAR !== "1") return;
  const tmp = path.join(datos, "compilar.db");
  fs.rmSync(tmp, { force: true });
  const e = { ...env, DATABASE_URL: `file:${tmp}` };
  paso("migrando la base de la compilación", process.execPath, ["scripts/migrate.mjs", "deploy"], { env: e });
  paso("next build del portal", nextBin, ["build"], { env: e });
}

function prepararBase() {
  for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + s, { force: true });
  fs.rmSync(env.STORAGE_DIR, { recursive: true, force: true });
  fs.rmSync(env.AUDIT_CHECKPOINT_DIR, { recursive: true, force: true });
  paso("migrando la base del bench", process.execPath, ["scripts/migrate.mjs", "deploy"]);
  paso("demostración en Selección y contratación", tsx, ["--conditions=react-server", "lib/seed/demo-cli.ts", "--etapa", "SELECCION_CONTRATACION"]);
}

function arrancar(nombre, cmd, args, puerto, extra = {}) {
  const hijo = spawn(cmd, args, { cwd: root, env: { ...env, ...extra, PORT: String(puerto) }, stdio: ["ignore", "ignore", "inherit"] });
  hijo.on("exit", (code, signal) => {
    if (!detenido) log(`${nombre} terminó (${signal ?? code})`);
  });
  return hijo;
}

async function esperar(url) {
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} no respondió`);
}

function ejemplos() {
  const db = new Database(dbFile, { readonly: true });
  const desafio = db.prepare("SELECT slug FROM Desafio WHERE estado = 'PUBLICADO' ORDER BY slug LIMIT 1").get()?.slug;
  const perfil = db.prepare("SELECT slugPublico FROM Postulacion WHERE admisible = 1 AND slugPublico IS NOT NULL ORDER BY slugPublico LIMIT 1").get()?.slugPublico;
  const taller = db.prepare("SELECT id FROM Evento WHERE inicio > ? AND tipo != 'DEMO_DAY' ORDER BY inicio LIMIT 1").get(Date.now())?.id;
  db.close();
  return { desafio, perfil, taller };
}

function cannon(url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, connections: CONEXIONES, duration: SEGUNDOS }, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

const jsCache = new Map();
async function jsInicial(url) {
  const html = await (await fetch(url)).text();
  // Only what a modern browser downloads: `nomodule` scripts (Next's polyfills) are skipped by every
  // browser that runs modules; each file counted once.
  const srcs = new Set(
    [...html.matchAll(/<script\b([^>]*)>/gi)]
      .map((m) => m[1])
      .filter((attrs) => !/\snomodule\b/i.test(attrs))
      .map((attrs) => /\ssrc="([^"]+)"/.exec(attrs)?.[1])
      .filter(Boolean),
  );
  let total = 0;
  for (const src of srcs) {
    const abs = new URL(src.replaceAll("&amp;", "&"), url).href;
    if (!jsCache.has(abs)) jsCache.set(abs, zlib.gzipSync(Buffer.from(await (await fetch(abs)).arrayBuffer()), { level: 9 }).length);
    total += jsCache.get(abs);
  }
  return { kb: total / 1024, html: Buffer.byteLength(html) / 1024, scripts: srcs.size };
}

const mediana = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f0 = (n) => Math.round(n).toLocaleString("en-US");
const f2 = (n) => n.toFixed(2);
const rango = (xs) => `${f0(Math.min(...xs))}–${f0(Math.max(...xs))}`;

let detenido = false;

export async function medir() {
  fs.mkdirSync(datos, { recursive: true });
  compilarPortal();
  paso("next build de la página de referencia", nextBin, ["build", baseline]);
  prepararBase();
  const { desafio, perfil, taller } = ejemplos();
  const todas = ["/", "/desafios", desafio && `/desafios/${desafio}`, "/como-postular", "/privacidad", "/talleres", taller && `/talleres/${taller}`, perfil && `/perfiles/${perfil}`, "/resultados", "/guia", "/aprendizajes"].filter(Boolean);
  const paginas = process.env.BENCH_PAGINAS ? process.env.BENCH_PAGINAS.split(",").map((s) => s.trim()) : todas;

  const portal = arrancar("portal", process.execPath, ["scripts/servidor.mjs", "-p", String(PUERTO), "-H", "127.0.0.1"], PUERTO);
  const base = arrancar("referencia", nextBin, ["start", baseline, "-p", String(PUERTO_BASE), "-H", "127.0.0.1"], PUERTO_BASE);
  const sinMemoria = PAGINAS_SIN_MEMORIA.length
    ? arrancar("portal sin memoria", process.execPath, ["scripts/servidor.mjs", "-p", String(PUERTO_SIN_MEMORIA), "-H", "127.0.0.1"], PUERTO_SIN_MEMORIA, { CACHE_RESPUESTAS: "0" })
    : null;
  // Rows: every page as a load tool sends it (no Accept-Encoding), then the gzip rows, then Next alone.
  const casos = [
    ...paginas.map((p) => ({ p, etiqueta: `\`${p}\``, puerto: PUERTO, headers: {} })),
    ...PAGINAS_GZIP.map((p) => ({ p, etiqueta: `\`${p}\`, gzip`, puerto: PUERTO, headers: { "accept-encoding": "gzip" } })),
    ...PAGINAS_SIN_MEMORIA.map((p) => ({ p, etiqueta: `\`${p}\`, sin memoria (solo Next)`, puerto: PUERTO_SIN_MEMORIA, headers: {} })),
  ];
  const filas = [];
  let jsBase;
  try {
    await esperar(`http://127.0.0.1:${PUERTO}/privacidad`);
    await esperar(`http://127.0.0.1:${PUERTO_BASE}/`);
    if (sinMemoria) await esperar(`http://127.0.0.1:${PUERTO_SIN_MEMORIA}/privacidad`);
    const urlBase = `http://127.0.0.1:${PUERTO_BASE}/`;
    jsBase = await jsInicial(urlBase);
    for (const { p, etiqueta, puerto, headers } of casos) {
      const url = `http://127.0.0.1:${puerto}${p}`;
      // Warm both: the first render after start (and a cache fill) is not what is measured.
      for (let i = 0; i < 5; i++) await Promise.all([fetch(url, { headers }).then((r) => r.text()), fetch(urlBase, { headers }).then((r) => r.text())]);
      const medidas = [];
      for (let i = 0; i < PARES; i++) {
        log(`${etiqueta}: par ${i + 1} de ${PARES}`);
        const a = await cannon(url, headers);
        const b = await cannon(urlBase, headers);
        if (a.non2xx || a.errors) log(`${etiqueta}: ${a.non2xx} respuestas no 2xx, ${a.errors} errores`);
        medidas.push({ rps: a.requests.average, p50: a.latency.p50, p99: a.latency.p99, rpsB: b.requests.average, p50B: b.latency.p50, p99B: b.latency.p99 });
      }
      const js = await jsInicial(url);
      filas.push([
        etiqueta,
        rango(medidas.map((m) => m.rps)),
        rango(medidas.map((m) => m.rpsB)),
        f2(mediana(medidas.map((m) => m.rps / m.rpsB))),
        `${f0(mediana(medidas.map((m) => m.p50)))} / ${f0(mediana(medidas.map((m) => m.p50B)))}`,
        `${f0(mediana(medidas.map((m) => m.p99)))} / ${f0(mediana(medidas.map((m) => m.p99B)))}`,
        f2(mediana(medidas.map((m) => m.p99 / Math.max(m.p99B, 1)))),
        `${js.kb.toFixed(1)} (${js.scripts})`,
        js.html.toFixed(0),
      ]);
    }
  } finally {
    detenido = true;
    portal.kill();
    base.kill();
    sinMemoria?.kill();
  }
  return {
    titulo: `Páginas públicas frente a una página estática de Next (${CONEXIONES} conexiones, ${SEGUNDOS} s, ${PARES} pares alternados)`,
    columnas: ["página", "portal pet/s", "referencia pet/s", "razón pet/s (mediana)", "p50 ms portal / ref.", "p99 ms portal / ref.", "razón p99 (mediana)", "JS inicial gzip KB (scripts)", "HTML KB"],
    filas,
    notas: [`Página de referencia (bench/baseline): JS inicial ${jsBase?.kb.toFixed(1)} KB gzip, HTML ${jsBase?.html.toFixed(0)} KB. Metas: razón pet/s ≥ 0,9; razón p99 ≤ 1,2; JS ≤ 100 KB.`],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { titulo, columnas, filas, notas } = await medir();
  console.log(`\n### ${titulo}\n\n| ${columnas.join(" | ")} |\n|${columnas.map(() => "---").join("|")}|`);
  for (const f of filas) console.log(`| ${f.join(" | ")} |`);
  for (const n of notas) console.log(`\n${n}`);
}
