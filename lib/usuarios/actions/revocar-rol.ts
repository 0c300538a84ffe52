import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { cambioRolSchema } from "../schema";

export const revocarRol = defineAction({
  name: "usuario.revocarRol",
  schema: cambioRolSchema,
  async run({ input, tx, user }) {
    // An admin cannot remove their own ADMIN role: the portal would be left without a way back.
    if (input.rol === "ADMIN" && input.userId === user.id) throw new ActionError("No puede quitarse a sí mismo el rol de administrador.");
    const { count } = await tx.userRol.deleteMany({ where: { userId: input.userId, rol: input.rol } });
    if (count === 0) throw new ActionError("El usuario no tiene ese rol.");
    await tx.user.update({ where: { id: input.userId }, data: { sessionVersion: { increment: 1 } } });
    return { data: { userId: input.userId }, audit: { entidad: "User", entidadId: input.userId, datos: { revoca: input.rol } }, mensaje: "Rol revocado." };
  },
  revalidate: () => ["/admin/usuarios"],
});
