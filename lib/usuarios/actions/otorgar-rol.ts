import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { cambioRolSchema } from "../schema";

// A role change bumps sessionVersion: the user's open sessions end and they sign in again.
export const otorgarRol = defineAction({
  name: "usuario.otorgarRol",
  schema: cambioRolSchema,
  async run({ input, tx, user }) {
    const destino = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, roles: { select: { rol: true } } } });
    if (!destino) throw new ActionError("El usuario no existe.");
    if (destino.roles.some((r) => r.rol === input.rol)) throw new ActionError("El usuario ya tiene ese rol.");
    await tx.userRol.create({ data: { userId: input.userId, rol: input.rol, otorgadoPor: user.id } });
    await tx.user.update({ where: { id: input.userId }, data: { sessionVersion: { increment: 1 } } });
    return { data: { userId: input.userId }, audit: { entidad: "User", entidadId: input.userId, datos: { otorga: input.rol } }, mensaje: "Rol otorgado." };
  },
  revalidate: () => ["/admin/usuarios"],
});
