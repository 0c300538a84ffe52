import "server-only";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { secretoInvitaciones } from "./secreto";
import { verificarInvitacion } from "./token";

export type AperturaInvitacion =
  | { ok: true; nombre: string; desafio: { slug: string; titulo: string; resumen: string }; expiraEn: Date }
  | { ok: false; motivo: "INVALIDO" | "EXPIRADO" };

/**
 * Opens an invitation link: checks its signature and expiry, and records the first time it was opened
 * (tracking only: a conditional update, so only the first open sets it).
 */
export async function abrirInvitacion(token: string, ahora = new Date(), client: Db = dbPorDefecto): Promise<AperturaInvitacion> {
  const v = verificarInvitacion(token, secretoInvitaciones(), ahora);
  if (!v.ok) return v;
  const inv = await client.invitacion.findFirst({
    where: { id: v.invitacionId },
    select: {
      id: true,
      nombre: true,
      expiraEn: true,
      abiertaEn: true,
      desafio: { select: { slug: true, titulo: true, resumen: true, estado: true, convocatoria: { select: { activa: true } } } },
    },
  });
  // The link must name this very invitation and expiry; its desafío must still be public.
  if (!inv || inv.expiraEn.getTime() !== v.expiraEn.getTime()) return { ok: false, motivo: "INVALIDO" };
  if (inv.desafio.estado !== "PUBLICADO" || !inv.desafio.convocatoria.activa) return { ok: false, motivo: "INVALIDO" };
  if (!inv.abiertaEn) await client.invitacion.updateMany({ where: { id: inv.id, abiertaEn: null }, data: { abiertaEn: ahora } });
  return { ok: true, nombre: inv.nombre, desafio: { slug: inv.desafio.slug, titulo: inv.desafio.titulo, resumen: inv.desafio.resumen }, expiraEn: inv.expiraEn };
}

/** Staff: invitations of the active convocatoria, newest first. */
export async function listarInvitaciones(client: Db = dbPorDefecto) {
  const conv = await leerConvocatoriaActiva(client, { id: true });
  if (!conv) return [];
  const invitaciones = await client.invitacion.findMany({
    where: { convocatoriaId: conv.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, email: true, nombre: true, createdAt: true, expiraEn: true, abiertaEn: true, desafio: { select: { titulo: true } }, invitadoPor: { select: { nombre: true } } },
  });
  const ahora = Date.now();
  return invitaciones.map((i) => ({ ...i, vencida: i.expiraEn.getTime() <= ahora }));
}

/** Published desafíos of the active convocatoria, for the invitation form. */
export async function listarDesafiosParaInvitar(client: Db = dbPorDefecto) {
  return client.desafio.findMany({
    where: { estado: "PUBLICADO", convocatoria: { activa: true } },
    orderBy: { titulo: "asc" },
    select: { id: true, titulo: true },
  });
}
