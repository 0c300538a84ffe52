import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { esCorreoProvisorio } from "@/lib/auth/claveunica-claims";
import { secretoInvitaciones } from "@/lib/scouting/secreto";
import { confirmarCorreoSchema, MENSAJE_CORREO_YA_EXISTE } from "../schema";
import { verificarEnlaceCorreo } from "../enlace-correo";

// The second step of adding an e-mail to a ClaveÚnica account (lib/cuentas/actions/solicitar-correo.ts):
// the signed link, opened with the same account signed in, sets the address. A POST from the page the
// link opens, never the GET itself (mail scanners open links).
export const confirmarCorreo = defineAction({
  name: "cuenta.confirmarCorreo",
  schema: confirmarCorreoSchema,
  async run({ input, tx, user }) {
    const enlace = verificarEnlaceCorreo(input.token, secretoInvitaciones());
    if (!enlace.ok) {
      throw new ActionError(
        enlace.motivo === "EXPIRADO"
          ? "El enlace venció. Pida uno nuevo en «Mi cuenta»."
          : "El enlace no es válido. Revise que lo copió completo, o pida uno nuevo en «Mi cuenta».",
      );
    }
    if (enlace.userId !== user.id) throw new ActionError("Este enlace es de otra cuenta. Ingrese con la cuenta que pidió agregar el correo.");
    const cuenta = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, email: true } });
    if (cuenta.email === enlace.email) {
      return { data: { email: cuenta.email }, audit: { entidad: "User", entidadId: cuenta.id, datos: { yaConfirmado: true } }, mensaje: "Su correo ya estaba confirmado." };
    }
    if (!esCorreoProvisorio(cuenta.email)) throw new ActionError(MENSAJE_CORREO_YA_EXISTE);
    const otra = await tx.user.findUnique({ where: { email: enlace.email }, select: { id: true } });
    if (otra) {
      throw new ActionError("Ese correo ya pertenece a otra cuenta del portal. Si esa cuenta es suya, ingrese con ella; si no, agregue otro correo.");
    }
    await tx.user.update({ where: { id: cuenta.id }, data: { email: enlace.email } });
    return {
      data: { email: enlace.email },
      audit: { entidad: "User", entidadId: cuenta.id, datos: { correo: "CONFIRMADO" } },
      mensaje: `Listo: su correo es ${enlace.email}. Desde ahora le avisaremos ahí.`,
    };
  },
  revalidate: () => ["/cuenta"],
});
