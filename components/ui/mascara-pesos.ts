// The pesos input's mask (components/ui/campo-pesos.tsx), as pure functions: what an edit leaves as the
// amount, and where the caret goes in the formatted text. Dots are added as the person types.
import { formatearPesosEntrada, parsearPesos, pesosAlEscribir } from "@/lib/domain/formato";

/** A form value as an amount: a number, or text typed or stored earlier ("24000000", "$24.000.000"). */
export function comoPesos(valor: unknown): number | null {
  if (typeof valor === "number") return Number.isFinite(valor) ? valor : null;
  if (typeof valor === "string") return parsearPesos(valor) ?? pesosAlEscribir(valor);
  return null;
}

const digitos = (s: string) => s.replace(/\D/g, "");

/**
 * One edit of the input: `anterior` is the amount before it, `texto` and `caret` what the input holds
 * right after it, `tipo` the InputEvent's inputType. Deleting a dot deletes the digit next to it (a dot
 * is not the person's, so deleting only it would change nothing). Returns the amount and how many digits
 * stand before the caret, to put the caret back there once the text is formatted again.
 */
export function editarPesos(anterior: number | null, texto: string, caret: number, tipo?: string): { pesos: number | null; digitosAntes: number } {
  let antes = digitos(texto.slice(0, caret)).length;
  let pesos = pesosAlEscribir(texto);
  const previo = formatearPesosEntrada(anterior);
  const borroUnPunto = pesos === anterior && texto.length < previo.length && digitos(texto) === digitos(previo);
  if (borroUnPunto) {
    const d = digitos(previo);
    const i = tipo === "deleteContentForward" ? antes : antes - 1;
    if (i >= 0 && i < d.length) {
      pesos = pesosAlEscribir(d.slice(0, i) + d.slice(i + 1));
      antes = i;
    }
  }
  return { pesos, digitosAntes: Math.min(antes, digitos(formatearPesosEntrada(pesos)).length) };
}

/** Index in `formateado` right after its n-th digit (0 → the start). */
export function posicionTrasDigitos(formateado: string, n: number): number {
  if (n <= 0) return 0;
  let vistos = 0;
  for (let i = 0; i < formateado.length; i++) {
    if (/\d/.test(formateado[i]) && ++vistos === n) return i + 1;
  }
  return formateado.length;
}
