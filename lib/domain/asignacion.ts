// Assignment of evaluators to admissible perfiles (evaluación técnica, issue 10). Pure and deterministic.
//
// The problem is a min-cost flow: source → perfil (capacity `necesita`) → evaluador (capacity 1, eligible
// pairs only) → sink (capacity tope − carga), where the k-th new unit of an evaluator costs carga + k. The
// total cost is then the sum of squared loads, so an optimum is a balanced assignment. Because the only
// costs sit on the sink arcs, an optimal flow is a maximum flow with no "improving path": no alternating
// path (unassign p from e1, assign p to e2, …) from an evaluator of load L to one of load ≤ L − 2 with room.
// Successive shortest paths would need one graph search per unit (10,000 perfiles × 2 × 200 evaluators is
// 2 million arcs per search), so this module reaches the same optimum in three cheaper phases:
//   1. greedy: perfiles from the most constrained, each takes its least-loaded eligible evaluators;
//   2. augmenting paths (BFS) for the units the greedy could not place — maximum flow;
//   3. improving paths from the heaviest evaluators down, until none is left — minimum cost.
// Ties are broken by id order (perfiles and evaluadores sorted by id first), so the same input in any order
// gives the same output.
import { normalizarRut } from "./rut";
import { REGIONES } from "./regiones";

export type ReglaRegion = "cualquiera" | "otra_region" | "misma_region";
export const REGLAS_REGION: readonly ReglaRegion[] = ["cualquiera", "otra_region", "misma_region"];
export const NOMBRE_REGLA_REGION: Record<ReglaRegion, string> = {
  cualquiera: "Evaluadores de cualquier región",
  otra_region: "Solo evaluadores de otra región que la del perfil (o del nivel central)",
  misma_region: "Solo evaluadores de la misma región del perfil",
};

export type PerfilAsignable = {
  id: string;
  /** Region code "01".."16" of the perfil (its main region). */
  region: string;
  /** The applicant organisation, if any. */
  organizacionId: string | null;
  /** Normalised RUT of the applicant person ("12345678-5") or null. */
  rutPostulante: string | null;
  /** How many MORE evaluators it needs now (N for a new perfil, 1 after a recusal). */
  necesita: number;
  /** Evaluator ids that may not take it (already on it, recused, conflicted). */
  excluidos: readonly string[];
};

export type EvaluadorElegible = {
  id: string;
  /** Region code of the evaluator's office; null = nivel central. */
  region: string | null;
  organizacionIds: readonly string[];
  /** Normalised RUT. */
  rut: string | null;
  /** Assignments already held (count toward the cap and the balance). */
  carga: number;
};

export type EntradaAsignacion = {
  perfiles: readonly PerfilAsignable[];
  evaluadores: readonly EvaluadorElegible[];
  /** Max total load per evaluator, carga included. */
  tope: number;
  reglaRegion: ReglaRegion;
};

export type ResultadoAsignacion =
  | {
      ok: true;
      /** New assignments only, sorted by perfilId then evaluadorId. */
      asignaciones: { perfilId: string; evaluadorId: string }[];
      /** Total load of every evaluator after the assignment (carga + new). */
      cargas: Record<string, number>;
    }
  | { ok: false; motivos: string[] };

// ---------------------------------------------------------------------------------------------------------
// Eligibility

const NOMBRE_REGION = new Map<string, string>(REGIONES.map((r) => [r.cut, r.nombre]));
const ORDEN_REGION = new Map<string, number>(REGIONES.map((r, i) => [r.cut, i]));

/** "la región de Aysén…", "la Región Metropolitana de Santiago", "la región del Biobío". */
function laRegion(codigo: string): string {
  const nombre = NOMBRE_REGION.get(codigo);
  if (!nombre) return `la región ${codigo}`;
  if (codigo === "13") return "la Región Metropolitana de Santiago";
  // Official names: Región del Libertador General Bernardo O'Higgins, del Maule, del Biobío.
  if (codigo === "06" || codigo === "07" || codigo === "08") return `la región del ${nombre}`;
  return `la región de ${nombre}`;
}

// Codes rather than strings so the hot loop (perfiles × evaluadores) allocates nothing.
const ELEGIBLE = 0,
  EXCLUIDO = 1,
  MISMO_RUT = 2,
  MISMA_ORGANIZACION = 3,
  REGION_PROPIA = 4,
  REGION_AJENA = 5;

function rutComparable(rut: string | null): string | null {
  if (rut === null) return null;
  const limpio = rut.trim();
  if (!limpio) return null;
  return normalizarRut(limpio) ?? limpio.toUpperCase();
}

function causaExclusion(
  p: PerfilAsignable,
  excluidos: ReadonlySet<string> | readonly string[],
  rutP: string | null,
  e: EvaluadorElegible,
  rutE: string | null,
  regla: ReglaRegion,
): number {
  if (Array.isArray(excluidos) ? excluidos.includes(e.id) : (excluidos as ReadonlySet<string>).has(e.id)) return EXCLUIDO;
  if (rutP !== null && rutP === rutE) return MISMO_RUT;
  if (p.organizacionId !== null && e.organizacionIds.includes(p.organizacionId)) return MISMA_ORGANIZACION;
  // The nivel central (region null) belongs to no region: it is "another region" for every perfil and
  // never "the same region".
  if (regla === "otra_region" && e.region === p.region) return REGION_PROPIA;
  if (regla === "misma_region" && e.region !== p.region) return REGION_AJENA;
  return ELEGIBLE;
}

/** Why evaluator e may not evaluate perfil p under the region rule (Spanish), or null when eligible. */
export function motivoExclusion(p: PerfilAsignable, e: EvaluadorElegible, regla: ReglaRegion): string | null {
  switch (causaExclusion(p, p.excluidos, rutComparable(p.rutPostulante), e, rutComparable(e.rut), regla)) {
    case EXCLUIDO:
      return "el evaluador ya está asignado a este perfil, se inhabilitó o declaró un conflicto de interés con él";
    case MISMO_RUT:
      return "el evaluador es la persona que postula el perfil (mismo RUT)";
    case MISMA_ORGANIZACION:
      return "el evaluador pertenece a la organización que postula el perfil";
    case REGION_PROPIA:
      return `la regla exige un evaluador de otra región y el evaluador es de ${laRegion(p.region)}, la misma del perfil`;
    case REGION_AJENA:
      return e.region === null
        ? `la regla exige un evaluador de ${laRegion(p.region)} y el evaluador es del nivel central`
        : `la regla exige un evaluador de ${laRegion(p.region)} y el evaluador es de ${laRegion(e.region)}`;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Assignment

const porId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function exigirEntero(n: number, que: string) {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${que} debe ser un entero mayor o igual a 0 (es ${n}).`);
}

function sinRepetidos(ids: string[], que: string) {
  for (let i = 1; i < ids.length; i++) if (ids[i] === ids[i - 1]) throw new Error(`${que} repetido en la entrada: ${ids[i]}.`);
}

const plural = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;

/** "de la región de A", "de la región de A y de la región de B", "de …, de … y de …". */
function listaRegiones(codigos: string[]): string {
  const partes = codigos.map((c) => `de ${laRegion(c)}`);
  return partes.length <= 1 ? partes.join("") : `${partes.slice(0, -1).join(", ")} y ${partes[partes.length - 1]}`;
}

/** North to south; unknown codes last, by code. */
function compararRegion(a: string, b: string): number {
  const oa = ORDEN_REGION.get(a) ?? Number.MAX_SAFE_INTEGER;
  const ob = ORDEN_REGION.get(b) ?? Number.MAX_SAFE_INTEGER;
  return oa !== ob ? oa - ob : a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Assigns `necesita` more evaluators to every perfil: only eligible pairs (motivoExclusion null), at most
 * `tope` total load per evaluator, and the loads as even as the exclusions allow (minimum sum of squared
 * loads). Serves the first bulk assignment, the replacement of a recused evaluator (the perfil needs 1 and
 * lists its current and recused evaluators in `excluidos`; cargas keep the existing assignments) and a
 * third review. When it cannot assign everything, nothing is assigned and `motivos` says why, in Spanish.
 */
export function asignarEvaluadores(entrada: EntradaAsignacion): ResultadoAsignacion {
  const { tope, reglaRegion } = entrada;
  if (!REGLAS_REGION.includes(reglaRegion)) throw new Error(`Regla de región desconocida: ${String(reglaRegion)}.`);
  exigirEntero(tope, "El tope de perfiles por evaluador");
  const perfiles = [...entrada.perfiles].sort(porId);
  const evaluadores = [...entrada.evaluadores].sort(porId);
  sinRepetidos(perfiles.map((p) => p.id), "Perfil");
  sinRepetidos(evaluadores.map((e) => e.id), "Evaluador");
  for (const p of perfiles) exigirEntero(p.necesita, `Los evaluadores que necesita el perfil ${p.id}`);
  for (const e of evaluadores) exigirEntero(e.carga, `La carga del evaluador ${e.id}`);

  const P = perfiles.length;
  const E = evaluadores.length;
  const rutE = evaluadores.map((e) => rutComparable(e.rut));

  // Eligible evaluators of each perfil, by evaluator index (ascending: the tie-break order).
  const adyacentes: Int32Array[] = new Array(P);
  const buffer = new Int32Array(E);
  for (let i = 0; i < P; i++) {
    const p = perfiles[i];
    if (p.necesita === 0) {
      adyacentes[i] = new Int32Array(0);
      continue;
    }
    const excluidos = new Set(p.excluidos);
    const rutP = rutComparable(p.rutPostulante);
    let n = 0;
    for (let j = 0; j < E; j++) {
      if (causaExclusion(p, excluidos, rutP, evaluadores[j], rutE[j], reglaRegion) === ELEGIBLE) buffer[n++] = j;
    }
    adyacentes[i] = buffer.slice(0, n);
  }

  // A perfil with fewer eligible evaluators than it needs is short whatever the cap: report it, and still
  // ask the flow for what it can get, to find out whether the cap is short too.
  const demanda = new Int32Array(P);
  const faltantesPorRegion = new Map<string, { perfiles: number; maximo: number }>();
  for (let i = 0; i < P; i++) {
    const p = perfiles[i];
    const elegibles = adyacentes[i].length;
    demanda[i] = Math.min(p.necesita, elegibles);
    if (elegibles < p.necesita) {
      const f = faltantesPorRegion.get(p.region) ?? { perfiles: 0, maximo: 0 };
      f.perfiles++;
      f.maximo = Math.max(f.maximo, p.necesita - elegibles);
      faltantesPorRegion.set(p.region, f);
    }
  }

  const carga = new Int32Array(E); // total load: carga + new assignments
  for (let j = 0; j < E; j++) carga[j] = evaluadores[j].carga;
  const asignadosA: number[][] = Array.from({ length: P }, () => []); // perfil → evaluators
  const perfilesDe: number[][] = Array.from({ length: E }, () => []); // evaluator → perfiles (new only)
  const tieneCupo = (j: number) => carga[j] < tope;
  const asignar = (i: number, j: number) => {
    asignadosA[i].push(j);
    perfilesDe[j].push(i);
  };
  const desasignar = (i: number, j: number) => {
    const a = asignadosA[i];
    a.splice(a.indexOf(j), 1);
    const b = perfilesDe[j];
    const k = b.indexOf(i);
    b[k] = b[b.length - 1];
    b.pop();
  };
  const asignadoA = (i: number, j: number) => asignadosA[i].includes(j);

  // 1. Greedy, most constrained perfiles first (fewest eligible evaluators, then id).
  const orden = Array.from({ length: P }, (_, i) => i).sort((a, b) => adyacentes[a].length - adyacentes[b].length || a - b);
  for (const i of orden) {
    const ady = adyacentes[i];
    for (let u = 0; u < demanda[i]; u++) {
      let mejor = -1;
      for (let k = 0; k < ady.length; k++) {
        const j = ady[k];
        if (tieneCupo(j) && (mejor === -1 || carga[j] < carga[mejor]) && !asignadoA(i, j)) mejor = j;
      }
      if (mejor === -1) break;
      asignar(i, mejor);
      carga[mejor]++;
    }
  }

  // Search state shared by phases 2 and 3. A visit stamp per search avoids clearing the arrays; "cerrado"
  // marks nodes whose reachable set holds no way out (it stays so: no later path enters it).
  const visitaP = new Int32Array(P);
  const visitaE = new Int32Array(E);
  let sello = 0;
  const padreP = new Int32Array(P); // evaluator the search came from (the perfil is assigned to it), or -1
  const padreE = new Int32Array(E); // perfil the search came from (the evaluator is not yet on it), or -1
  const cerradoP = new Uint8Array(P);
  const cerradoE = new Uint8Array(E);
  const colaE = new Int32Array(E);
  const colaP = new Int32Array(P);

  /** Walks back from evaluator j (reached from a perfil) applying the alternating path. */
  const aplicarCamino = (j: number) => {
    for (;;) {
      const i = padreE[j];
      asignar(i, j);
      const anterior = padreP[i];
      if (anterior === -1) return;
      desasignar(i, anterior);
      j = anterior;
      if (padreE[j] === -1) return;
    }
  };

  const cerrarVisitados = (nP: number, nE: number) => {
    for (let k = 0; k < nP; k++) cerradoP[colaP[k]] = 1;
    for (let k = 0; k < nE; k++) cerradoE[colaE[k]] = 1;
  };

  // 2. Maximum flow: an augmenting path for every unit the greedy left unplaced.
  let sinCubrir = 0;
  for (const i of orden) {
    while (asignadosA[i].length < demanda[i]) {
      if (cerradoP[i]) {
        sinCubrir += demanda[i] - asignadosA[i].length;
        break;
      }
      sello++;
      let nP = 0,
        nE = 0,
        cabeza = 0,
        libre = -1;
      visitaP[i] = sello;
      padreP[i] = -1;
      colaP[nP++] = i;
      busqueda: while (cabeza < nP) {
        const pi = colaP[cabeza++];
        const ady = adyacentes[pi];
        for (let k = 0; k < ady.length; k++) {
          const j = ady[k];
          if (visitaE[j] === sello || cerradoE[j] || asignadoA(pi, j)) continue;
          visitaE[j] = sello;
          padreE[j] = pi;
          colaE[nE++] = j;
          if (tieneCupo(j)) {
            libre = j;
            break busqueda;
          }
          const de = perfilesDe[j];
          for (let m = 0; m < de.length; m++) {
            const q = de[m];
            if (visitaP[q] === sello || cerradoP[q]) continue;
            visitaP[q] = sello;
            padreP[q] = j;
            colaP[nP++] = q;
          }
        }
      }
      if (libre === -1) {
        cerrarVisitados(nP, nE);
        continue; // the next turn counts what is missing
      }
      aplicarCamino(libre);
      carga[libre]++;
    }
  }

  if (faltantesPorRegion.size > 0 || sinCubrir > 0) {
    const motivos: string[] = [];
    for (const region of [...faltantesPorRegion.keys()].sort(compararRegion)) {
      const f = faltantesPorRegion.get(region)!;
      motivos.push(
        `${f.maximo === 1 ? "falta 1 evaluador elegible" : `faltan ${f.maximo} evaluadores elegibles`} para ${laRegion(region)}` +
          ` (afecta a ${plural(f.perfiles, "perfil", "perfiles")})`,
      );
    }
    if (sinCubrir > 0) {
      // The perfiles reachable from the short ones (the closed ones) are the part of the problem the cap
      // cannot serve: name their regions unless that is every region in the request.
      const enCierre = new Set<string>();
      const todas = new Set<string>();
      for (let i = 0; i < P; i++) {
        if (demanda[i] === 0) continue;
        todas.add(perfiles[i].region);
        if (cerradoP[i]) enCierre.add(perfiles[i].region);
      }
      const donde = enCierre.size < todas.size ? ` para los perfiles ${listaRegiones([...enCierre].sort(compararRegion))}` : "";
      motivos.push(
        `el tope de ${plural(tope, "perfil", "perfiles")} por evaluador no alcanza${donde}: ` +
          (sinCubrir === 1 ? "falta 1 cupo" : `faltan ${sinCubrir} cupos`),
      );
    }
    return { ok: false, motivos };
  }

  // 3. Minimum cost. Sources are the heaviest open (not closed) evaluators, of load "nivel". While they
  // reach, by an alternating path, an evaluator with room and load ≤ nivel − 2, one perfil moves along it.
  // When they reach none, everything the search visited is closed for good (no later path enters it), so
  // the next sources are lighter. Done when no open evaluator with room is light enough: the lightest one
  // never gets lighter (a move lifts the destination, and drops the source to one above it).
  for (;;) {
    let nivel = -1,
      minimo = Infinity;
    for (let j = 0; j < E; j++) {
      if (cerradoE[j]) continue;
      nivel = Math.max(nivel, carga[j]);
      if (tieneCupo(j)) minimo = Math.min(minimo, carga[j]);
    }
    if (minimo > nivel - 2) break;
    sello++;
    let nP = 0,
      nE = 0,
      cabeza = 0,
      destino = -1;
    for (let j = 0; j < E; j++) {
      if (!cerradoE[j] && carga[j] === nivel) {
        visitaE[j] = sello;
        padreE[j] = -1;
        colaE[nE++] = j;
      }
    }
    busqueda: while (cabeza < nE) {
      const j = colaE[cabeza++];
      const de = perfilesDe[j];
      for (let m = 0; m < de.length; m++) {
        const i = de[m];
        if (visitaP[i] === sello || cerradoP[i]) continue;
        visitaP[i] = sello;
        padreP[i] = j;
        colaP[nP++] = i;
        const ady = adyacentes[i];
        for (let k = 0; k < ady.length; k++) {
          const t = ady[k];
          if (visitaE[t] === sello || cerradoE[t] || asignadoA(i, t)) continue;
          visitaE[t] = sello;
          padreE[t] = i;
          colaE[nE++] = t;
          if (tieneCupo(t) && carga[t] <= nivel - 2) {
            destino = t;
            break busqueda;
          }
        }
      }
    }
    if (destino === -1) {
      cerrarVisitados(nP, nE);
      continue;
    }
    // The source of the path loses one perfil, the destination gains one.
    let origen = destino;
    while (padreE[origen] !== -1) origen = padreP[padreE[origen]];
    aplicarCamino(destino);
    carga[destino]++;
    carga[origen]--;
  }

  const asignaciones: { perfilId: string; evaluadorId: string }[] = [];
  for (let i = 0; i < P; i++) {
    for (const j of [...asignadosA[i]].sort((a, b) => a - b)) asignaciones.push({ perfilId: perfiles[i].id, evaluadorId: evaluadores[j].id });
  }
  const cargas: Record<string, number> = {};
  for (let j = 0; j < E; j++) cargas[evaluadores[j].id] = carga[j];
  return { ok: true, asignaciones, cargas };
}
