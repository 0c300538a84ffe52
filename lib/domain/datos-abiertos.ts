// Open data (issue 14, item 5): the rules that keep personal data out of the published files. Pure: no I/O.
// - Columns: a dataset never has a column whose name says it holds a person's data (COLUMNAS_PROHIBIDAS).
// - Values: free text written by applicants or staff may mention a RUT, an e-mail, a phone or a person's name;
//   `limpiarTexto` replaces each with OMITIDO. Names are those of the portal's accounts (natural persons);
//   organisations are legal persons and keep their names (an organisation of a PERSONA_NATURAL applicant is
//   the applicant: the dataset leaves it out).
// - `hallazgosPersonales` is the check the tests (and the generator, as a last guard) run on every value.

export const OMITIDO = "[dato personal omitido]";

/** Column names that would hold personal data: refused in any dataset (compared without accents, case or separators). */
export const COLUMNAS_PROHIBIDAS = [
  "rut",
  "run",
  "email",
  "correo",
  "mail",
  "telefono",
  "fono",
  "celular",
  "movil",
  "nombre_persona",
  "nombre_postulante",
  "postulante",
  "responsable",
  "direccion",
  "domicilio",
  "nacimiento",
  "ip",
  "votante",
  "evaluador",
  "autor",
  "usuario_id",
  "user_id",
  "persona",
  "equipo",
  "integrantes",
] as const;

/** "Teléfono_Móvil" → "telefono_movil" */
export function normalizarNombreColumna(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/** The forbidden words a column name contains as one of its parts ("email_contacto" → ["email"]). */
export function columnaProhibida(nombre: string): string | null {
  const n = normalizarNombreColumna(nombre);
  const partes = new Set(n.split("_"));
  for (const p of COLUMNAS_PROHIBIDAS) {
    if (p.includes("_") ? n.includes(p) : partes.has(p)) return p;
  }
  return null;
}

/**
 * A RUT as people write it: "12.345.678-5", "12345678-5", "9.068.826-K" (the hyphen before the check digit is
 * required, so a plain amount never matches; also the dashes a word processor or phone puts in its place: ‐ ‑ ‒ – — −).
 */
export const PATRON_RUT = /(?<![\dA-Za-z])\d{1,2}(?:\.?\d{3}){2}\s?[-\u2010-\u2015\u2212]\s?[\dkK](?![\dA-Za-z])/;
export const PATRON_EMAIL = /[^\s@;,<>()"']+@[^\s@;,<>()"']+\.[a-zA-Z]{2,}/;
/** A Chilean phone: +56 and its 8–9 digits (spaces, hyphens, parentheses between them), or a mobile "9 1234 5678" standing alone (not part of a longer number or a decimal). */
export const PATRON_TELEFONO = /\+\s?56(?:[\s\-()]*\d){8,9}|(?<!\w)(?<!\d[.,])9[\s-]?\d{4}[\s-]?\d{4}(?!\d|[.,]\d)/;

const GLOBAL = (r: RegExp) => new RegExp(r.source, "g");

/** "José Pérez" → "jose perez" (to compare names without accents or case). */
export function plegar(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The names to look for: the accounts' full names, folded; one-word names are too ambiguous to search and are skipped. */
export function nombresABuscar(nombres: readonly string[]): string[] {
  return [...new Set(nombres.map(plegar).filter((n) => n.split(" ").length >= 2 && n.length >= 5))].sort((a, b) => b.length - a.length);
}

function escaparRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One regex matching any of the (folded) names as whole words, or null when there are none. */
function regexNombres(nombresPersonas: readonly string[], flags = "u"): RegExp | null {
  const nombres = nombresABuscar(nombresPersonas);
  if (nombres.length === 0) return null;
  const alternativas = nombres.map((n) => escaparRegex(n).replace(/ /g, "\\s+")).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternativas})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * A scrubber of free text: RUTs, e-mails, phones and the given persons' names become OMITIDO. Names are
 * matched whole, without regard to accents or case.
 */
export function limpiadorDeTexto(nombresPersonas: readonly string[]): (s: string) => string {
  const nombres = regexNombres(nombresPersonas, "gu");
  return (s: string) => {
    let out = s.replace(GLOBAL(PATRON_EMAIL), OMITIDO).replace(GLOBAL(PATRON_RUT), OMITIDO).replace(GLOBAL(PATRON_TELEFONO), OMITIDO);
    if (!nombres) return out;
    // Compare on a folded copy with one character per character, and cut the original at the same offsets.
    const plegado = plegarPosicional(out);
    const tramos: [number, number][] = [];
    nombres.lastIndex = 0;
    for (let m = nombres.exec(plegado); m; m = nombres.exec(plegado)) tramos.push([m.index, m.index + m[0].length]);
    for (const [i, f] of tramos.reverse()) out = out.slice(0, i) + OMITIDO + out.slice(f);
    return out;
  };
}

/** Lower case without accents, one output character per input character (so offsets match the original). */
function plegarPosicional(s: string): string {
  let out = "";
  for (const ch of s) {
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    // A character that folds to another length (or outside the BMP) keeps its length with a filler.
    out += base.length === ch.length ? base : "?".repeat(ch.length);
  }
  return out;
}

export type Hallazgo = { tipo: "RUT" | "EMAIL" | "TELEFONO" | "NOMBRE"; valor: string };

/** A detector of what looks like personal data in a value (an empty list when nothing does). */
export function detectorPersonal(nombresPersonas: readonly string[]): (valor: string) => Hallazgo[] {
  const nombres = regexNombres(nombresPersonas);
  return (valor: string) => {
    const out: Hallazgo[] = [];
    if (PATRON_RUT.test(valor)) out.push({ tipo: "RUT", valor });
    if (PATRON_EMAIL.test(valor)) out.push({ tipo: "EMAIL", valor });
    if (PATRON_TELEFONO.test(valor)) out.push({ tipo: "TELEFONO", valor });
    if (nombres && nombres.test(plegar(valor))) out.push({ tipo: "NOMBRE", valor });
    return out;
  };
}

// ---------------------------------------------------------------------------------------------------------
// Datasets and their dictionary.

export type TipoColumna = "texto" | "entero" | "decimal" | "fecha" | "booleano" | "identificador";

export type Columna = { nombre: string; tipo: TipoColumna; descripcion: string };

export type Conjunto = { nombre: string; titulo: string; descripcion: string; columnas: readonly Columna[] };

export type Valor = string | number | boolean | null;
export type Fila = Record<string, Valor>;

/** Decimals published with at most 4 places (scores, baselines). */
export function redondear(n: number | null | undefined): number | null {
  if (n === null || n === undefined || !Number.isFinite(n)) return null;
  return Math.round(n * 10_000) / 10_000;
}

/** The rows as a JSON document: `{ conjunto, columnas, filas }`, every row with exactly the dataset's columns. */
export function jsonConjunto(c: Conjunto, filas: readonly Fila[], generadoEn: string): string {
  const nombres = c.columnas.map((x) => x.nombre);
  return JSON.stringify({ conjunto: c.nombre, titulo: c.titulo, generadoEn, columnas: nombres, filas: filas.map((f) => Object.fromEntries(nombres.map((n) => [n, f[n] ?? null]))) }, null, 2) + "\n";
}

/** The dictionary as Markdown: one section per dataset, a table of its columns. */
export function diccionarioMarkdown(conjuntos: readonly Conjunto[], notas: readonly string[]): string {
  const celda = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const partes = ["# Diccionario de datos abiertos del Fondo IDEA", "", ...notas.map((n) => `- ${n}`), ""];
  for (const c of conjuntos) {
    partes.push(`## ${c.titulo} (\`${c.nombre}.csv\`, \`${c.nombre}.json\`)`, "", c.descripcion, "", "| Columna | Tipo | Descripción |", "| --- | --- | --- |");
    for (const col of c.columnas) partes.push(`| \`${col.nombre}\` | ${col.tipo} | ${celda(col.descripcion)} |`);
    partes.push("");
  }
  return partes.join("\n");
}
