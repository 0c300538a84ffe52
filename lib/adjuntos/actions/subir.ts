import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { isPostgres } from "@/lib/db/client";
import { bloquearBorrador } from "../borrador";
import { bytesUsados } from "../queries";
import { ADJUNTO_CUOTA_BYTES, formatearBytes, MENSAJE_TIPO_INVALIDO, subirAdjuntoSchema } from "../schema";
import { borrarArchivo, guardarArchivo, sha256 } from "../storage";
import { detectarTipo, sanearNombre } from "../tipo";

// Any constant works: it only has to be the same for every upload (two-key form, apart from the audit's).
const CUOTA_LOCK_KEY = 7_262_020;

// Upload through app/api/adjuntos/route.ts (multipart; server actions cap bodies at 1 MB), so it has no
// Next binding: @sin-server-action (scripts/derivar-acciones.mjs).
export const subirAdjunto = defineAction({
  name: "adjunto.subir",
  schema: subirAdjuntoSchema,
  async run({ input, user, tx, convocatoria, onRollback }) {
    await bloquearBorrador(tx, { postulacionId: input.postulacionId, user, accion: "adjunto.subir", convocatoriaId: convocatoria.id });

    const bytes = new Uint8Array(await input.archivo.arrayBuffer());
    const tipo = await detectarTipo(bytes);
    if (!tipo) throw new ActionError(MENSAJE_TIPO_INVALIDO, { archivo: [MENSAJE_TIPO_INVALIDO] });

    // The quota is per user, across perfiles: two uploads at once must not both fit in the same room.
    // SQLite has a single writer; on PostgreSQL a transaction-scoped lock per user serializes them.
    if (isPostgres()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CUOTA_LOCK_KEY}::int, hashtext(${user.id}))`;
    const usados = await bytesUsados(tx, user.id);
    if (usados + bytes.length > ADJUNTO_CUOTA_BYTES) {
      const mensaje =
        `Superó la cuota de ${formatearBytes(ADJUNTO_CUOTA_BYTES)} para sus documentos: ya usa ${formatearBytes(usados)} ` +
        `y este archivo pesa ${formatearBytes(bytes.length)}. Elimine un documento que ya no necesite e intente nuevamente.`;
      throw new ActionError(mensaje, { archivo: [mensaje] });
    }

    const nombreArchivo = sanearNombre(input.archivo.name, tipo.extension);
    const huella = sha256(bytes);
    // Written last, and removed again if the transaction does not commit: no file without its row.
    const clave = await guardarArchivo(bytes);
    onRollback(() => borrarArchivo(clave));
    const a = await tx.adjunto.create({
      data: {
        postulacionId: input.postulacionId,
        subidoPorId: user.id,
        categoria: input.categoria,
        nombreArchivo,
        mime: tipo.mime,
        bytes: bytes.length,
        sha256: huella,
        clave,
      },
      select: { id: true, postulacionId: true, categoria: true, nombreArchivo: true, bytes: true, mime: true },
    });
    return {
      data: { ...a, postulacionId: input.postulacionId },
      audit: {
        entidad: "Adjunto",
        entidadId: a.id,
        datos: { postulacionId: input.postulacionId, categoria: a.categoria, nombreArchivo, mime: tipo.mime, bytes: bytes.length, sha256: huella },
      },
      mensaje: `Documento «${nombreArchivo}» adjuntado.`,
    };
  },
});
