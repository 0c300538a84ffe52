// Reads of attachments. Who may see a file is decided here, in the WHERE clause, for the download route
// and for pages alike, by the postulaciones' scope (lib/postulaciones/alcance.ts): its owner, or whoever
// may see the submitted perfil on the staff screens (each within their scope). A draft's files are the
// owner's only.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { CATEGORIA_CONVENIO } from "@/lib/convenio/schema";
import { db as defaultDb, type Db, type Tx } from "@/lib/db/client";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import type { AdjuntoDto } from "./schema";

const seleccionDto = { id: true, categoria: true, nombreArchivo: true, bytes: true, mime: true } as const;

/** The attachments of one of the applicant's own perfiles (someone else's: an empty list, not revealed). */
export async function listarAdjuntosDePerfil(postulacionId: string, user: SessionUser, client: Db = defaultDb): Promise<AdjuntoDto[]> {
  return client.adjunto.findMany({
    where: { postulacionId, postulacion: wherePostulaciones(user, "postulante") },
    orderBy: { createdAt: "asc" },
    select: seleccionDto,
  });
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
 * The file to serve if `user` may see the postulación it belongs to (as its applicant, or on the staff
 * screens within their scope), or uploaded it outside any postulación. Anyone else, anonymous included,
 * gets null, exactly as for an id that does not exist.
 */
export async function adjuntoVisiblePara(id: string, user: SessionUser | null, client: Db = defaultDb): Promise<AdjuntoDescargable | null> {
  if (!user || typeof id !== "string" || id.length === 0 || id.length > 64 || id.includes("\u0000")) return null;
  return client.adjunto.findFirst({
    where: {
      id,
      OR: [
        { categoria: { not: CATEGORIA_CONVENIO }, postulacion: wherePostulaciones(user, "postulante", "postulaciones") },
        // The signed convenio: its team and the staff who follow incubation, not the region's evaluators.
        { categoria: CATEGORIA_CONVENIO, postulacion: wherePostulaciones(user, "postulante", "incubacion") },
        { postulacionId: null, subidoPorId: user.id },
      ],
    },
    select: { clave: true, mime: true, nombreArchivo: true, bytes: true },
  });
}
