import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { formatearRut } from "@/lib/domain/rut";
import { encolarCorreo } from "@/lib/mail/outbox";
import { enlacePortal, RUTA_MIS_ORGANIZACIONES, RUTA_SEGUIMIENTO_ORGANIZACIONES } from "../correos";
import { bloquearMembresiaActiva } from "../membresia";
import { agregarMiembroSchema } from "../schema";

export const MENSAJE_ORGANIZACION_NO_ENCONTRADA = "No encontramos esa organización.";
const SIN_CUENTA = "No encontramos una cuenta con ese correo; pídale que se registre primero.";

// An active member adds an existing account to their organisation (an invitation by a member): it becomes
// ACTIVO at once, also when it had asked to join or been rejected before, and is told by e-mail. Only
// members see whether an e-mail has an account; to anyone else the organisation does not exist.
export const agregarMiembro = defineAction({
  name: "organizacion.agregarMiembro",
  schema: agregarMiembroSchema,
  async run({ input, tx, user }) {
    const org = await tx.organizacion.findUnique({ where: { id: input.organizacionId }, select: { id: true, nombre: true, rut: true } });
    if (!org || !(await bloquearMembresiaActiva(tx, org.id, user!.id))) throw new ActionError(MENSAJE_ORGANIZACION_NO_ENCONTRADA);
    const persona = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, nombre: true, email: true } });
    if (!persona) throw new ActionError(SIN_CUENTA, { email: [SIN_CUENTA] });
    const previa = await tx.miembroOrganizacion.findUnique({
      where: { organizacionId_userId: { organizacionId: org.id, userId: persona.id } },
      select: { id: true, estado: true },
    });
    if (previa?.estado === "ACTIVO") throw new ActionError("Esa persona ya es integrante de la organización.", { email: ["Esa persona ya es integrante de la organización."] });
    const datos = { estado: "ACTIVO" as const, agregadoPorId: user!.id, resueltoEn: new Date() };
    const miembro = previa
      ? await tx.miembroOrganizacion.update({ where: { id: previa.id }, data: datos, select: { id: true } })
      : await tx.miembroOrganizacion.create({ data: { organizacionId: org.id, userId: persona.id, ...datos }, select: { id: true } });
    await encolarCorreo(tx, {
      para: persona.email,
      userId: persona.id,
      asunto: `Fondo IDEA: ahora es integrante de ${org.nombre}`,
      cuerpo: [
        `Hola ${persona.nombre}:`,
        "",
        `${user!.nombre} le agregó como integrante de la organización «${org.nombre}» (RUT ${formatearRut(org.rut)}) en el portal del Fondo IDEA. Ya puede enviar perfiles a su nombre.`,
        "",
        `Vea sus organizaciones en «Mis organizaciones»: ${enlacePortal(RUTA_MIS_ORGANIZACIONES)}`,
        "",
        "Fondo IDEA · FOSIS",
      ].join("\n"),
    });
    return {
      data: { id: miembro.id, organizacionId: org.id },
      audit: { entidad: "MiembroOrganizacion", entidadId: miembro.id, datos: { organizacionId: org.id, userId: persona.id, estado: "ACTIVO", anterior: previa?.estado ?? null } },
      mensaje: `${persona.nombre} ya es integrante de «${org.nombre}». Le avisamos por correo.`,
    };
  },
  revalidate: () => [RUTA_MIS_ORGANIZACIONES, RUTA_SEGUIMIENTO_ORGANIZACIONES],
});
