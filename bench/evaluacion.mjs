// Evaluación técnica at scale (issue 10): 10,000 admissible perfiles × 3 submitted evaluations (30,000
// evaluations, 180,000 per-criterion grades) on a fresh database, SQLite and, when asked, PostgreSQL.
//   node bench/evaluacion.mjs                 SQLite only (a file under /tmp)
//   node bench/evaluacion.mjs --pg            also PostgreSQL, a fresh database bench_eval on
//                                             postgres://postgres@127.0.0.1:5432 (or BENCH_PG_URL's server)
//   (`npm run bench` runs it with every other benchmark; BENCH_PG_URL set there adds PostgreSQL too)
// For each database:
// 1. migrated (scripts/migrate.mjs) and seeded by bench/evaluacion-datos.ts (the demo's accounts and rubric,
//    then the rows with createMany in chunks), which also times the ranking query
//    (lib/evaluacion/puntajes.ts puntajesTecnicosDeConvocatoria) against the same aggregate written by hand,
//    through the bare driver and through Prisma, BENCH_EVAL_RONDAS rounds (20) alternated, and the
//    dashboard's data function (tableroEvaluacion) called directly, without HTTP, in the same rounds;
// 2. if the production build exists (.next/BUILD_ID; this script never builds), scripts/servidor.mjs on
//    BENCH_PUERTO (3420) against that database; the demo's technical lead signs in with next-auth's
//    credentials sign-in (csrf token, then the callback, as the browser does) and GET /seguimiento/evaluacion
//    BENCH_EVAL_PETICIONES times (50), alternated with the public /privacidad of the same server as the
//    same-run floor. Sequential requests: the latency of one page view, not throughput.
// Aims (issue 10): dashboard p95 < 200 ms; ranking ≤ 2× the hand-written aggregate.
// Sizes: BENCH_EVAL_PERFILES (10000), BENCH_EVAL_POR_PERFIL (3), BENCH_EVAL_EVALUADORES (500).
// BENCH_CONSERVAR=1 keeps the databases afterwards (the SQLite file and bench_eval).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const carpeta = "/tmp/fondo-bench-evaluacion";
const PUERTO = Number(process.env.BENCH_PUERTO ?? 3420);
const PETICIONES = Number(process.env.BENCH_EVAL_PETICIONES ?? 50);
const CALENTAR = 3;
const SERVIDOR_PG = process.env.BENCH_PG_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const BASE_PG = "bench_eval";
const ENCARGADO = { email: "encargado@fondoidea.cl", clave: "FondoIdea2019!" }; // lib/seed/datos-2019.ts

const log = (t) => console.error(`[bench evaluación] ${t}`);

function entorno(databaseUrl) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET || "bench-secreto-solo-para-medir-0123456789abcdef",
    AUDIT_KEY: process.env.AUDIT_KEY || "bench-clave-de-bitacora-0123456789abcdef",
    STORAGE_DIR: path.join(carpeta, "adjuntos"),
    AUDIT_CHECKPOINT_DIR: path.join(carpeta, "auditoria"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.SMTP_URL; // mail stays in the outbox
  return env;
}

function paso(descripcion, cmd, args, env) {
  log(descripcion);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], env, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${descripcion}: falló (código ${r.status})`);
  return r.stdout.toString();
}

/** The databases to measure: SQLite always; PostgreSQL with --pg or BENCH_PG_URL. */
function bases() {
  const lista = [{ nombre: "SQLite", url: `file:${path.join(carpeta, "bench.db")}` }];
  if (process.argv.includes("--pg") || process.env.BENCH_PG_URL) {
    const u = new URL(SERVIDOR_PG);
    u.pathname = `/${BASE_PG}`;
    lista.push({ nombre: "PostgreSQL", url: u.toString() });
  }
  return lista;
}

async function conServidorPg(f) {
  const c = new pg.Client({ connectionString: SERVIDOR_PG });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

async function nuevaBase(base) {
  if (base.nombre === "SQLite") {
    for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(base.url.slice("file:".length) + s, { force: true });
  } else {
    await conServidorPg(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${BASE_PG}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${BASE_PG}"`);
    });
  }
  fs.rmSync(path.join(carpeta, "auditoria"), { recursive: true, force: true });
  paso(`${base.nombre}: migrando una base nueva`, process.execPath, ["scripts/migrate.mjs", "deploy"], entorno(base.url));
}

async function borrarBase(base) {
  if (process.env.BENCH_CONSERVAR === "1") return;
  if (base.nombre === "SQLite") {
    for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(base.url.slice("file:".length) + s, { force: true });
  } else await conServidorPg((c) => c.query(`DROP DATABASE IF EXISTS "${BASE_PG}" WITH (FORCE)`));
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

// ─── The dashboard over HTTP ─────────────────────────────────────────────────────────────────────────

let detenido = false;

function arrancar(env) {
  const hijo = spawn(process.execPath, ["scripts/servidor.mjs", "-p", String(PUERTO), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...env, NODE_ENV: "production", PORT: String(PUERTO) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  hijo.on("exit", (code, signal) => {
    if (!detenido) log(`el servidor terminó (${signal ?? code})`);
  });
  return hijo;
}

async function esperar(url) {
  for (let i = 0; i < 240; i++) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} no respondió`);
}

/** next-auth's credentials sign-in, as the browser does it: the csrf token and its cookie, then the callback. */
async function ingresar(origen) {
  const tarro = new Map();
  const guardar = (r) => {
    for (const c of r.headers.getSetCookie()) {
      const par = c.split(";")[0];
      const i = par.indexOf("=");
      tarro.set(par.slice(0, i), par.slice(i + 1));
    }
  };
  const cookie = () => [...tarro].map(([k, v]) => `${k}=${v}`).join("; ");
  let r = await fetch(`${origen}/api/auth/csrf`);
  guardar(r);
  const { csrfToken } = await r.json();
  r = await fetch(`${origen}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email: ENCARGADO.email, password: ENCARGADO.clave, callbackUrl: "/seguimiento/evaluacion" }),
  });
  guardar(r);
  r = await fetch(`${origen}/api/auth/session`, { headers: { cookie: cookie() } });
  const sesion = await r.json().catch(() => null);
  if (sesion?.user?.email !== ENCARGADO.email) throw new Error(`No se pudo iniciar sesión como ${ENCARGADO.email} (respuesta de /api/auth/session: ${JSON.stringify(sesion)}).`);
  return cookie();
}

async function pedir(url, cookie, marca) {
  const t = performance.now();
  const r = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
  const html = await r.text();
  const dt = performance.now() - t;
  if (r.status !== 200 || (marca && !html.includes(marca))) throw new Error(`${url} respondió ${r.status} sin la página esperada`);
  return dt;
}

async function medirTablero(base, env) {
  const servidor = arrancar(env);
  detenido = false;
  const origen = `http://127.0.0.1:${PUERTO}`;
  try {
    await esperar(`${origen}/privacidad`);
    const cookie = await ingresar(origen);
    const tablero = `${origen}/seguimiento/evaluacion`;
    const publica = `${origen}/privacidad`;
    // The dashboard's own marker: the progress bar of perfiles with all their evaluations.
    const marca = "Perfiles admisibles con sus";
    const t = { tablero: [], publica: [] };
    for (let i = 0; i < CALENTAR + PETICIONES; i++) {
      const par = i % 2 ? [["publica", publica, null], ["tablero", tablero, cookie]] : [["tablero", tablero, cookie], ["publica", publica, null]];
      for (const [nombre, url, c] of par) {
        const dt = await pedir(url, c, nombre === "tablero" ? marca : null);
        if (i >= CALENTAR) t[nombre].push(dt);
      }
    }
    log(`${base.nombre}: tablero ${ms(mediana(t.tablero))} ms (mediana), ${ms(p95(t.tablero))} ms (p95)`);
    return t;
  } finally {
    detenido = true;
    servidor.kill();
    await new Promise((r) => (servidor.exitCode !== null ? r() : servidor.once("exit", r)));
  }
}

// ─── The benchmark ───────────────────────────────────────────────────────────────────────────────────

export async function medir() {
  fs.mkdirSync(carpeta, { recursive: true });
  const compilado = fs.existsSync(path.join(root, ".next/BUILD_ID"));
  const filas = [];
  const notas = [];
  if (!compilado) {
    const aviso =
      "No hay compilación de producción (.next/BUILD_ID): se omitió la medición del tablero por HTTP. Ejecute `npm run build` y vuelva a correr este bench (este script no compila).";
    log(aviso);
    notas.push(aviso);
  }
  let tamano = null;
  for (const base of bases()) {
    const env = entorno(base.url);
    await nuevaBase(base);
    try {
      const salida = paso(`${base.nombre}: sembrando y midiendo la consulta del ranking`, tsx, ["--conditions=react-server", "bench/evaluacion-datos.ts"], env);
      const r = JSON.parse(salida.trim().split("\n").at(-1));
      tamano = r;
      const { ranking, driver, prisma, tablero } = r.medidas;
      const razon = (a, b) => (mediana(a) / mediana(b)).toFixed(2);
      const n = ranking.length;
      filas.push([
        base.nombre,
        "ranking `puntajesTecnicosDeConvocatoria`",
        `${ms(mediana(ranking))} / ${ms(p95(ranking))}`,
        `SQL a mano, driver (${base.nombre === "SQLite" ? "better-sqlite3" : "pg"})`,
        `${ms(mediana(driver))} / ${ms(p95(driver))}`,
        razon(ranking, driver),
        `≤ 2 (${n} rondas)`,
      ]);
      filas.push([base.nombre, "ranking `puntajesTecnicosDeConvocatoria`", `${ms(mediana(ranking))} / ${ms(p95(ranking))}`, "SQL a mano, Prisma `$queryRawUnsafe`", `${ms(mediana(prisma))} / ${ms(p95(prisma))}`, razon(ranking, prisma), `≤ 2 (${n} rondas)`]);
      filas.push([
        base.nombre,
        "datos del tablero `tableroEvaluacion()` (sin HTTP)",
        `${ms(mediana(tablero))} / ${ms(p95(tablero))}`,
        "ranking `puntajesTecnicosDeConvocatoria`",
        `${ms(mediana(ranking))} / ${ms(p95(ranking))}`,
        razon(tablero, ranking),
        `(${n} rondas)`,
      ]);
      if (compilado) {
        const t = await medirTablero(base, env);
        filas.push([
          base.nombre,
          "tablero `/seguimiento/evaluacion` (HTTP, sesión del encargado técnico)",
          `${ms(mediana(t.tablero))} / ${ms(p95(t.tablero))}`,
          "`/privacidad` (pública, mismo servidor)",
          `${ms(mediana(t.publica))} / ${ms(p95(t.publica))}`,
          razon(t.tablero, t.publica),
          `p95 < 200 ms (${t.tablero.length} peticiones)`,
        ]);
      }
    } finally {
      await borrarBase(base);
    }
  }
  if (tamano) {
    notas.unshift(
      `Datos: ${tamano.perfiles.toLocaleString("es-CL")} perfiles admisibles, ${tamano.evaluaciones.toLocaleString("es-CL")} evaluaciones enviadas (${tamano.puntajes.toLocaleString("es-CL")} notas por criterio), ${tamano.evaluadores} evaluadores; base nueva en cada corrida. Mediana / p95 en ms; la razón es de medianas.`,
    );
  }
  return {
    titulo: "Evaluación técnica: ranking y tablero del encargado técnico frente a una referencia de la misma corrida",
    columnas: ["base", "medida", "mediana / p95 ms", "referencia", "ref. mediana / p95 ms", "razón", "meta"],
    filas,
    notas,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { titulo, columnas, filas, notas } = await medir();
  console.log(`\n### ${titulo}\n\n| ${columnas.join(" | ")} |\n|${columnas.map(() => "---").join("|")}|`);
  for (const f of filas) console.log(`| ${f.join(" | ")} |`);
  for (const n of notas) console.log(`\n${n}`);
}
