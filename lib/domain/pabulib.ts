// Writer of the Pabulib `.pb` format (https://pabulib.org/format), the participatory-budgeting research
// library's text format, for the anonymised popular vote. Pure.
// The format: a UTF-8 text file in three sections, each a title line (META, PROJECTS, VOTES), a header
// line of semicolon-separated column names (META's is "key;value") and one line per row. Values are
// separated by ";"; a value holding ";", a double quote or a line break is enclosed in double quotes with
// its quotes doubled (CSV rules). In META, description, country, unit, instance, num_projects, num_votes,
// budget, vote_type, rule, date_begin and date_end are obligatory (dates "DD.MM.YYYY" or "YYYY");
// PROJECTS needs project_id and cost; VOTES needs voter_id and vote (for vote_type approval, the approved
// project ids separated by commas).

export type ValorPb = string | number;

export type ProyectoPb = {
  /** project_id: must not contain a comma (it is listed in the votes). */
  id: string;
  /** cost, a whole amount (pesos). */
  costo: number;
  nombre: string;
  /** Optional category (here, the desafío). */
  categoria?: string;
};

export type VotantePb = {
  /** voter_id: a pseudonym, never a name, RUT or e-mail. */
  id: string;
  /** Approved project ids, in the order given. */
  proyectos: readonly string[];
};

export type InstanciaPb = {
  /** META, in order, after the computed keys num_projects and num_votes are put in their place. */
  descripcion: string;
  pais: string;
  unidad: string;
  instancia: string;
  presupuesto: number;
  regla: string;
  fechaInicio: string;
  fechaFin: string;
  /** Extra META keys (min_length, max_length, currency, language, comment…), in order. */
  metaAdicional?: readonly (readonly [string, ValorPb])[];
  proyectos: readonly ProyectoPb[];
  votantes: readonly VotantePb[];
};

/** One value, quoted when it holds ";", a double quote or a line break. */
export function valorPb(v: ValorPb): string {
  const s = typeof v === "number" ? numeroPb(v) : v;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function numeroPb(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Valor numérico inválido para Pabulib: ${n}.`);
  return String(n);
}

const linea = (valores: readonly ValorPb[]) => valores.map(valorPb).join(";");

/** "DD.MM.YYYY" of a calendar date given as year, month (1–12) and day. */
export function fechaPb(anio: number, mes: number, dia: number): string {
  return `${String(dia).padStart(2, "0")}.${String(mes).padStart(2, "0")}.${anio}`;
}

/**
 * The whole `.pb` file for an approval vote: META (obligatory keys plus the extra ones), PROJECTS
 * (project_id;cost;votes;name;category, votes counted from VOTES) and VOTES (voter_id;vote). Lines end with "\n", and the file too.
 * Throws when a project id is repeated or holds a comma, a cost is not a whole number ≥ 0, a voter id is
 * repeated, or a vote names a project not listed or the same project twice.
 */
export function documentoPabulib(i: InstanciaPb): string {
  const ids = new Set<string>();
  for (const p of i.proyectos) {
    if (!p.id || p.id.includes(",") || /[;"\r\n]/.test(p.id)) throw new Error(`El id de proyecto «${p.id}» no es válido en Pabulib.`);
    if (ids.has(p.id)) throw new Error(`El proyecto ${p.id} aparece dos veces.`);
    ids.add(p.id);
    if (!Number.isSafeInteger(p.costo) || p.costo < 0) throw new RangeError(`El costo del proyecto ${p.id} debe ser un entero mayor o igual a 0.`);
  }
  const votantes = new Set<string>();
  const votos = new Map<string, number>();
  for (const v of i.votantes) {
    if (!v.id || /[;"\r\n]/.test(v.id)) throw new Error(`El id de votante «${v.id}» no es válido en Pabulib.`);
    if (votantes.has(v.id)) throw new Error(`El votante ${v.id} aparece dos veces.`);
    votantes.add(v.id);
    if (v.proyectos.length === 0) throw new Error(`El votante ${v.id} no aprueba ningún proyecto.`);
    if (new Set(v.proyectos).size !== v.proyectos.length) throw new Error(`El votante ${v.id} aprueba dos veces el mismo proyecto.`);
    for (const p of v.proyectos) {
      if (!ids.has(p)) throw new Error(`El votante ${v.id} aprueba el proyecto ${p}, que no está en PROJECTS.`);
      votos.set(p, (votos.get(p) ?? 0) + 1);
    }
  }

  const meta: [string, ValorPb][] = [
    ["description", i.descripcion],
    ["country", i.pais],
    ["unit", i.unidad],
    ["instance", i.instancia],
    ["num_projects", i.proyectos.length],
    ["num_votes", i.votantes.length],
    ["budget", i.presupuesto],
    ["vote_type", "approval"],
    ["rule", i.regla],
    ["date_begin", i.fechaInicio],
    ["date_end", i.fechaFin],
    ...(i.metaAdicional ?? []).map(([k, v]) => [k, v] as [string, ValorPb]),
  ];
  const claves = new Set<string>();
  for (const [k] of meta) {
    if (claves.has(k)) throw new Error(`La clave META «${k}» aparece dos veces.`);
    claves.add(k);
  }

  const lineas = [
    "META",
    "key;value",
    ...meta.map((kv) => linea(kv)),
    "PROJECTS",
    "project_id;cost;votes;name;category",
    ...i.proyectos.map((p) => linea([p.id, p.costo, votos.get(p.id) ?? 0, p.nombre, p.categoria ?? ""])),
    "VOTES",
    "voter_id;vote",
    ...i.votantes.map((v) => linea([v.id, v.proyectos.join(",")])),
  ];
  return lineas.join("\n") + "\n";
}
