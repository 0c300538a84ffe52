// The PDF receipt of a sent perfil, read back with pdf-parse: it is a one-page PDF with the folio, the
// project and the SHA-256 fingerprint, and its metadata (title, author FOSIS, language es-CL).
import { createHash } from "node:crypto";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { generarComprobante, lineasHuella, textoFolio, type DatosComprobante } from "@/lib/pdf/comprobante";

const huella = createHash("sha256").update('{"nombreProyecto":"Huertos comunitarios en Ñuble"}').digest("hex");

const datos = (extra: Partial<DatosComprobante> = {}): DatosComprobante => ({
  folio: 123,
  huella,
  // 18:10 in Santiago (UTC−4 in winter).
  enviadaEn: new Date("2019-05-31T22:10:00Z"),
  nombreProyecto: "Huertos comunitarios en Ñuble",
  desafio: "Alimentación saludable en barrios vulnerables",
  organizacion: "ONG Semilla del Sur",
  montoSolicitado: 22_500_000,
  convocatoria: "Fondo IDEA 2019",
  postulante: "María José Pérez",
  ...extra,
});

async function leer(pdf: Buffer) {
  const p = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const texto = await p.getText();
    const info = await p.getInfo();
    return { texto: texto.text, paginas: texto.total, info: info.info as Record<string, unknown> };
  } finally {
    await p.destroy();
  }
}

describe("comprobante PDF de envío de perfil", () => {
  it("es un PDF de una página con folio, proyecto, desafío, organización, monto, fecha en hora de Chile y huella", async () => {
    const pdf = await generarComprobante(datos());
    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const { texto, paginas } = await leer(pdf);
    expect(paginas).toBe(1);
    expect(texto).toContain("Comprobante de envío de perfil");
    expect(texto).toContain("Folio N° 000123");
    expect(texto).toContain("Huertos comunitarios en Ñuble");
    expect(texto).toContain("Alimentación saludable en barrios vulnerables");
    expect(texto).toContain("ONG Semilla del Sur");
    expect(texto).toContain("María José Pérez");
    expect(texto).toContain("Fondo IDEA 2019");
    expect(texto).toContain("$22.500.000");
    expect(texto).toContain("31-05-2019 18:10");
    // The fingerprint is wrapped in lines of 32; joined, it is the whole hash.
    expect(texto.replace(/\s+/g, "")).toContain(huella);
    expect(texto).toMatch(/prueba qué contenido se\s+envió/);
  });

  it("lleva metadatos: título con el folio, autor FOSIS e idioma es-CL", async () => {
    const { info } = await leer(await generarComprobante(datos({ folio: 7 })));
    expect(info.Title).toBe("Comprobante de envío de perfil — Folio N° 000007");
    expect(info.Author).toBe("FOSIS");
    expect(info.Language).toBe("es-CL");
  });

  it("con textos muy largos sigue siendo una sola página", async () => {
    const largo = "Proyecto de innovación social con un nombre muy extenso ".repeat(8);
    const pdf = await generarComprobante(
      datos({ nombreProyecto: largo, desafio: largo, organizacion: largo, postulante: largo, convocatoria: largo, folio: 987654 }),
    );
    const { texto, paginas } = await leer(pdf);
    expect(paginas).toBe(1);
    expect(texto).toContain("Folio N° 987654");
    expect(texto.replace(/\s+/g, "")).toContain(huella);
  });

  it("formatea el folio con seis dígitos y parte la huella en líneas de 32", () => {
    expect(textoFolio(1)).toBe("Folio N° 000001");
    expect(textoFolio(123456)).toBe("Folio N° 123456");
    expect(textoFolio(1234567)).toBe("Folio N° 1234567");
    expect(lineasHuella(huella)).toEqual([huella.slice(0, 32), huella.slice(32)]);
  });
});
