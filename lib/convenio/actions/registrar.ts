import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { borrarArchivo, guardarArchivo, sha256 } from "@/lib/adjuntos/storage";
import { detectarTipo, sanearNombre } from "@/lib/adjuntos/tipo";
import { formatearClp, instanteEnSantiago } from "@/lib/domain/formato";
import { enmascararRut } from "@/lib/domain/rut";
import { whereSeleccionadasFinal } from "@/lib/incubacion/preseleccionadas";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { MENSAJE_SIN_SELECCION_FINAL } from "../exigir";
import { CATEGORIA_CONVENIO, MENSAJE_NO_PDF, registrarConvenioSchema } from "../schema";

// Registers (or replaces) the convenio of a project selected by the signed final acta: the amount awarded
// (at most what it asked for, within the convocatoria's band), its dates (calendar days in Chile: it starts
// at 00:00 of the first and ends at 23:59:59 of the last), the person responsible and the signed PDF.
//
// The PDF goes through the attachments' machinery (docs/decisions/0005-adjuntos.md): type by content (only a
// PDF), 10 MB, sha256, private storage, written last and removed if the transaction rolls back. It is an
// Adjunto of the perfil with categoria CONVENIO_FIRMADO; staff's 50 MB quota does not apply (the quota
// bounds what applicants upload, not the convenios the team files).
//
// Registering again REPLACES the document. Decision: the old Adjunto row is deleted with the registration
// and its file once it has committed (afterCommit: a rolled-back replacement keeps both); the audit entry
// keeps the replaced document's sha256, name and size, so the trail says what was signed before. Keeping
// every version would need a history the convenio does not model (one documentoId).
//
// Upload through app/api/convenios/route.ts (multipart; server actions cap bodies at 1 MB), so it has no
// Next binding: @sin-server-action (scripts/derivar-acciones.mjs).
export const registrarConvenio = defineAction({
  name: "convenio.registrar",
  schema: registrarConvenioSchema,
  async run({ input, user, tx, convocatoria, afterCommit, onRollback }) {
    // Scope and selection in the WHERE clause: a perfil not selected in the signed final acta answers like one that does not exist.
    const p = await tx.postulacion.findFirst({
      where: { id: input.postulacionId, AND: [wherePostulaciones(user, "convenio.registrar"), whereSeleccionadasFinal(convocatoria.id)] },
      select: {
        id: true,
        nombreProyecto: true,
        montoSolicitado: true,
        decisiones: { where: { fase: "SELECCION_FINAL" }, select: { montoAsignado: true } },
      },
    });
    if (!p) throw new ActionError(MENSAJE_SIN_SELECCION_FINAL);

    // Locks an existing convenio's row until the transaction ends: two replacements of the same document do not interleave
    // (two first registrations at once: the second one hits the unique postulacionId and writes nothing).
    await tx.convenio.updateMany({ where: { postulacionId: p.id }, data: { updatedAt: new Date() } });
    const anterior = await tx.convenio.findUnique({
      where: { postulacionId: p.id },
      select: { id: true, documento: { select: { id: true, clave: true, sha256: true, nombreArchivo: true, bytes: true } } },
    });

    const conv = await tx.convocatoria.findUniqueOrThrow({ where: { id: convocatoria.id }, select: { montoMinProyecto: true, montoMaxProyecto: true } });
    const monto = input.montoAdjudicado;
    const solicitado = p.montoSolicitado;
    if (solicitado === null) throw new ActionError("El perfil no tiene un monto solicitado: no se puede registrar su convenio.");
    const rechazoMonto = (msg: string) => new ActionError(msg, { montoAdjudicado: [msg] });
    if (monto > solicitado) {
      throw rechazoMonto(`El monto adjudicado (${formatearClp(monto)}) no puede superar el monto solicitado por el proyecto (${formatearClp(solicitado)}).`);
    }
    if (monto < conv.montoMinProyecto || monto > conv.montoMaxProyecto) {
      throw rechazoMonto(
        `El monto adjudicado (${formatearClp(monto)}) debe estar entre ${formatearClp(conv.montoMinProyecto)} y ${formatearClp(conv.montoMaxProyecto)}, el rango por proyecto de la convocatoria.`,
      );
    }

    const bytes = new Uint8Array(await input.archivo.arrayBuffer());
    const tipo = await detectarTipo(bytes);
    if (tipo?.mime !== "application/pdf") throw new ActionError(MENSAJE_NO_PDF, { archivo: [MENSAJE_NO_PDF] });
    const nombreArchivo = sanearNombre(input.archivo.name, tipo.extension);
    const huella = sha256(bytes);

    // Written last, and removed again if the transaction does not commit: no file without its row.
    const clave = await guardarArchivo(bytes);
    onRollback(() => borrarArchivo(clave));
    const documento = await tx.adjunto.create({
      data: { postulacionId: p.id, subidoPorId: user.id, categoria: CATEGORIA_CONVENIO, nombreArchivo, mime: tipo.mime, bytes: bytes.length, sha256: huella, clave },
      select: { id: true },
    });
    const ahora = new Date();
    const datos = {
      montoAdjudicado: monto,
      fechaInicio: instanteEnSantiago(input.fechaInicio),
      fechaTermino: instanteEnSantiago(input.fechaTermino, "23:59:59"),
      responsableNombre: input.responsableNombre,
      responsableRut: input.responsableRut,
      responsableEmail: input.responsableEmail,
      documentoId: documento.id,
      documentoSha256: huella,
      firmadoEn: ahora,
      registradoPorId: user.id,
    };
    const c = await tx.convenio.upsert({ where: { postulacionId: p.id }, create: { postulacionId: p.id, ...datos }, update: datos, select: { id: true } });
    const reemplazado = anterior?.documento ?? null;
    if (reemplazado) {
      // The convenio no longer points at it (updated above), so the row can go; the file, once committed.
      await tx.adjunto.delete({ where: { id: reemplazado.id } });
      afterCommit(() => borrarArchivo(reemplazado.clave));
    }
    const montoComite = p.decisiones[0]?.montoAsignado ?? null;
    return {
      data: { convenioId: c.id, postulacionId: p.id },
      audit: {
        entidad: "Convenio",
        entidadId: c.id,
        datos: {
          postulacionId: p.id,
          nuevo: !anterior,
          montoAdjudicado: monto,
          montoAsignadoComite: montoComite,
          montoSolicitado: solicitado,
          fechaInicio: input.fechaInicio,
          fechaTermino: input.fechaTermino,
          responsable: { nombre: input.responsableNombre, rut: enmascararRut(input.responsableRut), email: input.responsableEmail },
          documento: { adjuntoId: documento.id, nombreArchivo, bytes: bytes.length, sha256: huella },
          reemplaza: reemplazado ? { adjuntoId: reemplazado.id, nombreArchivo: reemplazado.nombreArchivo, bytes: reemplazado.bytes, sha256: reemplazado.sha256 } : null,
        },
      },
      mensaje: anterior
        ? `Convenio de «${p.nombreProyecto}» actualizado: ${formatearClp(monto)}, con el nuevo documento firmado.`
        : `Convenio de «${p.nombreProyecto}» registrado: ${formatearClp(monto)}, con su documento firmado.`,
    };
  },
  revalidate: () => ["/seguimiento/incubacion/convenios", "/seguimiento/incubacion"],
});
