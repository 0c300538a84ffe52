// Reads of the regional demo day (issue 13, item 5). The juror's (/jurado): the demo days they sit on in the
// active convocatoria, each one's pitches with the perfil summary and the juror's own grade, one pitch to
// grade; another event, or a perfil that is not a pitch of it, answers null (404), exactly like one that
// does not exist (lib/incubacion/alcance.ts whereDemoDays, VISTAS.jurado). The staff's
// (/seguimiento/incubacion/demo-day): every demo day with its jury by helix (missing helices warned) and each
// pitch's number of grades and their mean, the demo-day score the final ranking uses.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { avisoHelices, equilibrioJurado, type ClaveCriterioDemoDay, type HeliceJurado } from "@/lib/domain/demo-day";
import type { Etapa } from "@/lib/domain/etapas";
import { nombreRegion } from "@/lib/domain/regiones";
import { whereDemoDays } from "@/lib/incubacion/alcance";
import { pitchDeRegion, pitchesDeRegion, type Pitch } from "./pitches";

const seleccionEvento = { id: true, titulo: true, descripcion: true, regionCut: true, inicio: true, lugar: true, enlace: true } as const;

export type EventoDemoDay = {
  id: string;
  titulo: string;
  descripcion: string;
  regionCut: string | null;
  regionNombre: string | null;
  inicio: Date;
  lugar: string | null;
  enlace: string | null;
};

const aEvento = (e: { id: string; titulo: string; descripcion: string; regionCut: string | null; inicio: Date; lugar: string | null; enlace: string | null }): EventoDemoDay => ({
  ...e,
  regionNombre: e.regionCut ? nombreRegion(e.regionCut) : null,
});

/** A juror's grade of a pitch as stored: the weighted grade and the grade of each criterion. */
export type CalificacionPropia = { nota: number; notas: Partial<Record<ClaveCriterioDemoDay, number>>; comentario: string; actualizadaEn: Date };

function leerNotas(json: string): Partial<Record<ClaveCriterioDemoDay, number>> {
  try {
    const v: unknown = JSON.parse(json);
    if (!v || typeof v !== "object" || Array.isArray(v)) return {};
    return Object.fromEntries(Object.entries(v).filter(([, n]) => typeof n === "number")) as Partial<Record<ClaveCriterioDemoDay, number>>;
  } catch {
    return {};
  }
}

export type PitchDelJurado = Pitch & { calificacion: CalificacionPropia | null; conflicto: boolean };

export type DemoDayDelJurado = { evento: EventoDemoDay; helice: HeliceJurado; etapaActual: Etapa; pitches: PitchDelJurado[] };

const convocatoriaActiva = (client: Db) => leerConvocatoriaActiva(client, { id: true, nombre: true, etapaActual: true });

/** Where the caller sits as a juror (their own row in the jury), within the scope of VISTAS.jurado. */
const whereDelJurado = (user: SessionUser, convocatoriaId: string) => ({
  convocatoriaId,
  AND: [whereDemoDays(user, "jurado"), { jurados: { some: { juradoId: user.id } } }],
});

async function conCalificaciones(client: Db, user: SessionUser, eventoId: string, pitches: Pitch[]): Promise<PitchDelJurado[]> {
  const ids = pitches.map((p) => p.id);
  const [puntajes, conflictos] = await Promise.all([
    client.puntajeDemoDay.findMany({ where: { juradoId: user.id, postulacionId: { in: ids } }, select: { postulacionId: true, nota: true, notas: true, comentario: true, updatedAt: true } }),
    client.conflictoJurado.findMany({ where: { juradoId: user.id, postulacionId: { in: ids } }, select: { postulacionId: true, eventoId: true } }),
  ]);
  const puntajeDe = new Map(puntajes.map((p) => [p.postulacionId, p]));
  const conConflicto = new Set(conflictos.map((c) => c.postulacionId));
  return pitches.map((p) => {
    const c = puntajeDe.get(p.id);
    return {
      ...p,
      calificacion: c ? { nota: c.nota, notas: leerNotas(c.notas), comentario: c.comentario, actualizadaEn: c.updatedAt } : null,
      conflicto: conConflicto.has(p.id),
    };
  });
}

export type ResumenDemoDayJurado = { evento: EventoDemoDay; helice: HeliceJurado; pitches: number; calificados: number; conflictos: number };

/** The demo days the caller sits on in the active convocatoria, soonest first, with their progress. */
export async function misDemoDays(user: SessionUser, client: Db = dbPorDefecto): Promise<{ convocatoria: { id: string; nombre: string; etapaActual: Etapa } | null; demoDays: ResumenDemoDayJurado[] }> {
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria) return { convocatoria, demoDays: [] };
  const eventos = await client.evento.findMany({
    where: whereDelJurado(user, convocatoria.id),
    select: { ...seleccionEvento, jurados: { where: { juradoId: user.id }, select: { helice: true } } },
    orderBy: [{ inicio: "asc" }, { id: "asc" }],
  });
  const demoDays: ResumenDemoDayJurado[] = [];
  for (const e of eventos) {
    const pitches = await conCalificaciones(client, user, e.id, await pitchesDeRegion(client, convocatoria.id, e.regionCut));
    demoDays.push({
      evento: aEvento(e),
      helice: e.jurados[0].helice,
      pitches: pitches.length,
      calificados: pitches.filter((p) => p.calificacion && !p.conflicto).length,
      conflictos: pitches.filter((p) => p.conflicto).length,
    });
  }
  return { convocatoria, demoDays };
}

/** One demo day of the caller with its pitches and their own grades; null when they do not sit on it. */
export async function demoDayDelJurado(eventoId: string, user: SessionUser, client: Db = dbPorDefecto): Promise<DemoDayDelJurado | null> {
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria) return null;
  const e = await client.evento.findFirst({
    where: { id: eventoId, ...whereDelJurado(user, convocatoria.id) },
    select: { ...seleccionEvento, jurados: { where: { juradoId: user.id }, select: { helice: true } } },
  });
  if (!e) return null;
  const pitches = await conCalificaciones(client, user, e.id, await pitchesDeRegion(client, convocatoria.id, e.regionCut));
  return { evento: aEvento(e), helice: e.jurados[0].helice, etapaActual: convocatoria.etapaActual, pitches };
}

export type PitchParaCalificar = { evento: EventoDemoDay; helice: HeliceJurado; etapaActual: Etapa; pitch: PitchDelJurado };

/** One pitch of one of the caller's demo days, with their own grade; null when either is not theirs. */
export async function pitchParaCalificar(eventoId: string, postulacionId: string, user: SessionUser, client: Db = dbPorDefecto): Promise<PitchParaCalificar | null> {
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria) return null;
  const e = await client.evento.findFirst({
    where: { id: eventoId, ...whereDelJurado(user, convocatoria.id) },
    select: { ...seleccionEvento, jurados: { where: { juradoId: user.id }, select: { helice: true } } },
  });
  if (!e) return null;
  const pitch = await pitchDeRegion(client, convocatoria.id, e.regionCut, postulacionId);
  if (!pitch) return null;
  const [conNotas] = await conCalificaciones(client, user, e.id, [pitch]);
  return { evento: aEvento(e), helice: e.jurados[0].helice, etapaActual: convocatoria.etapaActual, pitch: conNotas };
}

export type JuradoEnResumen = { id: string; nombre: string; email: string; helice: HeliceJurado };
export type PitchEnResumen = Pitch & { calificaciones: number; promedio: number | null; conflictos: number };
export type DemoDayEnResumen = {
  evento: EventoDemoDay;
  jurados: JuradoEnResumen[];
  helicesFaltantes: HeliceJurado[];
  /** «Faltan las hélices …», or null with the four helices on the jury. */
  avisoHelices: string | null;
  pitches: PitchEnResumen[];
};

/**
 * The staff overview (VISTAS.incubacion): every demo day of the active convocatoria, soonest first, with its
 * jury and its pitches. A pitch's mean is the mean of every juror's grade of it: the demo-day score of the
 * final ranking (lib/seleccion/ranking.ts). Null for a caller without the view's scope.
 */
export async function resumenDemoDays(user: SessionUser, client: Db = dbPorDefecto): Promise<{ convocatoria: { id: string; nombre: string; etapaActual: Etapa }; demoDays: DemoDayEnResumen[] } | null> {
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria) return null;
  const eventos = await client.evento.findMany({
    where: { convocatoriaId: convocatoria.id, AND: [whereDemoDays(user, "incubacion")] },
    select: {
      ...seleccionEvento,
      jurados: { select: { helice: true, jurado: { select: { id: true, nombre: true, email: true } } }, orderBy: { createdAt: "asc" } },
    },
    orderBy: [{ inicio: "asc" }, { id: "asc" }],
  });
  const demoDays: DemoDayEnResumen[] = [];
  for (const e of eventos) {
    const pitches = await pitchesDeRegion(client, convocatoria.id, e.regionCut);
    const ids = pitches.map((p) => p.id);
    const [notas, conflictos] = await Promise.all([
      client.puntajeDemoDay.groupBy({ by: ["postulacionId"], where: { postulacionId: { in: ids } }, _avg: { nota: true }, _count: { _all: true } }),
      client.conflictoJurado.groupBy({ by: ["postulacionId"], where: { eventoId: e.id, postulacionId: { in: ids } }, _count: { _all: true } }),
    ]);
    const notasDe = new Map(notas.map((n) => [n.postulacionId, n]));
    const conflictosDe = new Map(conflictos.map((c) => [c.postulacionId, c._count._all]));
    const jurados = e.jurados.map((j) => ({ ...j.jurado, helice: j.helice }));
    const { faltantes } = equilibrioJurado(jurados.map((j) => j.helice));
    demoDays.push({
      evento: aEvento(e),
      jurados,
      helicesFaltantes: faltantes,
      avisoHelices: avisoHelices(faltantes),
      pitches: pitches.map((p) => {
        const n = notasDe.get(p.id);
        return { ...p, calificaciones: n?._count._all ?? 0, promedio: n?._avg.nota ?? null, conflictos: conflictosDe.get(p.id) ?? 0 };
      }),
    });
  }
  return { convocatoria, demoDays };
}
