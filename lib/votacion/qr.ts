// The QR code of a perfil's poster (qrcode from npm), as one SVG path: drawn by React, so the page inlines
// it without an HTML string and without an image request.
import QRCode from "qrcode";

/** Quiet zone around the symbol, in modules (the standard asks for 4). */
const MARGEN = 4;

/** `lado`: the side of the viewBox in modules, quiet zone included; `d`: one 1×1 square per dark module. */
export function qrComoRuta(texto: string): { lado: number; d: string } {
  const { modules } = QRCode.create(texto, { errorCorrectionLevel: "M" });
  const partes: string[] = [];
  for (let fila = 0; fila < modules.size; fila++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(fila, col)) partes.push(`M${col + MARGEN} ${fila + MARGEN}h1v1h-1z`);
    }
  }
  return { lado: modules.size + 2 * MARGEN, d: partes.join("") };
}
