import { calcularDv } from "@/lib/domain/rut";

/** Normalized valid RUT ("12345678-5") for a numeric body. */
export function rutValido(cuerpo: number | string): string {
  const c = String(cuerpo);
  return `${c}-${calcularDv(c)}`;
}
