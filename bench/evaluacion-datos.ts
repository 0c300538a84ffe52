// The TypeScript half of bench/evaluacion.mjs, run by it through tsx (--conditions=react-server, as the
// product's server modules import "server-only"). On the fresh, migrated database of DATABASE_URL:
//   1. seeds the demo (accounts, convocatoria, desafíos, the default rubric) and bulk-inserts BENCH_EVAL_PERFILES
//      admissible perfiles (10,000) × BENCH_EVAL_POR_PERFIL submitted evaluations (3), 6 criteria each,
//      with createMany in chunks;
//   2. times the ranking query lib/evaluacion/puntajes.ts puntajesTecnicosDeConvocatoria against the same
//      aggregate written by hand, through the bare driver (better-sqlite3 / pg) and through Prisma's
//      $queryRawUnsafe, BENCH_EVAL_RONDAS rounds (20) alternating the order; and, in the same rounds, the
//      dashboard's data (lib/evaluacion/tablero.ts tableroEvaluacion) called directly, without HTTP;
// and prints one JSON line on stdout (progress on stderr).
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import pg from "pg";
import { createDb, isPostgres } from "@/lib/db/client";
import { REGIONES } from "@/lib/domain/regiones";
import { puntajesTecnicosDeConvocatoria } from "@/lib/evaluacion/puntajes";
import { tableroEvaluacion } from "@/lib/evaluacion/tablero";
import { sembrarDemo } from "@/lib/seed/demo";

const PERFILES = Number(process.env.BENCH_EVAL_PERFILES ?? 10_000);
const POR_PERFIL = Number(process.env.BENCH_EVAL_POR_PERFIL ?? 3);
const EVALUADORES = Number(process.env.BENCH_EVAL_EVALUADORES ?? 500);
const RONDAS = Number(process.env.BENCH_EVAL_RONDAS ?? 20);
const CALENTAR = 3;
const LOTE = 2_000;

const log = (t: string) => console.error(`[bench evaluación] ${t}`);
const url = process.env.DATABASE_URL!;
const db = createDb(url);

/** A stable number in [0, 1) from integers (no state: the same data on every run). */
function azar(...xs: number[]): number {
  let h = 0x811c9dc5;
  for (const x of xs) h = Math.imul(h ^ x, 0x01000193) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return (h >>> 0) / 4_294_967_296;
}

async function enLotes<T>(nombre: string, filas: T[], crear: (lote: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < filas.length; i += LOTE) await crear(filas.slice(i, i + LOTE));
  log(`${nombre}: ${filas.length.toLocaleString("es-CL")} filas`);
}

async function sembrar(): Promise<string> {
  const t0 = performance.now();
  const s = await sembrarDemo(db);
  if (!s.sembrado) throw new Error(s.motivo);
  const conv = await db.convocatoria.findFirstOrThrow({ where: { activa: true }, select: { id: true } });
  // In evaluation, with as many evaluations per perfil as the bench writes (the dashboard's "complete").
  await db.convocatoria.update({ where: { id: conv.id }, data: { etapaActual: "SELECCION_CONTRATACION", evaluadoresPorPerfil: POR_PERFIL } });
  const rubrica = await db.rubrica.update({
    where: { convocatoriaId: conv.id },
    data: { topeEvaluador: Math.ceil((PERFILES * POR_PERFIL) / EVALUADORES) + 10 },
    select: { criterios: { orderBy: { orden: "asc" }, select: { id: true, peso: true } } },
  });
  const criterios = rubrica.criterios;
  const desafios = (await db.desafio.findMany({ where: { convocatoriaId: conv.id }, orderBy: { slug: "asc" }, select: { id: true } })).map((d) => d.id);
  const enviada = new Date(Date.now() - 20 * 86_400_000);
  const evaluada = new Date(Date.now() - 2 * 86_400_000);

  // One applicant per desafío slot: (applicant, desafío) is unique.
  const postulantes = Math.ceil(PERFILES / desafios.length);
  await enLotes("postulantes", Array.from({ length: postulantes }, (_, i) => ({ id: `bp-u${i}`, email: `postulante${i}@bench.invalid`, nombre: `Postulante ${i}`, regionCut: REGIONES[i % 16].cut })), (l) =>
    db.user.createMany({ data: l }),
  );
  await enLotes("evaluadores", Array.from({ length: EVALUADORES }, (_, i) => ({ id: `bp-e${i}`, email: `evaluador${i}@bench.invalid`, nombre: `Evaluador ${i}`, regionCut: REGIONES[i % 16].cut })), (l) =>
    db.user.createMany({ data: l }),
  );
  await enLotes("roles", Array.from({ length: EVALUADORES }, (_, i) => ({ userId: `bp-e${i}`, rol: "EVALUADOR" as const })), (l) => db.userRol.createMany({ data: l }));
  await enLotes("capacitaciones", Array.from({ length: EVALUADORES }, (_, i) => ({ convocatoriaId: conv.id, userId: `bp-e${i}`, aprobada: true, intentos: 1, completadaEn: enviada })), (l) =>
    db.capacitacion.createMany({ data: l }),
  );
  await enLotes(
    "perfiles",
    Array.from({ length: PERFILES }, (_, i) => ({
      id: `bp-p${i}`,
      convocatoriaId: conv.id,
      desafioId: desafios[i % desafios.length],
      postulanteId: `bp-u${Math.floor(i / desafios.length)}`,
      estado: "ADMISIBLE" as const,
      admisible: true,
      folio: i + 1,
      nombreProyecto: `Perfil de prueba ${i + 1}`,
      enviadaEn: enviada,
      admisibilidadEn: enviada,
    })),
    (l) => db.postulacion.createMany({ data: l }),
  );
  await enLotes("regiones de perfiles", Array.from({ length: PERFILES }, (_, i) => ({ postulacionId: `bp-p${i}`, regionCut: REGIONES[i % 16].cut })), (l) =>
    db.postulacionRegion.createMany({ data: l }),
  );

  // Evaluator k of perfil i: (i + k·step) mod EVALUADORES, the step varying with i (1–97) and small enough for
  // the POR_PERFIL evaluators of a perfil to be distinct; so co-evaluators mix across perfiles.
  const pasoMaximo = Math.min(97, Math.max(1, Math.floor((EVALUADORES - 1) / Math.max(1, POR_PERFIL - 1))));
  const asignaciones: { id: string; postulacionId: string; evaluadorId: string }[] = [];
  const evaluaciones: { id: string; asignacionId: string; notaFinal: number; confianza: "BAJA" | "MEDIA" | "ALTA"; version: number; enviadaEn: Date }[] = [];
  const puntajes: { evaluacionId: string; criterioId: string; nota: number }[] = [];
  const sesgo = Array.from({ length: EVALUADORES }, (_, e) => Math.round((azar(7, e) - 0.5) * 6) / 10);
  for (let i = 0; i < PERFILES; i++) {
    const paso = 1 + (i % pasoMaximo);
    const base = 2.5 + azar(1, i) * 3.5;
    for (let k = 0; k < POR_PERFIL; k++) {
      const e = (i + k * paso) % EVALUADORES;
      const id = `bp-a${i}-${k}`;
      asignaciones.push({ id, postulacionId: `bp-p${i}`, evaluadorId: `bp-e${e}` });
      let suma = 0;
      for (const [c, cr] of criterios.entries()) {
        const nota = Math.min(7, Math.max(1, Math.round((base + sesgo[e] + (azar(2, i, k, c) - 0.5)) * 10) / 10));
        puntajes.push({ evaluacionId: `bp-v${i}-${k}`, criterioId: cr.id, nota });
        suma += nota * cr.peso;
      }
      evaluaciones.push({ id: `bp-v${i}-${k}`, asignacionId: id, notaFinal: suma / 100, confianza: (["BAJA", "MEDIA", "ALTA"] as const)[Math.floor(azar(3, i, k) * 3)], version: 1, enviadaEn: evaluada });
    }
  }
  await enLotes("asignaciones", asignaciones, (l) => db.asignacionEvaluacion.createMany({ data: l.map((a) => ({ ...a, motivo: "ORDINARIA" as const, createdAt: enviada })) }));
  await enLotes("evaluaciones", evaluaciones, (l) => db.evaluacion.createMany({ data: l }));
  await enLotes("puntajes", puntajes, (l) => db.puntaje.createMany({ data: l }));
  // Fresh statistics, as a database that has been running would have.
  await db.$executeRawUnsafe("ANALYZE");
  log(`base sembrada en ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return conv.id;
}

/** The ranking written by hand: the mean final grade per perfil over submitted, non-recused evaluations. */
const SQL = (marcador: string) => `
  SELECT a."postulacionId" AS "postulacionId", AVG(e."notaFinal") AS "puntaje", COUNT(*) AS "evaluaciones"
  FROM "Evaluacion" e
  JOIN "AsignacionEvaluacion" a ON a."id" = e."asignacionId"
  JOIN "Postulacion" p ON p."id" = a."postulacionId"
  WHERE p."convocatoriaId" = ${marcador} AND a."recusadaEn" IS NULL AND e."enviadaEn" IS NOT NULL
  GROUP BY a."postulacionId"`;

type Fila = { postulacionId: string; puntaje: number; evaluaciones: number | bigint | string };

async function medir(convocatoriaId: string) {
  const pgCliente = isPostgres(url) ? new pg.Client({ connectionString: url }) : null;
  await pgCliente?.connect();
  const lite = pgCliente ? null : new Database(url.replace(/^file:/, ""), { readonly: true });
  const consulta = lite?.prepare(SQL("?"));
  const driver = async (): Promise<Fila[]> => (pgCliente ? (await pgCliente.query<Fila>(SQL("$1"), [convocatoriaId])).rows : (consulta!.all(convocatoriaId) as Fila[]));
  const prismaRaw = () => db.$queryRawUnsafe<Fila[]>(SQL(pgCliente ? "$1" : "?"), convocatoriaId);
  const ranking = () => puntajesTecnicosDeConvocatoria(db, convocatoriaId);
  const tablero = () => tableroEvaluacion({}, db);

  // Same rows, same means: the comparison is fair only if both compute the same thing.
  const [r, d] = [await ranking(), await driver()];
  const diferencia = Math.max(...d.map((f) => Math.abs(r.get(f.postulacionId)!.puntaje - Number(f.puntaje))));
  if (r.size !== d.length || r.size !== PERFILES || !(diferencia < 1e-9)) throw new Error(`El ranking y la consulta a mano no coinciden (${r.size} / ${d.length} perfiles, diferencia ${diferencia}).`);

  const medidas = { ranking: [] as number[], driver: [] as number[], prisma: [] as number[], tablero: [] as number[] };
  const tiempo = async (f: () => Promise<unknown>) => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  const orden = [
    ["ranking", ranking],
    ["driver", driver],
    ["prisma", prismaRaw],
    ["tablero", tablero],
  ] as const;
  for (let i = 0; i < CALENTAR + RONDAS; i++) {
    // Alternated: each one goes first, second, … in turn, so background load hits all alike.
    const ronda = [...orden.slice(i % orden.length), ...orden.slice(0, i % orden.length)];
    for (const [nombre, f] of ronda) {
      const ms = await tiempo(f);
      if (i >= CALENTAR) medidas[nombre].push(ms);
    }
  }
  await pgCliente?.end();
  lite?.close();
  return medidas;
}

try {
  const convocatoriaId = await sembrar();
  const medidas = await medir(convocatoriaId);
  const [evaluaciones, puntajes] = await Promise.all([db.evaluacion.count(), db.puntaje.count()]);
  console.log(JSON.stringify({ perfiles: PERFILES, evaluaciones, puntajes, evaluadores: EVALUADORES, medidas }));
} finally {
  await db.$disconnect();
}
