// PDF receipt of a sent perfil ("Comprobante de envío de perfil"): one A4 page, pdfkit's built-in
// Helvetica and Courier (no font files, no network), tagged with its structure and language (es-CL) so
// screen readers can read it.
import PDFDocument from "pdfkit";
import { formatearClp, formatearFechaHora } from "@/lib/domain/formato";

export type DatosComprobante = {
  folio: number;
  /** SHA-256 of the content sent, in hex. */
  huella: string;
  enviadaEn: Date;
  nombreProyecto: string;
  desafio: string;
  organizacion: string;
  montoSolicitado: number;
  convocatoria: string;
  postulante: string;
};

export const TITULO_COMPROBANTE = "Comprobante de envío de perfil";

/** 123 → "Folio N° 000123" */
export function textoFolio(folio: number): string {
  return `Folio N° ${String(Math.trunc(folio)).padStart(6, "0")}`;
}

/** The fingerprint in lines of 32 characters (a SHA-256 in hex is two lines). */
export function lineasHuella(huella: string): string[] {
  const limpia = huella.replace(/\s+/g, "");
  const lineas: string[] = [];
  for (let i = 0; i < limpia.length; i += 32) lineas.push(limpia.slice(i, i + 32));
  return lineas.length > 0 ? lineas : [""];
}

const AZUL = "#1f3a68";
const GRIS = "#4a4a4a";
const MARGEN = 56;

export function generarComprobante(d: DatosComprobante): Promise<Buffer> {
  const folio = textoFolio(d.folio);
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGEN,
    tagged: true,
    lang: "es-CL",
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: `${TITULO_COMPROBANTE} — ${folio}`,
      Author: "FOSIS",
      Subject: `${d.convocatoria}: ${d.nombreProyecto}`,
      Creator: "Portal Fondo IDEA",
      Keywords: "Fondo IDEA, FOSIS, comprobante, perfil",
    },
  });

  return new Promise<Buffer>((resolve, reject) => {
    const partes: Buffer[] = [];
    doc.on("data", (c: Buffer) => partes.push(c));
    doc.on("end", () => resolve(Buffer.concat(partes)));
    doc.on("error", reject);

    try {
      dibujar(doc, d, folio);
      doc.end();
    } catch (e) {
      reject(e);
    }
  });
}

function dibujar(doc: PDFKit.PDFDocument, d: DatosComprobante, folio: string) {
  const ancho = doc.page.width - 2 * MARGEN;
  const raiz = doc.struct("Document");
  doc.addStructure(raiz);
  const bloque = (tag: string, dibujo: () => void) => raiz.add(doc.struct(tag, {}, dibujo));

  bloque("P", () => {
    doc.font("Helvetica-Bold").fontSize(10).fillColor(AZUL).text("FOSIS · Fondo IDEA", { width: ancho });
  });
  doc.moveDown(0.5);
  bloque("H1", () => {
    doc.font("Helvetica-Bold").fontSize(20).fillColor("black").text(TITULO_COMPROBANTE, { width: ancho });
  });
  bloque("P", () => {
    doc.font("Helvetica").fontSize(11).fillColor(GRIS).text(d.convocatoria, { width: ancho, height: 30, ellipsis: true });
  });
  doc.moveDown(1);
  bloque("H2", () => {
    doc.font("Helvetica-Bold").fontSize(16).fillColor(AZUL).text(folio, { width: ancho });
  });
  doc.moveDown(0.8);

  const campos: [string, string][] = [
    ["Proyecto", d.nombreProyecto],
    ["Desafío", d.desafio],
    ["Organización", d.organizacion],
    ["Postulante", d.postulante],
    ["Monto solicitado", formatearClp(d.montoSolicitado)],
    ["Enviado el", `${formatearFechaHora(d.enviadaEn)} (hora de Chile continental)`],
  ];
  for (const [etiqueta, valor] of campos) {
    bloque("P", () => {
      doc.font("Helvetica-Bold").fontSize(9).fillColor(GRIS).text(etiqueta.toUpperCase(), { width: ancho, characterSpacing: 0.5 });
      // At most three lines per value, so the receipt always fits on one page.
      doc.font("Helvetica").fontSize(12).fillColor("black").text(valor || "—", { width: ancho, height: 45, ellipsis: true });
    });
    doc.moveDown(0.6);
  }

  doc.moveDown(0.6);
  bloque("H2", () => {
    doc.font("Helvetica-Bold").fontSize(12).fillColor("black").text("Huella digital (SHA-256) del contenido enviado", { width: ancho });
  });
  doc.moveDown(0.3);
  bloque("P", () => {
    doc.font("Courier").fontSize(12).fillColor("black").text(lineasHuella(d.huella).join("\n"), { width: ancho });
  });
  doc.moveDown(0.6);
  bloque("P", () => {
    doc
      .font("Helvetica")
      .fontSize(10)
      .fillColor(GRIS)
      .text(
        "Esta huella se calculó sobre el contenido del perfil en el momento del envío y prueba qué contenido se " +
          "envió: cualquier cambio en el perfil, por pequeño que sea, produciría una huella distinta. Conserve " +
          "este comprobante junto con el folio.",
        { width: ancho, align: "left" },
      );
  });

  raiz.end();
}
