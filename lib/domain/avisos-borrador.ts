// A perfil draft saves whatever was typed; what the submission will refuse is told next to its field
// while it is still a draft, as a warning that never blocks the save. The amount and RUT rules are the
// submission's own (lib/domain/admisibilidad.ts), so a draft without warnings there passes them.
import { chequeosAdmisibilidad, type DatosAdmisibilidad } from "./admisibilidad";
import { parsearPesos } from "./formato";
import { normalizarRut } from "./rut";

/** Largest amount the money columns hold (Int: 32 bits on PostgreSQL). */
export const MAX_PESOS = 2_147_483_647;

export const MENSAJE_MONTO_ILEGIBLE = "Escriba el monto en pesos, solo con números (por ejemplo, 25.000.000).";
export const MENSAJE_MONTO_GRANDE = "El monto es demasiado grande.";
export const MENSAJE_RUT_INVALIDO = "El RUT no es válido: revise el dígito verificador.";

/** The amount a draft stores (integer pesos, or null) and, when what was typed is not one, why. */
export type MontoBorrador = { pesos: number | null; aviso: string | null };

/** What was typed in the amount (text as typed, or a number) → what the draft stores. Blank is no amount. */
export function montoBorrador(valor: string | number | null): MontoBorrador {
  if (valor === null || (typeof valor === "string" && valor.trim() === "")) return { pesos: null, aviso: null };
  const n = typeof valor === "number" ? valor : parsearPesos(valor);
  if (n === null || !Number.isInteger(n) || n < 0) return { pesos: null, aviso: MENSAJE_MONTO_ILEGIBLE };
  if (n > MAX_PESOS) return { pesos: null, aviso: MENSAJE_MONTO_GRANDE };
  return { pesos: n, aviso: null };
}

export type DatosAvisos = {
  /** The RUT as stored in the draft (as typed). */
  organizacionRut: string;
  /** The stored amount, and the reason when the one typed could not be stored. */
  monto: MontoBorrador;
  linea: DatosAdmisibilidad["linea"];
  banda: DatosAdmisibilidad["banda"];
};

/**
 * Warnings by field name, only for fields with something in them (an empty field is not done yet, and
 * the submission says so). Empty object: nothing to warn about.
 */
export function avisosBorrador(d: DatosAvisos): Record<string, string[]> {
  const avisos: Record<string, string[]> = {};
  if (d.organizacionRut.trim() && !normalizarRut(d.organizacionRut)) avisos.organizacionRut = [MENSAJE_RUT_INVALIDO];
  if (d.monto.aviso) avisos.montoSolicitado = [d.monto.aviso];
  else if (d.monto.pesos !== null) {
    const regla = chequeosAdmisibilidad({
      campos: {},
      montoSolicitado: d.monto.pesos,
      linea: d.linea,
      banda: d.banda,
      organizacionRut: null,
      adjuntos: [],
      enviadaEn: null,
      cierre: null,
    }).find((c) => c.regla === "Monto solicitado");
    if (regla && !regla.ok) avisos.montoSolicitado = [regla.detalle];
  }
  return avisos;
}
