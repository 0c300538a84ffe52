// Cache tags of the public pages (docs/decisions/0010-paginas-publicas-en-cache.md). Pure: no Next import,
// so actions, pages and tests share it. A public page tags its cached render with ETIQUETAS_DE_PAGINA[route];
// an action lists in `etiquetas` the tags of the facts it changes, and its Next binding expires them
// (lib/actions/next.ts). tests/unit/etiquetas-cache.test.ts checks that every fact a public page shows is
// expired by every action that changes it.

/** One tag per kind of public fact. */
export const ETIQUETAS = {
  /** The active convocatoria: name, amounts, etapa, calendar. */
  convocatoria: "convocatoria",
  /** Published desafíos and their baseline metrics. */
  desafios: "desafios",
  /** Open application lines (cómo postular). */
  lineas: "lineas",
  /** Talleres and encuentros (their seat counters also refresh on their own within seconds). */
  talleres: "talleres",
  /** Public perfil pages: which perfiles are admissible, and their content. */
  perfiles: "perfiles",
  /** Published selection results: the closed rounds (acta signed), their decisions, and the ranked guide. */
  seleccion: "seleccion",
  /** Published final reports of the pilots (the learning repository), of every year. */
  aprendizajes: "aprendizajes",
} as const;

export type Etiqueta = (typeof ETIQUETAS)[keyof typeof ETIQUETAS];

/** The public routes, each with the tags of the facts it shows. */
export const ETIQUETAS_DE_PAGINA = {
  "/": [ETIQUETAS.convocatoria, ETIQUETAS.desafios],
  "/desafios": [ETIQUETAS.convocatoria, ETIQUETAS.desafios],
  "/desafios/[slug]": [ETIQUETAS.convocatoria, ETIQUETAS.desafios],
  "/como-postular": [ETIQUETAS.convocatoria, ETIQUETAS.lineas],
  "/privacidad": [],
  "/talleres": [ETIQUETAS.convocatoria, ETIQUETAS.talleres],
  "/talleres/[id]": [ETIQUETAS.convocatoria, ETIQUETAS.talleres],
  "/perfiles/[slug]": [ETIQUETAS.convocatoria, ETIQUETAS.perfiles, ETIQUETAS.desafios],
  "/perfiles/[slug]/afiche": [ETIQUETAS.convocatoria, ETIQUETAS.perfiles, ETIQUETAS.desafios],
  "/votacion": [ETIQUETAS.convocatoria, ETIQUETAS.perfiles, ETIQUETAS.desafios],
  "/resultados": [ETIQUETAS.convocatoria, ETIQUETAS.seleccion, ETIQUETAS.perfiles, ETIQUETAS.desafios],
  "/guia": [ETIQUETAS.convocatoria, ETIQUETAS.seleccion, ETIQUETAS.perfiles, ETIQUETAS.desafios],
  "/resultados/[anio]": [ETIQUETAS.convocatoria, ETIQUETAS.seleccion, ETIQUETAS.perfiles, ETIQUETAS.desafios],
  "/aprendizajes": [ETIQUETAS.convocatoria, ETIQUETAS.aprendizajes, ETIQUETAS.desafios],
  "/aprendizajes/[id]": [ETIQUETAS.convocatoria, ETIQUETAS.aprendizajes, ETIQUETAS.desafios],
} as const satisfies Record<string, readonly Etiqueta[]>;

export type PaginaPublica = keyof typeof ETIQUETAS_DE_PAGINA;

/**
 * Counters that change often (talleres' seats; votes, when voting exists) are not expired by every
 * registration: their cached render revalidates on its own every few seconds. In seconds. The expiry
 * stays at or above five minutes, so Next keeps the render in the prerendered page (shorter ones turn it
 * into a per-request hole).
 */
export const VIDA_CONTADORES = { stale: 30, revalidate: 5, expire: 3600 } as const;
