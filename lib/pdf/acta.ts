// The acta of a round of selección as a PDF (issue 12, item 5), made when the last member present signs.
// Its SHA-256 goes into the audit log, so the same acta must give the same bytes: the dates pdfkit would
// take from the clock are the closing time, and the document ID pdfkit derives from them is then fixed too.
// Built-in Helvetica (no font files, no network), tagged with its structure and language (es-CL). The
// decisions go in a table on landscape pages, its header repeated on each page (as a pagination artifact,
// so a screen reader reads it once), each decision's reasons in full under its row.
import PDFDocument from "pdfkit";
import { formatearClp, formatearFechaHora, formatearNumero } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { NOMBRE_DECISION, NOMBRE_FASE, seApartaDeSugerencia } from "@/lib/domain/seleccion";
import type { ContenidoActa, DecisionActa, FirmaActa } from "@/lib/seleccion/acta-contenido";
import { filasPrecios, formatoPuntos, NOMBRE_POSTURA, nombreConvocatoria, notaOGuion, textoSinSugerencia, tituloActa } from "@/lib/seleccion/presentacion";

const AZUL = "#1f3a68";
const GRIS = "#4a4a4a";
const FRANJA = "#eef2f7";
const MARGENES = { top: 48, bottom: 60, left: 48, right: 48 };
const MARGENES_TABLA = { top: 40, bottom: 56, left: 36, right: 36 };
const PAD = 3;
const CUERPO = 10;
const TABLA = 7.5;

// The built-in fonts encode WinAnsi only: anything else would print as garbage. Letters with other accents
// lose them (NFKD), a few signs get their ASCII spelling, the rest becomes "?".
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const EQUIVALENTES: Record<string, string> = { "\u2212": "-", "≥": ">=", "≤": "<=", "→": "->", "←": "<-", "\u2009": " ", "\u202f": " " };

export function textoPdf(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    const c = ch.codePointAt(0)!;
    if (ch === "\n" || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (ch === "\t" || ch === "\r") out += " ";
    else if (EQUIVALENTES[ch]) out += EQUIVALENTES[ch];
    else {
      const base = ch.normalize("NFKD").replace(/\p{M}/gu, "");
      out += base && [...base].every((b) => b.codePointAt(0)! <= 0xff) ? base : "?";
    }
  }
  return out;
}

const pct = (n: number) => `${formatearNumero(Math.round(n * 100) / 100)} %`;

/** The PDF of `contenido` signed with `firmas`, dated `cerradaEn`: the same input gives the same bytes. */
export function generarActaPdf(contenido: ContenidoActa, firmas: FirmaActa[], cerradaEn: Date): Promise<Buffer> {
  const titulo = `${tituloActa(contenido.fase)} N° ${contenido.numero}`;
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGENES,
    tagged: true,
    lang: "es-CL",
    displayTitle: true,
    pdfVersion: "1.7",
    bufferPages: true,
    info: {
      Title: textoPdf(`${titulo} — ${nombreConvocatoria(contenido.convocatoria)}`),
      Author: "FOSIS",
      Subject: textoPdf(`${NOMBRE_FASE[contenido.fase]}: decisiones del comité de la convocatoria ${contenido.convocatoria.nombre}`),
      Creator: "Portal Fondo IDEA",
      Producer: "Portal Fondo IDEA",
      Keywords: "Fondo IDEA, FOSIS, acta, comité, selección",
      CreationDate: cerradaEn,
      ModDate: cerradaEn,
    },
  });

  return new Promise<Buffer>((resolve, reject) => {
    const partes: Buffer[] = [];
    doc.on("data", (c: Buffer) => partes.push(c));
    doc.on("end", () => resolve(Buffer.concat(partes)));
    doc.on("error", reject);
    try {
      dibujar(doc, contenido, firmas, cerradaEn, titulo);
      doc.end();
    } catch (e) {
      reject(e);
    }
  });
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
// pdfkit writes a header cell's scope (/A << /O /Table /Scope /Column >>); its type definitions omit the option.
const TH_COLUMNA = { scope: "Column" } as unknown as Parameters<Doc["struct"]>[1];

function dibujar(doc: Doc, c: ContenidoActa, firmas: FirmaActa[], cerradaEn: Date, titulo: string) {
  const raiz = doc.struct("Document");
  doc.addStructure(raiz);
  const ancho = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bloque = (tag: string, dibujo: () => void) => raiz.add(doc.struct(tag, {}, dibujo));
  const parrafo = (texto: string, o: { negrita?: boolean; color?: string; tamano?: number } = {}) =>
    bloque("P", () => {
      doc
        .font(o.negrita ? "Helvetica-Bold" : "Helvetica")
        .fontSize(o.tamano ?? CUERPO)
        .fillColor(o.color ?? "black")
        .text(textoPdf(texto), doc.page.margins.left, doc.y, { width: ancho() });
    });
  const h2 = (texto: string) => {
    doc.moveDown(0.8);
    bloque("H2", () => {
      doc.font("Helvetica-Bold").fontSize(13).fillColor(AZUL).text(textoPdf(texto), doc.page.margins.left, doc.y, { width: ancho() });
    });
    doc.moveDown(0.2);
  };

  parrafo("FOSIS · Fondo IDEA", { negrita: true, color: AZUL });
  doc.moveDown(0.4);
  bloque("H1", () => {
    doc.font("Helvetica-Bold").fontSize(20).fillColor("black").text(textoPdf(titulo), { width: ancho() });
  });
  parrafo(nombreConvocatoria(c.convocatoria), { color: GRIS, tamano: 12 });
  doc.moveDown(0.3);
  parrafo(
    `Acta generada el ${formatearFechaHora(new Date(c.generadaEn))} y cerrada con la última firma el ${formatearFechaHora(cerradaEn)} (hora de Chile continental).`,
  );

  // Budget and what was used.
  const seleccionadas = c.decisiones.filter((d) => d.decision === "SELECCIONADA");
  const espera = c.decisiones.filter((d) => d.decision === "LISTA_ESPERA").length;
  h2("Presupuesto");
  parrafo(`Presupuesto de la ronda: ${formatearClp(c.presupuesto)}.`);
  parrafo(
    `Monto asignado a los proyectos seleccionados: ${formatearClp(c.montoSeleccionado)}` +
      (c.presupuesto > 0 ? ` (${pct((c.montoSeleccionado / c.presupuesto) * 100)} del presupuesto); saldo: ${formatearClp(c.presupuesto - c.montoSeleccionado)}.` : "."),
  );
  parrafo(`Monto por proyecto: entre ${formatearClp(c.banda.min)} y ${formatearClp(c.banda.max)}.`);
  parrafo(
    `Decisiones: ${c.decisiones.length} perfiles; ${seleccionadas.length} ${seleccionadas.length === 1 ? "seleccionado" : "seleccionados"}, ${espera} en lista de espera, ` +
      `${c.decisiones.length - seleccionadas.length - espera} no ${c.decisiones.length - seleccionadas.length - espera === 1 ? "seleccionado" : "seleccionados"}.`,
  );

  h2("Puntaje consolidado");
  const pesos = c.pesos;
  const pesoPopular = pesos.votacion;
  parrafo(`Ponderaciones: evaluación técnica ${pct(pesos.tecnico)}; votación popular ${pct(pesoPopular)}; demo day ${pct(pesos.demoDay)}.`);
  parrafo(c.formula);

  h2("Cobertura regional");
  const lista = (l: string[]) => (l.length ? l.join(", ") : "ninguna");
  parrafo(`Regiones con candidatos (${c.regiones.conCandidatos.length}): ${lista(c.regiones.conCandidatos)}.`);
  parrafo(`Regiones con al menos un proyecto seleccionado (${c.regiones.cubiertas.length}): ${lista(c.regiones.cubiertas)}.`);
  parrafo(`Regiones con candidatos y sin proyecto seleccionado (${c.regiones.sinProyecto.length}): ${lista(c.regiones.sinProyecto)}.`);

  h2("Cartera sugerida por el optimizador");
  const s = c.sugerencia;
  if (s.factible) {
    parrafo(
      `La cartera sugerida maximiza el puntaje consolidado total dentro del presupuesto, con montos dentro de la banda y al menos un proyecto por región con candidatos. ` +
        `Puntaje total: ${s.puntajeTotal === null ? "—" : formatoPuntos(s.puntajeTotal)}; monto total: ${s.montoTotal === null ? "—" : formatearClp(s.montoTotal)}.`,
    );
    const precios = filasPrecios(s.precios);
    if (precios.length) {
      parrafo("Costo de cada restricción (puntaje total que se deja de obtener por cumplirla):");
      for (const p of precios) parrafo(`• ${p.nombre}: ${formatoPuntos(p.valor)} puntos.`);
    }
  } else {
    parrafo(textoSinSugerencia(s.motivo));
  }
  const apartadas = c.decisiones.filter((d) => seApartaDeSugerencia(d.sugerida, d.decision)).length;
  parrafo(
    apartadas === 0
      ? "Ninguna decisión se aparta de la sugerencia."
      : `${apartadas} ${apartadas === 1 ? "decisión se aparta" : "decisiones se apartan"} de la sugerencia; cada una lleva su fundamento.`,
  );

  doc.addPage({ size: "A4", layout: "landscape", margins: MARGENES_TABLA });
  bloque("H2", () => {
    doc.font("Helvetica-Bold").fontSize(13).fillColor(AZUL).text("Decisiones del comité", doc.page.margins.left, doc.page.margins.top, { width: ancho() });
  });
  doc.moveDown(0.3);
  tablaDecisiones(doc, raiz, c);

  // Members present and their signatures.
  doc.x = doc.page.margins.left;
  if (doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage({ size: "A4", layout: "portrait", margins: MARGENES });
  h2("Miembros presentes y firmas");
  const porNombre = new Map<string, FirmaActa[]>();
  for (const f of firmas) porNombre.set(f.nombre, [...(porNombre.get(f.nombre) ?? []), f]);
  for (const m of c.miembrosPresentes) {
    const f = porNombre.get(m.nombre)?.shift();
    raiz.add(
      doc.struct("P", {}, () => {
        doc.font("Helvetica-Bold").fontSize(CUERPO).fillColor("black").text(textoPdf(m.nombre), doc.page.margins.left, doc.y, { width: ancho() });
        doc
          .font("Helvetica")
          .fontSize(CUERPO)
          .text(
            textoPdf(
              f
                ? `${f.postura === "DISIDENCIA" ? "Con disidencia" : "De acuerdo"}; firmó el ${formatearFechaHora(new Date(f.firmadaEn))}.`
                : "Sin firma.",
            ),
            { width: ancho() },
          );
        if (f?.nota) doc.fillColor(GRIS).text(textoPdf(`${f.postura === "DISIDENCIA" ? "Fundamento de la disidencia" : "Nota"}: ${f.nota}`), { width: ancho() });
      }),
    );
    doc.moveDown(0.6);
  }
  // Signatures of someone not in the list of members present (it should not happen): printed, not lost.
  for (const resto of porNombre.values()) {
    for (const f of resto) parrafo(`${f.nombre}: ${NOMBRE_POSTURA[f.postura]}, firmó el ${formatearFechaHora(new Date(f.firmadaEn))}.${f.nota ? ` ${f.nota}` : ""}`);
  }
  doc.moveDown(0.6);
  parrafo(
    "Cada miembro presente firmó esta acta en el portal del Fondo IDEA con su cuenta. Con la última firma la ronda quedó cerrada: ninguna decisión puede cambiar. " +
      "La huella SHA-256 de este documento quedó registrada en la bitácora de auditoría.",
    { color: GRIS, tamano: 9 },
  );

  raiz.end();
  piesDePagina(doc, titulo);
}

type Columna = { titulo: string; ancho: number; derecha?: boolean; valor: (d: DecisionActa) => string };

function columnas(c: ContenidoActa): Columna[] {
  const final = c.fase === "SELECCION_FINAL";
  const cols: (Columna | null)[] = [
    { titulo: "N°", ancho: 22, derecha: true, valor: (d) => String(d.posicion) },
    { titulo: "Folio", ancho: 50, valor: (d) => (d.folio === null ? "—" : formatearFolio(d.folio)) },
    { titulo: "Proyecto", ancho: final ? 140 : 170, valor: (d) => d.nombreProyecto || "Perfil sin nombre" },
    { titulo: "Desafío", ancho: final ? 112 : 122, valor: (d) => d.desafio },
    { titulo: "Región", ancho: 78, valor: (d) => d.region },
    { titulo: "Técnico", ancho: 38, derecha: true, valor: (d) => notaOGuion(d.tecnico) },
    { titulo: "Popular", ancho: 38, derecha: true, valor: (d) => notaOGuion(d.popular) },
    final ? { titulo: "Demo day", ancho: 40, derecha: true, valor: (d) => notaOGuion(d.demoDay) } : null,
    { titulo: "Consolidado", ancho: 52, derecha: true, valor: (d) => notaOGuion(d.puntaje) },
    { titulo: "Decisión", ancho: 62, valor: (d) => NOMBRE_DECISION[d.decision] },
    { titulo: "Monto asignado", ancho: 70, derecha: true, valor: (d) => (d.montoAsignado === null || d.decision !== "SELECCIONADA" ? "—" : formatearClp(d.montoAsignado)) },
    { titulo: "¿Se aparta de la sugerencia?", ancho: 58, valor: (d) => (seApartaDeSugerencia(d.sugerida, d.decision) ? "Sí" : "No") },
  ];
  return cols.filter((x): x is Columna => x !== null);
}

function tablaDecisiones(doc: Doc, raiz: Struct, c: ContenidoActa) {
  const x0 = doc.page.margins.left;
  const disponible = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const cols = columnas(c);
  const suma = cols.reduce((s, col) => s + col.ancho, 0);
  const anchos = cols.map((col) => (col.ancho * disponible) / suma);
  const xs = anchos.map((_, i) => x0 + anchos.slice(0, i).reduce((s, a) => s + a, 0));
  const limite = () => doc.page.height - doc.page.margins.bottom;
  const opciones = (i: number) => ({ width: anchos[i] - 2 * PAD, align: cols[i].derecha ? ("right" as const) : ("left" as const) });
  const alto = (textos: string[], fuente: string) => {
    doc.font(fuente).fontSize(TABLA);
    return Math.max(...textos.map((t, i) => doc.heightOfString(t, opciones(i)))) + 2 * PAD;
  };
  const titulos = cols.map((col) => textoPdf(col.titulo));
  const altoEncabezado = alto(titulos, "Helvetica-Bold");

  const tabla = doc.struct("Table");
  raiz.add(tabla);
  let y = doc.y;

  const fondo = (yy: number, h: number, color: string) => {
    doc.markContent("Artifact");
    doc.rect(x0, yy, disponible, h).fill(color);
    doc.endMarkedContent();
  };
  const textoCelda = (t: string, i: number, yy: number, fuente: string, color: string) => {
    doc.font(fuente).fontSize(TABLA).fillColor(color).text(t, xs[i] + PAD, yy + PAD, opciones(i));
  };
  // The first header is the table's; the repeats on later pages are pagination artifacts.
  const encabezado = (repetido: boolean) => {
    fondo(y, altoEncabezado, AZUL);
    const yy = y;
    if (repetido) {
      doc.markContent("Artifact", { type: "Pagination" });
      titulos.forEach((t, i) => textoCelda(t, i, yy, "Helvetica-Bold", "white"));
      doc.endMarkedContent();
    } else {
      const tr = doc.struct("TR");
      tabla.add(tr);
      titulos.forEach((t, i) => tr.add(doc.struct("TH", TH_COLUMNA, () => textoCelda(t, i, yy, "Helvetica-Bold", "white"))));
      tr.end();
    }
    y += altoEncabezado;
  };

  encabezado(false);
  if (c.decisiones.length === 0) {
    doc.font("Helvetica").fontSize(CUERPO).fillColor("black");
    raiz.add(doc.struct("P", {}, () => doc.text("No hay decisiones registradas.", x0, y + 6, { width: disponible })));
    y = doc.y;
  }
  c.decisiones.forEach((d, n) => {
    const textos = cols.map((col) => textoPdf(col.valor(d)));
    const h = alto(textos, "Helvetica");
    const fundamento = d.fundamento.trim() ? textoPdf(`Fundamento: ${d.fundamento.trim()}`) : null;
    doc.font("Helvetica").fontSize(TABLA);
    const hf = fundamento ? doc.heightOfString(fundamento, { width: disponible - 2 * PAD }) + 2 * PAD : 0;
    // A decision and its reasons stay on one page.
    if (y + h + hf > limite()) {
      doc.addPage({ size: "A4", layout: "landscape", margins: MARGENES_TABLA });
      y = doc.page.margins.top;
      encabezado(true);
    }
    if (n % 2 === 1) fondo(y, h + hf, FRANJA);
    const yy = y;
    const tr = doc.struct("TR");
    tabla.add(tr);
    textos.forEach((t, i) => tr.add(doc.struct("TD", {}, () => textoCelda(t, i, yy, "Helvetica", "black"))));
    if (fundamento) {
      tr.add(
        doc.struct("TD", {}, () => {
          doc.font("Helvetica").fontSize(TABLA).fillColor("black").text(fundamento, x0 + PAD, yy + h + PAD, { width: disponible - 2 * PAD });
        }),
      );
    }
    tr.end();
    doc.markContent("Artifact");
    doc
      .moveTo(x0, yy + h + hf)
      .lineTo(x0 + disponible, yy + h + hf)
      .lineWidth(0.5)
      .strokeColor("#9aa5b5")
      .stroke();
    doc.endMarkedContent();
    y += h + hf;
  });
  tabla.end();
  doc.x = x0;
  doc.y = y + 8;
}

/** «Acta … · página 2 de 5» at the foot of each page, as a pagination artifact. */
function piesDePagina(doc: Doc, titulo: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const abajo = doc.page.margins.bottom;
    // Writing inside the bottom margin would make pdfkit open a new page: lift it while writing.
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(GRIS)
      .text(textoPdf(`${titulo} · página ${i - start + 1} de ${count}`), doc.page.margins.left, doc.page.height - abajo + 20, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: "center",
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = abajo;
  }
}
