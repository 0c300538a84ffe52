import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { nombreRegion, regionDelPerfil } from "@/lib/domain/regiones";
import { exigirPreseleccionada } from "@/lib/incubacion/preseleccionadas";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoMentoriaAsignada } from "@/lib/mail/plantillas/mentoria-asignada";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { asignarMentoriaSchema } from "../schema";

export const MENSAJE_MENTOR_NO_APROBADO = "Esa persona no es mentora aprobada del pool de mentores: solo se asignan inscripciones aprobadas.";
export const MENSAJE_MENTOR_PROPIO_EQUIPO = "Esa persona postuló este proyecto: nadie es mentor o mentora de su propio equipo. Elija a otra persona.";

// FOSIS staff assign an approved mentor (MENTOR role, APROBADO inscription) to a preselected team. A team
// has at most one live mentoría: assigning another mentor recuses the live one (it stays for the audit).
// A mentor once recused with a team (conflict or reassignment) never returns to it, and nobody mentors
// more teams than the maximum they declared. The mentor and the team are told by e-mail.
export const asignarMentoria = defineAction({
  name: "mentoria.asignar",
  schema: asignarMentoriaSchema,
  async run({ input, tx, user, convocatoria }) {
    const perfil = await exigirPreseleccionada(tx, convocatoria.id, input.postulacionId, wherePostulaciones(user, "mentoria.asignar"));
    // Row lock on the team first (then on the mentor, always in this order): two staff assigning different
    // mentors to one team at once run one after the other, and the second recuses the first's mentoría.
    await tx.postulacion.updateMany({ where: { id: perfil.id }, data: { updatedAt: new Date() } });
    const mentor = await tx.mentorPerfil.findFirst({
      where: { userId: input.mentorId, estado: "APROBADO", user: { roles: { some: { rol: "MENTOR" } } } },
      select: { id: true, maxEquipos: true, institucion: true, user: { select: { id: true, nombre: true, email: true } } },
    });
    if (!mentor) throw new ActionError(MENSAJE_MENTOR_NO_APROBADO, { mentorId: [MENSAJE_MENTOR_NO_APROBADO] });
    // Like an evaluator (lib/asignaciones/asignar.ts), a mentor never accompanies their own perfil: they would
    // log the sessions and confirm them as the team.
    if (mentor.user.id === perfil.postulanteId) throw new ActionError(MENSAJE_MENTOR_PROPIO_EQUIPO, { mentorId: [MENSAJE_MENTOR_PROPIO_EQUIPO] });
    // Row lock on the mentor's inscription: two assignments of the same mentor at once count each other.
    await tx.mentorPerfil.updateMany({ where: { id: mentor.id }, data: { maxEquipos: mentor.maxEquipos } });

    const previa = await tx.mentoria.findUnique({ where: { postulacionId_mentorId: { postulacionId: perfil.id, mentorId: mentor.user.id } }, select: { recusadaEn: true } });
    if (previa) {
      throw new ActionError(
        previa.recusadaEn
          ? `${mentor.user.nombre} ya fue mentor o mentora de este equipo y quedó recusado (por un conflicto de interés o una reasignación): no puede volver a asignarse. Elija a otra persona.`
          : `${mentor.user.nombre} ya es el mentor o la mentora de este equipo.`,
      );
    }
    const vivas = await tx.mentoria.count({ where: { mentorId: mentor.user.id, recusadaEn: null } });
    if (vivas >= mentor.maxEquipos) {
      throw new ActionError(
        `${mentor.user.nombre} ya acompaña a ${vivas === 1 ? "1 equipo" : `${vivas} equipos`}, el máximo que declaró (${mentor.maxEquipos}). Elija a otra persona o pídale que amplíe su disponibilidad.`,
      );
    }

    const ahora = new Date();
    const anteriores = await tx.mentoria.findMany({ where: { postulacionId: perfil.id, recusadaEn: null }, select: { id: true, mentorId: true } });
    if (anteriores.length > 0) {
      await tx.mentoria.updateMany({ where: { id: { in: anteriores.map((a) => a.id) }, recusadaEn: null }, data: { recusadaEn: ahora } });
    }
    const m = await tx.mentoria.create({ data: { postulacionId: perfil.id, mentorId: mentor.user.id }, select: { id: true } });

    const datos = await tx.postulacion.findUniqueOrThrow({
      where: { id: perfil.id },
      select: {
        regiones: { select: { regionCut: true } },
        desafio: { select: { titulo: true, regionCut: true } },
        postulante: { select: { id: true, nombre: true, email: true } },
      },
    });
    const region = nombreRegion(regionDelPerfil(datos.regiones.map((r) => r.regionCut), datos.desafio.regionCut));
    await encolarCorreo(
      tx,
      { para: mentor.user.email, userId: mentor.user.id },
      correoMentoriaAsignada({ para: "mentor", nombre: mentor.user.nombre, proyecto: perfil.nombreProyecto, desafio: datos.desafio.titulo, region, mentoriaId: m.id }),
    );
    await encolarCorreo(
      tx,
      { para: datos.postulante.email, userId: datos.postulante.id },
      correoMentoriaAsignada({ para: "equipo", nombre: datos.postulante.nombre, proyecto: perfil.nombreProyecto, mentor: mentor.user.nombre, institucion: mentor.institucion }),
    );

    return {
      data: { mentoriaId: m.id, postulacionId: perfil.id, reemplazadas: anteriores.map((a) => a.id) },
      audit: { entidad: "Mentoria", entidadId: m.id, datos: { postulacionId: perfil.id, mentorId: mentor.user.id, recusadas: anteriores } },
      mensaje:
        anteriores.length > 0
          ? `${mentor.user.nombre} es el nuevo mentor o mentora de «${perfil.nombreProyecto}»; la mentoría anterior quedó recusada. Se avisó por correo.`
          : `${mentor.user.nombre} acompañará a «${perfil.nombreProyecto}». Se avisó por correo al mentor y al equipo.`,
    };
  },
  revalidate: () => ["/seguimiento/incubacion", "/mentor", "/postulante/incubacion/mentoria"],
});
