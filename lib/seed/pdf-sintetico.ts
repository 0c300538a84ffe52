// A small, real, one-page PDF for the demo's synthetic attachments: the same lines give the same bytes
// (no dates or random ids inside), so a perfil's fingerprint is the same on every run. Pure.

/** Text in a PDF string literal: Latin-1 (WinAnsi) bytes, with ( ) \ escaped. */
function literal(texto: string): string {
  return texto
    .replace(/[^\x20-\x7e\xa0-\xff]/g, "-")
    .replace(/[\\()]/g, (c) => `\\${c}`);
}

export function pdfSintetico(titulo: string, lineas: string[]): Uint8Array {
  const texto = [
    `BT /F1 16 Tf 56 780 Td (${literal(titulo)}) Tj ET`,
    ...lineas.map((l, i) => `BT /F1 11 Tf 56 ${744 - i * 18} Td (${literal(l)}) Tj ET`),
  ].join("\n");
  const contenido = Buffer.from(texto, "latin1");
  const objetos = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${contenido.length} >>\nstream\n${contenido.toString("latin1")}\nendstream`,
  ];
  let salida = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const posiciones: number[] = [];
  objetos.forEach((o, i) => {
    posiciones.push(Buffer.byteLength(salida, "latin1"));
    salida += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(salida, "latin1");
  salida += `xref\n0 ${objetos.length + 1}\n0000000000 65535 f \n`;
  salida += posiciones.map((p) => `${String(p).padStart(10, "0")} 00000 n \n`).join("");
  salida += `trailer\n<< /Size ${objetos.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(salida, "latin1"));
}
