// Crash drill (issue 15, item 3): `kill -9` of the production server under write load, then a restart on the
// same database; every write whose acknowledgement a client received must be in the database, no vote
// doubled, and the audit chain must verify.
//   node scripts/simulacro-caida.mjs          SQLite (a fresh file under /tmp)
//   node scripts/simulacro-caida.mjs --pg     PostgreSQL: a fresh database with a unique name on
//                                             SIMULACRO_PG_URL's server (postgres://postgres@127.0.0.1:5432),
//                                             dropped at the end
// Needs the production build (.next/BUILD_ID; this script never builds). Steps:
// 1. migrate (scripts/migrate.mjs deploy) and seed: bench/votos-datos.ts sembrar (convocatoria with the vote
//    window open, admissible perfiles, verified voters), then scripts/simulacro-datos.ts sembrar (draft perfiles
//    of applicants, evaluators with assignments, the rubric, the CONVOCATORIA calendar);
// 2. scripts/servidor.mjs on a free port of 3600–3699 (SIMULACRO_PUERTO to fix one), with that DATABASE_URL,
//    STORAGE_DIR and AUDIT_CHECKPOINT_DIR under /tmp and a fixed AUTH_SECRET; session cookies minted as
//    next-auth writes them (as bench/votos.mjs does);
// 3. two phases, because one convocatoria is in one etapa at a time: the perfil autosave is allowed only in
//    CONVOCATORIA, votes and evaluations only in SELECCION_CONTRATACION (lib/auth/permissions.ts). In each
//    phase clients write for SIMULACRO_CARGA_MS (2,500), then the process listening on the port (checked in
//    /proc to be the node process this script started) gets SIGKILL, the clients go on failing for
//    SIMULACRO_CAIDA_MS (1,000), the server is started again on the same database and, once it answers, each
//    client writes again (a vote whose answer the crash cut off is sent again: 201 or 409, never a second
//    row). Writes: votes through POST /api/votos; perfil autosaves and evaluation drafts through their server
//    actions, posted as the browser posts them (Next-Action header with the action id from the build's
//    server-reference-manifest.json, the arguments as a JSON array, the result read from the RSC answer);
// 4. with the server stopped, scripts/simulacro-datos.ts verificar checks the database against what the
//    clients saw acknowledged and verifies the audit chain; a Spanish report; exit 1 on any loss.
// SIMULACRO_CONSERVAR=1 keeps the database and the folder afterwards.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const usarPg = process.argv.includes("--pg");
const nombreBase = usarPg ? "PostgreSQL" : "SQLite";
const SERVIDOR_PG = process.env.SIMULACRO_PG_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const CARGA_MS = Number(process.env.SIMULACRO_CARGA_MS ?? 2_500);
const CAIDA_MS = Number(process.env.SIMULACRO_CAIDA_MS ?? 1_000);
const CLIENTES_VOTO = 8;
const VOTANTES = 2_000;
const COOKIE_SESION = "authjs.session-token";
const sufijo = `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
const carpeta = path.join("/tmp", `fondo-simulacro-${sufijo}`);
const basePg = `simulacro_${sufijo}`;

const log = (t) => console.error(`[simulacro ${nombreBase}] ${t}`);
const dormir = (ms) => new Promise((r) => setTimeout(r, ms));
const segundos = (t0) => ((performance.now() - t0) / 1000).toFixed(1);

function urlBase() {
  if (!usarPg) return `file:${path.join(carpeta, "simulacro.db")}`;
  const u = new URL(SERVIDOR_PG);
  u.pathname = `/${basePg}`;
  return u.toString();
}

const DATABASE_URL = urlBase();
const env = {
  ...process.env,
  DATABASE_URL,
  AUTH_SECRET: "simulacro-secreto-fijo-solo-para-pruebas-0123456789abcdef",
  AUDIT_KEY: "simulacro-clave-de-bitacora-0123456789abcdef",
  STORAGE_DIR: path.join(carpeta, "adjuntos"),
  AUDIT_CHECKPOINT_DIR: path.join(carpeta, "auditoria"),
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
  // Every client is 127.0.0.1: the per-connection vote limit would refuse most of the load.
  VOTOS_LIMITE_IP: "1000000000",
  BENCH_VOTOS_VOTANTES: String(VOTANTES),
};
delete env.SMTP_URL; // mail stays in the outbox
delete env.AUTH_URL; // plain http: the unprefixed session cookie
delete env.NEXTAUTH_URL;
delete env.TRUST_PROXY_HOPS;

function paso(descripcion, cmd, args, extra = {}) {
  log(descripcion);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], env: { ...env, ...extra }, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${descripcion}: falló (código ${r.status ?? r.signal})`);
  return r.stdout.toString();
}
const ultimaLineaJson = (salida) => JSON.parse(salida.trim().split("\n").at(-1));

// ─── Database ────────────────────────────────────────────────────────────────────────────────────────

async function conServidorPg(f) {
  const c = new pg.Client({ connectionString: SERVIDOR_PG });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

async function crearBase() {
  fs.mkdirSync(carpeta, { recursive: true });
  if (usarPg) await conServidorPg((c) => c.query(`CREATE DATABASE "${basePg}"`));
  paso(`migrando una base nueva (${usarPg ? basePg : DATABASE_URL})`, process.execPath, ["scripts/migrate.mjs", "deploy"]);
}

async function borrarBase() {
  if (process.env.SIMULACRO_CONSERVAR === "1") {
    log(`se conservan ${DATABASE_URL} y ${carpeta}`);
    return;
  }
  if (usarPg) await conServidorPg((c) => c.query(`DROP DATABASE IF EXISTS "${basePg}" WITH (FORCE)`)).catch((e) => log(`no se pudo borrar ${basePg}: ${e.message}`));
  fs.rmSync(carpeta, { recursive: true, force: true });
}

/** Moves the active convocatoria to `etapa`, as an administrator advancing it would leave the row. */
async function cambiarEtapa(etapa) {
  if (usarPg) {
    const c = new pg.Client({ connectionString: DATABASE_URL });
    await c.connect();
    try {
      await c.query(`UPDATE "Convocatoria" SET "etapaActual" = $1::"Etapa" WHERE "activa"`, [etapa]);
    } finally {
      await c.end();
    }
  } else {
    const sqlite = new Database(DATABASE_URL.slice("file:".length));
    try {
      sqlite.pragma("busy_timeout = 10000");
      sqlite.prepare(`UPDATE "Convocatoria" SET "etapaActual" = ? WHERE "activa" = 1`).run(etapa);
    } finally {
      sqlite.close();
    }
  }
  log(`convocatoria en la etapa ${etapa}`);
}

// ─── The server ──────────────────────────────────────────────────────────────────────────────────────

async function puertoLibre() {
  const libre = (p) =>
    new Promise((resolve) => {
      const s = net.createServer();
      s.once("error", () => resolve(false));
      s.listen(p, "127.0.0.1", () => s.close(() => resolve(true)));
    });
  if (process.env.SIMULACRO_PUERTO) return Number(process.env.SIMULACRO_PUERTO);
  const inicio = Math.floor(Math.random() * 100);
  for (let i = 0; i < 100; i++) {
    const p = 3600 + ((inicio + i) % 100);
    // 3659 is one of the Fetch standard's "bad ports": this script's fetch() refuses it (a CI run drew it).
    if (p !== 3659 && (await libre(p))) return p;
  }
  throw new Error("No hay un puerto libre entre 3600 y 3699.");
}

let PUERTO = 0;
let ORIGEN = "";
/** Every server process started, so none outlives the drill whatever fails. */
const lanzados = [];

/**
 * Starts scripts/servidor.mjs (node itself, no wrapper) and waits until it answers a page. Logs when it
 * began listening (its "Portal Fondo IDEA en …" line) and when it answered: servidor.mjs holds requests
 * until its start-up cache expiry is done.
 */
async function arrancar() {
  const t0 = performance.now();
  const hijo = spawn(process.execPath, ["scripts/servidor.mjs", "-p", String(PUERTO), "-H", "127.0.0.1"], { cwd: root, env: { ...env, PORT: String(PUERTO) }, stdio: ["ignore", "pipe", "inherit"] });
  hijo.fin = new Promise((resolve) => hijo.once("exit", (code, signal) => resolve(signal ?? code)));
  lanzados.push(hijo);
  let escuchando = null;
  // The server's last lines, printed if it does not come up.
  const ultimas = [];
  hijo.stdout.on("data", (d) => {
    if (escuchando === null && d.toString().includes("Portal Fondo IDEA en")) escuchando = segundos(t0);
    ultimas.push(...d.toString().split("\n").filter(Boolean));
    ultimas.splice(0, Math.max(0, ultimas.length - 40));
  });
  const fallo = (texto) => new Error(`${texto}; sus últimas líneas:\n${ultimas.join("\n")}`);
  for (;;) {
    if (hijo.exitCode !== null || hijo.signalCode !== null) throw fallo(`el servidor terminó al iniciar (${await hijo.fin})`);
    if (performance.now() - t0 > 90_000) throw fallo("el servidor no respondió en 90 s");
    try {
      const r = await fetch(`${ORIGEN}/privacidad`, { signal: AbortSignal.timeout(5_000) });
      await r.arrayBuffer();
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    await dormir(150);
  }
  log(`servidor (pid ${hijo.pid}) escuchando tras ${escuchando ?? "?"} s y respondiendo en ${ORIGEN} tras ${segundos(t0)} s`);
  return hijo;
}

/** Inodes of the sockets listening on `puerto` (IPv4 and IPv6), from /proc/net. */
function inodosEscuchando(puerto) {
  const hex = puerto.toString(16).toUpperCase().padStart(4, "0");
  const inodos = new Set();
  for (const archivo of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let texto = "";
    try {
      texto = fs.readFileSync(archivo, "utf8");
    } catch {
      continue;
    }
    for (const linea of texto.split("\n").slice(1)) {
      const c = linea.trim().split(/\s+/);
      if (c.length > 9 && c[1].endsWith(`:${hex}`) && c[3] === "0A") inodos.add(c[9]);
    }
  }
  return inodos;
}

/** The pid whose open files include the socket listening on `puerto`, or null. */
function pidQueEscucha(puerto) {
  const inodos = inodosEscuchando(puerto);
  if (!inodos.size) return null;
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    let fds = [];
    try {
      fds = fs.readdirSync(`/proc/${d}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${d}/fd/${fd}`));
        if (m && inodos.has(m[1])) return Number(d);
      } catch {
        // closed meanwhile
      }
    }
  }
  return null;
}

/** SIGKILL to the process listening on the port, which must be the node process started here. */
async function matar(hijo) {
  const pid = pidQueEscucha(PUERTO);
  if (pid !== hijo.pid) throw new Error(`el proceso que escucha en ${PUERTO} (pid ${pid}) no es el servidor lanzado (pid ${hijo.pid}): no se mata a ciegas`);
  process.kill(pid, "SIGKILL");
  const fin = await hijo.fin;
  log(`kill -9 al pid ${pid} (el que escuchaba en ${PUERTO}): terminó por ${fin}`);
}

async function detener(hijo) {
  if (hijo.exitCode !== null || hijo.signalCode !== null) return;
  hijo.kill("SIGTERM");
  await hijo.fin;
}

// ─── Clients ─────────────────────────────────────────────────────────────────────────────────────────

async function cookie(usuario) {
  const token = { name: usuario.nombre, email: null, sub: usuario.id, uid: usuario.id, sv: 0, sid: randomUUID(), via: "credenciales" };
  return `${COOKIE_SESION}=${await encode({ token, secret: env.AUTH_SECRET, salt: COOKIE_SESION, maxAge: 8 * 60 * 60 })}`;
}

/** Action ids of the build, by file and export name, with the page route that serves them. */
function idsDeAcciones() {
  const manifiesto = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const buscar = (archivo, nombre) => {
    const e = Object.entries(manifiesto.node).find(([, v]) => v.filename === archivo && v.exportedName === nombre);
    if (!e) throw new Error(`La compilación no tiene la acción ${nombre} de ${archivo}: ¿compilación antigua?`);
    return e[0];
  };
  return {
    autoguardado: buscar("lib/postulaciones/server-actions.ts", "guardarBorradorAction"),
    evaluacion: buscar("lib/evaluacion/server-actions.ts", "guardarBorradorEvaluacionAction"),
  };
}

/** Resolves React Flight references ("$N", "$@N") and escapes ("$$…") in a parsed value. */
function resolverFlight(v, filas, profundidad = 0) {
  if (profundidad > 20) return v;
  if (typeof v === "string") {
    if (v.startsWith("$$")) return v.slice(1);
    const m = /^\$@?([0-9a-f]+)$/.exec(v);
    return m && filas.has(m[1]) ? resolverFlight(filas.get(m[1]), filas, profundidad + 1) : v;
  }
  if (Array.isArray(v)) return v.map((x) => resolverFlight(x, filas, profundidad + 1));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolverFlight(x, filas, profundidad + 1)]));
  return v;
}

/** The action's return value from a server action's RSC answer (row 0 is { a: result, … }). */
function resultadoDeAccion(texto) {
  const filas = new Map();
  for (const linea of texto.split("\n")) {
    const m = /^([0-9a-f]+):([[{"].*)$/.exec(linea);
    if (!m) continue;
    try {
      filas.set(m[1], JSON.parse(m[2]));
    } catch {
      // a row of another kind
    }
  }
  const a = resolverFlight(filas.get("0")?.a, filas);
  if (!a || typeof a !== "object" || typeof a.ok !== "boolean") throw new RespuestaRara(`respuesta ilegible de la acción: ${texto.slice(0, 300)}`);
  return a;
}

/** An answer that arrived but is not what the portal answers (a bug, not the crash). */
class RespuestaRara extends Error {}

/** Posts a server action as Next's router does: Next-Action header, arguments encoded as a JSON array. */
async function llamarAccion(ruta, idAccion, cookieSesion, args) {
  const r = await fetch(`${ORIGEN}${ruta}`, {
    method: "POST",
    headers: { accept: "text/x-component", "next-action": idAccion, "content-type": "text/plain;charset=UTF-8", origin: ORIGEN, cookie: cookieSesion },
    body: JSON.stringify(args),
    signal: AbortSignal.timeout(15_000),
  });
  const texto = await r.text();
  if (r.status !== 200) throw new RespuestaRara(`la acción respondió ${r.status}: ${texto.slice(0, 300)}`);
  return resultadoDeAccion(texto);
}

/** The version a stale-version refusal reports (fieldErrors.version = ["<current>"]), or null. */
function versionDelRechazo(r) {
  const v = r.fieldErrors?.version?.[0];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : null;
}

function nuevasCifras() {
  return { acusados: 0, cortadas: 0, sinConexion: 0, rechazos: 0, conflictos: 0, rarezas: 0, ejemplos: [] };
}

/** Whether the request never reached a server (connection refused: nothing can have been written). */
const sinConexion = (e) => e?.cause?.code === "ECONNREFUSED";

/**
 * A request without an answer: refused connection (the server is down: nothing written) or cut (sent,
 * then the connection died or timed out: it may or may not have been written).
 */
function anotarError(cifras, e) {
  if (e instanceof RespuestaRara) {
    cifras.rarezas++;
    if (cifras.ejemplos.length < 3) cifras.ejemplos.push(e.message);
  } else if (sinConexion(e)) cifras.sinConexion++;
  else cifras.cortadas++;
}

function clienteVotos(votantes, cookies, perfilesPorDesafio, acuses, cifras) {
  const V = votantes.length;
  let k = 0;
  const inciertos = [];
  const noEnviados = [];
  // Pair k: voter k mod V in desafío ⌊k / V⌋, each used once (a pair whose request found no server is reused).
  const siguiente = () => {
    if (noEnviados.length) return noEnviados.pop();
    const d = Math.floor(k / V);
    if (d >= perfilesPorDesafio.length) return null;
    const v = k++ % V;
    const perfiles = perfilesPorDesafio[d];
    return { votanteId: votantes[v].id, cookie: cookies[v], postulacionId: perfiles[(v + d) % perfiles.length] };
  };
  const votar = async (par) => {
    const r = await fetch(`${ORIGEN}/api/votos`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: par.cookie },
      body: JSON.stringify({ postulacionId: par.postulacionId }),
      signal: AbortSignal.timeout(15_000),
    });
    return { status: r.status, cuerpo: await r.json().catch(() => null) };
  };
  const una = async (par, reintento) => {
    try {
      const { status, cuerpo } = await votar(par);
      if (status === 201 && typeof cuerpo?.id === "string") {
        cifras.acusados++;
        acuses.votos.acusados.push({ id: cuerpo.id, votanteId: par.votanteId, postulacionId: par.postulacionId });
      } else if (reintento && status === 409) {
        cifras.conflictos++;
        acuses.votos.yaGuardados.push({ votanteId: par.votanteId, postulacionId: par.postulacionId });
      } else {
        cifras.rechazos++;
        if (cifras.ejemplos.length < 3) cifras.ejemplos.push(`${status} ${JSON.stringify(cuerpo)}`);
      }
    } catch (e) {
      anotarError(cifras, e);
      (sinConexion(e) ? noEnviados : inciertos).push(par);
      await dormir(50);
    }
  };
  return {
    async escribir() {
      const par = siguiente();
      if (!par) return false;
      await una(par, false);
      return true;
    },
    /** After the restart: every vote sent whose answer never came, once more (201, or 409 if it was stored). */
    async reintentar() {
      const pendientes = inciertos.splice(0);
      for (const par of pendientes) await una(par, true);
      return pendientes.length;
    },
  };
}

let numeroEnvio = 0;

function clienteAutoguardado(postulante, cookieSesion, idAccion, acuses, cifras) {
  const registro = (acuses.autoguardados[postulante.perfilId] = { enviados: [], acusados: [] });
  let version = 0;
  return async () => {
    const texto = `Autoguardado ${++numeroEnvio} del borrador ${postulante.perfilId}`;
    registro.enviados.push({ version: version + 1, texto });
    try {
      const r = await llamarAccion(`/postulante/perfiles/${postulante.perfilId}`, idAccion, cookieSesion, [null, { id: postulante.perfilId, version, problema: texto }]);
      if (r.ok) {
        version = r.data.version;
        cifras.acusados++;
        registro.acusados.push({ version, texto });
      } else if (versionDelRechazo(r) !== null) {
        // A save the crash cut off was stored after all: continue from the version stored, as a reload would.
        version = versionDelRechazo(r);
        cifras.conflictos++;
      } else {
        cifras.rechazos++;
        if (cifras.ejemplos.length < 3) cifras.ejemplos.push(r.error);
      }
    } catch (e) {
      anotarError(cifras, e);
      await dormir(50);
    }
    return true;
  };
}

function clienteEvaluacion(evaluador, postulacionId, cookieSesion, idAccion, criterios, acuses, cifras) {
  const registro = (acuses.evaluaciones[`${evaluador.id} ${postulacionId}`] = { evaluadorId: evaluador.id, postulacionId, enviados: [], acusados: [] });
  let version = 0;
  return async () => {
    const n = ++numeroEnvio;
    const comentario = `Borrador ${n} de ${evaluador.id}`;
    // A grade 1,0–7,0 per criterion, different on each save.
    const notas = Object.fromEntries(criterios.map((c, i) => [c, Math.round(10 + ((n * 7 + i * 13) % 61)) / 10]));
    registro.enviados.push({ version: version + 1, comentario, notas });
    const puntajes = Object.fromEntries(Object.entries(notas).map(([c, nota]) => [c, { nota }]));
    try {
      const r = await llamarAccion(`/evaluador/perfiles/${postulacionId}`, idAccion, cookieSesion, [null, { postulacionId, version, comentario, puntajes }]);
      if (r.ok) {
        version = r.data.version;
        cifras.acusados++;
        registro.acusados.push({ version, comentario, notas });
      } else if (versionDelRechazo(r) !== null) {
        version = versionDelRechazo(r);
        cifras.conflictos++;
      } else {
        cifras.rechazos++;
        if (cifras.ejemplos.length < 3) cifras.ejemplos.push(r.error);
      }
    } catch (e) {
      anotarError(cifras, e);
      await dormir(50);
    }
    return true;
  };
}

/** Runs each client in a loop until `parar()` is true (or it has nothing left to write). */
function enBucle(clientes, parar) {
  return Promise.all(
    clientes.map(async (escribir) => {
      while (!parar()) if (!(await escribir())) break;
    }),
  );
}

/**
 * One phase: load for CARGA_MS, kill -9, clients failing for CAIDA_MS, restart, then `alVolver` (the
 * clients' writes after the restart). Returns the new server and the phase's figures.
 */
async function fase(nombre, servidor, clientes, alVolver, cifras) {
  let parar = false;
  const t0 = performance.now();
  const bucles = enBucle(clientes, () => parar);
  await dormir(CARGA_MS);
  const antes = Object.fromEntries(Object.entries(cifras).map(([k, c]) => [k, c.acusados]));
  await matar(servidor);
  await dormir(CAIDA_MS);
  parar = true;
  await bucles;
  log(`${nombre}: ${segundos(t0)} s de carga y caída; acusados antes del kill: ${JSON.stringify(antes)}; cortadas por el kill (en vuelo): ${JSON.stringify(Object.fromEntries(Object.entries(cifras).map(([k, c]) => [k, c.cortadas])))}; conexión rechazada con el servidor caído: ${JSON.stringify(Object.fromEntries(Object.entries(cifras).map(([k, c]) => [k, c.sinConexion])))}`);
  const nuevo = await arrancar();
  await alVolver();
  return nuevo;
}

// ─── The drill ───────────────────────────────────────────────────────────────────────────────────────

async function simulacro() {
  const t0 = performance.now();
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("No hay compilación de producción (.next/BUILD_ID). Ejecute `npm run build` antes (este script no compila).");
  const acciones = idsDeAcciones();
  await crearBase();
  const votos = ultimaLineaJson(paso("sembrando votantes y perfiles admisibles (bench/votos-datos.ts)", tsx, ["--conditions=react-server", "bench/votos-datos.ts", "sembrar"]));
  const extra = ultimaLineaJson(paso("sembrando borradores y evaluadores (scripts/simulacro-datos.ts)", tsx, ["--conditions=react-server", "scripts/simulacro-datos.ts", "sembrar"]));

  const cookiesVotantes = [];
  for (const v of votos.votantes) cookiesVotantes.push(await cookie(v));
  const cookiesPostulantes = await Promise.all(extra.postulantes.map(cookie));
  const cookiesEvaluadores = await Promise.all(extra.evaluadores.map(cookie));

  PUERTO = await puertoLibre();
  ORIGEN = `http://127.0.0.1:${PUERTO}`;
  let servidor = await arrancar();
  const sesion = await fetch(`${ORIGEN}/api/sesion`, { headers: { cookie: cookiesVotantes[0] } }).then((r) => r.json());
  if (sesion?.nombre !== votos.votantes[0].nombre) throw new Error(`La cookie fabricada no abre sesión: ${JSON.stringify(sesion)}`);

  const acuses = { votos: { acusados: [], yaGuardados: [] }, autoguardados: {}, evaluaciones: {} };
  const cifras = { autoguardados: nuevasCifras(), votos: nuevasCifras(), evaluaciones: nuevasCifras() };

  // Phase 1, applications open: perfil autosaves.
  const autoguardados = extra.postulantes.map((p, i) => clienteAutoguardado(p, cookiesPostulantes[i], acciones.autoguardado, acuses, cifras.autoguardados));
  await autoguardados[0]();
  if (cifras.autoguardados.acusados !== 1) throw new Error(`El primer autoguardado no fue aceptado: ${cifras.autoguardados.ejemplos.join(" | ")}`);
  servidor = await fase("postulación (autoguardado de perfiles)", servidor, autoguardados, async () => {
    // Two saves each: the first may find its version stale (a cut-off save was stored), the second goes on.
    await Promise.all(
      autoguardados.map(async (c) => {
        await c();
        await c();
      }),
    );
  }, { autoguardados: cifras.autoguardados });

  // Phase 2, selection: votes and evaluation drafts together.
  await cambiarEtapa("SELECCION_CONTRATACION");
  const votantes = clienteVotos(votos.votantes, cookiesVotantes, votos.perfilesPorDesafio, acuses, cifras.votos);
  const evaluaciones = extra.evaluadores.flatMap((e, i) => e.postulaciones.map((p) => clienteEvaluacion(e, p, cookiesEvaluadores[i], acciones.evaluacion, extra.criterios, acuses, cifras.evaluaciones)));
  await votantes.escribir();
  await evaluaciones[0]();
  if (cifras.votos.acusados !== 1) throw new Error(`El primer voto no fue aceptado: ${cifras.votos.ejemplos.join(" | ")}`);
  if (cifras.evaluaciones.acusados !== 1) throw new Error(`La primera evaluación no fue aceptada: ${cifras.evaluaciones.ejemplos.join(" | ")}`);
  let reintentados = 0;
  servidor = await fase("selección (votos y evaluaciones)", servidor, [...Array.from({ length: CLIENTES_VOTO }, () => votantes.escribir), ...evaluaciones], async () => {
    reintentados = await votantes.reintentar();
    await Promise.all(
      evaluaciones.map(async (c) => {
        await c();
        await c();
      }),
    );
  }, { votos: cifras.votos, evaluaciones: cifras.evaluaciones });

  await detener(servidor);
  const archivo = path.join(carpeta, "acuses.json");
  fs.writeFileSync(archivo, JSON.stringify(acuses));
  const v = ultimaLineaJson(paso("verificando la base contra los acuses", tsx, ["--conditions=react-server", "scripts/simulacro-datos.ts", "verificar"], { SIMULACRO_ACUSES: archivo }));
  return informe(v, cifras, reintentados, performance.now() - t0);
}

function informe(v, cifras, reintentados, ms) {
  const n = (x) => x.toLocaleString("es-CL");
  const perdidos = {
    votos: v.votos.acusados - v.votos.encontrados + (v.votos.yaGuardados - v.votos.yaGuardadosEncontrados),
    autoguardados: v.autoguardados.acusados - v.autoguardados.encontrados,
    evaluaciones: v.evaluaciones.acusados - v.evaluaciones.encontrados,
  };
  const duplicados = v.votos.duplicadosAmbito + v.votos.duplicadosPerfil;
  const rarezas = cifras.votos.rarezas + cifras.autoguardados.rarezas + cifras.evaluaciones.rarezas;
  const problemas = [];
  for (const [k, p] of Object.entries(perdidos)) if (p !== 0) problemas.push(`${p} ${k} acusados no están en la base`);
  if (duplicados) problemas.push(`${duplicados} votos duplicados`);
  if (v.autoguardados.incoherentes) problemas.push(`${v.autoguardados.incoherentes} borradores con un contenido que no corresponde a su versión`);
  if (v.evaluaciones.incoherentes) problemas.push(`${v.evaluaciones.incoherentes} evaluaciones con notas o comentario que no corresponden a su versión`);
  if (!v.cadenaAntes.ok) problemas.push(`la cadena de auditoría no verifica tras la caída (${v.cadenaAntes.estado}: ${v.cadenaAntes.motivo})`);
  if (!v.cadenaDespues.ok) problemas.push(`la cadena de auditoría no verifica tras el recuento (${v.cadenaDespues.estado}: ${v.cadenaDespues.motivo})`);
  if (!v.recuento.ok || !v.recuento.iguales) problemas.push("el recuento de votos no coincide con los conteos publicados o un lote sellado no verifica");
  if (rarezas) problemas.push(`${rarezas} respuestas inesperadas del portal (ver arriba)`);
  if (v.votos.acusados === 0 || v.autoguardados.acusados === 0 || v.evaluaciones.acusados === 0) problemas.push("alguna escritura no tuvo ningún acuse: el simulacro no puso carga");

  const lineas = [
    `Simulacro de caída (kill -9) en ${nombreBase}: ${problemas.length ? "FALLA" : "PASA"} (${(ms / 1000).toFixed(1)} s)`,
    `  Votos:          ${n(v.votos.acusados)} acusados (201 con id), ${n(v.votos.encontrados)} encontrados, perdidos ${n(v.votos.acusados - v.votos.encontrados)}; ` +
      `${n(reintentados)} cortados reenviados tras reiniciar: ${n(v.votos.yaGuardados)} ya estaban guardados (409), de ellos ${n(v.votos.yaGuardadosEncontrados)} están una vez; ` +
      `${n(v.votos.guardados)} votos en la base, ${n(duplicados)} duplicados`,
    `  Autoguardados:  ${n(v.autoguardados.acusados)} acusados (versión), ${n(v.autoguardados.encontrados)} encontrados, perdidos ${n(perdidos.autoguardados)}; ` +
      `${v.autoguardados.perfiles} borradores, ${v.autoguardados.masNuevos} con una versión posterior al último acuse (guardada sin respuesta), ${cifras.autoguardados.conflictos} versiones adoptadas tras un rechazo`,
    `  Evaluaciones:   ${n(v.evaluaciones.acusados)} acusadas (versión), ${n(v.evaluaciones.encontrados)} encontradas, perdidas ${n(perdidos.evaluaciones)}; ` +
      `${v.evaluaciones.asignaciones} asignaciones, ${n(v.evaluaciones.puntajes)} notas guardadas, ${v.evaluaciones.masNuevos} con una versión posterior al último acuse`,
    `  Sin respuesta: cortadas por el kill ${cifras.votos.cortadas} votos, ${cifras.autoguardados.cortadas} autoguardados, ${cifras.evaluaciones.cortadas} evaluaciones; ` +
      `conexión rechazada con el servidor caído ${cifras.votos.sinConexion} votos, ${cifras.autoguardados.sinConexion} autoguardados, ${cifras.evaluaciones.sinConexion} evaluaciones; ` +
      `rechazados por el portal: ${cifras.votos.rechazos} votos, ${cifras.autoguardados.rechazos} autoguardados, ${cifras.evaluaciones.rechazos} evaluaciones`,
    `  Recuento: ${v.recuento.ok && v.recuento.iguales ? "correcto" : "con problemas"} (${n(v.recuento.totalCrudos)} crudos, ${n(v.recuento.totalPublicados)} publicados, ${v.recuento.lotesCorrectos}/${v.recuento.lotes} lotes sellados correctos, ${v.recuento.selladosAhora} sellados ahora)`,
    `  Cadena de auditoría: ${v.cadenaAntes.ok ? "íntegra" : v.cadenaAntes.estado} tras la caída (${n(v.cadenaAntes.total)} entradas), ${v.cadenaDespues.ok ? "íntegra" : v.cadenaDespues.estado} tras el recuento (${n(v.cadenaDespues.total)} entradas)`,
  ];
  for (const [k, c] of Object.entries(cifras)) for (const e of c.ejemplos) lineas.push(`  ${k}, respuesta no esperada: ${e}`);
  for (const p of problemas) lineas.push(`  ✗ ${p}`);
  return { texto: lineas.join("\n"), pasa: problemas.length === 0 };
}

try {
  const r = await simulacro();
  console.log(r.texto);
  process.exitCode = r.pasa ? 0 : 1;
} catch (e) {
  console.error(`[simulacro ${nombreBase}] ✗ ${e?.message ?? e}`);
  process.exitCode = 1;
} finally {
  for (const h of lanzados) await detener(h);
  await borrarBase();
}
