// Double opt-in of anonymous registrations: the token mailed to the address and what is stored of it.
// Only the token's SHA-256 is kept (Inscripcion.tokenHash): a copy of the database cannot confirm anyone.
import { createHash, randomBytes } from "node:crypto";
import type { Limite } from "@/lib/auth/rate-limit";
import { urlPortal } from "@/lib/config/url-portal";

/** How long the link mailed is valid (never past the taller's start). */
export const VIGENCIA_CONFIRMACION_MS = 24 * 60 * 60_000;

/** A second registration of the same address to the same taller within this time sends no second mail. */
export const ESPERA_REENVIO_MS = 10 * 60_000;

/** Anonymous registrations (each one sends a mail) per connection and per address. */
export const LIMITE_INSCRIPCION_IP: Limite = { intentos: 10, ventanaMs: 60 * 60_000 };
export const LIMITE_INSCRIPCION_CORREO: Limite = { intentos: 3, ventanaMs: 24 * 60 * 60_000 };

export const claveInscripcionIp = (ip: string | null) => `taller:ip:${ip ?? "desconocida"}`;
export const claveInscripcionCorreo = (email: string) => `taller:correo:${email.trim().toLowerCase()}`;

export function nuevoToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The link mailed to confirm an anonymous registration. */
export const enlaceConfirmacion = (token: string) => urlPortal(`/talleres/confirmar/${token}`);

export function confirmarAntesDe(ahora: Date, inicioTaller: Date): Date {
  return new Date(Math.min(ahora.getTime() + VIGENCIA_CONFIRMACION_MS, inicioTaller.getTime()));
}
