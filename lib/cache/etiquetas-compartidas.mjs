// The pure part of sharing cache-tag expiries between app instances (lib/cache/sincronia-etiquetas.mjs;
// docs/decisions/0010-paginas-publicas-en-cache.md, «Varias instancias»): how often an instance may ask the
// database, from when it asks, which of the rows it got it applies to its own cache, and with which
// updateTags calls. No I/O, no clock of its own: every time is a parameter. Plain JavaScript, because the
// cache handler modules that use it are loaded by Node without a build step (types in the .d.mts).

/** At most one query per this many ms per instance, whatever the request rate. */
export const INTERVALO_CONSULTA_MS = 1000;

/**
 * Each query re-reads this many ms before the newest row already seen: a row whose timestamp was taken
 * just before another's but committed just after it would otherwise be skipped for good. Rows re-read
 * this way are not applied twice (see filasPorAplicar).
 */
export const SOLAPE_MS = 2000;

/** Whether a new query is due: the last one started at least `intervaloMs` before `ahoraMs`. */
export function tocaConsultar(ultimaConsultaMs, ahoraMs, intervaloMs = INTERVALO_CONSULTA_MS) {
  return ahoraMs - ultimaConsultaMs >= intervaloMs;
}

/** The lower bound (exclusive, ms since the epoch) of the next query's `actualizadaEn`. */
export function desdeDeConsulta(cursorMs, solapeMs = SOLAPE_MS) {
  return cursorMs - solapeMs;
}

/**
 * What an updateTags(tags, durations) call stores as the row's expiry, in seconds from now:
 *   - no durations (updateTag, single-argument revalidateTag): 0, expired now;
 *   - durations with a finite, non-negative `expire` (revalidateTag(tag, profile)): that many seconds
 *     (stale now, gone then);
 *   - durations without `expire`: null, stale now and never forced out by this call.
 */
export function plazoDeExpiracion(duraciones) {
  if (!duraciones) return 0;
  const { expire } = duraciones;
  if (typeof expire !== "number" || !Number.isFinite(expire)) return null;
  return Math.max(0, expire);
}

/**
 * From the rows a query returned, the updateTags calls that replay them on this instance, and the state
 * after them.
 *   filas: { etiqueta, instancia, actualizadaMs, restanteMs }[]; restanteMs is how long until the
 *          row's expiry by the database's clock when it was read (≤ 0: already expired), or null for a
 *          stale-only row.
 *   estado: { instancia, aplicadas: Map<etiqueta, actualizadaMs>, cursorMs } (not modified).
 * A row is applied when another instance wrote it and it is newer than what this instance last applied
 * for that tag (a row re-read in the overlap is not). The calls mirror the writer's: an expired row
 * becomes updateTags(tags) (expire now); one still within its stale-while-revalidate window becomes
 * updateTags(tags, { expire: seconds left }); a stale-only row, updateTags(tags, {}).
 * Returns { llamadas: { etiquetas, duraciones? }[], aplicadas, cursorMs }.
 */
export function filasPorAplicar(filas, estado) {
  const aplicadas = new Map(estado.aplicadas);
  let cursorMs = estado.cursorMs;
  const inmediatas = [];
  const soloVencidas = [];
  const conPlazo = new Map();
  for (const fila of filas) {
    cursorMs = Math.max(cursorMs, fila.actualizadaMs);
    if (fila.instancia === estado.instancia) continue;
    const previa = aplicadas.get(fila.etiqueta);
    if (previa !== undefined && fila.actualizadaMs <= previa) continue;
    aplicadas.set(fila.etiqueta, fila.actualizadaMs);
    if (fila.restanteMs === null || fila.restanteMs === undefined) soloVencidas.push(fila.etiqueta);
    else if (fila.restanteMs <= 0) inmediatas.push(fila.etiqueta);
    else {
      const segundos = Math.ceil(fila.restanteMs / 1000);
      conPlazo.set(segundos, [...(conPlazo.get(segundos) ?? []), fila.etiqueta]);
    }
  }
  const llamadas = [];
  if (inmediatas.length) llamadas.push({ etiquetas: inmediatas });
  for (const [segundos, etiquetas] of [...conPlazo].sort((x, y) => x[0] - y[0])) llamadas.push({ etiquetas, duraciones: { expire: segundos } });
  if (soloVencidas.length) llamadas.push({ etiquetas: soloVencidas, duraciones: {} });
  return { llamadas, aplicadas, cursorMs };
}
