import { defineAction } from "@/lib/actions/pipeline";
import { aFechaInput } from "@/lib/domain/formato";
import { semanasAtrasadas } from "@/lib/domain/mentoria";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoMentoriaAlerta } from "@/lib/mail/plantillas/mentoria-alerta";
import { enviarAlertasSchema } from "../schema";

/** The outbox id of a mentoría's alert of one day: a second run that day finds it and sends nothing. */
export function idAlerta(mentoriaId: string, dia: string, para: "mentor" | "equipo"): string {
  return `mentoria-alerta-${mentoriaId}-${dia}-${para}`;
}

// FOSIS staff send the alerts of missed weeks: for every live mentoría with a week past its due date
// without a logged session (lib/domain/mentoria.ts), one e-mail to the mentor and one to the team. At most
// once a day per mentoría (the messages' ids carry the day), so pressing the button twice sends nothing new.
export const enviarAlertas = defineAction({
  name: "mentoria.enviarAlertas",
  schema: enviarAlertasSchema,
  async run({ tx, convocatoria }) {
    const ahora = new Date();
    const dia = aFechaInput(ahora);
    const vivas = await tx.mentoria.findMany({
      where: { recusadaEn: null, postulacion: { convocatoriaId: convocatoria.id } },
      select: {
        id: true,
        createdAt: true,
        sesiones: { select: { semana: true } },
        mentor: { select: { id: true, nombre: true, email: true } },
        postulacion: { select: { nombreProyecto: true, postulante: { select: { id: true, nombre: true, email: true } } } },
      },
      orderBy: { id: "asc" },
    });
    const conAtraso = vivas.map((m) => ({ m, semanas: semanasAtrasadas(m.createdAt, ahora, m.sesiones) })).filter((x) => x.semanas.length > 0);
    const yaEnviadas = new Set(
      (await tx.notificacion.findMany({ where: { id: { in: conAtraso.map((x) => idAlerta(x.m.id, dia, "mentor")) } }, select: { id: true } })).map((n) => n.id),
    );
    const alertadas: string[] = [];
    for (const { m, semanas } of conAtraso) {
      if (yaEnviadas.has(idAlerta(m.id, dia, "mentor"))) continue;
      const proyecto = m.postulacion.nombreProyecto;
      await encolarCorreo(tx, { id: idAlerta(m.id, dia, "mentor"), para: m.mentor.email, userId: m.mentor.id }, correoMentoriaAlerta({ para: "mentor", nombre: m.mentor.nombre, proyecto, mentoriaId: m.id, semanas }));
      const e = m.postulacion.postulante;
      await encolarCorreo(tx, { id: idAlerta(m.id, dia, "equipo"), para: e.email, userId: e.id }, correoMentoriaAlerta({ para: "equipo", nombre: e.nombre, proyecto, mentoriaId: m.id, semanas }));
      alertadas.push(m.id);
    }
    const n = alertadas.length;
    const omitidas = conAtraso.length - n;
    return {
      data: { mentorias: n, correos: 2 * n, yaAlertadasHoy: omitidas },
      audit: { entidad: "Convocatoria", entidadId: convocatoria.id, datos: { dia, mentorias: alertadas, yaAlertadasHoy: omitidas } },
      mensaje:
        conAtraso.length === 0
          ? "Ninguna mentoría tiene semanas atrasadas: no se envió ninguna alerta."
          : n === 0
            ? "Las alertas de hoy ya se enviaron: no se envió nada nuevo."
            : `Se enviaron alertas de ${n === 1 ? "1 mentoría" : `${n} mentorías`} con semanas atrasadas (${2 * n} correos, al mentor y al equipo).`,
    };
  },
  revalidate: () => ["/seguimiento/incubacion"],
});
