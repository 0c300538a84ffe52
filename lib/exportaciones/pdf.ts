// The PDFs of the exports (issue 14, item 5), in the house style of lib/pdf/acta.ts: pdfkit's built-in
// Helvetica (no font files, no network), tagged with its structure and language (es-CL) so screen readers
// read it, WinAnsi-safe text (textoPdf). Flowing text, not drawn tables: each pilot and each indicator is a
// heading and paragraphs, which read in order and survive any page break.
// - informeMesaPdf: one report per Mesa Compromiso País: its desafíos' pilots, each with its results and
//   the recommendation of its final report.
// - fichasExAntePdf: one ex-ante evaluation sheet per recommended pilot (problem, population, components,
//   indicators), each on its own page.
import PDFDocument from "pdfkit";
import { formatearClp, formatearFecha, formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { textoPdf } from "@/lib/pdf/acta";
import { NOMBRE_RECOMENDACION, type Piloto } from "./pilotos";

const AZUL = "#1f3a68";
const GRIS = "#4a4a4a";
const MARGENES = { top: 48, bottom: 56, left: 48, right: 48 };
const CUERPO = 10;

type Doc = PDFKit.PDFDocument;

export type InformeMesa = {
  mesaNombre: string;
  grupo: string;
  ministerio: string;
  pilotos: Piloto[];
  generadoEn: Date;
};

/** "Escalar", "Sin informe final aprobado"…: the recommendation line of a pilot. */
export function textoRecomendacion(p: Piloto): string {
  const i = p.informe;
  if (!i || !i.recomendacion) return "Sin recomendación: el informe final aún no está enviado.";
  const nombre = NOMBRE_RECOMENDACION[i.recomendacion];
  return i.estado === "APROBADA" ? nombre : `${nombre} (informe final ${i.estado === "ENVIADA" ? "en revisión" : i.estado === "OBSERVADA" ? "con observaciones" : "en borrador"})`;
}

function tituloPiloto(p: Piloto): string {
  return `${p.folio !== null ? `${formatearFolio(p.folio)} · ` : ""}${p.nombreProyecto || "Proyecto sin nombre"}`;
}

function documento(titulo: string, asunto: string, generadoEn: Date): Doc {
  return new PDFDocument({
    size: "A4",
    margins: MARGENES,
    tagged: true,
    lang: "es-CL",
    displayTitle: true,
    pdfVersion: "1.7",
    bufferPages: true,
    info: {
      Title: textoPdf(titulo),
      Author: "FOSIS",
      Subject: textoPdf(asunto),
      Creator: "Portal Fondo IDEA",
      Producer: "Portal Fondo IDEA",
      Keywords: "Fondo IDEA, FOSIS, pilotos, resultados",
      CreationDate: generadoEn,
      ModDate: generadoEn,
    },
  });
}

function aBuffer(doc: Doc, dibujo: () => void): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const partes: Buffer[] = [];
    doc.on("data", (c: Buffer) => partes.push(c));
    doc.on("end", () => resolve(Buffer.concat(partes)));
    doc.on("error", reject);
    try {
      dibujo();
      numerarPaginas(doc);
      doc.end();
    } catch (e) {
      reject(e);
    }
  });
}

/** "Página 2 de 5" at the foot of each page, as a pagination artifact (screen readers skip it). */
function numerarPaginas(doc: Doc) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const inferior = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(GRIS)
      .text(`Página ${i + 1} de ${count}`, doc.page.margins.left, doc.page.height - 36, { width: doc.page.width - doc.page.margins.left - doc.page.margins.right, align: "right", lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = inferior;
  }
}

/** Helpers that add tagged blocks to the document's root structure element. */
function escritor(doc: Doc) {
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
  const titulo = (nivel: 1 | 2 | 3, texto: string) => {
    doc.moveDown(nivel === 1 ? 0.4 : 0.8);
    if (nivel > 1 && doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
    bloque(`H${nivel}`, () => {
      doc
        .font("Helvetica-Bold")
        .fontSize(nivel === 1 ? 20 : nivel === 2 ? 14 : 11.5)
        .fillColor(nivel === 1 ? "black" : AZUL)
        .text(textoPdf(texto), doc.page.margins.left, doc.y, { width: ancho() });
    });
    doc.moveDown(0.2);
  };
  const campo = (etiqueta: string, valor: string) => {
    bloque("P", () => {
      doc.font("Helvetica-Bold").fontSize(CUERPO).fillColor("black").text(textoPdf(`${etiqueta}: `), doc.page.margins.left, doc.y, { width: ancho(), continued: true });
      doc.font("Helvetica").text(textoPdf(valor || "—"));
    });
  };
  return { parrafo, titulo, campo };
}

function indicadores(e: ReturnType<typeof escritor>, p: Piloto) {
  if (p.metricas.length === 0) {
    e.parrafo("El desafío no tiene métricas de línea base registradas.");
    return;
  }
  for (const m of p.metricas) {
    const u = m.unidad ? ` ${m.unidad}` : "";
    e.parrafo(`• ${m.indicador}: línea base ${m.lineaBase || "—"}${m.lineaBase ? u : ""} → meta ${m.meta || "—"}${m.meta ? u : ""} → resultado ${m.resultado || "sin informar"}${m.resultado ? u : ""}.`);
  }
}

export function informeMesaPdf(inf: InformeMesa): Promise<Buffer> {
  const titulo = `Informe para la ${inf.mesaNombre}`;
  const doc = documento(titulo, `Pilotos del Fondo IDEA y sus resultados: ${inf.grupo}`, inf.generadoEn);
  return aBuffer(doc, () => {
    const e = escritor(doc);
    e.parrafo("FOSIS · Fondo IDEA", { negrita: true, color: AZUL });
    e.titulo(1, titulo);
    e.parrafo(`Grupo vulnerable: ${inf.grupo}. Ministerio: ${inf.ministerio}.`, { color: GRIS, tamano: 11 });
    e.parrafo(`Generado el ${formatearFechaHora(inf.generadoEn)} (hora de Chile continental).`, { color: GRIS });

    e.titulo(2, "Resumen");
    const cuenta = (r: "ESCALAR" | "AJUSTAR" | "DESCARTAR") => inf.pilotos.filter((p) => p.informe?.estado === "APROBADA" && p.informe.recomendacion === r).length;
    if (inf.pilotos.length === 0) {
      e.parrafo("Los desafíos de esta Mesa aún no tienen pilotos en ejecución (proyectos seleccionados con su convenio firmado).");
      return;
    }
    e.parrafo(
      `${inf.pilotos.length} ${inf.pilotos.length === 1 ? "piloto" : "pilotos"} en los desafíos de esta Mesa. Con informe final aprobado: ` +
        `${cuenta("ESCALAR")} para escalar, ${cuenta("AJUSTAR")} para ajustar y ${cuenta("DESCARTAR")} para descartar.`,
    );
    for (const p of inf.pilotos) e.parrafo(`• ${tituloPiloto(p)} (${p.anio}): ${textoRecomendacion(p)}`);

    const desafios = [...new Map(inf.pilotos.map((p) => [p.desafio.id, p])).values()];
    for (const d of desafios) {
      e.titulo(2, `Desafío ${d.anio}: ${d.desafio.titulo}`);
      if (d.desafio.resumen) e.parrafo(d.desafio.resumen, { color: GRIS });
      for (const p of inf.pilotos.filter((x) => x.desafio.id === d.desafio.id)) {
        e.titulo(3, tituloPiloto(p));
        e.campo("Recomendación", textoRecomendacion(p));
        if (p.informe?.fundamento) e.campo("Fundamento", p.informe.fundamento);
        e.campo("Ejecuta", p.organizacion ?? "Persona natural");
        e.campo("Región", p.regiones.join(", "));
        e.campo("Monto adjudicado", formatearClp(p.montoAdjudicado));
        e.campo("Ejecución", `${formatearFecha(p.fechaInicio)} al ${formatearFecha(p.fechaTermino)}`);
        const cumplidos = p.hitos.filter((h) => h.cumplido).length;
        e.campo("Hitos", p.hitos.length ? `${cumplidos} de ${p.hitos.length} cumplidos` : "sin hitos registrados");
        e.parrafo("Resultados frente a la línea base del desafío:", { negrita: true });
        indicadores(e, p);
        if (p.informe?.aprendizajes) e.campo("Aprendizajes", p.informe.aprendizajes);
      }
    }
  });
}

export function fichasExAntePdf(pilotos: readonly Piloto[], generadoEn: Date): Promise<Buffer> {
  const titulo = pilotos.length === 1 ? `Ficha de evaluación ex ante: ${pilotos[0].nombreProyecto}` : "Fichas de evaluación ex ante de los pilotos recomendados";
  const doc = documento(titulo, "Insumo para la evaluación ex ante de programas sociales", generadoEn);
  return aBuffer(doc, () => {
    const e = escritor(doc);
    e.parrafo("FOSIS · Fondo IDEA", { negrita: true, color: AZUL });
    e.titulo(1, titulo);
    e.parrafo(`Generado el ${formatearFechaHora(generadoEn)} (hora de Chile continental). Una ficha por piloto con informe final aprobado que recomienda escalar o ajustar.`, { color: GRIS });
    if (pilotos.length === 0) {
      e.parrafo("No hay pilotos recomendados: ningún informe final aprobado recomienda escalar o ajustar.");
      return;
    }
    pilotos.forEach((p, i) => {
      if (i > 0) doc.addPage();
      e.titulo(2, tituloPiloto(p));
      e.campo("Recomendación", textoRecomendacion(p));
      if (p.informe?.fundamento) e.campo("Fundamento", p.informe.fundamento);
      e.campo("Convocatoria", `${p.convocatoria} (${p.anio})`);
      e.campo("Desafío", p.desafio.titulo);
      e.titulo(3, "1. Problema");
      e.parrafo(p.problema || "—");
      e.titulo(3, "2. Población objetivo");
      e.campo("Grupo vulnerable", p.grupoVulnerable.nombre);
      e.campo("Mesa Compromiso País", p.grupoVulnerable.mesaNombre);
      e.campo("Región", p.regiones.join(", "));
      if (p.poblacion) e.campo("Personas usuarias", p.poblacion);
      e.titulo(3, "3. Componentes");
      if (p.actividades) e.campo("Actividades", p.actividades);
      if (p.resultadosEsperados) e.campo("Resultados esperados", p.resultadosEsperados);
      if (p.hitos.length) {
        e.parrafo("Hitos:", { negrita: true });
        for (const h of p.hitos) e.parrafo(`• ${h.titulo} (vence el ${formatearFecha(h.vence)}; ${h.cumplido ? "cumplido" : "no cumplido"})`);
      }
      e.campo("Costo del piloto (monto adjudicado)", formatearClp(p.montoAdjudicado));
      e.titulo(3, "4. Indicadores");
      indicadores(e, p);
    });
  });
}
