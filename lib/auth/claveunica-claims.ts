// ClaveÚnica's userinfo → who the person is, for our accounts. Pure (no database, no Next): the
// browser-free parts of the sign-in that unit tests check directly. The claim shape is CHILE.md's:
//   { sub, RolUnico: { numero: 44444444, DV: "4", tipo: "RUN" }, name: { nombres: [...], apellidos: [...] } }
// The account is keyed on the RUN (numero + DV), never on `sub` (docs/decisions/0013-claveunica-cuenta-por-run.md).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { normalizarRut } from "@/lib/domain/rut";
import { normalizarTexto } from "@/lib/domain/texto";

/** The provider's id in next-auth: its callback is <APP_URL>/api/auth/callback/claveunica. */
export const ID_CLAVEUNICA = "claveunica";

export type IdentidadClaveUnica = {
  /** ClaveÚnica's subject id: recorded, but the account is found by `rut`. */
  sub: string;
  /** Normalized RUN, "44444444-4" (lib/domain/rut.ts). */
  rut: string;
  /** "Nombres Apellidos", for a new account's name. */
  nombre: string;
};

export type MotivoRechazoClaims = "FORMATO" | "TIPO" | "DV";

export type ResultadoClaims = { ok: true; identidad: IdentidadClaveUnica } | { ok: false; motivo: MotivoRechazoClaims };

const partesNombre = z.array(z.string()).catch([]);

const claimsSchema = z.object({
  sub: z.union([z.string().trim().min(1).max(200), z.number().int().nonnegative().transform(String)]),
  RolUnico: z.object({
    // A number in the documented shape; a string of digits is taken too (some integrations pass it through JSON as text).
    numero: z.union([z.number().int().positive().max(99_999_999), z.string().regex(/^\d{1,8}$/)]),
    DV: z.union([z.string().trim().regex(/^[\dkK]$/), z.number().int().min(0).max(9)]),
    tipo: z.string().optional(),
  }),
  name: z.object({ nombres: partesNombre, apellidos: partesNombre }).partial().optional().catch(undefined),
});

/** Longest name an account has (as at sign-up, lib/cuentas/schema.ts). */
const MAX_NOMBRE = 120;
export const NOMBRE_SIN_CLAIM = "Persona verificada con ClaveÚnica";

function nombreDe(name: { nombres?: string[]; apellidos?: string[] } | undefined): string {
  const partes = [...(name?.nombres ?? []), ...(name?.apellidos ?? [])].map((p) => normalizarTexto(p).replace(/\s+/g, " ").trim()).filter(Boolean);
  const nombre = partes.join(" ").slice(0, MAX_NOMBRE).trim();
  return nombre || NOMBRE_SIN_CLAIM;
}

/**
 * The RUN of the claims, normalized, with its check digit verified (a wrong DV is refused, never
 * "corrected"); `tipo`, when present, must be "RUN". FORMATO: the claims miss `sub` or `RolUnico`.
 */
export function identidadDeClaims(claims: unknown): ResultadoClaims {
  const p = claimsSchema.safeParse(claims);
  if (!p.success) return { ok: false, motivo: "FORMATO" };
  const { sub, RolUnico, name } = p.data;
  if (RolUnico.tipo !== undefined && RolUnico.tipo.trim().toUpperCase() !== "RUN") return { ok: false, motivo: "TIPO" };
  const rut = normalizarRut(`${RolUnico.numero}-${String(RolUnico.DV).toUpperCase()}`);
  if (!rut) return { ok: false, motivo: "DV" };
  return { ok: true, identidad: { sub, rut, nombre: nombreDe(name) } };
}

// ClaveÚnica gives no e-mail, and User.email is required and unique: an account created by ClaveÚnica
// gets a placeholder in the reserved `.invalid` domain (RFC 2606: never resolves, never delivered), and
// /cuenta asks the person for a real address.
export const DOMINIO_CORREO_PROVISORIO = "sin-correo.invalid";

/** A placeholder e-mail nobody receives. */
export function correoProvisorio(): string {
  return `claveunica-${randomUUID()}@${DOMINIO_CORREO_PROVISORIO}`;
}

export function esCorreoProvisorio(email: string): boolean {
  return email.toLowerCase().endsWith(`@${DOMINIO_CORREO_PROVISORIO}`);
}

/** Codes of ?error= on /ingresar when a ClaveÚnica sign-in is refused (lib/auth/claveunica.ts). */
export const ERRORES_INGRESO_CLAVEUNICA = {
  "claveunica-datos":
    "ClaveÚnica no entregó un RUN válido, por lo que no pudimos identificarle. Intente nuevamente; si el problema continúa, escríbanos.",
  "claveunica-otra-cuenta":
    "Su RUN ya está verificado en otra cuenta del portal. Cierre esta sesión e ingrese con ClaveÚnica para usar esa cuenta: cada persona tiene una sola cuenta.",
  "claveunica-otro-run": "Esta cuenta ya está verificada con otro RUN. Cada cuenta corresponde a una sola persona.",
} as const;

export type CodigoErrorClaveUnica = keyof typeof ERRORES_INGRESO_CLAVEUNICA;

/**
 * The message for /ingresar?error=…: ours for a refused ClaveÚnica sign-in, a general one for next-auth's
 * own codes (AccessDenied, Configuration, …: the person cancelled at ClaveÚnica, or it did not answer).
 * Credentials errors never arrive here (the form shows them), so an unknown code is a failed redirect sign-in.
 */
export function mensajeErrorIngreso(codigo: unknown): string | null {
  if (typeof codigo !== "string" || codigo === "") return null;
  if (Object.hasOwn(ERRORES_INGRESO_CLAVEUNICA, codigo)) return ERRORES_INGRESO_CLAVEUNICA[codigo as CodigoErrorClaveUnica];
  return "No se pudo completar el ingreso con ClaveÚnica. Intente nuevamente.";
}
