// Accounts made directly in the database, with the product's own password hashing: a test that is not
// about signing up starts with one of these and signs in (fixtures.ts ingresar).
import { hashPassword } from "../../../lib/auth/password";
import type { Rol } from "../../../lib/domain/roles";
import { baseE2e, rutUnico, unico } from "./base";

export const CLAVE_E2E = "ClaveDePrueba2019!";

export type Cuenta = { id: string; nombre: string; email: string; clave: string; rut: string };

let hashClave: Promise<string> | null = null;

/** A new account no other test uses: POSTULANTE unless `roles` says otherwise; password CLAVE_E2E. */
export async function cuentaNueva({ nombre, roles = ["POSTULANTE"], regionCut }: { nombre?: string; roles?: Rol[]; regionCut?: string } = {}): Promise<Cuenta> {
  const n = unico();
  hashClave ??= hashPassword(CLAVE_E2E);
  const rut = rutUnico(90_000_000);
  const u = await baseE2e().user.create({
    data: {
      email: `cuenta.${n}@prueba.cl`,
      nombre: nombre ?? `Persona Prueba ${n}`,
      rut,
      passwordHash: await hashClave,
      regionCut: regionCut ?? null,
      roles: { create: roles.map((rol) => ({ rol })) },
    },
    select: { id: true, nombre: true, email: true },
  });
  return { ...u, clave: CLAVE_E2E, rut };
}

/** A new applicant (POSTULANTE only). */
export function postulanteNuevo(datos: { nombre?: string; regionCut?: string } = {}): Promise<Cuenta> {
  return cuentaNueva({ ...datos, roles: ["POSTULANTE"] });
}

/** The id of a demo account (lib/seed/datos-2019.ts CUENTAS_DEMO), by e-mail. */
export async function idDeCuenta(email: string): Promise<string> {
  return (await baseE2e().user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}
