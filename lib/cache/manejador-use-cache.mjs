// next.config.ts `cacheHandlers.default`: the handler of every "use cache" of the portal. Next's own
// in-memory handler, plus (PostgreSQL only) the tag expiries shared with the other instances
// (lib/cache/cache-del-proceso.mjs). Loaded by Next at run time with import(), outside the app bundle:
// plain JavaScript. docs/decisions/0010-paginas-publicas-en-cache.md, «Varias instancias».
import { cacheDelProceso } from "./cache-del-proceso.mjs";

export default cacheDelProceso().manejador;
