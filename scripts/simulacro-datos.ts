// The TypeScript half of scripts/simulacro-caida.mjs (the crash drill), run by it through tsx
// (--conditions=react-server, as the recount imports "server-only"), on the database of DATABASE_URL:
//   tsx scripts/simulacro-datos.ts sembrar     after bench/votos-datos.ts sembrar (the convocatoria, its
//                                              desafíos, admissible perfiles and verified voters), adds what
//                                              the other writes need: the CONVOCATORIA etapa in the calendar
//                                              (open until next week), the default rubric, SIMULACRO_POSTULANTES
//                                              applicants (12) with one draft perfil each, SIMULACRO_EVALUADORES
//                                              evaluators (6) who passed the capacitación with two assignments
//                                              each; and leaves the convocatoria in CONVOCATORIA (autosaves);
//   tsx scripts/simulacro-datos.ts verificar   with the server stopped: SIMULACRO_ACUSES names the JSON file
//                                              of what the clients saw acknowledged; checks each write is in
//                                              the database, no vote is doubled, the recount agrees and the
//                                              audit chain verifies (lib/audit/log.ts verifyAuditChain).
// Each prints one JSON line on stdout (progress on stderr).
import fs from "node:fs";
import { verifyAuditChain } from "@/lib/audit/log";
import { createDb } from "@/lib/db/client";
import { CRITERIOS_POR_DEFECTO } from "@/lib/domain/rubrica";
import { recontar } from "@/lib/votacion/recuento";

const POSTULANTES = Number(process.env.SIMULACRO_POSTULANTES ?? 12);
const EVALUADORES = Number(process.env.SIMULACRO_EVALUADORES ?? 6);
const ASIGNACIONES_POR_EVALUADOR = 2;
const DIA = 86_400_000;

const log = (t: string) => console.error(`[simulacro] ${t}`);
const db = createDb(process.env.DATABASE_URL!);

async function sembrar() {
  const ahora = Date.now();
  const conv = await db.convocatoria.findFirstOrThrow({ where: { activa: true }, select: { id: true } });
  // The autosave checks the perfil deadline: the planned end of the CONVOCATORIA etapa (lib/postulaciones/plazo.ts).
  await db.etapaCalendario.create({ data: { convocatoriaId: conv.id, etapa: "CONVOCATORIA", inicio: new Date(ahora - 30 * DIA), fin: new Date(ahora + 7 * DIA) } });
  const rubrica = await db.rubrica.create({
    data: {
      convocatoriaId: conv.id,
      nombre: "Rúbrica de evaluación técnica",
      criterios: { create: CRITERIOS_POR_DEFECTO.map((c, orden) => ({ ...c, ejemplos: JSON.stringify(c.ejemplos), orden })) },
    },
    select: { criterios: { orderBy: { orden: "asc" }, select: { clave: true } } },
  });
  const desafios = (await db.desafio.findMany({ where: { convocatoriaId: conv.id }, orderBy: { slug: "asc" }, select: { id: true } })).map((d) => d.id);
  const admisibles = (await db.postulacion.findMany({ where: { convocatoriaId: conv.id, estado: "ADMISIBLE" }, orderBy: { folio: "asc" }, select: { id: true } })).map((p) => p.id);

  const postulantes = Array.from({ length: POSTULANTES }, (_, i) => ({ id: `sc-u${i}`, email: `postulante-simulacro${i}@simulacro.invalid`, nombre: `Postulante ${i} (simulacro)`, perfilId: `sc-p${i}` }));
  await db.user.createMany({ data: postulantes.map(({ perfilId: _, ...u }) => u) });
  await db.userRol.createMany({ data: postulantes.map((u) => ({ userId: u.id, rol: "POSTULANTE" as const })) });
  await db.postulacion.createMany({
    data: postulantes.map((u, i) => ({ id: u.perfilId, convocatoriaId: conv.id, desafioId: desafios[i % desafios.length], postulanteId: u.id, estado: "BORRADOR" as const, nombreProyecto: `Borrador ${i + 1}` })),
  });

  const evaluadores = Array.from({ length: EVALUADORES }, (_, i) => ({
    id: `sc-e${i}`,
    email: `evaluador-simulacro${i}@simulacro.invalid`,
    nombre: `Evaluador ${i} (simulacro)`,
    postulaciones: Array.from({ length: ASIGNACIONES_POR_EVALUADOR }, (_, k) => admisibles[(i * ASIGNACIONES_POR_EVALUADOR + k) % admisibles.length]),
  }));
  await db.user.createMany({ data: evaluadores.map(({ postulaciones: _, ...u }) => u) });
  await db.userRol.createMany({ data: evaluadores.map((u) => ({ userId: u.id, rol: "EVALUADOR" as const })) });
  await db.capacitacion.createMany({ data: evaluadores.map((u) => ({ convocatoriaId: conv.id, userId: u.id, aprobada: true, intentos: 1, completadaEn: new Date(ahora - DIA) })) });
  await db.asignacionEvaluacion.createMany({ data: evaluadores.flatMap((u) => u.postulaciones.map((postulacionId) => ({ postulacionId, evaluadorId: u.id, motivo: "ORDINARIA" as const }))) });

  // First phase of the drill: applications open (the votes and evaluations come in SELECCION_CONTRATACION).
  await db.convocatoria.update({ where: { id: conv.id }, data: { etapaActual: "CONVOCATORIA" } });
  log(`${POSTULANTES} borradores, ${EVALUADORES} evaluadores con ${EVALUADORES * ASIGNACIONES_POR_EVALUADOR} asignaciones, ${rubrica.criterios.length} criterios`);
  return {
    postulantes: postulantes.map(({ id, nombre, perfilId }) => ({ id, nombre, perfilId })),
    evaluadores: evaluadores.map(({ id, nombre, postulaciones }) => ({ id, nombre, postulaciones })),
    criterios: rubrica.criterios.map((c) => c.clave),
  };
}

// ─── Verification ────────────────────────────────────────────────────────────────────────────────────

type Notas = Record<string, number>;
type EnvioPerfil = { version: number; texto: string };
type EnvioEvaluacion = { version: number; comentario: string; notas: Notas };
type Acuses = {
  votos: { acusados: { id: string; votanteId: string; postulacionId: string }[]; yaGuardados: { votanteId: string; postulacionId: string }[] };
  /** By perfil id: every save sent (its resulting version and text) and those acknowledged. */
  autoguardados: Record<string, { enviados: EnvioPerfil[]; acusados: EnvioPerfil[] }>;
  /** By "evaluadorId postulacionId". */
  evaluaciones: Record<string, { evaluadorId: string; postulacionId: string; enviados: EnvioEvaluacion[]; acusados: EnvioEvaluacion[] }>;
};

/**
 * Acknowledged saves of one draft against the stored row: each one is found when the stored version is at
 * least its own; the stored row must hold exactly the save that produced its version (the acknowledged one
 * when it is the newest acknowledged, else one that was sent and whose answer the crash cut off).
 */
function compararBorrador<E extends { version: number }>(acusados: E[], enviados: E[], guardado: { version: number } | null, igual: (e: E) => boolean) {
  const version = guardado?.version ?? 0;
  const encontrados = acusados.filter((a) => a.version <= version).length;
  const ultimo = acusados.reduce((m, a) => Math.max(m, a.version), 0);
  const coherente = !guardado || version === 0 || (version === ultimo ? acusados.some((a) => a.version === version && igual(a)) : enviados.some((e) => e.version === version && igual(e)));
  return { encontrados, coherente, masNuevoQueElAcuse: version > ultimo };
}

async function verificar() {
  const acuses = JSON.parse(fs.readFileSync(process.env.SIMULACRO_ACUSES!, "utf8")) as Acuses;
  const conv = await db.convocatoria.findFirstOrThrow({ where: { activa: true }, select: { id: true } });

  // Votes: every acknowledged id, with its voter and perfil; every vote refused after the restart as
  // "already cast" (its first answer was cut by the crash) is there once.
  const ids = acuses.votos.acusados.map((v) => v.id);
  const filas = new Map<string, { votanteId: string; postulacionId: string }>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const f of await db.voto.findMany({ where: { id: { in: ids.slice(i, i + 500) } }, select: { id: true, votanteId: true, postulacionId: true } })) filas.set(f.id, f);
  }
  const votosEncontrados = acuses.votos.acusados.filter((v) => filas.get(v.id)?.votanteId === v.votanteId && filas.get(v.id)?.postulacionId === v.postulacionId).length;
  let yaGuardadosEncontrados = 0;
  for (const p of acuses.votos.yaGuardados) {
    if ((await db.voto.count({ where: { votanteId: p.votanteId, postulacionId: p.postulacionId } })) === 1) yaGuardadosEncontrados++;
  }
  const guardados = await db.voto.count({ where: { convocatoriaId: conv.id } });
  // The unique indexes forbid these; counted anyway, straight from the rows.
  const duplicadosAmbito = (await db.voto.groupBy({ by: ["votanteId", "ambito"], where: { convocatoriaId: conv.id }, _count: { _all: true } })).filter((g) => g._count._all > 1).length;
  const duplicadosPerfil = (await db.voto.groupBy({ by: ["votanteId", "postulacionId"], where: { convocatoriaId: conv.id }, _count: { _all: true } })).filter((g) => g._count._all > 1).length;

  // Perfil autosaves.
  const perfiles = await db.postulacion.findMany({ where: { id: { in: Object.keys(acuses.autoguardados) } }, select: { id: true, borradorVersion: true, problema: true } });
  const perfilPorId = new Map(perfiles.map((p) => [p.id, p]));
  const autoguardados = { acusados: 0, encontrados: 0, incoherentes: 0, masNuevos: 0 };
  for (const [id, a] of Object.entries(acuses.autoguardados)) {
    const fila = perfilPorId.get(id);
    const r = compararBorrador(a.acusados, a.enviados, fila ? { version: fila.borradorVersion } : null, (e) => e.texto === fila?.problema);
    autoguardados.acusados += a.acusados.length;
    autoguardados.encontrados += r.encontrados;
    if (!r.coherente) autoguardados.incoherentes++;
    if (r.masNuevoQueElAcuse) autoguardados.masNuevos++;
  }

  // Evaluation drafts: the version, the general comment and every criterion's grade.
  const evaluaciones = { acusados: 0, encontrados: 0, incoherentes: 0, masNuevos: 0, puntajes: 0 };
  for (const a of Object.values(acuses.evaluaciones)) {
    const asignacion = await db.asignacionEvaluacion.findUnique({
      where: { postulacionId_evaluadorId: { postulacionId: a.postulacionId, evaluadorId: a.evaluadorId } },
      select: { evaluacion: { select: { version: true, comentario: true, puntajes: { select: { nota: true, criterio: { select: { clave: true } } } } } } },
    });
    const e = asignacion?.evaluacion ?? null;
    const notas = new Map(e?.puntajes.map((p) => [p.criterio.clave, p.nota]) ?? []);
    const igual = (x: EnvioEvaluacion) => x.comentario === e?.comentario && Object.entries(x.notas).every(([k, n]) => notas.get(k) === n);
    const r = compararBorrador(a.acusados, a.enviados, e, igual);
    evaluaciones.acusados += a.acusados.length;
    evaluaciones.encontrados += r.encontrados;
    evaluaciones.puntajes += notas.size;
    if (!r.coherente) evaluaciones.incoherentes++;
    if (r.masNuevoQueElAcuse) evaluaciones.masNuevos++;
  }

  // The audit chain as the crash left it, then the recount (which seals the pending votes into the same
  // chain and checks every sealed batch), then the chain again.
  const cadenaAntes = await verifyAuditChain(db);
  log("recuento (sella lo pendiente y revisa cada lote)");
  const informe = await recontar(db, conv.id);
  const cadenaDespues = await verifyAuditChain(db);
  const cadena = (c: typeof cadenaAntes) => ({ ok: c.ok, estado: c.estado, total: c.total, motivo: c.ok ? null : c.motivo });

  return {
    votos: { acusados: ids.length, encontrados: votosEncontrados, yaGuardados: acuses.votos.yaGuardados.length, yaGuardadosEncontrados, guardados, duplicadosAmbito, duplicadosPerfil },
    autoguardados: { ...autoguardados, perfiles: perfiles.length },
    evaluaciones: { ...evaluaciones, asignaciones: Object.keys(acuses.evaluaciones).length },
    recuento: {
      ok: informe.ok,
      iguales: informe.conteos.iguales,
      totalCrudos: informe.conteos.totalCrudos,
      totalPublicados: informe.conteos.totalPublicados,
      lotes: informe.lotes.revisados,
      lotesCorrectos: informe.lotes.correctos,
      selladosAhora: informe.selladosAhora,
    },
    cadenaAntes: cadena(cadenaAntes),
    cadenaDespues: cadena(cadenaDespues),
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
