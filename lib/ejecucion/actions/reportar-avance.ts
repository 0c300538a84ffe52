import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { formatearBytes } from "@/lib/adjuntos/schema";
import { borrarArchivo, guardarArchivo, sha256 } from "@/lib/adjuntos/storage";
import { detectarTipo, sanearNombre } from "@/lib/adjuntos/tipo";
import { MENSAJE_SIN_HITO, wherePilotosVisibles } from "../alcance";
import { CATEGORIA_EVIDENCIA, CUOTA_EVIDENCIAS_PILOTO, MENSAJE_EVIDENCIA_TIPO, reportarAvanceSchema } from "../schema";

// The team reports the progress of one hito of its own pilot: what was done, the % of the hito, and up to
// five evidence files (PDF, JPG or PNG, checked by content as attachments are: docs/decisions/0005-adjuntos.md).
// Each file is an Adjunto with reporteId set (no postulacionId: it is not one of the perfil's documents), kept
// in private storage, written last and removed if the transaction rolls back. Refused on a closed hito and
// while a report of the hito awaits review. Another team's hito answers like one that does not exist.
//
// The hito's row is touched first (a row lock on PostgreSQL, the single writer on SQLite) and its state
// read again after it: two reports sent at once leave one awaiting review.
//
// Upload through app/api/ejecucion/reportes/route.ts (multipart; server actions cap bodies at 1 MB), so it
// has no Next binding: @sin-server-action (scripts/derivar-acciones.mjs).
export const reportarAvance = defineAction({
  name: "hito.reportarAvance",
  schema: reportarAvanceSchema,
  async run({ input, tx, user, convocatoria, onRollback }) {
    const visible = await tx.hito.findFirst({
      where: { id: input.hitoId, convenio: { postulacion: wherePilotosVisibles(user, convocatoria.id, "hito.reportarAvance") } },
      select: { id: true, titulo: true, convenio: { select: { postulacionId: true, postulacion: { select: { nombreProyecto: true } } } } },
    });
    if (!visible) throw new ActionError(MENSAJE_SIN_HITO);
    await tx.hito.updateMany({ where: { id: visible.id }, data: { orden: { increment: 0 } } });
    const h = await tx.hito.findUniqueOrThrow({
      where: { id: visible.id },
      select: { cumplidoEn: true, reportes: { where: { estado: "ENVIADO" }, select: { id: true }, take: 1 } },
    });
    if (h.cumplidoEn) throw new ActionError(`El hito «${visible.titulo}» ya está cumplido: no recibe más reportes.`);
    if (h.reportes.length > 0) throw new ActionError(`El hito «${visible.titulo}» ya tiene un reporte en revisión: espere la respuesta del equipo FOSIS antes de enviar otro.`);

    const postulacionId = visible.convenio.postulacionId;
    // Every file is checked before anything is written.
    const archivos: { bytes: Uint8Array; mime: string; nombreArchivo: string; huella: string }[] = [];
    for (const f of input.evidencias) {
      const bytes = new Uint8Array(await f.arrayBuffer());
      const tipo = await detectarTipo(bytes);
      if (!tipo) throw new ActionError(MENSAJE_EVIDENCIA_TIPO, { evidencias: [`«${f.name}»: ${MENSAJE_EVIDENCIA_TIPO}`] });
      archivos.push({ bytes, mime: tipo.mime, nombreArchivo: sanearNombre(f.name, tipo.extension), huella: sha256(bytes) });
    }
    const nuevos = archivos.reduce((s, a) => s + a.bytes.length, 0);
    if (nuevos > 0) {
      const usados = (await tx.adjunto.aggregate({ where: { reporte: { postulacionId } }, _sum: { bytes: true } }))._sum.bytes ?? 0;
      if (usados + nuevos > CUOTA_EVIDENCIAS_PILOTO) {
        const msg = `Las evidencias del piloto superarían el máximo de ${formatearBytes(CUOTA_EVIDENCIAS_PILOTO)}: ya usa ${formatearBytes(usados)}. Adjunte archivos más livianos.`;
        throw new ActionError(msg, { evidencias: [msg] });
      }
    }

    const r = await tx.reporteAvance.create({
      data: { postulacionId, hitoId: visible.id, autorId: user.id, tipo: "AVANCE", contenido: input.contenido, avance: input.avance },
      select: { id: true },
    });
    const evidencias: { adjuntoId: string; nombreArchivo: string; mime: string; bytes: number; sha256: string }[] = [];
    for (const a of archivos) {
      const clave = await guardarArchivo(a.bytes);
      onRollback(() => borrarArchivo(clave));
      const fila = await tx.adjunto.create({
        data: { reporteId: r.id, subidoPorId: user.id, categoria: CATEGORIA_EVIDENCIA, nombreArchivo: a.nombreArchivo, mime: a.mime, bytes: a.bytes.length, sha256: a.huella, clave },
        select: { id: true },
      });
      evidencias.push({ adjuntoId: fila.id, nombreArchivo: a.nombreArchivo, mime: a.mime, bytes: a.bytes.length, sha256: a.huella });
    }
    const n = evidencias.length;
    return {
      data: { reporteId: r.id, hitoId: visible.id, postulacionId, evidencias: n },
      audit: { entidad: "ReporteAvance", entidadId: r.id, datos: { postulacionId, hitoId: visible.id, avance: input.avance, evidencias } },
      mensaje: `Reporte del hito «${visible.titulo}» enviado${n === 0 ? "" : n === 1 ? " con 1 evidencia" : ` con ${n} evidencias`}: el equipo FOSIS lo revisará.`,
    };
  },
  revalidate: () => ["/postulante/piloto", "/seguimiento/ejecucion"],
});
