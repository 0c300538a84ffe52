// The staff's view of the assignment (/seguimiento/asignaciones): the rules in force, how many admissible
// perfiles still lack evaluators, each evaluator's load, and one evaluator's assignments to reassign.
import "server-only";
import { alcances } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { NOMBRE_REGLA_REGION, REGLAS_REGION, type ReglaRegion } from "@/lib/domain/asignacion";
import { evaluacionesRequeridas, type Etapa } from "@/lib/domain/etapas";
import { REGIONES } from "@/lib/domain/regiones";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { REGLA_POR_DEFECTO, TOPE_POR_DEFECTO, type MotivoAsignacion } from "./asignar";

const NOMBRE_REGION = new Map<string, string>(REGIONES.map((r) => [r.cut, r.nombre]));

export const NOMBRE_MOTIVO: Record<MotivoAsignacion, string> = {
  ORDINARIA: "Asignación",
  TERCERA_REVISION: "Tercera revisión",
  REASIGNACION: "Reasignación",
};

export type EvaluadorConCarga = {
  id: string;
  nombre: string;
  region: string;
  capacitado: boolean;
  /** Live assignments (not recused): what counts toward the cap. */
  carga: number;
  enviadas: number;
  pendientes: number;
  recusadas: number;
};

export type AsignacionDeEvaluador = {
  id: string;
  postulacionId: string;
  folio: number | null;
  proyecto: string;
  motivo: MotivoAsignacion;
  estado: "ENVIADA" | "BORRADOR" | "SIN_COMENZAR";
  /** Can be moved to another evaluator (not submitted, perfil still in evaluation). */
  reasignable: boolean;
};

export type PanelAsignaciones = {
  convocatoria: { id: string; nombre: string; etapaActual: Etapa };
  reglas: { evaluadoresPorPerfil: number; tope: number; reglaRegion: ReglaRegion; nombreRegla: string };
  perfiles: { admisibles: number; completos: number; faltan: { id: string; folio: number | null; proyecto: string; faltan: number }[] };
  evaluadores: EvaluadorConCarga[];
  /** The evaluator picked with ?evaluador=, and their assignments. */
  detalle: { evaluador: EvaluadorConCarga; asignaciones: AsignacionDeEvaluador[] } | null;
};

/** Staff only (VISTAS.asignaciones): null for anyone else, or without an active convocatoria. */
export async function getPanelAsignaciones(user: SessionUser, evaluadorId: string | null, client: Db = dbPorDefecto): Promise<PanelAsignaciones | null> {
  if (!alcances("asignaciones", user.roles).includes("todos")) return null;
  const c = await leerConvocatoriaActiva(client, {
    id: true,
    nombre: true,
    etapaActual: true,
    evaluadoresPorPerfil: true,
    rubrica: { select: { topeEvaluador: true, reglaRegion: true } },
  });
  if (!c) return null;
  const regla = (REGLAS_REGION as readonly string[]).includes(c.rubrica?.reglaRegion ?? "") ? (c.rubrica!.reglaRegion as ReglaRegion) : REGLA_POR_DEFECTO;
  const enEvaluacion = { convocatoriaId: c.id, estado: "ADMISIBLE" as const, AND: [wherePostulaciones(user, "asignaciones")] };

  const deLaConvocatoria = { postulacion: { convocatoriaId: c.id } };
  // Flat reads filtered by relation: a nested read would send every perfil's id as a parameter.
  const [perfiles, deLosPerfiles, usuarios, vigentes, enviadas, recusadas, capacitados] = await Promise.all([
    client.postulacion.findMany({ where: enEvaluacion, select: { id: true, folio: true, nombreProyecto: true }, orderBy: [{ folio: "asc" }, { id: "asc" }] }),
    client.asignacionEvaluacion.findMany({ where: { postulacion: enEvaluacion }, select: { postulacionId: true, motivo: true, recusadaEn: true } }),
    client.user.findMany({ where: { roles: { some: { rol: "EVALUADOR" } } }, select: { id: true, nombre: true, regionCut: true }, orderBy: [{ nombre: "asc" }, { id: "asc" }] }),
    client.asignacionEvaluacion.groupBy({ by: ["evaluadorId"], where: { ...deLaConvocatoria, recusadaEn: null }, _count: { _all: true } }),
    client.asignacionEvaluacion.groupBy({ by: ["evaluadorId"], where: { ...deLaConvocatoria, recusadaEn: null, evaluacion: { enviadaEn: { not: null } } }, _count: { _all: true } }),
    client.asignacionEvaluacion.groupBy({ by: ["evaluadorId"], where: { ...deLaConvocatoria, recusadaEn: { not: null } }, _count: { _all: true } }),
    client.capacitacion.findMany({ where: { convocatoriaId: c.id, aprobada: true }, select: { userId: true } }),
  ]);

  const porPerfil = new Map<string, { terceras: number; vivas: number }>();
  for (const a of deLosPerfiles) {
    const k = porPerfil.get(a.postulacionId) ?? { terceras: 0, vivas: 0 };
    if (a.motivo === "TERCERA_REVISION") k.terceras++;
    if (a.recusadaEn === null) k.vivas++;
    porPerfil.set(a.postulacionId, k);
  }
  const faltan = perfiles
    .map((p) => {
      const k = porPerfil.get(p.id) ?? { terceras: 0, vivas: 0 };
      return { id: p.id, folio: p.folio, proyecto: p.nombreProyecto, faltan: Math.max(0, evaluacionesRequeridas(c.evaluadoresPorPerfil, k.terceras) - k.vivas) };
    })
    .filter((p) => p.faltan > 0);

  const aprobados = new Set(capacitados.map((x) => x.userId));
  const conteo = (filas: { evaluadorId: string; _count: { _all: number } }[]) => new Map(filas.map((f) => [f.evaluadorId, f._count._all]));
  const [cargaDe, enviadasDe, recusadasDe] = [conteo(vigentes), conteo(enviadas), conteo(recusadas)];
  const evaluadores: EvaluadorConCarga[] = usuarios.map((u) => {
    const k = { carga: cargaDe.get(u.id) ?? 0, enviadas: enviadasDe.get(u.id) ?? 0, recusadas: recusadasDe.get(u.id) ?? 0 };
    return {
      id: u.id,
      nombre: u.nombre,
      region: u.regionCut ? (NOMBRE_REGION.get(u.regionCut) ?? u.regionCut) : "Nivel central",
      capacitado: aprobados.has(u.id),
      carga: k.carga,
      enviadas: k.enviadas,
      pendientes: k.carga - k.enviadas,
      recusadas: k.recusadas,
    };
  });

  let detalle: PanelAsignaciones["detalle"] = null;
  const elegido = evaluadorId ? evaluadores.find((e) => e.id === evaluadorId) : undefined;
  if (elegido) {
    const filas = await client.asignacionEvaluacion.findMany({
      where: { evaluadorId: elegido.id, recusadaEn: null, postulacion: { convocatoriaId: c.id, AND: [wherePostulaciones(user, "asignaciones")] } },
      select: {
        id: true,
        motivo: true,
        evaluacion: { select: { enviadaEn: true } },
        postulacion: { select: { id: true, folio: true, nombreProyecto: true, estado: true } },
      },
      orderBy: [{ postulacion: { folio: "asc" } }, { id: "asc" }],
    });
    detalle = {
      evaluador: elegido,
      asignaciones: filas.map((a) => ({
        id: a.id,
        postulacionId: a.postulacion.id,
        folio: a.postulacion.folio,
        proyecto: a.postulacion.nombreProyecto,
        motivo: a.motivo,
        estado: a.evaluacion?.enviadaEn ? "ENVIADA" : a.evaluacion ? "BORRADOR" : "SIN_COMENZAR",
        reasignable: !a.evaluacion?.enviadaEn && a.postulacion.estado === "ADMISIBLE",
      })),
    };
  }

  return {
    convocatoria: { id: c.id, nombre: c.nombre, etapaActual: c.etapaActual },
    reglas: { evaluadoresPorPerfil: c.evaluadoresPorPerfil, tope: c.rubrica?.topeEvaluador ?? TOPE_POR_DEFECTO, reglaRegion: regla, nombreRegla: NOMBRE_REGLA_REGION[regla] },
    perfiles: { admisibles: perfiles.length, completos: perfiles.length - faltan.length, faltan },
    evaluadores,
    detalle,
  };
}
