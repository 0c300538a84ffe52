// The TypeScript half of bench/votos.mjs, run by it through tsx (--conditions=react-server, as the
// recount imports "server-only"), on the fresh, migrated database of DATABASE_URL:
//   tsx bench/votos-datos.ts sembrar     the minimal data: one group, an active convocatoria in
//                                        SELECCION_CONTRATACION with the voting window open (one vote per
//                                        desafío), BENCH_VOTOS_DESAFIOS published desafíos (6),
//                                        BENCH_VOTOS_PERFILES admissible perfiles (50) and BENCH_VOTOS_VOTANTES
//                                        verified AFILIADO accounts (3,000), bulk-inserted with createMany;
//   tsx bench/votos-datos.ts verificar   after the run (servers stopped): BENCH_VOTOS_ACUSES names a JSON file
//                                        { total, porPerfil } of the 201 answers; checks the stored votes
//                                        against it, duplicates of (voter, scope), and the recount
//                                        (lib/votacion/recuento.ts recontar) against the published counts.
// Each prints one JSON line on stdout (progress on stderr).
import fs from "node:fs";
import { createDb } from "@/lib/db/client";
import { contarVotos } from "@/lib/votacion/queries";
import { recontar } from "@/lib/votacion/recuento";

const VOTANTES = Number(process.env.BENCH_VOTOS_VOTANTES ?? 3_000);
const DESAFIOS = Number(process.env.BENCH_VOTOS_DESAFIOS ?? 6);
const PERFILES = Number(process.env.BENCH_VOTOS_PERFILES ?? 50);
const LOTE = 1_000;

const log = (t: string) => console.error(`[bench votos] ${t}`);
const db = createDb(process.env.DATABASE_URL!);

/** A valid Chilean RUN (check digit by modulo 11) for body n. */
function run(n: number): string {
  let s = 0;
  let m = 2;
  for (let x = n; x > 0; x = Math.floor(x / 10)) {
    s += (x % 10) * m;
    m = m === 7 ? 2 : m + 1;
  }
  const r = 11 - (s % 11);
  return `${n}-${r === 11 ? "0" : r === 10 ? "K" : String(r)}`;
}

async function enLotes<T>(nombre: string, filas: T[], crear: (lote: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < filas.length; i += LOTE) await crear(filas.slice(i, i + LOTE));
  log(`${nombre}: ${filas.length.toLocaleString("es-CL")} filas`);
}

async function sembrar() {
  const ahora = Date.now();
  const grupo = await db.grupoVulnerable.create({ data: { codigo: "bench", nombre: "Grupo de prueba", ministerio: "Ministerio de prueba", mesaNombre: "Mesa de prueba" } });
  const conv = await db.convocatoria.create({
    data: {
      anio: 2026,
      nombre: "Convocatoria de prueba (bench de votos)",
      presupuestoTotal: 500_000_000,
      montoMinProyecto: 5_000_000,
      montoMaxProyecto: 50_000_000,
      proyectosObjetivo: 20,
      etapaActual: "SELECCION_CONTRATACION",
      votacionInicio: new Date(ahora - 86_400_000),
      votacionFin: new Date(ahora + 7 * 86_400_000),
      votoAmbito: "desafio",
      votosPorDesafio: 1,
    },
    select: { id: true },
  });
  const desafios = Array.from({ length: DESAFIOS }, (_, d) => `bv-d${d}`);
  await enLotes("desafíos", desafios, (l) =>
    db.desafio.createMany({
      data: l.map((id, d) => ({ id, convocatoriaId: conv.id, slug: `desafio-${d + 1}`, titulo: `Desafío ${d + 1}`, resumen: "Resumen", descripcion: "Descripción", grupoVulnerableId: grupo.id, alcance: "NACIONAL" as const, estado: "PUBLICADO" as const, publicadoEn: new Date(ahora - 30 * 86_400_000) })),
    }),
  );
  const enviada = new Date(ahora - 20 * 86_400_000);
  await enLotes("postulantes", Array.from({ length: PERFILES }, (_, i) => ({ id: `bv-u${i}`, email: `postulante${i}@bench.invalid`, nombre: `Postulante ${i}` })), (l) => db.user.createMany({ data: l }));
  const perfiles = Array.from({ length: PERFILES }, (_, i) => ({
    id: `bv-p${i}`,
    convocatoriaId: conv.id,
    desafioId: desafios[i % DESAFIOS],
    postulanteId: `bv-u${i}`,
    estado: "ADMISIBLE" as const,
    admisible: true,
    folio: i + 1,
    nombreProyecto: `Perfil de prueba ${i + 1}`,
    slugPublico: `perfil-de-prueba-${i + 1}`,
    enviadaEn: enviada,
    admisibilidadEn: enviada,
  }));
  await enLotes("perfiles", perfiles, (l) => db.postulacion.createMany({ data: l }));
  const votantes = Array.from({ length: VOTANTES }, (_, i) => ({ id: `bv-v${i}`, email: `votante${i}@bench.invalid`, nombre: `Votante ${i}`, rut: run(20_000_000 + i), rutVerificado: true }));
  await enLotes("votantes", votantes, (l) => db.user.createMany({ data: l }));
  await enLotes("roles", votantes, (l) => db.userRol.createMany({ data: l.map((v) => ({ userId: v.id, rol: "AFILIADO" as const })) }));
  return {
    convocatoriaId: conv.id,
    votantes: votantes.map((v) => ({ id: v.id, nombre: v.nombre })),
    perfilesPorDesafio: desafios.map((d) => perfiles.filter((p) => p.desafioId === d).map((p) => p.id)),
  };
}

async function verificar() {
  const acuses = JSON.parse(fs.readFileSync(process.env.BENCH_VOTOS_ACUSES!, "utf8")) as { total: number; porPerfil: Record<string, number> };
  const conv = await db.convocatoria.findFirstOrThrow({ where: { activa: true }, select: { id: true } });
  const guardados = await db.voto.count({ where: { convocatoriaId: conv.id } });
  // The unique index forbids these; counted anyway, straight from the rows.
  const duplicados = (await db.voto.groupBy({ by: ["votanteId", "ambito"], where: { convocatoriaId: conv.id }, _count: { _all: true } })).filter((g) => g._count._all > 1).length;
  const publicados = await contarVotos(db, conv.id);
  const perfiles = new Set([...publicados.keys(), ...Object.keys(acuses.porPerfil)]);
  const distintosDeAcuses = [...perfiles].filter((p) => (publicados.get(p) ?? 0) !== (acuses.porPerfil[p] ?? 0)).length;
  log("recuento (sella lo pendiente y revisa cada lote)");
  const informe = await recontar(db, conv.id);
  return {
    acusados: acuses.total,
    guardados,
    duplicados,
    distintosDeAcuses,
    recuento: {
      ok: informe.ok,
      iguales: informe.conteos.iguales,
      totalCrudos: informe.conteos.totalCrudos,
      totalPublicados: informe.conteos.totalPublicados,
      lotes: informe.lotes.revisados,
      lotesCorrectos: informe.lotes.correctos,
      votosSellados: informe.lotes.votosSellados,
      selladosAhora: informe.selladosAhora,
      problemas: informe.lotes.problemas.length,
    },
  };
}

const modo = process.argv[2];
try {
  const r = modo === "sembrar" ? await sembrar() : modo === "verificar" ? await verificar() : null;
  if (!r) throw new Error(`modo desconocido: ${modo} (sembrar | verificar)`);
  console.log(JSON.stringify(r));
} finally {
  await db.$disconnect();
}
