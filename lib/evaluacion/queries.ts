// Reads of the evaluación técnica for the evaluator's screens (/evaluador): their assignments and one
// perfil to score. Both only after the capacitación was passed (lib/capacitacion/gate.ts): before, the
// list is empty and a perfil answers null (404), exactly like one not assigned. Within the "asignado"
// scope of VISTAS.evaluador (lib/postulaciones/alcance.ts). The committee's and the technical lead's reads
// are in ./comite.ts and ./tablero.ts.
import "server-only";
import { datosVisibles } from "@/lib/auth/datos-personales";
import type { SessionUser } from "@/lib/auth/session-user";
import { capacitacionAprobada } from "@/lib/capacitacion/gate";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import type { Etapa } from "@/lib/domain/etapas";
import type { EjemploCriterio } from "@/lib/domain/rubrica";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { NOMBRE_NIVEL, NOMBRE_TIPO_EJECUTOR } from "@/lib/postulaciones/schema";
import { SELECCION_CONTENIDO_PERFIL } from "@/lib/postulaciones/seleccion";
import { anonimizar, SELECCION_EVALUACION, type EvaluacionAnonima } from "./anonimas";
import type { Confianza } from "./schema";

export type EstadoEvaluacion = "pendiente" | "borrador" | "enviada";
export const NOMBRE_ESTADO_EVALUACION: Record<EstadoEvaluacion, string> = { pendiente: "Pendiente", borrador: "Borrador", enviada: "Enviada" };

export function estadoEvaluacion(e: { enviadaEn: Date | null } | null): EstadoEvaluacion {
  return !e ? "pendiente" : e.enviadaEn ? "enviada" : "borrador";
}

const convocatoriaActiva = (client: Db) => leerConvocatoriaActiva(client, { id: true, nombre: true, etapaActual: true });

const ordenarRegiones = (rs: { region: { cut: string; nombre: string; orden: number } }[]) =>
  rs
    .map((r) => r.region)
    .sort((a, b) => a.orden - b.orden)
    .map(({ cut, nombre }) => ({ cut, nombre }));

export type FilaAsignacion = {
  postulacionId: string;
  folio: number | null;
  proyecto: string;
  desafio: string;
  regiones: { cut: string; nombre: string }[];
  estado: EstadoEvaluacion;
  tercera: boolean;
  notaFinal: number | null;
  enviadaEn: Date | null;
};

export type MisAsignaciones = {
  convocatoria: { id: string; nombre: string; etapaActual: Etapa } | null;
  /** Passed the capacitación of the active convocatoria: until then, no perfiles. */
  capacitada: boolean;
  asignaciones: FilaAsignacion[];
};

/** The caller's live assignments in the active convocatoria, by folio; none before the capacitación. */
export async function misAsignaciones(user: SessionUser, client: Db = dbPorDefecto): Promise<MisAsignaciones> {
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria) return { convocatoria, capacitada: false, asignaciones: [] };
  if (!(await capacitacionAprobada(client, convocatoria.id, user.id))) return { convocatoria, capacitada: false, asignaciones: [] };
  const filas = await client.asignacionEvaluacion.findMany({
    where: { evaluadorId: user.id, recusadaEn: null, postulacion: { convocatoriaId: convocatoria.id, AND: [wherePostulaciones(user, "evaluador")] } },
    orderBy: [{ postulacion: { folio: "asc" } }, { createdAt: "asc" }],
    select: {
      motivo: true,
      postulacion: {
        select: {
          id: true,
          folio: true,
          nombreProyecto: true,
          desafio: { select: { titulo: true } },
          regiones: { select: { region: { select: { cut: true, nombre: true, orden: true } } } },
        },
      },
      evaluacion: { select: { enviadaEn: true, notaFinal: true } },
    },
  });
  return {
    convocatoria,
    capacitada: true,
    asignaciones: filas.map((a) => ({
      postulacionId: a.postulacion.id,
      folio: a.postulacion.folio,
      proyecto: a.postulacion.nombreProyecto,
      desafio: a.postulacion.desafio.titulo,
      regiones: ordenarRegiones(a.postulacion.regiones),
      estado: estadoEvaluacion(a.evaluacion),
      tercera: a.motivo === "TERCERA_REVISION",
      notaFinal: a.evaluacion?.enviadaEn ? a.evaluacion.notaFinal : null,
      enviadaEn: a.evaluacion?.enviadaEn ?? null,
    })),
  };
}

export type CriterioParaEvaluar = {
  clave: string;
  nombre: string;
  descripcion: string;
  orientacion: string;
  peso: number;
  ejemplos: EjemploCriterio[];
};

/** The stored JSON of a criterion's worked examples; anything malformed reads as none. */
export function leerEjemplos(json: string): EjemploCriterio[] {
  try {
    const v: unknown = JSON.parse(json);
    if (!Array.isArray(v)) return [];
    return v.filter((e): e is EjemploCriterio => typeof e === "object" && e !== null && typeof e.nota === "number" && typeof e.texto === "string");
  } catch {
    return [];
  }
}

export type EvaluacionPropia = {
  version: number;
  comentario: string;
  confianza: Confianza | null;
  /** By criterion clave. */
  puntajes: Record<string, { nota: number | null; comentario: string }>;
  notaFinal: number | null;
  enviadaEn: Date | null;
};

/**
 * One assigned perfil to score: its frozen content (what the evaluator's roles may see of it), the rubric
 * with its guidance, the caller's own evaluation (null before the first save) and, only once the caller's
 * was sent, the other submitted evaluations, anonymised ("Evaluador/a 2"…). Null (the page answers 404)
 * for a perfil not assigned to the caller, a recused assignment, or an evaluator without the capacitación.
 */
export async function perfilParaEvaluar(postulacionId: string, user: SessionUser, client: Db = dbPorDefecto) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(postulacionId)) return null;
  const convocatoria = await convocatoriaActiva(client);
  if (!convocatoria) return null;
  if (!(await capacitacionAprobada(client, convocatoria.id, user.id))) return null;
  const ve = datosVisibles(user.roles);
  const [p, rubrica] = await Promise.all([
    client.postulacion.findFirst({
      where: { id: postulacionId, convocatoriaId: convocatoria.id, AND: [wherePostulaciones(user, "evaluador")] },
      select: {
        id: true,
        folio: true,
        huella: true,
        estado: true,
        enviadaEn: true,
        ...SELECCION_CONTENIDO_PERFIL,
        organizacionRut: false,
        desafio: { select: { titulo: true, slug: true } },
        regiones: { select: { region: { select: { cut: true, nombre: true, orden: true } } } },
        asignaciones: {
          where: { recusadaEn: null },
          select: { evaluadorId: true, evaluacion: { select: { version: true, ...SELECCION_EVALUACION } } },
        },
      },
    }),
    client.rubrica.findUnique({
      where: { convocatoriaId: convocatoria.id },
      select: { criterios: { orderBy: { orden: "asc" }, select: { clave: true, nombre: true, descripcion: true, orientacion: true, peso: true, ejemplos: true } } },
    }),
  ]);
  if (!p) return null;
  const suya = p.asignaciones.find((a) => a.evaluadorId === user.id);
  if (!suya) return null;
  const e = suya.evaluacion;
  const propia: EvaluacionPropia | null = e && {
    version: e.version,
    comentario: e.comentario,
    confianza: e.confianza,
    puntajes: Object.fromEntries(e.puntajes.map((x) => [x.criterio.clave, { nota: x.nota, comentario: x.comentario }])),
    notaFinal: e.notaFinal,
    enviadaEn: e.enviadaEn,
  };
  // Before sending their own, an evaluator sees nothing of the others' (not even that they exist).
  const otras: EvaluacionAnonima[] = propia?.enviadaEn
    ? anonimizar(
        p.asignaciones.filter((a) => a.evaluadorId !== user.id && a.evaluacion?.enviadaEn).map((a) => a.evaluacion!),
        { desde: 2 },
      )
    : [];
  const { asignaciones: _a, regiones, equipo, nivelMadurez, tipoEjecutor, ...resto } = p;
  return {
    convocatoria,
    perfil: {
      ...resto,
      equipo: ve.equipo ? equipo : null,
      nivel: nivelMadurez ? NOMBRE_NIVEL[nivelMadurez] : null,
      tipo: tipoEjecutor ? NOMBRE_TIPO_EJECUTOR[tipoEjecutor] : null,
      regiones: ordenarRegiones(regiones),
    },
    criterios: (rubrica?.criterios ?? []).map(({ ejemplos, ...c }) => ({ ...c, ejemplos: leerEjemplos(ejemplos) })) satisfies CriterioParaEvaluar[],
    propia,
    otras,
  };
}

export type PerfilParaEvaluar = NonNullable<Awaited<ReturnType<typeof perfilParaEvaluar>>>;
