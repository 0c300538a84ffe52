import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";
import { id } from "@/lib/validation/campos";

export const cambioRolSchema = z.object({
  userId: id,
  rol: z.enum(ROLES, { error: "Seleccione un rol válido." }),
});
