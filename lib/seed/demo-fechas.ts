// The demo's dates. The actions write "now" (a perfil sent, a taller created); the demo then places its
// synthetic rows in the convocatoria's calendar, so that a perfil was sent during the Convocatoria, its
// admissibility decided after the close, a taller held on its day. Every run recomputes them from the
// timeline, so they stay consistent. Only dates move: contents, folios and fingerprints stay. The audit
// log keeps the real time of each action, and one entry records this step.
import { appendAudit } from "@/lib/audit/log";
import type { Db, Tx } from "@/lib/db/client";
import { ETAPAS, indiceEtapa, type Etapa } from "@/lib/domain/etapas";
import { instanteEnSantiago } from "@/lib/domain/formato";
import { EVALUADORA_DEMO, EVALUADORES_DEMO, estadosPlaneados, momentoCalibracion, momentoEvaluacion } from "./datos-evaluacion";
import { esCorreoSintetico, type DatosSinteticos, type PerfilSintetico } from "./datos-sinteticos";
import { inicioTaller } from "./demo-talleres";
import { enJornada, enVentana, sumarDias, type LineaDeTiempo } from "./linea-de-tiempo";

const DIA = 86_400_000;
const OPCIONES_TX = { timeout: 120_000, maxWait: 15_000 };

const masTarde = (...fechas: (Date | null)[]) => new Date(Math.max(...fechas.filter((f): f is Date => !!f).map((f) => f.getTime())));
const masTemprano = (...fechas: Date[]) => new Date(Math.min(...fechas.map((f) => f.getTime())));

async function guardarCalendario(tx: Tx, convocatoriaId: string, linea: LineaDeTiempo): Promise<void> {
  for (const e of ETAPAS) {
    await tx.etapaCalendario.upsert({
      where: { convocatoriaId_etapa: { convocatoriaId, etapa: e } },
      create: { convocatoriaId, etapa: e, ...linea.fechas[e] },
      update: linea.fechas[e],
    });
  }
}

/** Writes the planned and actual dates of the six etapas (planned as the admin's form would store them). */
export async function escribirCalendario(db: Db, convocatoriaId: string, linea: LineaDeTiempo, etapaActual: Etapa, motivo: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await guardarCalendario(tx, convocatoriaId, linea);
    await appendAudit(tx, {
      actorId: null,
      accion: "sistema.demoCalendario",
      entidad: "Convocatoria",
      entidadId: convocatoriaId,
      etapa: etapaActual,
      datos: { motivo, calendario: linea.calendario },
    });
  }, OPCIONES_TX);
}

/** When a synthetic perfil was started, sent and decided, in the timeline. */
export function fechasPerfil(linea: LineaDeTiempo, p: PerfilSintetico) {
  const envios = linea.envios!;
  if (p.estado === "BORRADOR") {
    const creado = enVentana(envios, p.envio * 0.8);
    return { creado, enviado: null, decidido: null, retirado: null, tocado: enVentana({ desde: creado, hasta: envios.hasta }, 0.5) };
  }
  const enviado = enVentana(envios, p.envio);
  const antes = new Date(enviado.getTime() - p.diasBorrador * DIA);
  // Started some days before sending; if that falls before the opening, some time after it.
  const creado = antes > envios.desde ? antes : enVentana({ desde: envios.desde, hasta: enviado }, 0.3);
  const decidido = linea.revision && p.decision ? enJornada(linea.revision, p.decision.momento) : null;
  const retirado = p.estado === "RETIRADA" ? enVentana({ desde: enviado, hasta: envios.hasta }, 0.3) : null;
  return { creado, enviado, decidido, retirado, tocado: masTarde(enviado, decidido, retirado) };
}

export type ResultadoFechas = { perfiles: number; talleres: number; evaluaciones: number };

/** Places every synthetic row in the timeline and writes its calendar, in one transaction. */
export async function ubicarEnElCalendario(
  db: Db,
  convocatoriaId: string,
  linea: LineaDeTiempo,
  datos: DatosSinteticos,
  etapaActual: Etapa,
  ahora: Date,
): Promise<ResultadoFechas> {
  return db.$transaction(async (tx) => {
    await guardarCalendario(tx, convocatoriaId, linea);
    const r: ResultadoFechas = { perfiles: 0, talleres: 0, evaluaciones: 0 };

    if (linea.envios) {
      const plan = new Map(datos.perfiles.map((p) => [`${p.email} ${p.desafio}`, p]));
      const filas = await tx.postulacion.findMany({
        where: { convocatoriaId },
        select: { id: true, estado: true, postulante: { select: { email: true } }, desafio: { select: { slug: true } }, adjuntos: { select: { id: true }, orderBy: { createdAt: "asc" } } },
      });
      const altaDe = new Map<string, Date>();
      const reclamoDe = new Map<string, Date>();
      for (const f of filas) {
        const p = plan.get(`${f.postulante.email} ${f.desafio.slug}`);
        if (!p) continue;
        const d = fechasPerfil(linea, p);
        await tx.postulacion.update({
          where: { id: f.id },
          data: {
            createdAt: d.creado,
            updatedAt: d.tocado,
            ...(d.enviado && f.estado !== "BORRADOR" ? { enviadaEn: d.enviado } : {}),
            ...(d.decidido && (f.estado === "ADMISIBLE" || f.estado === "INADMISIBLE") ? { admisibilidadEn: d.decidido } : {}),
          },
        });
        // Documents were uploaded while the draft was open.
        const hasta = d.enviado ?? d.tocado;
        for (const [i, a] of f.adjuntos.entries()) {
          await tx.adjunto.update({ where: { id: a.id }, data: { createdAt: enVentana({ desde: d.creado, hasta }, (i + 1) / (f.adjuntos.length + 1)) } });
        }
        altaDe.set(p.email, masTemprano(altaDe.get(p.email) ?? d.creado, d.creado));
        if (d.enviado) reclamoDe.set(p.organizacionRut, masTemprano(reclamoDe.get(p.organizacionRut) ?? d.enviado, d.enviado));
        r.perfiles++;
      }
      // An organisation is claimed when its first perfil is sent; an account opens before its first draft.
      for (const [rut, cuando] of reclamoDe) {
        const org = await tx.organizacion.findUnique({ where: { rut }, select: { id: true, creadaPorId: true } });
        if (!org) continue;
        await tx.organizacion.update({ where: { id: org.id }, data: { createdAt: cuando } });
        await tx.miembroOrganizacion.updateMany({ where: { organizacionId: org.id, userId: org.creadaPorId }, data: { createdAt: cuando, resueltoEn: cuando } });
      }
      for (const [email, cuando] of altaDe) {
        if (!esCorreoSintetico(email)) continue; // the seeded demo accounts keep their own dates
        await tx.user.update({ where: { email }, data: { createdAt: masTarde(linea.fechas.DESARROLLO_CONCURSO.inicio, new Date(cuando.getTime() - 2 * DIA)) } });
      }

      // Talleres: announced a few days before the Convocatoria opens, registrations in the order they
      // came (the waitlist keeps its order), attendance taken after each one.
      const anuncio = instanteEnSantiago(sumarDias(linea.apertura, -5), "12:00:00");
      for (const t of datos.talleres) {
        const evento = await tx.evento.findFirst({ where: { convocatoriaId, titulo: t.titulo }, select: { id: true } });
        if (!evento) continue;
        const inicio = inicioTaller(linea, t);
        await tx.evento.update({ where: { id: evento.id }, data: { inicio, createdAt: anuncio } });
        const inscripciones = await tx.inscripcion.findMany({
          where: { eventoId: evento.id },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, asistencia: { select: { id: true } } },
        });
        const ultimaInscripcion = masTemprano(new Date(inicio.getTime() - DIA / 2), ahora);
        for (const [i, ins] of inscripciones.entries()) {
          await tx.inscripcion.update({ where: { id: ins.id }, data: { createdAt: enVentana({ desde: anuncio, hasta: ultimaInscripcion }, (i + 1) / (inscripciones.length + 1)) } });
          if (ins.asistencia) {
            await tx.asistencia.update({ where: { id: ins.asistencia.id }, data: { marcadaEn: masTemprano(new Date(inicio.getTime() + 2 * 3_600_000), ahora) } });
          }
        }
        r.talleres++;
      }
    }

    if (indiceEtapa(linea.etapa) >= indiceEtapa("SELECCION_CONTRATACION")) r.evaluaciones = await fecharEvaluacion(tx, convocatoriaId, linea, ahora);

    await appendAudit(tx, {
      actorId: null,
      accion: "sistema.demoFechas",
      entidad: "Convocatoria",
      entidadId: convocatoriaId,
      etapa: etapaActual,
      datos: { etapa: linea.etapa, calendario: linea.calendario, perfiles: r.perfiles, talleres: r.talleres, evaluaciones: r.evaluaciones },
    });
    return r;
  }, OPCIONES_TX);
}

/**
 * The evaluación técnica (lib/seed/demo-evaluacion.ts) in the timeline: the evaluators calibrated while
 * admissibility was being decided (the one who has not passed tried after Selección started), the lead
 * assigned right after the advance to Selección, and evaluations were submitted over the days since (drafts
 * last saved recently). Only rows as the demo planned them move: a visitor's own work keeps its dates, and
 * so do the evaluations finished before the committee met (lib/seed/demo-seleccion.ts), at their real time.
 */
async function fecharEvaluacion(tx: Tx, convocatoriaId: string, linea: LineaDeTiempo, ahora: Date): Promise<number> {
  const inicio = linea.fechas.SELECCION_CONTRATACION.inicioReal!;
  const correos = [EVALUADORA_DEMO, ...EVALUADORES_DEMO.map((e) => e.email)];

  const capacitaciones = await tx.capacitacion.findMany({
    where: { convocatoriaId, user: { email: { in: correos } } },
    select: { id: true, aprobada: true, resultado: true, user: { select: { email: true } } },
  });
  for (const c of capacitaciones) {
    const f = momentoCalibracion(c.user.email);
    const cuando = c.aprobada ? enJornada(linea.revision!, f) : masTemprano(new Date(inicio.getTime() + (1 + 3 * f) * DIA), new Date(ahora.getTime() - 3 * 3_600_000));
    const resultado = c.resultado ? JSON.stringify({ ...JSON.parse(c.resultado), en: cuando.toISOString() }) : null;
    await tx.capacitacion.update({ where: { id: c.id }, data: { completadaEn: c.aprobada ? cuando : null, resultado } });
  }

  const asignaciones = await tx.asignacionEvaluacion.findMany({
    where: { recusadaEn: null, motivo: "ORDINARIA", postulacion: { convocatoriaId, folio: { not: null } }, evaluador: { email: { in: correos } } },
    select: { id: true, postulacion: { select: { folio: true } }, evaluador: { select: { email: true } }, evaluacion: { select: { id: true, enviadaEn: true } } },
  });
  const estados = estadosPlaneados(asignaciones.map((a) => ({ folio: a.postulacion.folio!, email: a.evaluador.email })));
  const asignadas = new Date(inicio.getTime() + 20 * 60_000);
  const ventana = { desde: new Date(inicio.getTime() + DIA), hasta: new Date(ahora.getTime() - 2 * 3_600_000) };
  let n = 0;
  for (const a of asignaciones) {
    await tx.asignacionEvaluacion.update({ where: { id: a.id }, data: { createdAt: asignadas } });
    const e = a.evaluacion;
    const plan = estados.get(`${a.postulacion.folio} ${a.evaluador.email}`);
    // Submitted as planned, or a draft where the plan has one (the lenient evaluator may be left one more):
    // anything else is a visitor's.
    if (!e || plan === undefined || plan === "PENDIENTE" || (e.enviadaEn !== null && plan !== "ENVIADA")) continue;
    const cuando = enVentana(ventana, momentoEvaluacion(a.postulacion.folio!, a.evaluador.email, e.enviadaEn === null));
    await tx.evaluacion.update({ where: { id: e.id }, data: { updatedAt: cuando, ...(e.enviadaEn ? { enviadaEn: cuando } : {}) } });
    n++;
  }
  return n;
}
