// The one shared-cache state of a server process: Next's in-memory "use cache" handler, the synchroniser
// of expired tags (lib/cache/sincronia-etiquetas.mjs) when there is one, and the handler next.config.ts
// gives Next (lib/cache/manejador-use-cache.mjs). The prerendered-route handler (lib/cache/manejador-isr.mjs)
// uses the same synchroniser. Kept on globalThis: Next may load these modules more than once.
// docs/decisions/0010-paginas-publicas-en-cache.md, «Varias instancias».
import { createRequire } from "node:module";
import { marcarExpiracion } from "../http/cache-respuestas.mjs";
import { crearSincronia, envolverManejador, esPostgres } from "./sincronia-etiquetas.mjs";

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default");

/** Next's default size for its in-memory "use cache" handler (cacheMaxMemorySize). */
const TAMANO_POR_OMISION = 50 * 1024 * 1024;
const CLAVE = Symbol.for("fondo-idea.cache-del-proceso");

/**
 * Only with PostgreSQL (several instances share it; SQLite serves one) and not while `next build`
 * prerenders (no instance is serving, and the build machine's database is not production's).
 */
export function sincroniaActiva(env = process.env) {
  return esPostgres(env.DATABASE_URL) && env.NEXT_PHASE !== "phase-production-build";
}

/**
 * The in-memory handler Next itself created for "default" (it does so before it loads a configured one):
 * reusing it keeps one store, and on SQLite the configured handler IS Next's own. Null when Next has not
 * made one in this process (tests; another Next version), and a handler of the same kind is made instead.
 */
function manejadorIncorporado() {
  for (const m of globalThis[Symbol.for("@next/cache-handlers-built-in")] ?? []) {
    if (m && typeof m.get === "function" && typeof m.updateTags === "function") return m;
  }
  return null;
}

/**
 * `manejador` with one addition: after every expiry it applies, this process's own (updateTags) and the
 * other instances' (the synchroniser replays them through `aplicar`), the whole pages the server keeps in
 * memory are forgotten (lib/http/cache-respuestas.mjs).
 */
function avisandoExpiraciones(manejador) {
  return {
    get: (clave, etiquetasImplicitas) => manejador.get(clave, etiquetasImplicitas),
    set: (clave, entrada) => manejador.set(clave, entrada),
    getExpiration: (etiquetas) => manejador.getExpiration(etiquetas),
    refreshTags: () => manejador.refreshTags(),
    updateTags: expirarYAvisar(manejador),
  };
}

/** `m.updateTags`, then the pages kept in memory are forgotten (even if it failed: they may be stale). */
function expirarYAvisar(m) {
  return async (etiquetas, duraciones) => {
    try {
      await m.updateTags(etiquetas, duraciones);
    } finally {
      marcarExpiracion();
    }
  };
}

export function crearCacheDelProceso({ env = process.env, local = manejadorIncorporado() ?? createDefaultCacheHandler(TAMANO_POR_OMISION) } = {}) {
  const sincronia = sincroniaActiva(env) ? crearSincronia({ url: env.DATABASE_URL, aplicar: expirarYAvisar(local) }) : null;
  return { local, sincronia, manejador: avisandoExpiraciones(envolverManejador(local, sincronia)) };
}

export function cacheDelProceso() {
  globalThis[CLAVE] ??= crearCacheDelProceso();
  return globalThis[CLAVE];
}
