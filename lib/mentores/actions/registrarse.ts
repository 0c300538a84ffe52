import { defineAction } from "@/lib/actions/pipeline";
import { escribirTemas, estadoTrasInscripcion, NOMBRE_ESTADO_MENTOR } from "@/lib/domain/mentores";
import { registrarseSchema } from "../schema";

// Any signed-in account registers itself in the mentor pool (or updates its registration): helix,
// institution, region, experience, topics and availability. Only ever its own row (MentorPerfil.userId is
// the caller). A new registration, or one rejected before, waits for staff review; an approved one stays approved.
export const registrarMentor = defineAction({
  name: "mentor.registrarse",
  schema: registrarseSchema,
  async run({ input, tx, user }) {
    const anterior = await tx.mentorPerfil.findUnique({ where: { userId: user.id }, select: { id: true, estado: true } });
    const estado = estadoTrasInscripcion(anterior?.estado ?? null);
    const datos = {
      helice: input.helice,
      institucion: input.institucion,
      regionCut: input.regionCut,
      experiencia: input.experiencia,
      temas: escribirTemas(input.temas),
      horasSemana: input.horasSemana,
      maxEquipos: input.maxEquipos,
      estado,
    };
    const vuelveARevision = anterior !== null && anterior.estado !== estado;
    const m = anterior
      ? await tx.mentorPerfil.update({ where: { id: anterior.id }, data: { ...datos, ...(vuelveARevision && { revisadoPorId: null, revisadoEn: null }) }, select: { id: true } })
      : await tx.mentorPerfil.create({ data: { userId: user.id, ...datos }, select: { id: true } });
    return {
      data: { id: m.id, estado },
      audit: {
        entidad: "MentorPerfil",
        entidadId: m.id,
        datos: { helice: input.helice, regionCut: input.regionCut, temas: input.temas, horasSemana: input.horasSemana, maxEquipos: input.maxEquipos, estado, nueva: !anterior },
      },
      mensaje:
        estado === "APROBADO"
          ? "Inscripción actualizada. Sigue aprobada como mentora o mentor."
          : `Inscripción ${anterior ? "actualizada" : "recibida"}. Estado: ${NOMBRE_ESTADO_MENTOR[estado].toLowerCase()}; el equipo FOSIS le avisará por correo.`,
    };
  },
  revalidate: () => ["/mentores/registro", "/seguimiento/incubacion/mentores"],
});
