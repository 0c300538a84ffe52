// Votación popular under load (issue 11, item 9): POST /api/votos over HTTP with real sessions, each request
// a different voter's first vote in a desafío, against two references of the same run.
//   node bench/votos.mjs          SQLite only (a file under /tmp), one app instance
//   node bench/votos.mjs --pg     also PostgreSQL, a fresh database bench_votos on
//                                 postgres://postgres@127.0.0.1:5432 (or BENCH_PG_URL's server), TWO app
//                                 instances on two ports, each connection bound to one of them in turn
//   (`npm run bench` runs it with every other benchmark; BENCH_PG_URL set there adds PostgreSQL too)
// Needs the production build (.next/BUILD_ID; this script never builds). For each database:
// 1. migrated and seeded by bench/votos-datos.ts: an active convocatoria in SELECCION_CONTRATACION with the
//    window open (one vote per desafío), BENCH_VOTOS_DESAFIOS desafíos (6), BENCH_VOTOS_PERFILES admissible
//    perfiles (50), BENCH_VOTOS_VOTANTES verified AFILIADO accounts (3,000) inserted in bulk;
// 2. one session cookie per voter, minted as next-auth does (next-auth/jwt `encode`, AUTH_SECRET, salt = the
//    cookie's name, with our jwt callback's uid/sv/sid); one is checked on /api/sesion before the run;
// 3. scripts/servidor.mjs with BENCH_TECHO=1 (turns on app/api/bench/techo) and VOTOS_LIMITE_IP high (every
//    request comes from 127.0.0.1), plus bench/votos-servidor-minimo.mjs, as many of each as instances;
// 4. autocannon at 10 and 100 connections, BENCH_VOTOS_RONDAS rounds (2) of BENCH_VOTOS_PETICIONES requests
//    (2,000) per measure, the three measures alternated in each round:
//      vote        POST /api/votos {"postulacionId"}, each request a (voter, desafío) pair not used before;
//      Next ceiling POST /api/bench/techo: a route handler of the same build doing one raw INSERT;
//      bare Node   POST to a plain `http` server doing one INSERT (better-sqlite3 / pg);
//    latencies from sending a request to its answer, pooled over the rounds (p50, p99);
// 5. with the servers stopped, bench/votos-datos.ts verificar: stored votes = 201 answers, no duplicate
//    (voter, scope), published counts = the 201 answers per perfil, and the recount (lib/votacion/recuento.ts
//    recontar) agrees with the published counts and every sealed batch → PASS / FAIL.
// Aims (issue 11): vote ≥ 0.5 × the Next ceiling on both databases; p99 < 100 ms at 10 connections.
// Ports BENCH_VOTOS_PUERTO (3500) and up. BENCH_CONSERVAR=1 keeps the databases afterwards.
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const carpeta = "/tmp/fondo-bench-votos";
const PUERTO = Number(process.env.BENCH_VOTOS_PUERTO ?? 3500);
const PETICIONES = Number(process.env.BENCH_VOTOS_PETICIONES ?? 2_000);
const RONDAS = Number(process.env.BENCH_VOTOS_RONDAS ?? 2);
const CALENTAR = 300;
const CONEXIONES = [10, 100];
const SERVIDOR_PG = process.env.BENCH_PG_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const BASE_PG = "bench_votos";
// next-auth's session cookie over plain http (https adds the __Secure- prefix); also the JWT's salt.
const COOKIE_SESION = "authjs.session-token";

const log = (t) => console.error(`[bench votos] ${t}`);

function entorno(databaseUrl) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET || "bench-secreto-solo-para-medir-0123456789abcdef",
    AUDIT_KEY: process.env.AUDIT_KEY || "bench-clave-de-bitacora-0123456789abcdef",
    STORAGE_DIR: path.join(carpeta, "adjuntos"),
    AUDIT_CHECKPOINT_DIR: path.join(carpeta, "auditoria"),
    NEXT_TELEMETRY_DISABLED: "1",
    BENCH_TECHO: "1",
    VOTOS_LIMITE_IP: "1000000000",
  };
  delete env.SMTP_URL; // mail stays in the outbox
  delete env.AUTH_URL; // plain http: the unprefixed cookie
  delete env.NEXTAUTH_URL;
  return env;
}

function paso(descripcion, cmd, args, env) {
  log(descripcion);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], env, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${descripcion}: falló (código ${r.status})`);
  return r.stdout.toString();
}

/** The databases to measure: SQLite always (one instance); PostgreSQL with --pg or BENCH_PG_URL (two). */
function bases() {
  const lista = [{ nombre: "SQLite", url: `file:${path.join(carpeta, "bench.db")}`, instancias: 1 }];
  if (process.argv.includes("--pg") || process.env.BENCH_PG_URL) {
    const u = new URL(SERVIDOR_PG);
    u.pathname = `/${BASE_PG}`;
    lista.push({ nombre: "PostgreSQL", url: u.toString(), instancias: 2 });
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
  paso(`${base.nombre}: migrando una base nueva`, process.execPath, ["scripts/migrate.mjs", "deploy"], entorno(base.url));
}

async function borrarBase(base) {
  if (process.env.BENCH_CONSERVAR === "1") return;
  if (base.nombre === "SQLite") borrarSqlite(base);
  else await conServidorPg((c) => c.query(`DROP DATABASE IF EXISTS "${BASE_PG}" WITH (FORCE)`));
}

const ordenados = (xs) => Float64Array.from(xs).sort();
/** Nearest-rank percentile. */
const percentil = (xs, p) => {
  const s = ordenados(xs);
  return s[Math.max(0, Math.ceil(p * s.length) - 1)];
};
const ms = (n) => n.toFixed(n < 10 ? 2 : 1);
const entero = (n) => Math.round(n).toLocaleString("es-CL");

// ─── Servers ─────────────────────────────────────────────────────────────────────────────────────────

let detenido = false;

function lanzar(args, env, nombre) {
  const hijo = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  hijo.on("exit", (code, signal) => {
    if (!detenido) log(`${nombre} terminó (${signal ?? code})`);
  });
  return hijo;
}

async function esperar(url, init) {
  for (let i = 0; i < 240; i++) {
    try {
      const r = await fetch(url, init);
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} no respondió`);
}

async function detener(hijos) {
  detenido = true;
  await Promise.all(
    hijos.map((h) => {
      const fin = h.exitCode !== null ? Promise.resolve() : new Promise((r) => h.once("exit", r));
      h.kill();
      return fin;
    }),
  );
}

// ─── Sessions ────────────────────────────────────────────────────────────────────────────────────────

/** A session cookie for each voter, as next-auth writes it after our jwt callback (lib/auth/auth.ts). */
async function cookies(votantes, secret) {
  const t = performance.now();
  const lista = [];
  for (const v of votantes) {
    const token = { name: v.nombre, email: null, sub: v.id, uid: v.id, sv: 0, sid: randomUUID(), via: "credenciales" };
    lista.push(`${COOKIE_SESION}=${await encode({ token, secret, salt: COOKIE_SESION, maxAge: 8 * 60 * 60 })}`);
  }
  log(`${lista.length.toLocaleString("es-CL")} cookies de sesión en ${ms(performance.now() - t)} ms`);
  return lista;
}

// ─── Load ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * `amount` requests over `connections`, split across the origins (each connection bound to one; the
 * autocannon instances run in parallel). `siguiente()` gives each request its body and headers and a
 * callback for its answer. Returns the wall time, the latencies (sending → answer) and the statuses.
 */
async function cargar({ origenes, ruta, connections, amount, siguiente }) {
  const latencias = [];
  const estados = new Map();
  const ejemplos = [];
  // Each connection sends amount/connections requests: a multiple, so none is left in flight at the end
  // (a vote sent but never answered would be stored without its 201).
  const instancias = origenes.map((origen, i) => {
    const c = Math.floor(connections / origenes.length) + (i < connections % origenes.length ? 1 : 0);
    const a = Math.ceil(amount / origenes.length / c) * c;
    return { origen, c, a };
  });
  // The measured time runs from the first request sent to the last answer: not autocannon's start and stop.
  let inicio = Infinity;
  let fin = 0;
  const resultados = await Promise.all(
    instancias.map(
      ({ origen, c, a }) =>
        new Promise((resolve, reject) => {
          autocannon(
            {
              url: origen,
              connections: c,
              amount: a,
              timeout: 30,
              requests: [
                {
                  method: "POST",
                  path: ruta,
                  setupRequest(req, context) {
                    const p = siguiente();
                    context.alResponder = p.alResponder;
                    context.t0 = performance.now();
                    if (context.t0 < inicio) inicio = context.t0;
                    return { ...req, headers: { ...req.headers, "content-type": "application/json", ...p.headers }, body: p.body };
                  },
                  onResponse(status, body, context) {
                    const t = performance.now();
                    fin = t;
                    latencias.push(t - context.t0);
                    estados.set(status, (estados.get(status) ?? 0) + 1);
                    if (context.alResponder) context.alResponder(status, body);
                    else if (status !== 201 && ejemplos.length < 3) ejemplos.push(`${status} ${String(body).slice(0, 200)}`);
                  },
                },
              ],
            },
            (err, r) => (err ? reject(err) : resolve(r)),
          );
        }),
    ),
  );
  const segundos = (fin - inicio) / 1000;
  const errores = resultados.reduce((s, r) => s + r.errors + r.timeouts, 0);
  return { segundos, latencias, estados, errores, ejemplos };
}

// ─── The benchmark of one database ───────────────────────────────────────────────────────────────────

async function medirBase(base) {
  const env = entorno(base.url);
  await nuevaBase(base);
  const hijos = [];
  try {
    const datos = JSON.parse(paso(`${base.nombre}: sembrando`, tsx, ["--conditions=react-server", "bench/votos-datos.ts", "sembrar"], env).trim().split("\n").at(-1));
    const sesiones = await cookies(datos.votantes, env.AUTH_SECRET);
    const V = datos.votantes.length;
    const D = datos.perfilesPorDesafio.length;
    const disponibles = V * D;
    const necesarias = 1 + CALENTAR + CONEXIONES.length * RONDAS * PETICIONES;
    if (necesarias > disponibles) throw new Error(`Hacen falta ${necesarias} pares (votante, desafío) y hay ${disponibles}: suba BENCH_VOTOS_VOTANTES o baje BENCH_VOTOS_PETICIONES.`);

    // Pair k: voter k mod V in desafío ⌊k / V⌋, so consecutive requests come from different voters.
    let k = 0;
    const acuses = { total: 0, porPerfil: {} };
    const rechazos = [];
    const par = () => {
      const v = k % V;
      const d = Math.floor(k / V);
      k++;
      const perfiles = datos.perfilesPorDesafio[d];
      return { cookie: sesiones[v], postulacionId: perfiles[(v + d) % perfiles.length] };
    };
    const voto = () => {
      const p = par();
      return {
        headers: { cookie: p.cookie },
        body: JSON.stringify({ postulacionId: p.postulacionId }),
        alResponder(status, body) {
          if (status === 201) {
            acuses.total++;
            acuses.porPerfil[p.postulacionId] = (acuses.porPerfil[p.postulacionId] ?? 0) + 1;
          } else if (rechazos.length < 5) rechazos.push(`${status} ${String(body).slice(0, 200)}`);
        },
      };
    };
    const referencia = () => ({ headers: {}, body: JSON.stringify({ postulacionId: "referencia" }) });

    const puertos = Array.from({ length: base.instancias }, (_, i) => PUERTO + i);
    const puertosMinimos = puertos.map((p) => p + 10);
    for (const p of puertos) {
      hijos.push(lanzar(["scripts/servidor.mjs", "-p", String(p), "-H", "127.0.0.1"], { ...env, NODE_ENV: "production", PORT: String(p) }, `el servidor ${p}`));
    }
    for (const p of puertosMinimos) hijos.push(lanzar(["bench/votos-servidor-minimo.mjs", String(p)], env, `el servidor mínimo ${p}`));
    detenido = false;
    const origenes = puertos.map((p) => `http://127.0.0.1:${p}`);
    const origenesMinimos = puertosMinimos.map((p) => `http://127.0.0.1:${p}`);
    for (const o of origenes) await esperar(`${o}/privacidad`);
    for (const o of origenesMinimos) await esperar(o, { method: "POST", body: "{}" });

    // The minted cookie is a session: /api/sesion answers with the voter's name, on every instance.
    for (const o of origenes) {
      const r = await fetch(`${o}/api/sesion`, { headers: { cookie: sesiones[0] } });
      const s = await r.json().catch(() => null);
      if (r.status !== 200 || s?.nombre !== datos.votantes[0].nombre) throw new Error(`La cookie fabricada no abre sesión en ${o}: ${r.status} ${JSON.stringify(s)}`);
    }
    log(`${base.nombre}: la cookie fabricada abre la sesión de «${datos.votantes[0].nombre}» (/api/sesion 200)`);
    // One vote by hand: 201, then the same pair again would be refused (not sent: pairs are used once).
    {
      const p = voto();
      const r = await fetch(`${origenes[0]}/api/votos`, { method: "POST", headers: { "content-type": "application/json", ...p.headers }, body: p.body });
      p.alResponder(r.status, await r.text());
      if (r.status !== 201) throw new Error(`El primer voto respondió ${r.status}: ${rechazos.join(" | ")}`);
    }

    const medidas = {
      voto: { ruta: "/api/votos", origenes, siguiente: voto },
      techo: { ruta: "/api/bench/techo", origenes, siguiente: referencia },
      nodo: { ruta: "/", origenes: origenesMinimos, siguiente: referencia },
    };
    log(`${base.nombre}: calentando (${CALENTAR} peticiones de cada medida)`);
    for (const m of Object.values(medidas)) await cargar({ ...m, connections: 10, amount: CALENTAR });

    const filas = [];
    for (const connections of CONEXIONES) {
      const acum = Object.fromEntries(Object.keys(medidas).map((n) => [n, { segundos: 0, n: 0, latencias: [], no201: 0, errores: 0, ejemplos: [] }]));
      for (let r = 0; r < RONDAS; r++) {
        const orden = r % 2 ? ["nodo", "techo", "voto"] : ["voto", "techo", "nodo"];
        for (const nombre of orden) {
          const res = await cargar({ ...medidas[nombre], connections, amount: PETICIONES });
          const a = acum[nombre];
          a.segundos += res.segundos;
          a.n += res.latencias.length;
          a.latencias.push(...res.latencias);
          a.no201 += res.latencias.length - (res.estados.get(201) ?? 0);
          a.errores += res.errores;
          a.ejemplos.push(...res.ejemplos);
          log(`${base.nombre}, ${connections} conexiones, ronda ${r + 1}: ${nombre} ${entero(res.latencias.length / res.segundos)}/s, p99 ${ms(percentil(res.latencias, 0.99))} ms, estados ${JSON.stringify(Object.fromEntries(res.estados))}`);
        }
      }
      const porSegundo = (n) => acum[n].n / acum[n].segundos;
      const fila = (nombre, medida, razon, meta) => {
        const a = acum[nombre];
        return [
          base.nombre,
          String(base.instancias),
          String(connections),
          medida,
          entero(a.n),
          entero(porSegundo(nombre)),
          ms(percentil(a.latencias, 0.5)),
          ms(percentil(a.latencias, 0.99)),
          a.no201 || a.errores ? `${a.no201} no 201, ${a.errores} errores` : "0",
          razon,
          meta,
        ];
      };
      const rTecho = porSegundo("voto") / porSegundo("techo");
      const rNodo = porSegundo("voto") / porSegundo("nodo");
      const p99 = percentil(acum.voto.latencias, 0.99);
      const metas = [`≥ 0,5× techo: ${rTecho >= 0.5 ? "sí" : "no"}`];
      if (connections === 10) metas.push(`p99 < 100 ms: ${p99 < 100 ? "sí" : "no"}`);
      filas.push(fila("voto", "voto `POST /api/votos`", `${rTecho.toFixed(2)} / ${rNodo.toFixed(2)}`, metas.join("; ")));
      filas.push(fila("techo", "techo Next `POST /api/bench/techo` (1 INSERT)", "", ""));
      filas.push(fila("nodo", `Node \`http\` mínimo (1 INSERT, ${base.nombre === "SQLite" ? "better-sqlite3" : "pg"})`, "", ""));
      for (const n of Object.keys(acum)) for (const e of acum[n].ejemplos.slice(0, 2)) log(`${base.nombre}: ${n} respondió ${e}`);
    }
    if (rechazos.length) log(`${base.nombre}: votos no aceptados, por ejemplo: ${rechazos.join(" | ")}`);

    await detener(hijos.splice(0));
    const archivoAcuses = path.join(carpeta, "acuses.json");
    fs.writeFileSync(archivoAcuses, JSON.stringify(acuses));
    const v = JSON.parse(
      paso(`${base.nombre}: verificando los votos guardados y el recuento`, tsx, ["--conditions=react-server", "bench/votos-datos.ts", "verificar"], { ...env, BENCH_VOTOS_ACUSES: archivoAcuses })
        .trim()
        .split("\n")
        .at(-1),
    );
    const pasa =
      v.guardados === v.acusados && v.duplicados === 0 && v.distintosDeAcuses === 0 && v.recuento.ok && v.recuento.iguales && v.recuento.totalCrudos === v.acusados && v.recuento.totalPublicados === v.acusados;
    const verificacion = `${base.nombre}: ${pasa ? "PASS" : "FAIL"} — ${v.acusados.toLocaleString("es-CL")} respuestas 201, ${v.guardados.toLocaleString("es-CL")} votos guardados, ${v.duplicados} duplicados (votante, ámbito), ${v.distintosDeAcuses} perfiles cuyo conteo publicado difiere de sus 201; recuento: ${v.recuento.ok ? "correcto" : "con problemas"}, conteos ${v.recuento.iguales ? "iguales" : "distintos"} a los publicados (${v.recuento.totalCrudos.toLocaleString("es-CL")} crudos, ${v.recuento.totalPublicados.toLocaleString("es-CL")} publicados), ${v.recuento.lotesCorrectos}/${v.recuento.lotes} lotes sellados correctos (${v.recuento.votosSellados.toLocaleString("es-CL")} votos, ${v.recuento.selladosAhora} sellados por el recuento).`;
    log(verificacion);
    return { filas, verificacion, pasa, tamano: { votantes: V, desafios: D, perfiles: datos.perfilesPorDesafio.flat().length } };
  } finally {
    await detener(hijos);
    await borrarBase(base);
  }
}

// ─── The benchmark ───────────────────────────────────────────────────────────────────────────────────

export async function medir() {
  fs.mkdirSync(carpeta, { recursive: true });
  const titulo = "Votación popular: `POST /api/votos` con sesiones reales frente al techo de Next y a Node mínimo";
  const columnas = ["base", "instancias", "conexiones", "medida", "peticiones", "por segundo", "p50 ms", "p99 ms", "fallas", "razón voto ÷ techo / ÷ Node", "meta"];
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
    const aviso = "No hay compilación de producción (.next/BUILD_ID): se omitió el bench de votos. Ejecute `npm run build` y vuelva a correrlo (este script no compila).";
    log(aviso);
    return { titulo, columnas, filas: [], notas: [aviso] };
  }
  const filas = [];
  const notas = [];
  let tamano = null;
  for (const base of bases()) {
    const r = await medirBase(base);
    filas.push(...r.filas);
    notas.push(`Verificación ${r.verificacion}`);
    tamano = r.tamano;
  }
  if (tamano) {
    notas.unshift(
      `Datos: ${tamano.votantes.toLocaleString("es-CL")} afiliados verificados con sesión propia (cookie de next-auth), ${tamano.desafios} desafíos, ${tamano.perfiles} perfiles admisibles; cada voto es el primero de un votante en un desafío (201). ${RONDAS} rondas de ${PETICIONES.toLocaleString("es-CL")} peticiones por medida y por cantidad de conexiones, alternadas; por segundo = peticiones ÷ tiempo total; p50/p99 de todas las rondas. Con dos instancias, cada conexión va a una de ellas (mitad y mitad).`,
    );
  }
  return { titulo, columnas, filas, notas };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { titulo, columnas, filas, notas } = await medir();
  console.log(`\n### ${titulo}\n\n| ${columnas.join(" | ")} |\n|${columnas.map(() => "---").join("|")}|`);
  for (const f of filas) console.log(`| ${f.join(" | ")} |`);
  for (const n of notas) console.log(`\n${n}`);
  if (notas.some((n) => n.includes(": FAIL"))) process.exitCode = 1;
}
