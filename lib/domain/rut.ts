// RUT/RUN chileno: dígito verificador módulo 11 (CHILE.md). Se guarda normalizado ("12345678-5")
// y se muestra con puntos ("12.345.678-5"). Es dato personal: en público, solo enmascarado.

export function calcularDv(cuerpo: string): string {
  let suma = 0;
  let factor = 2;
  for (let i = cuerpo.length - 1; i >= 0; i--) {
    suma += Number(cuerpo[i]) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const r = 11 - (suma % 11);
  if (r === 11) return "0";
  if (r === 10) return "K";
  return String(r);
}

/** "12.345.678-5", "12345678-5" o "123456785" → "12345678-5"; null si no es un RUT válido. */
export function normalizarRut(entrada: string): string | null {
  // Leading zeros are padding ("012.345.678-5" is 12.345.678-5): dropped before the length is checked.
  const limpio = entrada.replace(/[.\s-]/g, "").toUpperCase().replace(/^0+(?=\d)/, "");
  const m = /^(\d{1,8})([\dK])$/.exec(limpio);
  if (!m) return null;
  const cuerpo = m[1];
  if (/^0*$/.test(cuerpo)) return null;
  if (calcularDv(cuerpo) !== m[2]) return null;
  return `${cuerpo}-${m[2]}`;
}

export function esRutValido(entrada: string): boolean {
  return normalizarRut(entrada) !== null;
}

/** "12345678-5" → "12.345.678-5" */
export function formatearRut(normalizado: string): string {
  const [cuerpo, dv] = normalizado.split("-");
  return `${cuerpo.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}-${dv}`;
}

/** "12345678-5" → "12.***.***-5": para cualquier vista pública. */
export function enmascararRut(normalizado: string): string {
  const [cuerpo, dv] = normalizado.split("-");
  const cabeza = cuerpo.length > 6 ? cuerpo.slice(0, cuerpo.length - 6) : "*";
  return `${cabeza}.***.***-${dv}`;
}
