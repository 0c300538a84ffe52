// Inside a public page's "use cache" scope: tags its render with the facts it shows (lib/cache/etiquetas.ts)
// and sets how long it lives (docs/decisions/0010-paginas-publicas-en-cache.md).
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { ETIQUETAS_DE_PAGINA, VIDA_CONTADORES, type PaginaPublica } from "./etiquetas";

/**
 * "dias": facts that change only through actions (which expire their tags), refreshed daily anyway for
 * date-relative texts; "contadores": counters that change often (seats), fresh within seconds.
 */
export function cachearPagina(pagina: PaginaPublica, vida: "dias" | "contadores" = "dias"): void {
  const etiquetas = ETIQUETAS_DE_PAGINA[pagina];
  if (etiquetas.length) cacheTag(...etiquetas);
  if (vida === "contadores") cacheLife(VIDA_CONTADORES);
  else cacheLife("days");
}
