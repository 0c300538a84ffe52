// The TypeScript half of bench/escala.mjs, run by it through tsx (--conditions=react-server, as the product's
// server modules import "server-only"), after bench/evaluacion-datos.ts has seeded the perfiles and their
// evaluations into the database of DATABASE_URL. It:
//   1. closes the convocatoria's voting window (counts visible), gives every admissible perfil a public slug,
//      and bulk-inserts the voters (User rows: Voto.votanteId is a foreign key) and BENCH_ESCALA_VOTOS votes
//      (1,000,000) with raw SQL through the bare driver: PostgreSQL `INSERT … SELECT … FROM generate_series`,
//      SQLite a recursive CTE, in chunks inside one transaction. Voter v casts BENCH_ESCALA_VOTOS_POR_VOTANTE
//      votes (default: one in every desafío), one per desafío, each for a perfil of that desafío drawn with a
//      long tail (a few perfiles get most votes), so the rules' unique indexes hold. Each step is timed;
//   2. checks that the product's consolidated ranking (lib/seleccion/espacio.ts rankingDeRonda, what
//      /comite/seleccion calls) agrees with one hand-written SQL aggregate (technical mean and vote count per
//      perfil) run through the bare driver and ranked here with the published formulas: every perfil's figures
//      and the top 20 in order, or it throws;
//   3. times, BENCH_ESCALA_RONDAS rounds (15) alternated: that ranking against that aggregate; the public count
//      of one perfil (lib/votacion/queries.ts getVotacionDePerfil, the perfil page) against a bare COUNT(*);
//      and the counts of the whole list (getRanking, /votacion) against a bare GROUP BY.
// Prints one JSON line on stdout (progress on stderr).
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import pg from "pg";
import { createDb, isPostgres } from "@/lib/db/client";
import { faseDeEtapa } from "@/lib/domain/seleccion";
import { rankingDeRonda } from "@/lib/seleccion/espacio";
import { getRanking, getVotacionDePerfil } from "@/lib/votacion/queries";

const VOTOS = Number(process.env.BENCH_ESCALA_VOTOS ?? 1_000_000);
const RONDAS = Number(process.env.BENCH_ESCALA_RONDAS ?? 15);
const CALENTAR = 2;
const VOTANTES_POR_LOTE = 10_000;
const TOP = 20;

const log = (t: string) => console.error(`[bench escala] ${t}`);
const url = process.env.DATABASE_URL!;
const esPg = isPostgres(url);
const db = createDb(url);

// ─── The bare driver ─────────────────────────────────────────────────────────────────────────────────

type Valor = string | number | null;
const pgCliente = esPg ? new pg.Client({ connectionString: url }) : null;
const lite = esPg ? null : new Database(url.replace(/^file:/, ""));
lite?.pragma("busy_timeout = 10000");

/** Runs `sql` with numbered markers ($1, $2…; named @p1, @p2… for better-sqlite3) and returns its rows. */
async function consultar<T>(sql: string, valores: Valor[] = []): Promise<T[]> {
  if (pgCliente) return (await pgCliente.query(sql, valores)).rows as T[];
  const s = lite!.prepare(sql.replace(/\$(\d+)/g, "@p$1"));
  const enlace = valores.length ? [Object.fromEntries(valores.map((v, i) => [`p${i + 1}`, v]))] : [];
  return (s.reader ? s.all(...enlace) : (s.run(...enlace), [])) as T[];
}

async function enTransaccion(f: () => Promise<void>): Promise<void> {
  await consultar("BEGIN");
  try {
    await f();
    await consultar("COMMIT");
  } catch (e) {
    await consultar("ROLLBACK");
    throw e;
  }
}

async function cronometrar<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await f();
  return [(performance.now() - t) / 1000, r];
}

/** A timestamp as each database stores Prisma's DateTime (SQLite: the adapter's ISO text; PostgreSQL: UTC). */
const instante = (d: Date) => (esPg ? d.toISOString().replace("T", " ").replace("Z", "") : d.toISOString().replace("Z", "+00:00"));

// ─── Seeding the vote ────────────────────────────────────────────────────────────────────────────────

type Convocatoria = { id: string; etapaActual: string; pesoTecnico: number; pesoVotacion: number };

async function sembrarVotos() {
  const [conv] = await consultar<Convocatoria>(
    `SELECT "id", "etapaActual", "pesoTecnico", "pesoVotacion" FROM "Convocatoria" WHERE "activa" = TRUE ORDER BY "anio" DESC LIMIT 1`,
  );
  if (!conv) throw new Error("No hay una convocatoria activa: ¿corrió antes bench/evaluacion-datos.ts?");
  // The desafíos in bench/evaluacion-datos.ts's order: perfil bp-p<i> is in desafío i mod D.
  const desafios = (await consultar<{ id: string }>(`SELECT "id" FROM "Desafio" WHERE "convocatoriaId" = $1 ORDER BY "slug"`, [conv.id])).map((d) => d.id);
  const [{ n }] = await consultar<{ n: number | string }>(`SELECT COUNT(*) AS "n" FROM "Postulacion" WHERE "id" LIKE 'bp-p%'`);
  const perfiles = Number(n);
  const D = desafios.length;
  const porVotante = Number(process.env.BENCH_ESCALA_VOTOS_POR_VOTANTE ?? D);
  if (!(porVotante >= 1 && porVotante <= D && Number.isInteger(porVotante))) {
    throw new Error(`BENCH_ESCALA_VOTOS_POR_VOTANTE debe ser un entero entre 1 y ${D} (un voto por desafío); es ${porVotante}.`);
  }
  if (perfiles < D) throw new Error(`Se necesitan al menos ${D} perfiles (hay ${perfiles}).`);
  const votantes = Math.ceil(VOTOS / porVotante);
  const ahora = Date.now();
  const inicio = new Date(ahora - 31 * 86_400_000);
  const fin = new Date(ahora - 86_400_000);
  const tiempos: Record<string, number> = {};

  // A closed window with visible counts, one vote per desafío (the demo's rules); a public slug per perfil.
  [tiempos.preparar] = await cronometrar(async () => {
    await consultar(`UPDATE "Convocatoria" SET "votacionInicio" = $1, "votacionFin" = $2, "votoAmbito" = 'desafio', "votosPorDesafio" = 1, "ocultarConteos" = FALSE WHERE "id" = $3`, [
      instante(inicio),
      instante(fin),
      conv.id,
    ]);
    await consultar(`UPDATE "Postulacion" SET "slugPublico" = 'bench-perfil-' || "folio" WHERE "id" LIKE 'bp-p%'`);
  });

  // Voter v's t-th vote is in desafío k = (v + t) mod D, for the perfil of index j in it (bp-p<k + D·j>):
  // j = ⌊m_k · x²⌋ with x a fixed pseudo-random number in [0, 1) from (v, k), m_k the desafío's perfiles;
  // x² gives the long tail. Its time runs evenly through the window, in voter order.
  const tablaDesafios = desafios.map((_, k) => `(${k}, $${4 + 2 * k}, $${5 + 2 * k})`).join(", ");
  const valoresDesafios = desafios.flatMap((id, k) => [id, Math.floor((perfiles - 1 - k) / D) + 1]);
  const paso = (fin.getTime() - inicio.getTime()) / 1000 / votantes;
  const x = `((s.v * 2654435761 + d.k * 40503 + 12345) % 1000003) / 1000003.0`;
  const indice = esPg ? `floor(d.m * ${x} * ${x})::int` : `CAST(d.m * ${x} * ${x} AS INTEGER)`;
  const filas = esPg ? `generate_series($1::int, $2::int - 1) AS s(v)` : `s`;
  const serie = esPg ? "" : `WITH RECURSIVE s(v) AS (SELECT $1 UNION ALL SELECT v + 1 FROM s WHERE v + 1 < $2) `;
  const desafioDe = esPg
    ? `(VALUES ${desafios.map((_, k) => `(${k}, $${4 + 2 * k}::text, $${5 + 2 * k}::int)`).join(", ")}) AS d(k, id, m)`
    : `(SELECT column1 AS k, column2 AS id, column3 AS m FROM (VALUES ${tablaDesafios})) AS d`;
  const creado = esPg
    ? `$3::timestamp + (s.v * ${paso})::float8 * interval '1 second'`
    : `strftime('%Y-%m-%dT%H:%M:%f+00:00', $3 + s.v * ${paso}, 'unixepoch')`;
  const inicioSql = esPg ? instante(inicio) : inicio.getTime() / 1000;
  const sqlVotantes = `${serie}INSERT INTO "User" ("id", "email", "nombre", "createdAt", "updatedAt")
    SELECT 'bv-u' || s.v, 'votante' || s.v || '@bench.invalid', 'Votante ' || s.v, $3, $3 FROM ${filas}`;
  const sqlVotos = `${serie}INSERT INTO "Voto" ("id", "convocatoriaId", "votanteId", "postulacionId", "ambito", "createdAt")
    SELECT 'bv-' || s.v || '-' || d.k, '${conv.id.replace(/'/g, "''")}', 'bv-u' || s.v, 'bp-p' || (d.k + ${D} * ${indice}), d.id, ${creado}
    FROM ${filas} CROSS JOIN (${Array.from({ length: porVotante }, (_, t) => `SELECT ${t} AS t`).join(" UNION ALL ")}) AS u
    JOIN ${desafioDe} ON d.k = (s.v + u.t) % ${D}
    WHERE s.v * ${porVotante} + u.t < ${VOTOS}`;

  const lotes = Array.from({ length: Math.ceil(votantes / VOTANTES_POR_LOTE) }, (_, i) => [i * VOTANTES_POR_LOTE, Math.min(votantes, (i + 1) * VOTANTES_POR_LOTE)]);
  const cuandoVotantes = instante(inicio);
  [tiempos.votantes] = await cronometrar(() =>
    enTransaccion(async () => {
      for (const [a, b] of lotes) await consultar(sqlVotantes, [a, b, cuandoVotantes]);
    }),
  );
  log(`votantes: ${votantes.toLocaleString("es-CL")} cuentas en ${tiempos.votantes.toFixed(1)} s`);
  [tiempos.votos] = await cronometrar(() =>
    enTransaccion(async () => {
      for (const [i, [a, b]] of lotes.entries()) {
        await consultar(sqlVotos, [a, b, inicioSql, ...valoresDesafios]);
        if (i % 10 === 9) log(`votos: ${Math.min(VOTOS, b * porVotante).toLocaleString("es-CL")}…`);
      }
    }),
  );
  const [{ n: guardados }] = await consultar<{ n: number | string }>(`SELECT COUNT(*) AS "n" FROM "Voto" WHERE "id" LIKE 'bv-%'`);
  if (Number(guardados) !== VOTOS) throw new Error(`Se esperaban ${VOTOS} votos y se guardaron ${guardados}.`);
  log(`votos: ${VOTOS.toLocaleString("es-CL")} en ${tiempos.votos.toFixed(1)} s`);
  // Fresh statistics, as a database that has been running would have.
  [tiempos.analizar] = await cronometrar(() => consultar("ANALYZE"));
  return { conv, perfiles, desafios: D, porVotante, votantes, tiempos };
}

// ─── The baseline and the agreement check ────────────────────────────────────────────────────────────

/** Technical mean, its evaluations and the vote count of every admissible perfil: one statement. */
const SQL_BASE = `
  SELECT p."id" AS "id", p."folio" AS "folio", p."desafioId" AS "desafioId",
         t."puntaje" AS "tecnico", COALESCE(t."evaluaciones", 0) AS "evaluaciones", COALESCE(v."votos", 0) AS "votos"
  FROM "Postulacion" p
  LEFT JOIN (
    SELECT a."postulacionId" AS "pid", AVG(e."notaFinal") AS "puntaje", COUNT(*) AS "evaluaciones"
    FROM "Evaluacion" e
    JOIN "AsignacionEvaluacion" a ON a."id" = e."asignacionId"
    JOIN "Postulacion" q ON q."id" = a."postulacionId"
    WHERE q."convocatoriaId" = $1 AND a."recusadaEn" IS NULL AND e."enviadaEn" IS NOT NULL AND e."notaFinal" IS NOT NULL
    GROUP BY a."postulacionId"
  ) t ON t."pid" = p."id"
  LEFT JOIN (SELECT "postulacionId" AS "pid", COUNT(*) AS "votos" FROM "Voto" WHERE "convocatoriaId" = $1 GROUP BY "postulacionId") v ON v."pid" = p."id"
  WHERE p."convocatoriaId" = $1 AND p."admisible" = TRUE AND p."estado" NOT IN ('BORRADOR', 'RETIRADA', 'INADMISIBLE')`;
const SQL_PERFIL = `SELECT COUNT(*) AS "votos" FROM "Voto" WHERE "postulacionId" = $1`;
const SQL_LISTA = `SELECT "postulacionId" AS "id", COUNT(*) AS "votos" FROM "Voto" WHERE "convocatoriaId" = $1 GROUP BY "postulacionId"`;

type FilaBase = { id: string; folio: number | null; desafioId: string; tecnico: number | null; evaluaciones: number | string; votos: number | string };
type Ordenada = { id: string; folio: number | null; tecnico: number | null; evaluaciones: number; votos: number; consolidado: number | null };

/**
 * The baseline's rows ranked with the published formulas, written here apart from the product's code:
 * popular = 1 + 6 × votes ÷ most votes in the desafío (1 if nobody voted there); preselection weights =
 * the technical and popular ones rescaled to sum 100; no technical score, no consolidated one (ranked last).
 */
function ordenarBase(filas: FilaBase[], conv: Convocatoria): Ordenada[] {
  const base = conv.pesoTecnico + conv.pesoVotacion;
  const [pt, pv] = [(conv.pesoTecnico * 100) / base, (conv.pesoVotacion * 100) / base];
  const maximo = new Map<string, number>();
  for (const f of filas) maximo.set(f.desafioId, Math.max(maximo.get(f.desafioId) ?? 0, Number(f.votos)));
  const salida = filas.map((f) => {
    const votos = Number(f.votos);
    const max = maximo.get(f.desafioId)!;
    const popular = max === 0 ? 1 : 1 + (6 * votos) / max;
    const tecnico = f.tecnico === null ? null : Number(f.tecnico);
    return { id: f.id, folio: f.folio, tecnico, evaluaciones: Number(f.evaluaciones), votos, consolidado: tecnico === null ? null : (tecnico * pt + popular * pv) / (pt + pv) };
  });
  return salida.sort((a, b) => {
    if (a.consolidado !== b.consolidado) return a.consolidado === null ? 1 : b.consolidado === null ? -1 : b.consolidado - a.consolidado;
    return (a.folio ?? Infinity) - (b.folio ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

type Producto = Awaited<ReturnType<typeof rankingDeRonda>>;

/** Throws (Spanish) unless the product's ranking and the baseline agree per perfil and on the top 20. */
function verificarAcuerdo(producto: Producto, base: Ordenada[]) {
  const fallo = (detalle: string) => {
    throw new Error(`El ranking consolidado del producto y la consulta a mano NO coinciden: ${detalle}`);
  };
  if (producto.length !== base.length) fallo(`${producto.length} perfiles en el producto, ${base.length} en la consulta a mano.`);
  const deBase = new Map(base.map((f) => [f.id, f]));
  for (const p of producto) {
    const b = deBase.get(p.postulacionId);
    if (!b) fallo(`el perfil ${p.postulacionId} no está en la consulta a mano.`);
    const tecnicoDistinto = (p.tecnico === null) !== (b!.tecnico === null) || (p.tecnico !== null && Math.abs(p.tecnico - b!.tecnico!) > 1e-9);
    if (tecnicoDistinto || p.votos !== b!.votos || p.evaluaciones !== b!.evaluaciones) {
      fallo(`perfil ${p.postulacionId}: producto técnico ${p.tecnico}, ${p.evaluaciones} evaluaciones, ${p.votos} votos; a mano ${b!.tecnico}, ${b!.evaluaciones}, ${b!.votos}.`);
    }
  }
  for (let i = 0; i < Math.min(TOP, producto.length); i++) {
    const [p, b] = [producto[i], base[i]];
    // Equal ids, or a tie in the consolidated score (a float rounding apart) that the tie rule may order differently.
    const empate = p.consolidado !== null && b.consolidado !== null && Math.abs(p.consolidado - b.consolidado) < 1e-12;
    if (p.postulacionId !== b.id && !empate) fallo(`puesto ${i + 1}: ${p.postulacionId} (${p.consolidado}) en el producto, ${b.id} (${b.consolidado}) a mano.`);
  }
  if (producto[0]?.consolidado === null) fallo("ningún perfil tiene puntaje consolidado.");
}

// ─── Timing ──────────────────────────────────────────────────────────────────────────────────────────

const ordenados = (xs: number[]) => [...xs].sort((a, b) => a - b);
const mediana = (xs: number[]) => ordenados(xs)[xs.length >> 1];

async function medir(conv: Convocatoria) {
  const fase = faseDeEtapa(conv.etapaActual as Parameters<typeof faseDeEtapa>[0]);
  if (!fase) throw new Error(`La etapa ${conv.etapaActual} no tiene ronda de selección.`);
  const ranking = () => rankingDeRonda(conv.id, fase, db);
  const base = async () => ordenarBase(await consultar<FilaBase>(SQL_BASE, [conv.id]), conv);

  const [producto, aMano] = [await ranking(), await base()];
  verificarAcuerdo(producto, aMano);
  log(`el ranking del producto y la consulta a mano coinciden (${producto.length.toLocaleString("es-CL")} perfiles, los ${TOP} primeros en orden)`);

  // The one perfil: the most voted (its COUNT reads the most index entries).
  const masVotado = aMano.reduce((a, b) => (b.votos > a.votos ? b : a));
  const [{ slug }] = await consultar<{ slug: string }>(`SELECT "slugPublico" AS "slug" FROM "Postulacion" WHERE "id" = $1`, [masVotado.id]);
  const perfil = () => getVotacionDePerfil(slug, db);
  const perfilSql = async () => Number((await consultar<{ votos: number | string }>(SQL_PERFIL, [masVotado.id]))[0].votos);
  const lista = () => getRanking(db);
  const listaSql = () => consultar<{ id: string; votos: number | string }>(SQL_LISTA, [conv.id]);
  const [unoProducto, unoSql, todos, todosSql] = [await perfil(), await perfilSql(), await lista(), await listaSql()];
  const totalSql = todosSql.reduce((s, f) => s + Number(f.votos), 0);
  if (unoProducto?.votos !== masVotado.votos || unoSql !== masVotado.votos) {
    throw new Error(`El conteo público del perfil ${slug} no coincide: página ${unoProducto?.votos}, COUNT(*) ${unoSql}, consulta a mano ${masVotado.votos}.`);
  }
  if (todos?.total !== totalSql) throw new Error(`El total de /votacion (${todos?.total}) no coincide con el GROUP BY a mano (${totalSql}).`);

  const medidas: Record<string, number[]> = { ranking: [], base: [], perfil: [], perfilSql: [], lista: [], listaSql: [] };
  const orden: [string, () => Promise<unknown>][] = [
    ["ranking", ranking],
    ["base", base],
    ["perfil", perfil],
    ["perfilSql", perfilSql],
    ["lista", lista],
    ["listaSql", listaSql],
  ];
  for (let i = 0; i < CALENTAR + RONDAS; i++) {
    // Alternated: each one goes first, second, … in turn, so background load hits all alike.
    const ronda = [...orden.slice(i % orden.length), ...orden.slice(0, i % orden.length)];
    for (const [nombre, f] of ronda) {
      const t = performance.now();
      await f();
      if (i >= CALENTAR) medidas[nombre].push(performance.now() - t);
    }
    if (i >= CALENTAR) log(`ronda ${i - CALENTAR + 1}/${RONDAS}: ranking ${medidas.ranking.at(-1)!.toFixed(1)} ms, a mano ${medidas.base.at(-1)!.toFixed(1)} ms`);
  }
  log(`ranking ${mediana(medidas.ranking).toFixed(1)} ms (mediana), a mano ${mediana(medidas.base).toFixed(1)} ms`);
  const top = producto.slice(0, 3).map((f) => `${f.postulacionId} (${f.consolidado!.toFixed(3)}, ${f.votos} votos)`);
  return { medidas, candidatos: producto.length, votosMasVotado: masVotado.votos, top };
}

try {
  await pgCliente?.connect();
  const s = await sembrarVotos();
  const m = await medir(s.conv);
  console.log(
    JSON.stringify({
      perfiles: s.perfiles,
      desafios: s.desafios,
      votos: VOTOS,
      votantes: s.votantes,
      votosPorVotante: s.porVotante,
      siembra: s.tiempos,
      ...m,
    }),
  );
} finally {
  await pgCliente?.end();
  lite?.close();
  await db.$disconnect();
}
