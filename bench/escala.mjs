// Scale (issue 15, item 1): 10,000 admissible perfiles, 30,000 submitted evaluations and 1,000,000 votes on a
// fresh database, SQLite and, when asked, PostgreSQL; the committee's consolidated ranking and the public vote
// counts timed against hand-written SQL through the bare driver, in the same run.
//   node bench/escala.mjs          SQLite only (a file under /tmp)
//   node bench/escala.mjs --pg     also PostgreSQL, a fresh database bench_escala on
//                                  postgres://postgres@127.0.0.1:5432 (or BENCH_PG_URL's server)
//   (`npm run bench` runs it with every other benchmark; BENCH_PG_URL set there adds PostgreSQL too)
// For each database:
// 1. migrated (scripts/migrate.mjs), then bench/evaluacion-datos.ts seeds the demo, the perfiles and their
//    evaluations (with BENCH_EVAL_RONDAS=0: only its own agreement check, no timing rounds), then
//    bench/escala-datos.ts bulk-inserts the voters and votes with raw SQL; each seeding step is timed apart;
// 2. bench/escala-datos.ts checks that the product's ranking (lib/seleccion/espacio.ts rankingDeRonda, what
//    /comite/seleccion calls, without HTTP) agrees with one hand-written aggregate per perfil (technical mean,
//    vote count) on every perfil and on the top 20 (it fails otherwise), then times, BENCH_ESCALA_RONDAS
//    rounds (15) alternated: that ranking against that aggregate (bare driver: better-sqlite3 / pg); the
//    public count of the most voted perfil (getVotacionDePerfil, its public page) against a bare COUNT(*);
//    the counts of the whole list (getRanking, /votacion) against a bare GROUP BY. The pages cache these reads
//    ("use cache", a few seconds): the figures are the cost of a cache miss.
// Aim (issue 15): consolidated ranking < 0.5 s (judged on the p95).
// Sizes: BENCH_ESCALA_PERFILES (10000), BENCH_ESCALA_EVALUACIONES (30000, a multiple of the perfiles),
// BENCH_ESCALA_VOTOS (1000000), BENCH_ESCALA_VOTOS_POR_VOTANTE (one per desafío: 5 with the demo's desafíos,
// so 200,000 voters; 1 gives every vote its own voter). BENCH_CONSERVAR=1 keeps the databases afterwards.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const carpeta = "/tmp/fondo-bench-escala";
const SERVIDOR_PG = process.env.BENCH_PG_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const BASE_PG = "bench_escala";
const PERFILES = Number(process.env.BENCH_ESCALA_PERFILES ?? 10_000);
const EVALUACIONES = Number(process.env.BENCH_ESCALA_EVALUACIONES ?? 30_000);
const VOTOS = Number(process.env.BENCH_ESCALA_VOTOS ?? 1_000_000);
const META_RANKING_MS = 500;

const log = (t) => console.error(`[bench escala] ${t}`);

function entorno(databaseUrl) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET || "bench-secreto-solo-para-medir-0123456789abcdef",
    AUDIT_KEY: process.env.AUDIT_KEY || "bench-clave-de-bitacora-0123456789abcdef",
    STORAGE_DIR: path.join(carpeta, "adjuntos"),
    AUDIT_CHECKPOINT_DIR: path.join(carpeta, "auditoria"),
    BENCH_EVAL_PERFILES: String(PERFILES),
    BENCH_EVAL_POR_PERFIL: String(EVALUACIONES / PERFILES),
    BENCH_EVAL_RONDAS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.SMTP_URL; // mail stays in the outbox
  return env;
}

/** Runs a child to its end, passing its stderr through; resolves to its stdout and stderr and the seconds it took. */
function paso(descripcion, cmd, args, env) {
  log(descripcion);
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const hijo = spawn(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env });
    const salida = [];
    const errores = [];
    hijo.stdout.on("data", (d) => salida.push(d));
    hijo.stderr.on("data", (d) => {
      errores.push(d);
      process.stderr.write(d);
    });
    hijo.on("error", reject);
    hijo.on("close", (codigo) => {
      if (codigo !== 0) return reject(new Error(`${descripcion}: falló (código ${codigo})`));
      resolve({ stdout: Buffer.concat(salida).toString(), stderr: Buffer.concat(errores).toString(), segundos: (performance.now() - t) / 1000 });
    });
  });
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

function borrarSqlite(base) {
  for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(base.url.slice("file:".length) + s, { force: true });
}

async function nuevaBase(base) {
  if (base.nombre === "SQLite") borrarSqlite(base);
  else {
    await conServidorPg(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${BASE_PG}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${BASE_PG}"`);
    });
  }
  fs.rmSync(path.join(carpeta, "auditoria"), { recursive: true, force: true });
  await paso(`${base.nombre}: migrando una base nueva`, process.execPath, ["scripts/migrate.mjs", "deploy"], entorno(base.url));
}

async function borrarBase(base) {
  if (process.env.BENCH_CONSERVAR === "1") return;
  if (base.nombre === "SQLite") borrarSqlite(base);
  else await conServidorPg((c) => c.query(`DROP DATABASE IF EXISTS "${BASE_PG}" WITH (FORCE)`));
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
const par = (xs) => `${ms(mediana(xs))} / ${ms(p95(xs))}`;
const razon = (a, b) => (mediana(a) / mediana(b)).toFixed(2);
const miles = (n) => n.toLocaleString("es-CL");
const seg = (s) => `${s.toFixed(1).replace(".", ",")} s`;

export async function medir() {
  if (!(Number.isInteger(EVALUACIONES / PERFILES) && EVALUACIONES >= PERFILES)) {
    throw new Error(`BENCH_ESCALA_EVALUACIONES (${EVALUACIONES}) debe ser un múltiplo de BENCH_ESCALA_PERFILES (${PERFILES}): evaluaciones por perfil.`);
  }
  fs.mkdirSync(carpeta, { recursive: true });
  const filas = [];
  const notas = [];
  let tamano = null;
  for (const base of bases()) {
    const env = entorno(base.url);
    await nuevaBase(base);
    try {
      const evaluacion = await paso(`${base.nombre}: sembrando perfiles y evaluaciones (bench/evaluacion-datos.ts)`, tsx, ["--conditions=react-server", "bench/evaluacion-datos.ts"], env);
      // Its own seeding time ("base sembrada en X s"); the rest of the child is its agreement check.
      const sembrada = Number(evaluacion.stderr.match(/base sembrada en ([\d.]+) s/)?.[1] ?? evaluacion.segundos);
      const escala = await paso(`${base.nombre}: sembrando votos y midiendo (bench/escala-datos.ts)`, tsx, ["--conditions=react-server", "bench/escala-datos.ts"], env);
      const r = JSON.parse(escala.stdout.trim().split("\n").at(-1));
      tamano = r;
      const { ranking, base: aMano, perfil, perfilSql, lista, listaSql } = r.medidas;
      const driver = base.nombre === "SQLite" ? "better-sqlite3" : "pg";
      const cumple = p95(ranking) < META_RANKING_MS ? "cumple" : "NO cumple";
      filas.push([
        base.nombre,
        "ranking consolidado del comité `rankingDeRonda` (sin HTTP)",
        par(ranking),
        `una consulta SQL a mano: promedio técnico y votos por perfil (${driver})`,
        par(aMano),
        razon(ranking, aMano),
        `< ${META_RANKING_MS} ms: ${cumple} (p95)`,
      ]);
      filas.push([base.nombre, `conteo público de un perfil \`getVotacionDePerfil\` (el más votado, ${miles(r.votosMasVotado)} votos)`, par(perfil), `\`COUNT(*)\` a mano (${driver})`, par(perfilSql), razon(perfil, perfilSql), "—"]);
      filas.push([base.nombre, "conteos de la lista `getRanking` (/votacion)", par(lista), `\`GROUP BY\` a mano (${driver})`, par(listaSql), razon(lista, listaSql), "—"]);
      const s = r.siembra;
      const porSegundo = Math.round(r.votos / s.votos);
      notas.push(
        `Siembra en ${base.nombre} (aparte de las mediciones): perfiles y evaluaciones ${seg(sembrada)} (bench/evaluacion-datos.ts; ${seg(evaluacion.segundos)} con su verificación); ` +
          `${miles(r.votantes)} cuentas de votantes ${seg(s.votantes)}; ${miles(r.votos)} votos ${seg(s.votos)} (${miles(porSegundo)} votos/s); ANALYZE ${seg(s.analizar)}.`,
      );
    } finally {
      await borrarBase(base);
    }
  }
  if (tamano) {
    notas.unshift(
      `Datos: ${miles(tamano.perfiles)} perfiles admisibles, ${miles(EVALUACIONES)} evaluaciones enviadas, ${miles(tamano.votos)} votos de ${miles(tamano.votantes)} votantes ` +
        `(${tamano.votosPorVotante} por votante, uno por desafío, ${tamano.desafios} desafíos); base nueva en cada corrida. ` +
        `Mediana / p95 en ms sobre ${tamano.medidas.ranking.length} rondas alternadas; la razón es de medianas. ` +
        `El ranking del producto y la consulta a mano coinciden en cada perfil y en los 20 primeros (verificado antes de medir). ` +
        `Las páginas guardan estas lecturas en caché unos segundos: las cifras son el costo de una lectura sin caché.`,
    );
  }
  return {
    titulo: `Escala: ranking consolidado y conteos públicos con ${miles(VOTOS)} votos, frente a SQL a mano en la misma corrida`,
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
