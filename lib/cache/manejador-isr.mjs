// next.config.ts `cacheHandler` (singular): the store of prerendered and ISR route entries (the static
// shells of the public pages, and each detail URL rendered on its first visit). It is Next's own
// FileSystemCache; with PostgreSQL, every read first runs the shared synchroniser (at most one query per
// second per process), because a page served whole from this store renders nothing, so no "use cache"
// read would call refreshTags and the other instances' expiries would never reach it. The entries check
// the same in-process tags manifest the synchroniser writes. docs/decisions/0010, «Varias instancias».
import { createRequire } from "node:module";
import { cacheDelProceso, sincroniaActiva } from "./cache-del-proceso.mjs";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

/** A FileSystemCache whose reads first apply the other instances' expired tags. */
export function crearClaseIsr(obtenerSincronia) {
  return class CacheIsrCompartida {
    constructor(ctx) {
      this.local = new FileSystemCache(ctx);
    }
    async get(clave, ctx) {
      await obtenerSincronia().refrescar();
      return this.local.get(clave, ctx);
    }
    set(clave, datos, ctx) {
      return this.local.set(clave, datos, ctx);
    }
    revalidateTag(etiquetas, duraciones) {
      return this.local.revalidateTag(etiquetas, duraciones);
    }
    resetRequestCache() {
      this.local.resetRequestCache();
    }
  };
}

// The synchroniser is looked up on first read, after Next has created its own "use cache" handler.
export default sincroniaActiva() ? crearClaseIsr(() => cacheDelProceso().sincronia) : FileSystemCache;
