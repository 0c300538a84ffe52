// Organisations claimed by an account (its first, ACTIVO member), as submitting a first perfil leaves them.
import type { TipoEjecutor } from "../../../lib/generated/prisma/client";
import { baseE2e, rutUnico, unico } from "./base";
import type { Cuenta } from "./cuentas";

export type OrganizacionE2e = { id: string; nombre: string; rut: string };

export async function organizacionDe(
  duena: Pick<Cuenta, "id">,
  { nombre, rut, tipo = "SIN_FINES_DE_LUCRO" }: { nombre?: string; rut?: string; tipo?: TipoEjecutor } = {},
): Promise<OrganizacionE2e> {
  return baseE2e().organizacion.create({
    data: {
      nombre: nombre ?? `Fundación Prueba ${unico()}`,
      rut: rut ?? rutUnico(60_000_000),
      tipo,
      creadaPorId: duena.id,
      miembros: { create: { userId: duena.id, estado: "ACTIVO" } },
    },
    select: { id: true, nombre: true, rut: true },
  });
}
