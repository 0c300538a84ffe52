import "server-only";
import { db } from "@/lib/db/client";

const seleccionTarjeta = {
  id: true,
  slug: true,
  titulo: true,
  resumen: true,
  alcance: true,
  region: { select: { cut: true, nombre: true } },
  grupoVulnerable: { select: { id: true, nombre: true } },
} as const;

export type FiltroDesafios = { region?: string; grupo?: string };

/** Published desafíos of the current convocatoria. A regional filter also shows the national ones. */
export async function listarDesafiosPublicados(filtro: FiltroDesafios = {}) {
  return db.desafio.findMany({
    where: {
      estado: "PUBLICADO",
      convocatoria: { activa: true },
      ...(filtro.region ? { OR: [{ regionCut: filtro.region }, { alcance: "NACIONAL" as const }] } : {}),
      ...(filtro.grupo ? { grupoVulnerableId: filtro.grupo } : {}),
    },
    orderBy: { titulo: "asc" },
    select: seleccionTarjeta,
  });
}

export async function getDesafioPublico(slug: string) {
  return db.desafio.findFirst({
    where: { slug, estado: "PUBLICADO", convocatoria: { activa: true } },
    select: {
      ...seleccionTarjeta,
      descripcion: true,
      publicadoEn: true,
      grupoVulnerable: { select: { id: true, nombre: true, ministerio: true, mesaNombre: true, mesaUrl: true } },
      metricas: { orderBy: { orden: "asc" }, select: { id: true, indicador: true, valor: true, unidad: true, fuente: true, fecha: true } },
      convocatoria: { select: { nombre: true, etapaActual: true } },
    },
  });
}

export async function listarDesafiosAdmin() {
  return db.desafio.findMany({
    where: { convocatoria: { activa: true } },
    orderBy: { createdAt: "asc" },
    select: { ...seleccionTarjeta, estado: true, _count: { select: { metricas: true } } },
  });
}

export async function getDesafioParaEditar(id: string) {
  return db.desafio.findFirst({
    where: { id, convocatoria: { activa: true } },
    select: {
      id: true,
      slug: true,
      titulo: true,
      resumen: true,
      descripcion: true,
      alcance: true,
      regionCut: true,
      grupoVulnerableId: true,
      estado: true,
      metricas: { orderBy: { orden: "asc" }, select: { indicador: true, valor: true, unidad: true, fuente: true, fecha: true } },
    },
  });
}

export async function listarGrupos() {
  return db.grupoVulnerable.findMany({ orderBy: { nombre: "asc" }, select: { id: true, nombre: true } });
}

export async function listarRegiones() {
  return db.region.findMany({ orderBy: { orden: "asc" }, select: { cut: true, nombre: true } });
}
