// Cache-tag expiries shared between app instances through PostgreSQL (docs/decisions/0010-paginas-publicas-en-cache.md,
// «Varias instancias»). Each instance keeps its public pages in its own memory; an action expires their tags
// only there. Here:
//   - registrar(tags, durations): what Next's updateTags received on this instance is also written to the
//     "CacheEtiqueta" table (one row per tag, this instance's id, the database's clock);
//   - refrescar(): at most once per INTERVALO_CONSULTA_MS (concurrent callers share the query in flight),
//     reads the rows other instances wrote since the last ones seen and replays them locally through
//     `aplicar` (Next's own default handler's updateTags, which writes the process's tags manifest: both
//     the "use cache" entries and the prerendered route entries check it).
// One plain `pg` connection (a pool of size 1, opened on first use), not Prisma: this module is loaded by
// Next outside the app bundle. A database error never reaches a page: it is logged (once until the
// database answers again) and the instance goes on with its local cache.
import crypto from "node:crypto";
import os from "node:os";
import pg from "pg";
import { registro } from "../registro/log.mjs";
import { desdeDeConsulta, filasPorAplicar, plazoDeExpiracion, tocaConsultar } from "./etiquetas-compartidas.mjs";

/** Limits per query: a read is retried a second later anyway; a write is retried once before giving up. */
const LIMITE_LECTURA_MS = 1500;
const LIMITE_ESCRITURA_MS = 5000;

/** The first query also reads rows written up to this long before the synchroniser was created. */
const MARGEN_INICIO_MS = 60_000;

// Times as ms since the epoch. The columns are TIMESTAMP(3) holding UTC, as Prisma writes them; the
// database's clock is the only one compared, so the instances' clocks may differ.
const SQL_LEER = `
  SELECT "etiqueta", "instancia",
         (EXTRACT(EPOCH FROM "actualizadaEn") * 1000)::float8 AS "actualizadaMs",
         (EXTRACT(EPOCH FROM ("expiradaEn" - (clock_timestamp() AT TIME ZONE 'UTC'))) * 1000)::float8 AS "restanteMs"
    FROM "CacheEtiqueta"
   WHERE "instancia" <> $1 AND "actualizadaEn" > (to_timestamp($2::float8 / 1000) AT TIME ZONE 'UTC')`;

const SQL_ESCRIBIR = `
  INSERT INTO "CacheEtiqueta" ("etiqueta", "expiradaEn", "actualizadaEn", "instancia")
  SELECT e, CASE WHEN $2::float8 IS NULL THEN NULL ELSE t.ahora + make_interval(secs => $2::float8) END, t.ahora, $3
    FROM unnest($1::text[]) AS e CROSS JOIN (SELECT clock_timestamp() AT TIME ZONE 'UTC' AS ahora) AS t
  ON CONFLICT ("etiqueta") DO UPDATE
    SET "expiradaEn" = EXCLUDED."expiradaEn", "actualizadaEn" = EXCLUDED."actualizadaEn", "instancia" = EXCLUDED."instancia"`;

export function esPostgres(url) {
  return /^postgres(ql)?:/.test(url ?? "");
}

/** This process's id in the table: host, pid and a random part (a restarted process is another instance). */
export function instanciaNueva() {
  return `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
}

/**
 * opciones: url (postgres://…); aplicar(etiquetas, duraciones) replays a row locally; instancia; ahora()
 * the monotonic clock of the throttle, in ms (performance.now); inicioMs the first query's lower bound
 * (ms since the epoch); log (a pino logger).
 */
export function crearSincronia({ url, aplicar, instancia = instanciaNueva(), ahora = () => performance.now(), inicioMs = Date.now() - MARGEN_INICIO_MS, log = registro.child({ modulo: "cache-compartida" }) }) {
  let pool = null;
  let estado = { instancia, aplicadas: new Map(), cursorMs: inicioMs };
  let ultimaConsultaMs = -Infinity;
  let enCurso = null;
  let fallando = false;
  const cuenta = { consultas: 0, escrituras: 0, aplicadas: 0 };

  function conexion() {
    if (!pool) {
      pool = new pg.Pool({
        connectionString: url,
        max: 1,
        // Waiting for the one connection (or opening it) may take a while on a loaded machine; each query
        // below sets its own limit: short for the reads (retried a second later anyway), longer for the
        // writes (a lost write would leave the other instances serving the old page).
        connectionTimeoutMillis: 5000,
        idleTimeoutMillis: 30_000,
        allowExitOnIdle: true,
        application_name: "fondo-idea-cache",
      });
      // An idle connection that breaks emits here; unhandled, it would end the process.
      pool.on("error", (e) => avisar(e));
    }
    return pool;
  }

  function avisar(e) {
    if (fallando) return;
    fallando = true;
    log.warn({ err: e }, "La caché compartida no pudo leer o escribir las etiquetas expiradas en la base; esta instancia sigue con su caché local hasta que la base responda");
  }

  function recuperada() {
    if (!fallando) return;
    fallando = false;
    log.info("La caché compartida vuelve a leer y escribir las etiquetas expiradas en la base");
  }

  async function consultarYAplicar() {
    cuenta.consultas += 1;
    const { rows } = await conexion().query({ text: SQL_LEER, values: [instancia, desdeDeConsulta(estado.cursorMs)], query_timeout: LIMITE_LECTURA_MS });
    recuperada();
    const r = filasPorAplicar(rows, estado);
    for (const { etiquetas, duraciones } of r.llamadas) {
      await aplicar(etiquetas, duraciones);
      cuenta.aplicadas += etiquetas.length;
    }
    estado = { instancia, aplicadas: r.aplicadas, cursorMs: r.cursorMs };
  }

  return {
    instancia,
    /** Queries sent, rows written (calls), tags applied: for tests and diagnostics. */
    cuenta,
    /** Applies the other instances' new rows; never rejects, never queries more than once per interval. */
    refrescar() {
      if (enCurso) return enCurso;
      const t = ahora();
      if (!tocaConsultar(ultimaConsultaMs, t)) return Promise.resolve();
      ultimaConsultaMs = t;
      enCurso = consultarYAplicar()
        .catch(avisar)
        .finally(() => {
          enCurso = null;
        });
      return enCurso;
    },
    /** Records an updateTags(tags, durations) of this instance; never rejects. */
    async registrar(etiquetas, duraciones) {
      const unicas = [...new Set(etiquetas)];
      if (unicas.length === 0) return;
      const consulta = { text: SQL_ESCRIBIR, values: [unicas, plazoDeExpiracion(duraciones), instancia], query_timeout: LIMITE_ESCRITURA_MS };
      for (let intento = 1; ; intento++) {
        try {
          await conexion().query(consulta);
          cuenta.escrituras += 1;
          recuperada();
          return;
        } catch (e) {
          // Once more: an expiry that never reaches the table is a page the other instances keep serving.
          if (intento >= 2) return avisar(e);
        }
      }
    },
    async cerrar() {
      const abierto = pool;
      pool = null;
      await abierto?.end();
    },
  };
}

/**
 * A "use cache" handler (next.config.ts `cacheHandlers`) that is `local` plus the synchroniser: refreshTags
 * also applies the other instances' expiries, updateTags also records this one's. Without a synchroniser
 * (SQLite, one instance) it is `local` itself.
 */
export function envolverManejador(local, sincronia) {
  if (!sincronia) return local;
  return {
    get: (clave, etiquetasImplicitas) => local.get(clave, etiquetasImplicitas),
    set: (clave, entrada) => local.set(clave, entrada),
    getExpiration: (etiquetas) => local.getExpiration(etiquetas),
    async refreshTags() {
      await local.refreshTags();
      await sincronia.refrescar();
    },
    async updateTags(etiquetas, duraciones) {
      await local.updateTags(etiquetas, duraciones);
      await sincronia.registrar(etiquetas, duraciones);
    },
  };
}
