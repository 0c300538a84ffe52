import crypto from "node:crypto";
import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { ETIQUETAS } from "@/lib/cache/etiquetas";
import { estadoTrasRonda, NOMBRE_FASE } from "@/lib/domain/seleccion";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoSeleccionResultado } from "@/lib/mail/plantillas/seleccion-resultado";
import { generarActaPdf } from "@/lib/pdf/acta";
import { leerContenido, type FirmaActa } from "../acta-contenido";
import { bloquearRonda, exigirMiembroPresente, faseActual } from "../ronda";
import { firmarActaSchema } from "../schema";

// A member present signs the acta, in agreement or with a reasoned dissent (both printed in it). The last
// signature closes the round for good: the PDF is made from the acta's content and the signatures, its
// SHA-256 goes into the audit log, each perfil takes its state (preseleccionada…), each applicant is told by
// e-mail, and the public results and guide are refreshed. After that every decision-changing action is
// refused (bloquearRonda only lets them run on an ABIERTA or EN_FIRMA round).
export const firmarActa = defineAction({
  name: "acta.firmar",
  schema: firmarActaSchema,
  async run({ input, tx, user, convocatoria }) {
    const fase = faseActual(convocatoria);
    const ronda = await bloquearRonda(tx, convocatoria.id, fase, ["EN_FIRMA"]);
    const miembro = await exigirMiembroPresente(tx, ronda.id, user.id);
    if (miembro.firmadaEn) throw new ActionError("Usted ya firmó esta acta.");
    const firmadaEn = new Date();
    const nota = input.nota ?? "";
    await tx.miembroRonda.update({ where: { id: miembro.id }, data: { firmadaEn, postura: input.postura, nota } });
    const pendientes = await tx.miembroRonda.count({ where: { rondaId: ronda.id, presente: true, firmadaEn: null } });
    if (pendientes > 0) {
      return {
        data: { rondaId: ronda.id, cerrada: false, sha256: null as string | null },
        audit: { entidad: "RondaSeleccion", entidadId: ronda.id, datos: { fase, postura: input.postura, nota, pendientes } },
        mensaje: `Firma registrada. ${pendientes === 1 ? "Falta 1 firma" : `Faltan ${pendientes} firmas`} para cerrar el acta.`,
      };
    }

    // Last signature: close the round.
    const acta = await tx.acta.findUniqueOrThrow({ where: { rondaId: ronda.id } });
    const contenido = leerContenido(acta.contenido);
    const miembros = await tx.miembroRonda.findMany({ where: { rondaId: ronda.id, presente: true }, select: { firmadaEn: true, postura: true, nota: true, usuario: { select: { nombre: true } } } });
    const firmas: FirmaActa[] = miembros
      .map((m) => ({ nombre: m.usuario.nombre, postura: m.postura as FirmaActa["postura"], nota: m.nota, firmadaEn: m.firmadaEn!.toISOString() }))
      .sort((a, b) => a.firmadaEn.localeCompare(b.firmadaEn) || a.nombre.localeCompare(b.nombre));
    const pdf = await generarActaPdf(contenido, firmas, firmadaEn);
    const sha256 = crypto.createHash("sha256").update(pdf).digest("hex");
    await tx.acta.update({ where: { id: acta.id }, data: { pdf: new Uint8Array(pdf), sha256, cerradaEn: firmadaEn } });
    await tx.rondaSeleccion.update({ where: { id: ronda.id }, data: { estado: "CERRADA", cerradaEn: firmadaEn } });

    // Exactly the decisions the signed acta lists.
    const decisiones = await tx.decisionComite.findMany({
      where: { rondaId: ronda.id, postulacionId: { in: contenido.decisiones.map((d) => d.postulacionId) } },
      select: { postulacionId: true, decision: true, montoAsignado: true, fundamento: true, postulacion: { select: { nombreProyecto: true, folio: true, postulante: { select: { id: true, nombre: true, email: true } } } } },
    });
    for (const d of decisiones) {
      await tx.postulacion.update({ where: { id: d.postulacionId }, data: { estado: estadoTrasRonda(fase, d.decision) } });
      const p = d.postulacion;
      await encolarCorreo(
        tx,
        { para: p.postulante.email, userId: p.postulante.id },
        correoSeleccionResultado({ nombre: p.postulante.nombre, proyecto: p.nombreProyecto, folio: p.folio, fase, decision: d.decision, montoAsignado: d.montoAsignado, fundamento: d.fundamento }),
      );
    }
    return {
      data: { rondaId: ronda.id, cerrada: true, sha256: sha256 as string | null },
      audit: { entidad: "Acta", entidadId: acta.id, datos: { fase, postura: input.postura, nota, cerrada: true, sha256, decisiones: decisiones.length, firmas: firmas.length } },
      mensaje: `Firma registrada. El acta de ${NOMBRE_FASE[fase].toLowerCase()} quedó cerrada y publicada (SHA-256 ${sha256.slice(0, 16)}…); se avisó a ${decisiones.length} postulantes.`,
    };
  },
  revalidate: () => ["/comite/seleccion", "/comite/seleccion/acta", "/postulante"],
  etiquetas: [ETIQUETAS.seleccion, ETIQUETAS.perfiles],
});
