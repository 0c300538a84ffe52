import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { formatearRut } from "@/lib/domain/rut";
import { encolarCorreo } from "@/lib/mail/outbox";
import { enlacePortal, RUTA_MIS_ORGANIZACIONES, RUTA_SEGUIMIENTO_ORGANIZACIONES } from "../correos";
import { solicitarIngresoSchema } from "../schema";

// An applicant asks to join a registered organisation (by its RUT), with a message for its members. The
// request stays PENDIENTE until an active member or FOSIS staff resolve it; the active members get an
// e-mail. Someone rejected before may ask again.
export const solicitarIngreso = defineAction({
  name: "organizacion.solicitarIngreso",
  schema: solicitarIngresoSchema,
  async run({ input, tx, user }) {
    const org = await tx.organizacion.findUnique({
      where: { rut: input.organizacionRut },
      select: { id: true, nombre: true, rut: true, miembros: { where: { estado: "ACTIVO" }, select: { user: { select: { id: true, nombre: true, email: true } } } } },
    });
    if (!org) {
      throw new ActionError("No hay una organización registrada con ese RUT.", {
        organizacionRut: ["No hay una organización registrada en el portal con ese RUT. Si es la primera persona de su organización, envíe su perfil con ese RUT y quedará registrada a su nombre."],
      });
    }
    const previa = await tx.miembroOrganizacion.findUnique({
      where: { organizacionId_userId: { organizacionId: org.id, userId: user!.id } },
      select: { id: true, estado: true },
    });
    if (previa?.estado === "ACTIVO") throw new ActionError("Usted ya es integrante de esta organización.", { organizacionRut: ["Usted ya es integrante de esta organización."] });
    if (previa?.estado === "PENDIENTE") {
      throw new ActionError("Ya pidió unirse a esta organización: su solicitud espera respuesta.", { organizacionRut: ["Ya pidió unirse a esta organización."] });
    }
    const solicitud = previa
      ? await tx.miembroOrganizacion.update({
          where: { id: previa.id },
          data: { estado: "PENDIENTE", mensaje: input.mensaje, agregadoPorId: null, resueltoEn: null },
          select: { id: true },
        })
      : await tx.miembroOrganizacion.create({ data: { organizacionId: org.id, userId: user!.id, estado: "PENDIENTE", mensaje: input.mensaje }, select: { id: true } });

    for (const { user: m } of org.miembros) {
      await encolarCorreo(tx, {
        para: m.email,
        userId: m.id,
        asunto: `Fondo IDEA: ${user!.nombre} pide unirse a ${org.nombre}`,
        cuerpo: [
          `Hola ${m.nombre}:`,
          "",
          `${user!.nombre} (${user!.email}) pide unirse a la organización «${org.nombre}» (RUT ${formatearRut(org.rut)}) en el portal del Fondo IDEA, para enviar perfiles a su nombre.`,
          "",
          "Su mensaje:",
          input.mensaje,
          "",
          `Si esta persona actúa por su organización, apruebe la solicitud en «Mis organizaciones»; si no, recházela: ${enlacePortal(RUTA_MIS_ORGANIZACIONES)}`,
          "",
          "Fondo IDEA · FOSIS",
        ].join("\n"),
      });
    }
    return {
      data: { id: solicitud.id, organizacionId: org.id },
      audit: { entidad: "MiembroOrganizacion", entidadId: solicitud.id, datos: { organizacionId: org.id, rut: org.rut, estado: "PENDIENTE", anterior: previa?.estado ?? null } },
      mensaje: `Solicitud enviada a «${org.nombre}». Le avisaremos por correo cuando un integrante de la organización o el equipo FOSIS la resuelva.`,
    };
  },
  revalidate: () => [RUTA_MIS_ORGANIZACIONES, RUTA_SEGUIMIENTO_ORGANIZACIONES],
});
