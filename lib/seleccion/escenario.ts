// The committee's what-if on /comite/seleccion: perfiles pinned (incluir) or excluded (excluir) through the
// address (?incluir=id,id&excluir=id, or the same names repeated by the GET form's checkboxes), re-run by the
// optimiser and compared with the round's stored suggestion. A read: nothing is stored. Pure.

/** As many as an action's id list takes (lib/seleccion/schema.ts): the address stays short. */
export const MAX_FIJACIONES = 50;

export type Fijaciones = { incluir: string[]; excluir: string[]; avisos: string[] };

type Valor = string | string[] | undefined;

function ids(v: Valor): string[] {
  const lista = v === undefined ? [] : Array.isArray(v) ? v : [v];
  return [...new Set(lista.flatMap((x) => x.split(",")).map((x) => x.trim()).filter(Boolean))];
}

/**
 * The pins and exclusions of the address, kept only when they name a candidate of the round (`candidatos`);
 * a perfil both pinned and excluded is neither. `avisos` says, in Spanish, what was left out and why.
 */
export function leerFijaciones(valores: { incluir?: Valor; excluir?: Valor }, candidatos: ReadonlySet<string>): Fijaciones {
  const avisos: string[] = [];
  let incluir = ids(valores.incluir);
  let excluir = ids(valores.excluir);
  const desconocidos = [...incluir, ...excluir].filter((id) => !candidatos.has(id)).length;
  if (desconocidos) avisos.push(desconocidos === 1 ? "Un perfil indicado no es candidato en esta ronda: se ignoró." : `${desconocidos} perfiles indicados no son candidatos en esta ronda: se ignoraron.`);
  incluir = incluir.filter((id) => candidatos.has(id));
  excluir = excluir.filter((id) => candidatos.has(id));
  const ambos = new Set(incluir.filter((id) => excluir.includes(id)));
  if (ambos.size) {
    avisos.push(ambos.size === 1 ? "Un perfil estaba marcado para incluir y excluir a la vez: no se fijó ni se excluyó." : `${ambos.size} perfiles estaban marcados para incluir y excluir a la vez: no se fijaron ni se excluyeron.`);
    incluir = incluir.filter((id) => !ambos.has(id));
    excluir = excluir.filter((id) => !ambos.has(id));
  }
  for (const [nombre, lista] of [["incluir", incluir], ["excluir", excluir]] as const) {
    if (lista.length > MAX_FIJACIONES) avisos.push(`Se pueden ${nombre} como máximo ${MAX_FIJACIONES} perfiles: se tomaron los primeros ${MAX_FIJACIONES}.`);
  }
  return { incluir: incluir.slice(0, MAX_FIJACIONES), excluir: excluir.slice(0, MAX_FIJACIONES), avisos };
}

/** Which perfiles the alternative portfolio adds to the stored one and which it drops, in `orden`'s order. */
export function compararCarteras(guardada: ReadonlySet<string>, alternativa: ReadonlySet<string>, orden: readonly string[]): { entran: string[]; salen: string[] } {
  return { entran: orden.filter((id) => alternativa.has(id) && !guardada.has(id)), salen: orden.filter((id) => guardada.has(id) && !alternativa.has(id)) };
}

/** `ruta` with these query parameters, leaving out the empty ones (lists joined with commas). */
export function hrefCon(ruta: string, params: Record<string, string | number | readonly string[] | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined) continue;
    const texto = typeof v === "object" ? v.join(",") : String(v);
    if (texto !== "") q.set(k, texto);
  }
  const s = q.toString();
  return s ? `${ruta}?${s}` : ruta;
}
