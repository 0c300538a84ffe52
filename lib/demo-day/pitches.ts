// The pitches of a regional demo day: the perfiles the signed preselection acta preselected whose region
// (lib/domain/regiones.ts regionDelPerfil: the lowest CUT code among its regions, else its desafío's) is the
// event's region. A demo day without a region has no pitches. Read by the jurors' actions and the queries.
import { ActionError } from "@/lib/actions/result";
import type { Db, Tx } from "@/lib/db/client";
import { regionDelPerfil } from "@/lib/domain/regiones";
import { wherePreseleccionadas } from "@/lib/incubacion/preseleccionadas";
import type { ReglaConAlcance } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { whereDemoDays } from "@/lib/incubacion/alcance";

type Cliente = Db | Tx;

/** The one answer to an event outside the caller's demo days, whether it exists or not. */
export const MENSAJE_DEMO_DAY_NO_EXISTE = "No encontramos ese demo day entre los suyos.";
export const MENSAJE_NO_ES_PITCH = "Ese proyecto no se presenta en este demo day.";

const seleccionPitch = {
  id: true,
  folio: true,
  nombreProyecto: true,
  problema: true,
  solucion: true,
  montoSolicitado: true,
  desafio: { select: { titulo: true, regionCut: true } },
  regiones: { select: { regionCut: true } },
} as const;

export type Pitch = {
  id: string;
  folio: number | null;
  nombreProyecto: string;
  problema: string;
  solucion: string;
  montoSolicitado: number | null;
  desafioTitulo: string;
  regionCut: string;
};

function aPitch(p: {
  id: string;
  folio: number | null;
  nombreProyecto: string;
  problema: string;
  solucion: string;
  montoSolicitado: number | null;
  desafio: { titulo: string; regionCut: string | null };
  regiones: { regionCut: string }[];
}): Pitch {
  return {
    id: p.id,
    folio: p.folio,
    nombreProyecto: p.nombreProyecto,
    problema: p.problema,
    solucion: p.solucion,
    montoSolicitado: p.montoSolicitado,
    desafioTitulo: p.desafio.titulo,
    regionCut: regionDelPerfil(
      p.regiones.map((r) => r.regionCut),
      p.desafio.regionCut,
    ),
  };
}

/** The pitches of the demo day of this region, by folio. */
export async function pitchesDeRegion(client: Cliente, convocatoriaId: string, regionCut: string | null): Promise<Pitch[]> {
  if (!regionCut) return [];
  const perfiles = await client.postulacion.findMany({ where: wherePreseleccionadas(convocatoriaId), select: seleccionPitch, orderBy: [{ folio: "asc" }, { id: "asc" }] });
  return perfiles.map(aPitch).filter((p) => p.regionCut === regionCut);
}

/** The perfil if it is a pitch of the demo day of this region, else null. */
export async function pitchDeRegion(client: Cliente, convocatoriaId: string, regionCut: string | null, postulacionId: string): Promise<Pitch | null> {
  if (!regionCut) return null;
  const p = await client.postulacion.findFirst({ where: { id: postulacionId, ...wherePreseleccionadas(convocatoriaId) }, select: seleccionPitch });
  if (!p) return null;
  const pitch = aPitch(p);
  return pitch.regionCut === regionCut ? pitch : null;
}

/**
 * The demo day of the current convocatoria the caller sits on as a juror (scope of `regla`, and their own
 * row in its jury), with their helix; otherwise the answer of one that does not exist.
 */
export async function exigirDemoDayDelJurado(tx: Tx, convocatoriaId: string, eventoId: string, user: SessionUser, regla: ReglaConAlcance) {
  const evento = await tx.evento.findFirst({
    where: { id: eventoId, convocatoriaId, AND: [whereDemoDays(user, regla), { jurados: { some: { juradoId: user.id } } }] },
    select: { id: true, titulo: true, regionCut: true },
  });
  if (!evento) throw new ActionError(MENSAJE_DEMO_DAY_NO_EXISTE);
  return evento;
}

/** The perfil, if it is a pitch of this demo day; otherwise a refusal. */
export async function exigirPitch(tx: Tx, convocatoriaId: string, evento: { regionCut: string | null }, postulacionId: string): Promise<Pitch> {
  const p = await pitchDeRegion(tx, convocatoriaId, evento.regionCut, postulacionId);
  if (!p) throw new ActionError(MENSAJE_NO_ES_PITCH);
  return p;
}
