// The technical lead's dashboard (VISTAS.evaluacion): progress by region and by evaluator, evaluators who
// have not passed the capacitación, leniency per evaluator and split perfiles (lib/domain/atipicos.ts with
// the rubric's bounds), and each evaluator's score distribution.
//
// Built to stay fast at 10,000 perfiles × 3 evaluations: counts are SQL aggregates (GROUP BY region and
// evaluator), the outlier rules read one row per evaluation (never per criterion), and only the rows the
// page shows (one page of evaluators, the largest gaps, one evaluator's pending list) load details.
// The outlier rules' inputs and results are kept between requests while the submitted evaluations stay the
// same (see atipicosDe): a sent evaluation never changes, so the per-evaluator aggregate tells when they do.
import "server-only";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { discrepancias, indulgencias, type Discrepancia, type Indulgencia } from "@/lib/domain/atipicos";
import { REGIONES } from "@/lib/domain/regiones";
import { histogramaNotas } from "./histograma";
import { ajustesRubrica, notasFinales } from "./puntajes";
import { estadoEvaluacion, type EstadoEvaluacion } from "./queries";

/** Evaluators per page of their list (flagged first): each card carries a histogram and its table. */
export const EVALUADORES_POR_PAGINA = 20;
/** Rows of the leniency table shown before asking for all of them (every flagged evaluator is always shown). */
export const INDULGENCIAS_VISIBLES = 20;
/** The split perfiles listed: the largest gaps first. */
export const MAX_DISCREPANCIAS = 100;

type Conteo = { asignadas: number; enviadas: number };

export type FilaEvaluador = Conteo & {
  id: string;
  nombre: string;
  region: string | null;
  capacitada: boolean;
  /** Null when the evaluator has no submitted evaluation shared with someone else. */
  indulgencia: Indulgencia | null;
  /** Submitted evaluations per bin of TRAMOS_NOTA (lib/evaluacion/histograma.ts). */
  histograma: number[];
};

export type AsignacionTablero = {
  id: string;
  evaluador: { id: string; nombre: string };
  motivo: "ORDINARIA" | "TERCERA_REVISION" | "REASIGNACION";
  estado: EstadoEvaluacion;
  notaFinal: number | null;
};

export type DiscrepanciaTablero = Discrepancia & {
  folio: number | null;
  proyecto: string;
  asignaciones: AsignacionTablero[];
  /** A third review was already asked for and is not sent yet. */
  terceraPendiente: boolean;
};

const n = (v: number | bigint | null) => Number(v ?? 0);
/** Built once: localeCompare with a locale builds a collator on every call. */
const porNombre = new Intl.Collator("es-CL");

/**
 * The dashboard (null without an active convocatoria). Its figures are the whole convocatoria's: only for
 * the screen VISTAS.evaluacion, whose every role has the scope "todos" (tests/unit/permissions.test.ts
 * keeps it so; a narrower scope there would need a WHERE clause here).
 */
export async function tableroEvaluacion(opciones: { pagina?: number; evaluadorId?: string } = {}, client: Db = dbPorDefecto) {
  const convocatoria = await leerConvocatoriaActiva(client, { id: true, nombre: true, etapaActual: true, evaluadoresPorPerfil: true });
  if (!convocatoria) return null;
  const cid = convocatoria.id;

  const seleccionPersona = {
    id: true,
    nombre: true,
    region: { select: { nombre: true } },
    capacitaciones: { where: { convocatoriaId: cid }, select: { aprobada: true, intentos: true } },
  } as const;
  // All independent: on PostgreSQL they run at once on the pool's connections.
  const [ajustes, porRegionBd, porEvaluadorBd, admisibles, conRol] = await Promise.all([
    ajustesRubrica(client, cid),
    client.$queryRaw<{ cut: string; asignadas: number | bigint; enviadas: number | bigint }[]>`
      SELECT r."regionCut" AS "cut", COUNT(*) AS "asignadas", COUNT(e."enviadaEn") AS "enviadas"
      FROM "AsignacionEvaluacion" a
      JOIN "Postulacion" p ON p."id" = a."postulacionId"
      JOIN "PostulacionRegion" r ON r."postulacionId" = a."postulacionId"
      LEFT JOIN "Evaluacion" e ON e."asignacionId" = a."id"
      WHERE p."convocatoriaId" = ${cid} AND a."recusadaEn" IS NULL
      GROUP BY r."regionCut"`,
    // CROSS JOIN fixes SQLite's join order (its documented manual control; PostgreSQL plans it as the inner
    // join it is): SQLite otherwise walked the evaluator index to skip the GROUP BY sort and fetched each
    // of the 30,000 assignments' rows at random, 2–4× slower than this scan by perfil.
    client.$queryRaw<{ evaluadorId: string; asignadas: number | bigint; enviadas: number | bigint; suma: number | null; ultima: unknown }[]>`
      SELECT a."evaluadorId" AS "evaluadorId", COUNT(*) AS "asignadas", COUNT(e."enviadaEn") AS "enviadas",
        SUM(CASE WHEN e."enviadaEn" IS NOT NULL THEN e."notaFinal" END) AS "suma", MAX(e."enviadaEn") AS "ultima"
      FROM "Postulacion" p
      CROSS JOIN "AsignacionEvaluacion" a
      LEFT JOIN "Evaluacion" e ON e."asignacionId" = a."id"
      WHERE a."postulacionId" = p."id" AND p."convocatoriaId" = ${cid} AND a."recusadaEn" IS NULL
      GROUP BY a."evaluadorId"`,
    client.postulacion.count({ where: { convocatoriaId: cid, admisible: true } }),
    client.user.findMany({ where: { roles: { some: { rol: "EVALUADOR" } } }, select: seleccionPersona }),
  ]);
  const atipicos = await atipicosDe(client, cid, {
    minMuestra: ajustes.minMuestra,
    limiteZ: ajustes.limiteIndulgencia,
    brecha: ajustes.brechaDiscrepancia,
    evaluadoresPorPerfil: convocatoria.evaluadoresPorPerfil,
    huella: porEvaluadorBd.map((f) => `${f.evaluadorId}:${n(f.enviadas)}:${f.suma ?? 0}:${String(f.ultima)}`).sort().join("|"),
  });

  // Progress by region: the 16 regions north to south; a perfil with several regions counts in each.
  const regionBd = new Map(porRegionBd.map((r) => [r.cut, { asignadas: n(r.asignadas), enviadas: n(r.enviadas) }]));
  const porRegion = REGIONES.map((r) => ({ cut: r.cut, nombre: r.nombre, ...(regionBd.get(r.cut) ?? { asignadas: 0, enviadas: 0 }) }));

  // Evaluators: whoever holds the role, and whoever has assignments here (even if the role was revoked since).
  const conteos = new Map<string, Conteo>(porEvaluadorBd.map((f) => [f.evaluadorId, { asignadas: n(f.asignadas), enviadas: n(f.enviadas) }]));
  const conRolIds = new Set(conRol.map((p) => p.id));
  const sinRol = [...conteos.keys()].filter((id) => !conRolIds.has(id));
  const personas = sinRol.length ? [...conRol, ...(await client.user.findMany({ where: { id: { in: sinRol } }, select: seleccionPersona }))] : conRol;

  const { porIndulgencia, histogramas } = atipicos;

  const avance = (c: Conteo) => (c.asignadas ? c.enviadas / c.asignadas : 1);
  const evaluadores: FilaEvaluador[] = personas
    .map((p) => ({
      id: p.id,
      nombre: p.nombre,
      region: p.region?.nombre ?? null,
      capacitada: p.capacitaciones.some((c) => c.aprobada),
      ...(conteos.get(p.id) ?? { asignadas: 0, enviadas: 0 }),
      indulgencia: porIndulgencia.get(p.id) ?? null,
      histograma: histogramas.get(p.id) ?? histogramaNotas([]),
    }))
    // Flagged first, then who is furthest behind, then by name.
    .sort(
      (a, b) =>
        Number(b.indulgencia?.marcado ?? false) - Number(a.indulgencia?.marcado ?? false) ||
        avance(a) - avance(b) ||
        b.asignadas - a.asignadas ||
        porNombre.compare(a.nombre, b.nombre),
    );
  const paginas = Math.max(1, Math.ceil(evaluadores.length / EVALUADORES_POR_PAGINA));
  const pagina = Math.min(Math.max(1, Math.trunc(opciones.pagina ?? 1) || 1), paginas);

  const sinCapacitar = personas
    .filter((p) => !p.capacitaciones.some((c) => c.aprobada))
    .map((p) => ({ id: p.id, nombre: p.nombre, region: p.region?.nombre ?? null, intentos: p.capacitaciones[0]?.intentos ?? 0, asignadas: conteos.get(p.id)?.asignadas ?? 0 }))
    .sort((a, b) => porNombre.compare(a.nombre, b.nombre));

  // Leniency: the evaluators with a z (enough co-evaluated perfiles), largest |z| first, as the rule sorts them.
  const nombres = new Map(personas.map((p) => [p.id, p.nombre]));
  const indulgenciasConZ = [...porIndulgencia.values()].filter((i) => i.z !== null).map((i) => ({ ...i, nombre: nombres.get(i.evaluadorId) ?? "—" }));

  const todasDiscrepancias = atipicos.discrepancias;
  const mostradas = todasDiscrepancias.slice(0, MAX_DISCREPANCIAS);
  const [detalles, pendientes] = await Promise.all([
    mostradas.length
      ? client.postulacion.findMany({
          where: { id: { in: mostradas.map((d) => d.postulacionId) } },
          select: {
            id: true,
            folio: true,
            nombreProyecto: true,
            asignaciones: {
              where: { recusadaEn: null },
              // Assignments made in the same millisecond (a bulk run) keep one order: their ids are increasing.
              orderBy: [{ createdAt: "asc" }, { id: "asc" }],
              select: { id: true, motivo: true, evaluador: { select: { id: true, nombre: true } }, evaluacion: { select: { enviadaEn: true, notaFinal: true } } },
            },
          },
        })
      : [],
    opciones.evaluadorId ? pendientesDe(client, cid, opciones.evaluadorId) : null,
  ]);
  const detallePorId = new Map(detalles.map((d) => [d.id, d]));
  const filasDiscrepancia: DiscrepanciaTablero[] = mostradas.map((d) => {
    const p = detallePorId.get(d.postulacionId)!;
    const asignaciones = p.asignaciones.map(aAsignacion);
    return {
      ...d,
      folio: p.folio,
      proyecto: p.nombreProyecto,
      asignaciones,
      terceraPendiente: asignaciones.some((a) => a.motivo === "TERCERA_REVISION" && a.estado !== "enviada"),
    };
  });

  const completos = atipicos.completos;
  const totales = [...conteos.values()].reduce((s, c) => ({ asignadas: s.asignadas + c.asignadas, enviadas: s.enviadas + c.enviadas }), { asignadas: 0, enviadas: 0 });

  return {
    convocatoria,
    ajustes,
    totales: { ...totales, admisibles, completos },
    porRegion,
    evaluadores: { total: evaluadores.length, pagina, paginas, filas: evaluadores.slice((pagina - 1) * EVALUADORES_POR_PAGINA, pagina * EVALUADORES_POR_PAGINA) },
    marcados: evaluadores.filter((e) => e.indulgencia?.marcado).length,
    sinCapacitar,
    indulgencias: indulgenciasConZ,
    discrepancias: { total: todasDiscrepancias.length, filas: filasDiscrepancia },
    pendientes,
  };
}

type Atipicos = {
  porIndulgencia: Map<string, Indulgencia>;
  discrepancias: Discrepancia[];
  histogramas: Map<string, number[]>;
  /** Perfiles with at least evaluadoresPorPerfil submitted evaluations. */
  completos: number;
};

// Per database client (tests run files on their own databases in one process) and convocatoria: the last
// result and the fingerprint of the submitted evaluations it was computed from.
const memoria = new WeakMap<Db, Map<string, { clave: string; atipicos: Atipicos }>>();

/**
 * The outlier rules over every submitted evaluation (one row each): leniency, split perfiles, each
 * evaluator's distribution and the complete perfiles. Recomputed only when `huella` (per evaluator: count,
 * sum and latest time of their submitted evaluations; a submission is never edited, so any new, removed or
 * recused one changes it) or a bound changed since the last request.
 */
async function atipicosDe(
  client: Db,
  convocatoriaId: string,
  o: { minMuestra: number; limiteZ: number; brecha: number; evaluadoresPorPerfil: number; huella: string },
): Promise<Atipicos> {
  const clave = JSON.stringify([o.minMuestra, o.limiteZ, o.brecha, o.evaluadoresPorPerfil, o.huella]);
  let porConvocatoria = memoria.get(client);
  if (!porConvocatoria) memoria.set(client, (porConvocatoria = new Map()));
  const previo = porConvocatoria.get(convocatoriaId);
  if (previo?.clave === clave) return previo.atipicos;

  const notas = await notasFinales(client, convocatoriaId);
  const porEvaluador = new Map<string, number[]>();
  const porPerfil = new Map<string, number>();
  for (const x of notas) {
    const l = porEvaluador.get(x.evaluadorId);
    if (l) l.push(x.nota);
    else porEvaluador.set(x.evaluadorId, [x.nota]);
    porPerfil.set(x.postulacionId, (porPerfil.get(x.postulacionId) ?? 0) + 1);
  }
  const atipicos: Atipicos = {
    porIndulgencia: new Map(indulgencias(notas, { minMuestra: o.minMuestra, limiteZ: o.limiteZ }).map((i) => [i.evaluadorId, i])),
    discrepancias: discrepancias(notas, o.brecha),
    histogramas: new Map([...porEvaluador].map(([id, xs]) => [id, histogramaNotas(xs)])),
    completos: [...porPerfil.values()].filter((k) => k >= o.evaluadoresPorPerfil).length,
  };
  porConvocatoria.set(convocatoriaId, { clave, atipicos });
  return atipicos;
}

type AsignacionBd = {
  id: string;
  motivo: AsignacionTablero["motivo"];
  evaluador: { id: string; nombre: string };
  evaluacion: { enviadaEn: Date | null; notaFinal: number | null } | null;
};

function aAsignacion(a: AsignacionBd): AsignacionTablero {
  return { id: a.id, evaluador: a.evaluador, motivo: a.motivo, estado: estadoEvaluacion(a.evaluacion), notaFinal: a.evaluacion?.enviadaEn ? a.evaluacion.notaFinal : null };
}

/** One evaluator's live assignments not yet sent (what the lead may reassign), by folio. */
async function pendientesDe(client: Db, convocatoriaId: string, evaluadorId: string) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(evaluadorId)) return null;
  const persona = await client.user.findUnique({ where: { id: evaluadorId }, select: { id: true, nombre: true } });
  if (!persona) return null;
  const filas = await client.asignacionEvaluacion.findMany({
    where: { evaluadorId, recusadaEn: null, postulacion: { convocatoriaId }, OR: [{ evaluacion: { is: null } }, { evaluacion: { is: { enviadaEn: null } } }] },
    orderBy: { postulacion: { folio: "asc" } },
    select: {
      id: true,
      motivo: true,
      evaluador: { select: { id: true, nombre: true } },
      evaluacion: { select: { enviadaEn: true, notaFinal: true } },
      postulacion: { select: { id: true, folio: true, nombreProyecto: true } },
    },
  });
  return { evaluador: persona, asignaciones: filas.map((a) => ({ ...aAsignacion(a), postulacionId: a.postulacion.id, folio: a.postulacion.folio, proyecto: a.postulacion.nombreProyecto })) };
}

export type Tablero = NonNullable<Awaited<ReturnType<typeof tableroEvaluacion>>>;
