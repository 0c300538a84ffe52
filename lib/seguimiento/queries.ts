// Staff list of submitted postulaciones of the active convocatoria: rows, counts per region (for the
// chart) and the CSV export, all with the same filters, and all within the reader's scope on the
// "postulaciones" screen (lib/postulaciones/alcance.ts): a regional evaluator's list, chart and export
// hold only the perfiles of their region, and no RUT (lib/auth/datos-personales.ts). Every function
// takes the client (tests pass theirs).
import "server-only";
import { datosVisibles } from "@/lib/auth/datos-personales";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { formatearFechaHora } from "@/lib/domain/formato";
import { REGIONES } from "@/lib/domain/regiones";
import { formatearRut, normalizarRut } from "@/lib/domain/rut";
import type { Prisma } from "@/lib/generated/prisma/client";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { NOMBRE_NIVEL, NOMBRE_TIPO_EJECUTOR } from "@/lib/postulaciones/schema";
import type { FiltroPostulaciones } from "./filtros";
import { NOMBRE_ESTADO } from "./filtros";

const convocatoriaActiva = (client: Db) => leerConvocatoriaActiva(client, { id: true, anio: true, nombre: true, etapaActual: true });

/** Submitted (not BORRADOR) postulaciones of the convocatoria, in the user's scope, that match the filters. */
function donde(convocatoriaId: string, f: FiltroPostulaciones, user: SessionUser, { conRegion = true } = {}): Prisma.PostulacionWhereInput {
  return {
    AND: [wherePostulaciones(user, "postulaciones")],
    convocatoriaId,
    estado: f.estado ?? { not: "BORRADOR" },
    ...(f.desafio ? { desafioId: f.desafio } : {}),
    ...(f.nivel ? { nivelMadurez: f.nivel } : {}),
    ...(f.tipo ? { tipoEjecutor: f.tipo } : {}),
    ...(f.region && conRegion ? { regiones: { some: { regionCut: f.region } } } : {}),
  };
}

const seleccionFila = {
  id: true,
  folio: true,
  nombreProyecto: true,
  organizacionNombre: true,
  organizacionRut: true,
  organizacion: { select: { nombre: true, rut: true } },
  desafio: { select: { id: true, titulo: true } },
  regiones: { select: { region: { select: { cut: true, nombre: true, orden: true } } } },
  nivelMadurez: true,
  tipoEjecutor: true,
  montoSolicitado: true,
  estado: true,
  enviadaEn: true,
  admisible: true,
  admisibilidadMotivos: true,
} as const satisfies Prisma.PostulacionSelect;

type FilaBd = Prisma.PostulacionGetPayload<{ select: typeof seleccionFila }>;

export type FilaPostulacion = {
  id: string;
  folio: number | null;
  proyecto: string;
  organizacion: string;
  /** Normalized ("12345678-5") when valid, else as typed; null for a reader who may not see RUTs. Never on a public page. */
  organizacionRut: string | null;
  desafio: { id: string; titulo: string };
  regiones: { cut: string; nombre: string }[];
  nivel: string | null;
  tipoEjecutor: string | null;
  montoSolicitado: number | null;
  estado: FilaBd["estado"];
  enviadaEn: Date | null;
  admisible: boolean | null;
  motivos: string | null;
};

function aFila(p: FilaBd, conRut: boolean): FilaPostulacion {
  return {
    id: p.id,
    folio: p.folio,
    proyecto: p.nombreProyecto,
    organizacion: p.organizacionNombre || p.organizacion?.nombre || "",
    organizacionRut: conRut ? (p.organizacion?.rut ?? normalizarRut(p.organizacionRut) ?? p.organizacionRut) : null,
    desafio: p.desafio,
    regiones: p.regiones.map((r) => r.region).sort((a, b) => a.orden - b.orden).map(({ cut, nombre }) => ({ cut, nombre })),
    nivel: p.nivelMadurez ? NOMBRE_NIVEL[p.nivelMadurez] : null,
    tipoEjecutor: p.tipoEjecutor ? NOMBRE_TIPO_EJECUTOR[p.tipoEjecutor] : null,
    montoSolicitado: p.montoSolicitado,
    estado: p.estado,
    enviadaEn: p.enviadaEn,
    admisible: p.admisible,
    motivos: p.admisibilidadMotivos,
  };
}

export async function listarPostulaciones(f: FiltroPostulaciones, user: SessionUser, client: Db = dbPorDefecto): Promise<FilaPostulacion[]> {
  const conv = await convocatoriaActiva(client);
  if (!conv) return [];
  const { rut } = datosVisibles(user.roles);
  const filas = await client.postulacion.findMany({
    where: donde(conv.id, f, user),
    orderBy: [{ folio: "asc" }, { enviadaEn: "asc" }, { id: "asc" }],
    // The RUT columns are read only for who may see them.
    select: { ...seleccionFila, organizacionRut: rut, organizacion: { select: { nombre: true, rut } } },
  });
  return filas.map((p) => aFila(p, rut));
}

export type ConteoRegion = { cut: string; nombre: string; cantidad: number };

/**
 * Postulaciones per region, all 16 north to south (zeros included). Every filter applies except the
 * region one, so regions can be compared; a perfil with several regions counts in each.
 */
export async function contarPorRegion(f: FiltroPostulaciones, user: SessionUser, client: Db = dbPorDefecto): Promise<ConteoRegion[]> {
  const conv = await convocatoriaActiva(client);
  const grupos = conv
    ? await client.postulacionRegion.groupBy({ by: ["regionCut"], where: { postulacion: donde(conv.id, f, user, { conRegion: false }) }, _count: { _all: true } })
    : [];
  const porCut = new Map(grupos.map((g) => [g.regionCut, g._count._all]));
  return REGIONES.map((r) => ({ cut: r.cut, nombre: r.nombre, cantidad: porCut.get(r.cut) ?? 0 }));
}

/** What the filter form offers, and the convocatoria the page is about. */
export async function opcionesSeguimiento(client: Db = dbPorDefecto) {
  const conv = await convocatoriaActiva(client);
  const desafios = conv
    ? await client.desafio.findMany({ where: { convocatoriaId: conv.id }, orderBy: { titulo: "asc" }, select: { id: true, titulo: true } })
    : [];
  return { convocatoria: conv, desafios };
}

export const ENCABEZADOS_CSV = [
  "Folio",
  "Proyecto",
  "Organización",
  "RUT organización",
  "Desafío",
  "Regiones",
  "Nivel de madurez",
  "Tipo de ejecutor",
  "Monto solicitado (CLP)",
  "Estado",
  "Enviada (hora de Chile)",
  "Admisible",
  "Motivos de la decisión",
] as const;

/** The CSV's columns for a reader: the RUT column only for who may see RUTs. */
export function encabezadosCsv(conRut: boolean): string[] {
  return ENCABEZADOS_CSV.filter((e) => conRut || e !== "RUT organización");
}

/** One CSV row; without the RUT cell when the row carries no RUT (its reader may not see them). */
export function filaCsv(p: FilaPostulacion): (string | number | null)[] {
  const rut = p.organizacionRut;
  return [
    p.folio,
    p.proyecto,
    p.organizacion,
    ...(rut === null ? [] : [/^\d+-[\dK]$/.test(rut) ? formatearRut(rut) : rut]),
    p.desafio.titulo,
    p.regiones.map((r) => r.nombre).join(", "),
    p.nivel,
    p.tipoEjecutor,
    p.montoSolicitado,
    NOMBRE_ESTADO[p.estado],
    p.enviadaEn ? formatearFechaHora(p.enviadaEn) : null,
    p.admisible === null ? "Sin decisión" : p.admisible ? "Sí" : "No",
    p.motivos,
  ];
}

/** Rows of the CSV export and the year for its file name (null without an active convocatoria). */
export async function exportarPostulaciones(f: FiltroPostulaciones, user: SessionUser, client: Db = dbPorDefecto) {
  const conv = await convocatoriaActiva(client);
  if (!conv) return null;
  const filas = await listarPostulaciones(f, user, client);
  return { anio: conv.anio, encabezados: encabezadosCsv(datosVisibles(user.roles).rut), filas: filas.map(filaCsv) };
}
