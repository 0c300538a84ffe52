import { createHash } from "node:crypto";
import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { formatearFolio } from "@/lib/domain/huella";
import { leerContenido, revisarEnvio, textoParaHuella } from "@/lib/domain/formulario-completo";
import { exigirPreseleccionada } from "@/lib/incubacion/preseleccionadas";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoFormularioEnviado } from "@/lib/mail/plantillas/formulario-enviado";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { exigirPlazoFormulario } from "../plazo";
import { envioFormularioSchema, MENSAJE_CONFLICTO, MENSAJE_NO_CUMPLE, MENSAJE_YA_ENVIADO } from "../schema";

// Submit: the stored content at the version the browser shows, before the deadline, complete (every
// section, a target for each baseline metric of the desafío, a budget summing exactly to the perfil's
// requested amount, inside the band). It is then frozen: enviadoEn and a SHA-256 fingerprint of its
// canonical JSON; the folio is the perfil's. The team gets a receipt e-mail with both.
export const enviarFormulario = defineAction({
  name: "formulario.enviar",
  schema: envioFormularioSchema,
  async run({ input, tx, user, convocatoria }) {
    const ahora = new Date();
    const p = await exigirPreseleccionada(tx, convocatoria.id, input.id, wherePostulaciones(user, "formulario.enviar"));
    await exigirPlazoFormulario(tx, convocatoria.id, ahora);
    // Claim the row first (a conditional write): of concurrent submissions only one finds it unsent at
    // this version; the others wait for it and then find nothing to claim.
    const { count } = await tx.formularioCompleto.updateMany({ where: { postulacionId: p.id, version: input.version, enviadoEn: null }, data: { enviadoEn: ahora } });
    if (count !== 1) {
      const actual = await tx.formularioCompleto.findUnique({ where: { postulacionId: p.id }, select: { version: true, enviadoEn: true } });
      if (!actual) throw new ActionError("Aún no hay nada guardado en este formulario: complételo antes de enviarlo.");
      if (actual.enviadoEn) throw new ActionError(MENSAJE_YA_ENVIADO);
      throw new ActionError(MENSAJE_CONFLICTO, { version: [String(actual.version)] });
    }
    const fila = await tx.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: p.id }, select: { id: true, contenido: true } });
    const perfil = await tx.postulacion.findUniqueOrThrow({
      where: { id: p.id },
      select: { folio: true, montoSolicitado: true, desafio: { select: { titulo: true, metricas: { orderBy: { orden: "asc" }, select: { id: true, indicador: true } } } } },
    });
    const conv = await tx.convocatoria.findUniqueOrThrow({ where: { id: convocatoria.id }, select: { anio: true, nombre: true, montoMinProyecto: true, montoMaxProyecto: true } });
    const contenido = leerContenido(fila.contenido);
    const errores = revisarEnvio(contenido, {
      metricasDesafio: perfil.desafio.metricas,
      montoSolicitado: perfil.montoSolicitado,
      banda: { min: conv.montoMinProyecto, max: conv.montoMaxProyecto },
    });
    // Refused: the transaction rolls back, enviadoEn included.
    if (Object.keys(errores).length) throw new ActionError(MENSAJE_NO_CUMPLE, errores);

    const huella = createHash("sha256")
      .update(textoParaHuella({ convocatoria: conv.anio, folio: perfil.folio, postulacionId: p.id, contenido }))
      .digest("hex");
    // The content is stored as it was fingerprinted (normalised), so the fingerprint can be recomputed from the row.
    await tx.formularioCompleto.update({ where: { id: fila.id }, data: { huella, contenido: JSON.stringify(contenido), version: { increment: 1 } } });
    await encolarCorreo(
      tx,
      { para: user.email, userId: user.id },
      correoFormularioEnviado({ nombre: user.nombre, proyecto: p.nombreProyecto, desafio: perfil.desafio.titulo, convocatoria: conv.nombre, folio: perfil.folio, enviadoEn: ahora, huella }),
    );
    return {
      data: { id: p.id, folio: perfil.folio, huella },
      audit: { entidad: "FormularioCompleto", entidadId: fila.id, datos: { postulacionId: p.id, folio: perfil.folio, huella } },
      mensaje: perfil.folio === null ? "Formulario completo enviado." : `Formulario completo enviado. Folio ${formatearFolio(perfil.folio)}.`,
    };
  },
  revalidate: (d) => ["/postulante", `/postulante/incubacion/formulario/${d.id}`, `/seguimiento/incubacion/formularios/${d.id}`],
});
