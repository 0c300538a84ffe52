// Reads of attachments. Who may see a file is decided here, in the WHERE clause, for the download route
// and for pages alike, by the postulación's own visibility rule (lib/postulaciones/visibilidad.ts):
// its owner, or FOSIS staff once it was submitted. A draft's files are the owner's only.
import "server-only";
import type { SessionUser } from "@/lib/actions/pipeline";
import { db as defaultDb, type Db, type Tx } from "@/lib/db/client";
import { postulacionVisiblePara, VISIBLE_PARA_EQUIPO } from "@/lib/postulaciones/visibilidad";
import type { AdjuntoDto } from "./schema";

const seleccionDto = { id: true, categoria: true, nombreArchivo: true, bytes: true, mime: true } as const;

/** The attachments of a perfil, if it belongs to `userId` (otherwise an empty list: not revealed). */
export async function listarAdjuntosDePerfil(postulacionId: string, userId: string, client: Db = defaultDb): Promise<AdjuntoDto[]> {
  return client.adjunto.findMany({
    where: { postulacionId, postulacion: { postulanteId: userId } },
    orderBy: { createdAt: "asc" },
    select: seleccionDto,
  });
}

/** The attachments of a submitted perfil: ONLY for staff pages, after requireVista("seguimiento"). */
export async function listarAdjuntosParaEquipo(postulacionId: string, client: Db = defaultDb): Promise<AdjuntoDto[]> {
  return client.adjunto.findMany({ where: { postulacionId, postulacion: VISIBLE_PARA_EQUIPO }, orderBy: { createdAt: "asc" }, select: seleccionDto });
}

/** Distinct categories uploaded to a perfil (for the admissibility check at submit time). */
export async function categoriasSubidas(tx: Tx | Db, postulacionId: string): Promise<string[]> {
  const filas = await tx.adjunto.findMany({ where: { postulacionId }, distinct: ["categoria"], select: { categoria: true } });
  return filas.map((f) => f.categoria).sort();
}

/** Bytes used by a user's attachments, against ADJUNTO_CUOTA_BYTES. */
export async function bytesUsados(tx: Tx | Db, userId: string): Promise<number> {
  const r = await tx.adjunto.aggregate({ where: { subidoPorId: userId }, _sum: { bytes: true } });
  return r._sum.bytes ?? 0;
}

export type AdjuntoDescargable = { clave: string; mime: string; nombreArchivo: string; bytes: number };

/**
 * The file to serve if `user` may see the postulación it belongs to (postulacionVisiblePara), or uploaded
 * it outside any postulación. Anyone else, anonymous included, gets null, exactly as for an id that does
 * not exist.
 */
export async function adjuntoVisiblePara(id: string, user: SessionUser | null, client: Db = defaultDb): Promise<AdjuntoDescargable | null> {
  if (!user || typeof id !== "string" || id.length === 0 || id.length > 64 || id.includes("\u0000")) return null;
  return client.adjunto.findFirst({
    where: { id, OR: [{ postulacion: postulacionVisiblePara(user) }, { postulacionId: null, subidoPorId: user.id }] },
    select: { clave: true, mime: true, nombreArchivo: true, bytes: true },
  });
}
