import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { registroSchema } from "../schema";

// Anyone may create an account; it starts as POSTULANTE. AFILIADO (voter) needs a verified RUT and
// other roles are granted by an admin.
export const registrar = defineAction({
  name: "cuenta.registrar",
  schema: registroSchema,
  async run({ input, tx }) {
    const existentes = await tx.user.findMany({
      where: { OR: [{ email: input.email }, { rut: input.rut }] },
      select: { email: true, rut: true },
    });
    const fieldErrors: Record<string, string[]> = {};
    if (existentes.some((u) => u.email === input.email)) fieldErrors.email = ["Ya existe una cuenta con este correo."];
    if (existentes.some((u) => u.rut === input.rut)) fieldErrors.rut = ["Ya existe una cuenta con este RUT."];
    if (Object.keys(fieldErrors).length) throw new ActionError("No se pudo crear la cuenta.", fieldErrors);

    const user = await tx.user.create({
      data: {
        nombre: input.nombre,
        email: input.email,
        rut: input.rut,
        passwordHash: await hashPassword(input.password),
        roles: { create: [{ rol: "POSTULANTE" }] },
      },
      select: { id: true, email: true },
    });
    // The audit keeps no password, and only the account id (personal data stays in the user table).
    return { data: { id: user.id, email: user.email }, audit: { entidad: "User", entidadId: user.id, datos: { roles: ["POSTULANTE"] } } };
  },
});
