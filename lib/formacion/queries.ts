// Reads of the formation programme (issue 13): the modules of the active convocatoria; each preselected
// team's progress through them and its attendance at the FORMACION events (talleres of the programme,
// the event machinery of lib/talleres: registrations and attendance of the team's account). The team reads
// its own perfiles (VISTAS.equipo, "propio"); staff read every preselected team (VISTAS.incubacion).
import "server-only";
import { alcances } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import type { Etapa } from "@/lib/domain/etapas";
import { asistenciaFormacion, progresoFormacion, type AsistenciaFormacion, type ProgresoFormacion } from "@/lib/domain/formacion";
import { wherePreseleccionadas } from "@/lib/incubacion/preseleccionadas";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";

const convocatoriaActiva = (client: Db) => leerConvocatoriaActiva(client, { id: true, nombre: true, etapaActual: true });

export type Modulo = { id: string; clave: string; titulo: string; resumen: string; material: string; orden: number };

const SELECCION_MODULO = { id: true, clave: true, titulo: true, resumen: true, material: true, orden: true } as const;

/** The modules of a convocatoria, in their order. */
export async function modulosDe(convocatoriaId: string, client: Db = dbPorDefecto): Promise<Modulo[]> {
  return client.moduloFormacion.findMany({ where: { convocatoriaId }, orderBy: [{ orden: "asc" }, { clave: "asc" }], select: SELECCION_MODULO });
}

export type EquipoIncubacion = { id: string; nombreProyecto: string; folio: number | null; desafio: string };

/** The caller's own perfiles preselected for incubation in the active convocatoria (the team's hub). */
export async function misEquiposIncubacion(user: SessionUser, client: Db = dbPorDefecto): Promise<{ convocatoria: { id: string; etapaActual: Etapa } | null; equipos: EquipoIncubacion[] }> {
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria) return { convocatoria: null, equipos: [] };
  const filas = await client.postulacion.findMany({
    where: { AND: [wherePostulaciones(user, "equipo"), wherePreseleccionadas(convocatoria.id)] },
    orderBy: [{ folio: "asc" }, { id: "asc" }],
    select: { id: true, nombreProyecto: true, folio: true, desafio: { select: { titulo: true } } },
  });
  return { convocatoria, equipos: filas.map((p) => ({ id: p.id, nombreProyecto: p.nombreProyecto, folio: p.folio, desafio: p.desafio.titulo })) };
}

export type FormacionEquipo = {
  equipo: EquipoIncubacion;
  modulos: (Modulo & { completadoEn: Date | null })[];
  progreso: ProgresoFormacion;
};

/**
 * The team's formation page: for each of the caller's preselected perfiles (or only `postulacionId`, if
 * given and theirs), the modules with the date each was completed, and the progress. Empty when the caller
 * has no preselected perfil (the page then says so, and shows no module).
 */
export async function formacionDelEquipo(user: SessionUser, postulacionId?: string, client: Db = dbPorDefecto) {
  const { convocatoria, equipos } = await misEquiposIncubacion(user, client);
  const elegidos = postulacionId ? equipos.filter((e) => e.id === postulacionId) : equipos;
  if (!convocatoria || elegidos.length === 0) return { convocatoria, equipos: [] as FormacionEquipo[] };
  const [modulos, avances] = await Promise.all([
    modulosDe(convocatoria.id, client),
    client.avanceModulo.findMany({ where: { postulacionId: { in: elegidos.map((e) => e.id) } }, select: { moduloId: true, postulacionId: true, completadoEn: true } }),
  ]);
  return {
    convocatoria,
    equipos: elegidos.map((equipo): FormacionEquipo => {
      const propios = new Map(avances.filter((a) => a.postulacionId === equipo.id).map((a) => [a.moduloId, a.completadoEn]));
      return {
        equipo,
        modulos: modulos.map((m) => ({ ...m, completadoEn: propios.get(m.id) ?? null })),
        progreso: progresoFormacion(modulos, propios.keys()),
      };
    }),
  };
}

export type FilaTableroFormacion = {
  postulacionId: string;
  folio: number | null;
  proyecto: string;
  equipo: string;
  /** The ids of the modules done. */
  completados: string[];
  progreso: ProgresoFormacion;
  asistencia: AsistenciaFormacion;
};

export type TableroFormacion = {
  convocatoria: { id: string; nombre: string; etapaActual: Etapa } | null;
  modulos: Modulo[];
  eventos: { id: string; titulo: string; inicio: Date; regionCut: string | null }[];
  filas: FilaTableroFormacion[];
};

/**
 * Staff: the modules, the FORMACION events, and every preselected team × modules done and its attendance
 * at those events (its account's registrations and the attendance marked). Nothing for anyone else.
 */
export async function tableroFormacion(user: SessionUser, client: Db = dbPorDefecto): Promise<TableroFormacion> {
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria || alcances("incubacion", user.roles).length === 0) return { convocatoria, modulos: [], eventos: [], filas: [] };
  const [modulos, eventos, equipos] = await Promise.all([
    modulosDe(convocatoria.id, client),
    client.evento.findMany({ where: { convocatoriaId: convocatoria.id, tipo: "FORMACION" }, orderBy: [{ inicio: "asc" }, { id: "asc" }], select: { id: true, titulo: true, inicio: true, regionCut: true } }),
    client.postulacion.findMany({
      where: { AND: [wherePostulaciones(user, "incubacion"), wherePreseleccionadas(convocatoria.id)] },
      orderBy: [{ folio: "asc" }, { id: "asc" }],
      select: { id: true, folio: true, nombreProyecto: true, postulanteId: true, postulante: { select: { nombre: true } }, avancesModulos: { select: { moduloId: true } } },
    }),
  ]);
  const inscripciones =
    eventos.length === 0 || equipos.length === 0
      ? []
      : await client.inscripcion.findMany({
          where: { eventoId: { in: eventos.map((e) => e.id) }, userId: { in: [...new Set(equipos.map((p) => p.postulanteId))] } },
          select: { eventoId: true, userId: true, estado: true, asistencia: { select: { presente: true } } },
        });
  const filas = equipos.map((p): FilaTableroFormacion => {
    const completados = p.avancesModulos.map((a) => a.moduloId);
    const suyas = inscripciones.filter((i) => i.userId === p.postulanteId).map((i) => ({ eventoId: i.eventoId, estado: i.estado, presente: i.asistencia?.presente ?? null }));
    return {
      postulacionId: p.id,
      folio: p.folio,
      proyecto: p.nombreProyecto,
      equipo: p.postulante.nombre,
      completados,
      progreso: progresoFormacion(modulos, completados),
      asistencia: asistenciaFormacion(eventos, suyas),
    };
  });
  return { convocatoria, modulos, eventos, filas };
}
