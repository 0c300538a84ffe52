// Reads of the formulario completo (issue 13).
// - getFormularioEquipo: the team's own, within the "propio" scope of VISTAS.equipo (a perfil not theirs
//   is null: 404); says whether the perfil was preselected (only then is there anything to read or write).
// - getFormularioConPerfil: for staff, evaluators and jurors, given a perfil the caller already authorised:
//   the frozen perfil, its preselection decision (with the committee's reasons) and the formulario, side
//   by side (components/formulario/formulario-con-perfil.tsx). Only preselected perfiles have one.
import "server-only";
import { datosVisibles } from "@/lib/auth/datos-personales";
import type { SessionUser } from "@/lib/auth/session-user";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import type { Rol } from "@/lib/domain/roles";
import { leerContenido } from "@/lib/domain/formulario-completo";
import { wherePreseleccionadas } from "@/lib/incubacion/preseleccionadas";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { NOMBRE_NIVEL, NOMBRE_TIPO_EJECUTOR } from "@/lib/postulaciones/schema";
import { SELECCION_CONTENIDO_PERFIL } from "@/lib/postulaciones/seleccion";
import { cierreFormularioEnCalendario } from "./plazo";

const ID_VALIDO = /^[A-Za-z0-9_-]{1,64}$/;

const METRICAS = { orderBy: { orden: "asc" }, select: { id: true, indicador: true, valor: true, unidad: true, fuente: true } } as const;
const FORMULARIO = { select: { version: true, contenido: true, enviadoEn: true, huella: true, updatedAt: true } } as const;

async function esPreseleccionada(client: Db, postulacionId: string, convocatoriaId: string): Promise<boolean> {
  return (await client.postulacion.count({ where: { id: postulacionId, ...wherePreseleccionadas(convocatoriaId) } })) === 1;
}

/** The team's formulario for its own perfil, or null when the perfil is not theirs (or does not exist). */
export async function getFormularioEquipo(user: SessionUser, postulacionId: string, client: Db = dbPorDefecto) {
  if (!ID_VALIDO.test(postulacionId)) return null;
  const p = await client.postulacion.findFirst({
    where: { id: postulacionId, AND: [wherePostulaciones(user, "equipo")] },
    select: {
      id: true,
      convocatoriaId: true,
      nombreProyecto: true,
      folio: true,
      montoSolicitado: true,
      desafio: { select: { titulo: true, slug: true, metricas: METRICAS } },
      convocatoria: { select: { nombre: true, anio: true, etapaActual: true, montoMinProyecto: true, montoMaxProyecto: true, calendario: { select: { etapa: true, fin: true } } } },
      formulario: FORMULARIO,
    },
  });
  if (!p) return null;
  const preseleccionada = await esPreseleccionada(client, p.id, p.convocatoriaId);
  const { calendario, ...convocatoria } = p.convocatoria;
  return {
    ...p,
    convocatoria,
    cierre: cierreFormularioEnCalendario(calendario),
    preseleccionada,
    // Nothing of a formulario is shown for a perfil that was not preselected.
    formulario: preseleccionada && p.formulario ? { ...p.formulario, contenido: leerContenido(p.formulario.contenido) } : null,
  };
}

export type FormularioEquipo = NonNullable<Awaited<ReturnType<typeof getFormularioEquipo>>>;

/**
 * A perfil the staff list (VISTAS.incubacion) may open: preselected and in the viewer's scope; null
 * otherwise (404).
 */
export async function perfilIncubacionVisible(user: SessionUser, postulacionId: string, client: Db = dbPorDefecto): Promise<boolean> {
  if (!ID_VALIDO.test(postulacionId)) return false;
  const p = await client.postulacion.findFirst({ where: { id: postulacionId, AND: [wherePostulaciones(user, "incubacion")] }, select: { convocatoriaId: true } });
  return !!p && (await esPreseleccionada(client, postulacionId, p.convocatoriaId));
}

/**
 * The frozen perfil, its preselection decision and its formulario, for a preselected perfil the caller has
 * already authorised; null when it is not preselected. The formulario only once sent (a draft is the team's). `roles` decide what of the personal data is shown
 * (lib/auth/datos-personales.ts): without "equipo", the perfil's team text and the formulario's names are left out.
 */
export async function getFormularioConPerfil(postulacionId: string, roles: readonly Rol[], client: Db = dbPorDefecto) {
  if (!ID_VALIDO.test(postulacionId)) return null;
  const base = await client.postulacion.findUnique({ where: { id: postulacionId }, select: { convocatoriaId: true } });
  if (!base || !(await esPreseleccionada(client, postulacionId, base.convocatoriaId))) return null;
  const p = await client.postulacion.findUniqueOrThrow({
    where: { id: postulacionId },
    select: {
      id: true,
      folio: true,
      huella: true,
      estado: true,
      enviadaEn: true,
      ...SELECCION_CONTENIDO_PERFIL,
      organizacionRut: false,
      desafio: { select: { titulo: true, slug: true, metricas: METRICAS } },
      regiones: { select: { region: { select: { cut: true, nombre: true, orden: true } } } },
      decisiones: {
        where: { fase: "PRESELECCION" },
        select: { decision: true, fundamento: true, montoAsignado: true, puntaje: true, ronda: { select: { cerradaEn: true } } },
      },
      formulario: FORMULARIO,
    },
  });
  const ve = datosVisibles(roles);
  const { decisiones, formulario, regiones, equipo, nivelMadurez, tipoEjecutor, desafio, ...resto } = p;
  // A draft is the team's private work (like the perfil's): only a sent formulario is shown here.
  const enviado = formulario?.enviadoEn ? formulario : null;
  const contenido = enviado ? leerContenido(enviado.contenido) : null;
  return {
    perfil: {
      ...resto,
      desafio: { titulo: desafio.titulo, slug: desafio.slug },
      equipo: ve.equipo ? equipo : null,
      nivel: nivelMadurez ? NOMBRE_NIVEL[nivelMadurez] : null,
      tipo: tipoEjecutor ? NOMBRE_TIPO_EJECUTOR[tipoEjecutor] : null,
      regiones: regiones.map((r) => r.region).sort((a, b) => a.orden - b.orden),
    },
    metricas: desafio.metricas,
    decision: decisiones[0] ?? null,
    formulario: enviado && contenido && { ...enviado, contenido: ve.equipo ? contenido : { ...contenido, equipo: contenido.equipo.map((x) => ({ ...x, nombre: "" })) } },
    nombresVisibles: ve.equipo,
  };
}

export type FormularioConPerfil = NonNullable<Awaited<ReturnType<typeof getFormularioConPerfil>>>;
