// The demo's evaluación técnica (issue 10): the calibration's reference perfiles, the demo's evaluators, and
// the grades they give, planned from stable keys (perfil folio, evaluator e-mail, criterion clave) so the
// same run twice gives the same data. Pure: lib/seed/demo-evaluacion.ts writes it.
//
// What the technical lead's dashboard must show on this data (tests/integration/demo.test.ts checks it with
// lib/domain/atipicos.ts and the dashboard's own query): exactly one lenient evaluator (EVALUADOR_INDULGENTE,
// 1,3–1,4 points above each co-evaluator, just under the default gap of 1,5 so his perfiles are not listed as
// disagreements) and exactly one split perfil (its two evaluators 2,6 points apart); every other pair of
// grades of a perfil within 0,6 points.
import { discrepancias, indulgencias, LIMITE_Z_POR_DEFECTO } from "@/lib/domain/atipicos";
import { redondearNota } from "@/lib/domain/nota";
import { notaPonderada } from "@/lib/domain/rubrica";
import type { Rol } from "@/lib/domain/roles";
import { crearAzar } from "./prng";

/** The calibration exercise: three perfiles written for training, graded by the technical team (by clave). */
export const REFERENCIAS_CALIBRACION: readonly { titulo: string; resumen: string; notas: Readonly<Record<string, number>> }[] = [
  {
    titulo: "Tutores de barrio para volver al liceo, Ercilla",
    resumen: [
      "Desafío: Volver a la escuela. Ejecutor: Fundación Rayen Mapu (sin fines de lucro, Ercilla, La Araucanía), que trabaja desde 2014 con familias mapuche rurales de la comuna. Monto solicitado: $24.000.000.",
      "Problema: en Ercilla, 118 adolescentes de 13 a 17 años no asisten a un establecimiento educacional; la mitad dejó la escuela hace menos de dos años, y los liceos no tienen cómo ir a buscarlos a sectores rurales sin transporte público.",
      "Solución: seis tutores jóvenes de las mismas comunidades, formados por la fundación, acompañan a cada adolescente en su casa dos veces por semana durante ocho meses, coordinados con el liceo para preparar el reingreso o la matrícula en una modalidad flexible. La fundación ya tiene el acuerdo firmado con el DAEM y con los dos liceos de la comuna.",
      "Co-producción: el diseño salió de cuatro conversaciones con 30 adolescentes y sus familias; dos de los tutores dejaron la escuela y volvieron. Las familias no participan en medir los resultados.",
      "Aprendizaje: mide la tasa de reingreso (la línea base del desafío) y la asistencia a los seis meses, frente a los registros del DAEM de los dos años anteriores; el municipio evaluará incorporar los tutores a su oferta si funciona.",
      "Presupuesto: honorarios de tutores (58 %), traslados rurales (17 %), materiales (10 %), medición (8 %) e imprevistos (7 %); los honorarios están algo por sobre lo habitual en la región.",
    ].join("\n\n"),
    notas: { pertinencia: 6.5, innovacion: 5.5, factibilidad: 6, coproduccion: 5, "aprendizaje-escalamiento": 6, presupuesto: 5.5 },
  },
  {
    titulo: "Red de respiro para cuidadoras, Cauquenes",
    resumen: [
      "Desafío: Cuidar a quien cuida. Ejecutor: Agrupación de Cuidadoras del Secano (sin fines de lucro, Cauquenes, Maule), formada en 2022, sin proyectos ejecutados aún. Monto solicitado: $22.500.000.",
      "Problema: las cuidadoras de personas con dependencia severa del secano costero no tienen descanso; muchas viven a más de una hora del CESFAM.",
      "Solución: una red de vecinas capacitadas en cuidados básicos que reemplaza a la cuidadora medio día por semana, para que descanse o haga trámites. El perfil dice que el CESFAM «podría derivar» a las familias, pero no tiene acuerdo con él, y el calendario pone a la red en marcha en el segundo mes.",
      "Co-producción: la agrupación está formada por cuidadoras, que definieron el horario del servicio; no explica cómo participarán en el seguimiento.",
      "Aprendizaje: propone contar las horas de respiro entregadas, sin medir la sobrecarga de las cuidadoras, que es la línea base del desafío.",
      "Presupuesto: pagos a vecinas cuidadoras (60 %), capacitación (20 %) y coordinación (20 %); no incluye traslados en una comuna rural extensa ni recursos para medir.",
    ].join("\n\n"),
    notas: { pertinencia: 5, innovacion: 4, factibilidad: 3.5, coproduccion: 4.5, "aprendizaje-escalamiento": 3.5, presupuesto: 4 },
  },
  {
    titulo: "Aplicación de empleo para egresados de residencias, Santiago",
    resumen: [
      "Desafío: Hacia la vida independiente. Ejecutor: Conecta Futuro SpA (empresa, Providencia, Metropolitana), desarrolladora de software sin experiencia con jóvenes egresados de residencias. Monto solicitado: $30.000.000.",
      "Problema: los jóvenes que egresan del cuidado residencial no tienen redes para conseguir su primer empleo.",
      "Solución: una aplicación móvil que recomienda ofertas de empleo con inteligencia artificial. El perfil no dice cuántos jóvenes tienen teléfono con datos, ni cómo llegará a ellos, ni menciona el acompañamiento que el desafío pide en los primeros meses tras el egreso.",
      "Co-producción: se hará una encuesta de satisfacción a los usuarios al final del piloto.",
      "Aprendizaje: mide descargas de la aplicación; no mide empleo formal, que es la línea base del desafío.",
      "Presupuesto: desarrollo de la aplicación (70 %), publicidad en redes sociales (20 %) y gestión (10 %); el monto es el máximo de la línea y nada se destina a los jóvenes.",
    ].join("\n\n"),
    notas: { pertinencia: 4, innovacion: 2.5, factibilidad: 3, coproduccion: 2, "aprendizaje-escalamiento": 2.5, presupuesto: 2 },
  },
];

/** The demo's own evaluator (README table, seeded with the other accounts): she passed calibration. */
export const EVALUADORA_DEMO = "evaluador@fondoidea.cl";
/** The one planted lenient evaluator: passed calibration, then grades about 1,4 above his co-evaluators. */
export const EVALUADOR_INDULGENTE = "evaluador5@fondoidea.cl";
/** The one evaluator who has not passed calibration yet (one failed attempt): the gate shows on them. */
export const EVALUADOR_SIN_CALIBRAR = "evaluador8@fondoidea.cl";
/** Evaluators who left one evaluation as a draft (besides the demo evaluator). */
const CON_BORRADOR = ["evaluador3@fondoidea.cl", "evaluador6@fondoidea.cl"];

/**
 * The demo's other evaluators (README), created when the demo reaches Selección y contratación, with the
 * demo's password; regions from north to south. RUT bodies get their check digit when created.
 */
export const EVALUADORES_DEMO: { email: string; nombre: string; rutCuerpo: string; roles: Rol[]; regionCut: string }[] = [
  { email: "evaluador2@fondoidea.cl", nombre: "Teresa Quispe Mamani", rutCuerpo: "13131322", roles: ["EVALUADOR"], regionCut: "02" },
  { email: "evaluador3@fondoidea.cl", nombre: "Rodrigo Valenzuela Soto", rutCuerpo: "13131333", roles: ["EVALUADOR"], regionCut: "05" },
  { email: "evaluador4@fondoidea.cl", nombre: "Carolina Muñoz Pizarro", rutCuerpo: "13131344", roles: ["EVALUADOR"], regionCut: "13" },
  { email: "evaluador5@fondoidea.cl", nombre: "Héctor Sepúlveda Lagos", rutCuerpo: "13131355", roles: ["EVALUADOR"], regionCut: "07" },
  { email: "evaluador6@fondoidea.cl", nombre: "Francisca Riquelme Antileo", rutCuerpo: "13131366", roles: ["EVALUADOR"], regionCut: "08" },
  { email: "evaluador7@fondoidea.cl", nombre: "Ignacio Barrientos Vera", rutCuerpo: "13131377", roles: ["EVALUADOR"], regionCut: "10" },
  { email: "evaluador8@fondoidea.cl", nombre: "Valentina Oyarzún Díaz", rutCuerpo: "13131388", roles: ["EVALUADOR"], regionCut: "12" },
];

/** FNV-1a: a stable 32-bit number from a text, to seed the generator per perfil, evaluator and criterion. */
function hash(texto: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < texto.length; i++) {
    h ^= texto.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** An integer in [min, max], fixed by the key. */
const entero = (clave: string, min: number, max: number) => crearAzar(hash(clave)).entero(min, max);
const fraccion = (clave: string) => crearAzar(hash(clave)).fraccion();

// Grades are planned in tenths (integers), so each one is exactly one decimal.
const decimas = (n: number) => Math.round(n * 10);
const nota = (d: number) => Math.min(70, Math.max(10, d)) / 10;

// ─── Calibration ────────────────────────────────────────────────────────────────────────────────────

export type RespuestaCalibracion = { orden: number; notas: Record<string, number> };

export type PlanCalibracion = {
  email: string;
  /** Each attempt's answers, by reference orden (1–3) and clave; the last one is where they stand. */
  intentos: RespuestaCalibracion[][];
};

/**
 * Every demo evaluator's calibration. Those who pass answer within ±0,5 of each reference grade; a few
 * first failed (budget graded 1,2 below the references on every perfil) and passed on a second attempt.
 * EVALUADOR_SIN_CALIBRAR graded innovation and co-production 1,5 above the references and has not passed.
 */
export function planCalibraciones(referencias: readonly { orden: number; notas: Readonly<Record<string, number>> }[]): PlanCalibracion[] {
  const intento = (email: string, n: number, sesgo: (clave: string) => number): RespuestaCalibracion[] =>
    referencias.map((r) => ({
      orden: r.orden,
      notas: Object.fromEntries(Object.entries(r.notas).map(([clave, ref]) => [clave, nota(decimas(ref) + sesgo(clave) + entero(`cal ${n} ${email} ${r.orden} ${clave}`, -5, 5))])),
    }));
  return [EVALUADORA_DEMO, ...EVALUADORES_DEMO.map((e) => e.email)].map((email) => {
    if (email === EVALUADOR_SIN_CALIBRAR) return { email, intentos: [intento(email, 1, (c) => (c === "innovacion" || c === "coproduccion" ? 15 : 0))] };
    const segundo = email !== EVALUADORA_DEMO && entero(`intentos ${email}`, 0, 2) === 0;
    return { email, intentos: segundo ? [intento(email, 1, (c) => (c === "presupuesto" ? -12 : 0)), intento(email, 2, () => 0)] : [intento(email, 1, () => 0)] };
  });
}

/** 0–1: when in the days before Selección an evaluator passed (or tried) the calibration. */
export const momentoCalibracion = (email: string) => fraccion(`calibracion ${email}`);

/** 0–1 through the evaluation window: submitted ones spread over it, drafts last saved near its end. */
export function momentoEvaluacion(folio: number, email: string, borrador: boolean): number {
  const x = fraccion(`momento ${folio} ${email}`);
  return borrador ? 0.9 + x * 0.1 : x * 0.9;
}

// ─── Evaluations ────────────────────────────────────────────────────────────────────────────────────

export type AsignacionPlan = { folio: number; email: string };
export type Confianza = "BAJA" | "MEDIA" | "ALTA";

export type PlanEvaluacion = AsignacionPlan & {
  /** ENVIADA: submitted; BORRADOR: started, some criteria empty; PENDIENTE: not opened. */
  estado: "ENVIADA" | "BORRADOR" | "PENDIENTE";
  /** By clave; null for a criterion a draft has not graded yet. */
  notas: Record<string, number | null>;
  comentarios: Record<string, string>;
  comentario: string;
  confianza: Confianza | null;
  /** 0–1: when in the evaluation window it was submitted (or last saved). */
  momento: number;
};

/** Lenient offset, in tenths: 1,4 points, so with one criterion 0,1 lower his gap stays in 1,3–1,4 (< 1,5). */
const INDULGENCIA = 14;
/** Split perfil: one evaluator 1,3 above the perfil's grades, the other 1,3 below (2,6 apart). */
const DIVISION = 13;

/** A perfil's own grades (tenths), by clave: 2,8–5,2, its quality tilting them all. */
function baseDe(folio: number, clave: string): number {
  return 40 + entero(`calidad ${folio}`, -7, 7) + entero(`base ${folio} ${clave}`, -5, 5);
}

/** An ordinary evaluator's grade (tenths): the perfil's, ± 0,2 for the evaluator on this perfil, ± 0,1 per criterion. */
function comunDe(folio: number, email: string, clave: string): number {
  return baseDe(folio, clave) + entero(`sesgo ${folio} ${email}`, -2, 2) + entero(`ruido ${folio} ${email} ${clave}`, -1, 1);
}

const NIVEL = (n: number) => (n < 4 ? "bajo" : n < 5.5 ? "medio" : "alto");

const COMENTARIOS_CRITERIO: Record<string, Record<"bajo" | "medio" | "alto", string>> = {
  pertinencia: {
    bajo: "El vínculo con el desafío y su línea base queda implícito.",
    medio: "Responde al desafío, pero no dice cómo moverá el indicador de la línea base.",
    alto: "Problema, personas y cambio esperado coinciden con el desafío.",
  },
  innovacion: {
    bajo: "Se parece a la oferta que ya existe en la comuna.",
    medio: "Algo nuevo para el territorio, sin explicar por qué funcionaría mejor.",
    alto: "Conoce la oferta existente y ataca justo el paso en que falla.",
  },
  factibilidad: {
    bajo: "Plazos y alianzas no están asegurados.",
    medio: "Equipo con experiencia; faltan cartas de compromiso.",
    alto: "Equipo con trayectoria en el territorio y alianzas firmadas.",
  },
  coproduccion: {
    bajo: "Las personas usuarias solo reciben el piloto.",
    medio: "Hubo conversaciones con el grupo; no queda claro qué deciden.",
    alto: "Personas usuarias con roles reconocidos en el equipo.",
  },
  "aprendizaje-escalamiento": {
    bajo: "No dice qué medirá ni qué espera aprender.",
    medio: "Mide resultados, sin comparación ni quién lo adoptaría.",
    alto: "Hipótesis clara, medición con línea base y un posible adoptante.",
  },
  presupuesto: {
    bajo: "Ítems sin actividad que los justifique.",
    medio: "Coherente en general; algunos montos sin explicar.",
    alto: "Cada ítem sirve a una actividad; precios de la región.",
  },
};

const COMENTARIO_GENERAL: Record<"bajo" | "medio" | "alto", string[]> = {
  bajo: [
    "La idea tiene buena intención, pero el perfil no muestra cómo llegará a las personas del desafío.",
    "Falta precisar el equipo, las alianzas y cómo se medirá el resultado.",
  ],
  medio: [
    "Perfil sólido en lo esencial; convendría precisar la medición y las alianzas antes de la incubación.",
    "Buena comprensión del problema; la propuesta necesita más participación de las personas usuarias.",
    "Propuesta pertinente y factible, con un presupuesto que se puede ajustar.",
  ],
  alto: [
    "Uno de los perfiles más claros: equipo con trayectoria y una hipótesis que se puede poner a prueba.",
    "Muy buena co-producción con el grupo del desafío; recomiendo priorizarlo.",
  ],
};

const elegirPor = <T>(clave: string, lista: readonly T[]) => lista[entero(clave, 0, lista.length - 1)];

function confianzaDe(clave: string): Confianza {
  const x = fraccion(`confianza ${clave}`);
  return x < 0.2 ? "BAJA" : x < 0.65 ? "MEDIA" : "ALTA";
}

/**
 * What becomes of each assignment (key: "folio email"): submitted, but the demo evaluator's last three by
 * folio (one draft, two untouched), one draft each for CON_BORRADOR, and all of the uncalibrated evaluator's.
 */
export function estadosPlaneados(asignaciones: readonly AsignacionPlan[]): Map<string, PlanEvaluacion["estado"]> {
  const estado = new Map<string, PlanEvaluacion["estado"]>();
  const porEvaluador = new Map<string, number[]>();
  for (const a of asignaciones) porEvaluador.set(a.email, [...(porEvaluador.get(a.email) ?? []), a.folio]);
  for (const [email, folios] of porEvaluador) {
    folios.sort((a, b) => a - b);
    for (const f of folios) estado.set(`${f} ${email}`, "ENVIADA");
    if (email === EVALUADOR_SIN_CALIBRAR) for (const f of folios) estado.set(`${f} ${email}`, "PENDIENTE");
    if (email === EVALUADORA_DEMO) {
      const ultimos = folios.slice(-3);
      ultimos.forEach((f, i) => estado.set(`${f} ${email}`, i === 0 ? "BORRADOR" : "PENDIENTE"));
    }
    if (CON_BORRADOR.includes(email) && folios.length > 0) estado.set(`${folios.at(-1)} ${email}`, "BORRADOR");
  }
  return estado;
}

export type OpcionesPlan = {
  claves: readonly string[];
  /** The rubric's weights by clave (for notaPonderada when choosing the split perfil). */
  pesos: Readonly<Record<string, number>>;
  /** The dashboard's bounds: the rubric's, or the domain defaults. */
  minMuestra?: number;
  limiteZ?: number;
  brecha?: number;
};

export type ResultadoPlan = {
  plan: PlanEvaluacion[];
  /** The planted lenient evaluator's e-mail and the split perfil's folio; null when no choice flags exactly them. */
  indulgente: string | null;
  folioDividido: number | null;
};

/**
 * Every assignment's evaluation. Grades are the perfil's own (baseDe) with small per-evaluator noise, but the
 * lenient evaluator grades his co-evaluator's grades + 1,4 (0,1 less on one criterion), and on the split
 * perfil one evaluator grades the perfil's + 1,3 and the other − 1,3.
 *
 * Which perfil is split: the assignment comes from the product's algorithm, whose ties follow database ids,
 * so who shares perfiles with whom changes from one fresh database to another. The plan picks, among the
 * perfiles with two submitted evaluations by neither the lenient nor the demo evaluator, the one for which
 * the dashboard's rules (lib/domain/atipicos.ts, with the given bounds) flag exactly the lenient evaluator
 * and that perfil, with the clearest margin. If the lenient evaluator shares too many perfiles with one
 * colleague for that, one or two of his evaluations stay drafts. EVALUADOR_INDULGENTE is tried first; only
 * if no choice works with him is another calibrated evaluator the lenient one (not needed in 300 simulated assignments).
 */
export function planEvaluaciones(asignaciones: readonly AsignacionPlan[], opciones: OpcionesPlan): ResultadoPlan {
  const estados = estadosPlaneados(asignaciones);
  const porFolio = new Map<number, string[]>();
  for (const a of asignaciones) porFolio.set(a.folio, [...(porFolio.get(a.folio) ?? []), a.email].sort());

  const construir = (indulgente: string | null, dividido: number | null, pausados: readonly number[] = []): PlanEvaluacion[] =>
    asignaciones.map((a) => {
      const estado = a.email === indulgente && pausados.includes(a.folio) ? "BORRADOR" : estados.get(`${a.folio} ${a.email}`)!;
      const otros = porFolio.get(a.folio)!.filter((e) => e !== a.email);
      const menos = entero(`menos ${a.folio}`, 0, opciones.claves.length); // index of the criterion 0,1 lower (none when = length)
      const notas: Record<string, number | null> = {};
      opciones.claves.forEach((clave, i) => {
        let d: number;
        if (a.folio === dividido) d = baseDe(a.folio, clave) + (a.email === porFolio.get(a.folio)![0] ? DIVISION : -DIVISION);
        else if (a.email === indulgente && otros.length > 0) d = comunDe(a.folio, otros[0], clave) + INDULGENCIA - (i === menos ? 1 : 0);
        else d = comunDe(a.folio, a.email, clave);
        notas[clave] = nota(d);
      });
      // A draft has graded the first criteria only.
      if (estado === "BORRADOR") opciones.claves.forEach((c, i) => i >= 3 && (notas[c] = null));
      if (estado === "PENDIENTE") for (const c of opciones.claves) notas[c] = null;

      const clave = `${a.folio} ${a.email}`;
      const comentarios: Record<string, string> = {};
      if (estado !== "PENDIENTE") {
        // Two criteria commented per evaluation, as an evaluator would: the ones that stood out.
        const [c1, c2] = [elegirPor(`com1 ${clave}`, opciones.claves), elegirPor(`com2 ${clave}`, opciones.claves)];
        for (const c of new Set([c1, c2])) if (notas[c] !== null) comentarios[c] = COMENTARIOS_CRITERIO[c]?.[NIVEL(notas[c]!)] ?? "";
      }
      const media = estado === "ENVIADA" ? opciones.claves.reduce((s, c) => s + notas[c]!, 0) / opciones.claves.length : 0;
      return {
        ...a,
        estado,
        notas,
        comentarios,
        comentario: estado === "ENVIADA" ? elegirPor(`general ${clave}`, COMENTARIO_GENERAL[NIVEL(media)]) : "",
        confianza: estado === "ENVIADA" ? (a.folio === dividido ? "ALTA" : confianzaDe(clave)) : estado === "BORRADOR" ? "MEDIA" : null,
        momento: momentoEvaluacion(a.folio, a.email, estado === "BORRADOR"),
      };
    });

  const evaluadores = [...new Set(asignaciones.map((a) => a.email))];
  const indulgentes = [
    ...evaluadores.filter((e) => e === EVALUADOR_INDULGENTE),
    ...evaluadores.filter((e) => e !== EVALUADOR_INDULGENTE && e !== EVALUADORA_DEMO && e !== EVALUADOR_SIN_CALIBRAR).sort(),
  ];
  for (const indulgente of indulgentes) {
    const candidatos = [...porFolio]
      .filter(([folio, emails]) => emails.length === 2 && emails.every((e) => e !== indulgente && e !== EVALUADORA_DEMO && estados.get(`${folio} ${e}`) === "ENVIADA"))
      .map(([folio]) => folio)
      .sort((a, b) => a - b);
    // When the lenient evaluator shares too many perfiles with one colleague, that colleague looks harsh:
    // leaving one or two of his evaluations as drafts (he has not finished) spreads the contrast out.
    const suyos = asignaciones.filter((a) => a.email === indulgente && estados.get(`${a.folio} ${a.email}`) === "ENVIADA").map((a) => a.folio);
    const niveles = [[[]], suyos.map((f) => [f]), suyos.flatMap((f, i) => suyos.slice(i + 1).map((g) => [f, g]))];
    let mejor = null as (ResultadoPlan & { margen: number }) | null;
    // The best split perfil with no drafts added if clear enough; else the first clear one with one draft added
    // (or the best with one); else the first that works with two.
    busqueda: for (const [nivel, pausas] of niveles.entries()) {
      for (const pausados of pausas) {
        for (const folio of candidatos) {
          const plan = construir(indulgente, folio, pausados);
          const margen = margenDe(plan, indulgente, folio, opciones);
          if (margen > 0 && (!mejor || margen > mejor.margen)) mejor = { plan, indulgente, folioDividido: folio, margen };
          if (nivel > 0 && mejor && mejor.margen >= (nivel === 1 ? MARGEN_SUFICIENTE : 0)) break busqueda;
        }
      }
      if (mejor && (nivel > 0 || mejor.margen >= MARGEN_SUFICIENTE)) break;
    }
    if (mejor) return { plan: mejor.plan, indulgente: mejor.indulgente, folioDividido: mejor.folioDividido };
  }
  return { plan: construir(null, null), indulgente: null, folioDividido: null };
}

/** How far inside the bounds, in z units, the flags should be before settling for fewer drafts. */
const MARGEN_SUFICIENTE = 0.5;
/** Perfiles the lenient evaluator shares with a colleague, both submitted: "consistently", not by chance. */
export const MIN_COEVALUADOS_INDULGENTE = 6;

/**
 * How clearly the dashboard flags exactly `indulgente` and `folio`: the smallest of (his z − bound) and (bound −
 * |z| of anyone else), on the final grades as computed and rounded to one decimal (as shown); ≤ 0 when the
 * flags are not exactly those two.
 */
function margenDe(plan: readonly PlanEvaluacion[], indulgente: string, folio: number, opciones: Omit<OpcionesPlan, "claves">): number {
  let margen = Infinity;
  for (const redondear of [false, true]) {
    const notas = notasDe(plan, opciones.pesos, redondear);
    const limiteZ = opciones.limiteZ ?? LIMITE_Z_POR_DEFECTO;
    const filas = indulgencias(notas, { minMuestra: opciones.minMuestra, limiteZ });
    const divididos = discrepancias(notas, opciones.brecha);
    if (divididos.length !== 1 || divididos[0].postulacionId !== String(folio)) return 0;
    for (const f of filas) {
      if (f.evaluadorId === indulgente) margen = Math.min(margen, f.z === null || f.n < MIN_COEVALUADOS_INDULGENTE ? -1 : f.z - limiteZ);
      else margen = Math.min(margen, limiteZ - Math.abs(f.z ?? 0));
    }
  }
  return margen;
}

const notasDe = (plan: readonly PlanEvaluacion[], pesos: Readonly<Record<string, number>>, redondear = false) =>
  plan
    .filter((p) => p.estado === "ENVIADA")
    .map((p) => {
      const n = notaPonderada(p.notas as Record<string, number>, pesosComoCriterios(pesos));
      return { postulacionId: String(p.folio), evaluadorId: p.email, nota: redondear ? redondearNota(n) : n };
    });

const pesosComoCriterios = (pesos: Readonly<Record<string, number>>) => Object.entries(pesos).map(([id, peso]) => ({ id, peso }));

// ─── Evaluations finished before the committee meets ──────────────────────────────────────────────────

export type EvaluacionCompleta = { notas: Record<string, number>; comentarios: Record<string, string>; comentario: string; confianza: Confianza };

/**
 * An evaluation finished when the demo goes past Selección (a draft, an untouched assignment, a third review):
 * the grades already saved are kept; the others are the perfil's own with the evaluator's usual noise,
 * shifted by how far the saved ones stand from those, so a lenient evaluator stays lenient. Two criteria
 * commented, a general comment and a confidence, as planEvaluaciones writes them.
 */
export function completarEvaluacion(folio: number, email: string, claves: readonly string[], guardadas: Readonly<Record<string, number>>): EvaluacionCompleta {
  const dadas = claves.filter((c) => guardadas[c] !== undefined);
  const desvio = dadas.length ? Math.round(dadas.reduce((s, c) => s + decimas(guardadas[c]) - comunDe(folio, email, c), 0) / dadas.length) : 0;
  const notas = Object.fromEntries(claves.map((c) => [c, guardadas[c] ?? nota(comunDe(folio, email, c) + desvio)]));
  const clave = `${folio} ${email} cierre`;
  const comentarios: Record<string, string> = {};
  for (const c of new Set([elegirPor(`com1 ${clave}`, claves), elegirPor(`com2 ${clave}`, claves)])) comentarios[c] = COMENTARIOS_CRITERIO[c]?.[NIVEL(notas[c])] ?? "";
  const media = claves.reduce((s, c) => s + notas[c], 0) / claves.length;
  return { notas, comentarios, comentario: elegirPor(`general ${clave}`, COMENTARIO_GENERAL[NIVEL(media)]), confianza: confianzaDe(clave) };
}
