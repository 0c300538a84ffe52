// The acta's PDF (lib/pdf/acta.ts), read back with pdf-parse: it lists every decision with its scores and
// its reasons in full, the members present with their postura (the dissent and its note), the budget, the
// weights and the regions; its decisions table runs over several pages with the header on each; and the
// same acta always gives the same bytes, so its SHA-256 can be recomputed from the stored content.
import { createHash } from "node:crypto";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { formatearFolio } from "@/lib/domain/huella";
import { generarActaPdf, textoPdf } from "@/lib/pdf/acta";
import type { ContenidoActa, DecisionActa, FirmaActa } from "@/lib/seleccion/acta-contenido";

const REGIONES = ["Arica y Parinacota", "Tarapacá", "Ñuble", "Biobío", "La Araucanía", "Los Ríos"];
const LARGO =
  "El comité prefiere este piloto porque trabaja con cuidadoras de personas mayores en comunas rurales de Ñuble, " +
  "donde la cartera sugerida no tenía ningún proyecto de cuidados; además la organización ya ejecutó un piloto similar " +
  "con buenos resultados y el monto pedido es el mínimo de la banda, de modo que el presupuesto total se mantiene. " +
  "La decisión se tomó por mayoría después de revisar los comentarios de las evaluaciones técnicas y los votos del desafío.";

function decision(i: number): DecisionActa {
  const seleccionada = i % 3 !== 2;
  const sugerida = i !== 4 && seleccionada;
  const aparta = sugerida !== seleccionada; // only i = 4
  return {
    postulacionId: `p${i}`,
    folio: 100 + i,
    nombreProyecto: `Proyecto ${String(i).padStart(2, "0")}`,
    desafio: `Desafío ${(i % 4) + 1}`,
    region: REGIONES[i % REGIONES.length],
    posicion: i + 1,
    tecnico: 6.5 - i * 0.05,
    popular: 4 + (i % 3) * 0.5,
    demoDay: null,
    puntaje: 6.2 - i * 0.04,
    decision: seleccionada ? "SELECCIONADA" : i % 2 ? "LISTA_ESPERA" : "NO_SELECCIONADA",
    montoAsignado: seleccionada ? 20_000_000 + (i % 5) * 1_000_000 : null,
    sugerida,
    fundamento: aparta ? LARGO : "",
  };
}

const decisiones = Array.from({ length: 70 }, (_, i) => decision(i));
// The suggestion selected it; the committee did not.
decisiones[7] = { ...decisiones[7], decision: "NO_SELECCIONADA", montoAsignado: null, sugerida: true, fundamento: "Razón número 7: el proyecto duplica otro de su región." };

const contenido: ContenidoActa = {
  convocatoria: { nombre: "Fondo IDEA 2019", anio: 2019 },
  fase: "PRESELECCION",
  numero: 1,
  generadaEn: "2019-07-10T15:00:00.000Z",
  presupuesto: 1_100_000_000,
  montoSeleccionado: decisiones.reduce((s, d) => s + (d.decision === "SELECCIONADA" ? (d.montoAsignado ?? 0) : 0), 0),
  banda: { min: 20_000_000, max: 30_000_000 },
  pesos: { tecnico: 87.5, votacion: 12.5, demoDay: 0 },
  formula: "Puntaje consolidado = 87,5 % × puntaje técnico + 12,5 % × puntaje popular.",
  regiones: { conCandidatos: REGIONES, cubiertas: REGIONES.slice(0, 5), sinProyecto: ["Los Ríos"] },
  sugerencia: { factible: true, puntajeTotal: 271.3456, montoTotal: 640_000_000, motivo: null, precios: { cobertura: 1.25, incluir: 0 } },
  decisiones,
  miembrosPresentes: [
    { id: "u1", nombre: "Ana Comité" },
    { id: "u2", nombre: "Bruno Disidente" },
  ],
};

const firmas: FirmaActa[] = [
  { nombre: "Ana Comité", postura: "ACUERDO", nota: "", firmadaEn: "2019-07-10T16:00:00.000Z" },
  { nombre: "Bruno Disidente", postura: "DISIDENCIA", nota: "No comparto excluir el proyecto 05: era el único de su comuna.", firmadaEn: "2019-07-10T16:30:00.000Z" },
];

const cerradaEn = new Date("2019-07-10T16:30:00.000Z");

async function leer(pdf: Buffer) {
  const p = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const texto = await p.getText();
    const info = await p.getInfo();
    return { texto: texto.text, paginas: texto.pages.map((x) => x.text), info: info.info as Record<string, unknown> };
  } finally {
    await p.destroy();
  }
}

const plano = (s: string) => s.replace(/\s+/g, " ");

describe("acta PDF de una ronda de selección", () => {
  it("lista cada decisión con su puntaje, su monto y su fundamento completo, y la disidencia con su nota", async () => {
    const pdf = await generarActaPdf(contenido, firmas, cerradaEn);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { texto } = await leer(pdf);
    const t = plano(texto);

    expect(t).toContain("Acta de preselección para incubación N° 1");
    expect(t).toContain("FOSIS · Fondo IDEA Acta de preselección para incubación N° 1 Fondo IDEA 2019 Acta generada el 10-07-2019 11:00 y cerrada con la última firma el 10-07-2019 12:30");
    expect(t).toContain("Presupuesto de la ronda: $1.100.000.000.");
    expect(t).toContain(`Monto asignado a los proyectos seleccionados: $${contenido.montoSeleccionado.toLocaleString("es-CL")}`);
    expect(t).toContain("entre $20.000.000 y $30.000.000");
    expect(t).toContain("evaluación técnica 87,5 %; votación popular 12,5 %; demo day 0 %");
    expect(t).toContain(contenido.formula);
    expect(t).toContain("Regiones con candidatos y sin proyecto seleccionado (1): Los Ríos.");
    expect(t).toContain("Puntaje total: 271,35; monto total: $640.000.000.");
    expect(t).toMatch(/Cobertura regional \(al menos un proyecto por región con candidatos\): 1,25 puntos/);

    for (const d of decisiones) {
      expect(t).toContain(formatearFolio(d.folio!));
      expect(t).toContain(d.nombreProyecto);
      if (d.fundamento) expect(t).toContain(`Fundamento: ${d.fundamento}`);
    }
    // Each row reads in order: position, folio, project, …, decision, amount, departs?
    expect(t).toContain(`5 N° 000104 Proyecto 04 Desafío 1 La Araucanía 6,3 4,5 6,0 Seleccionada $24.000.000 Sí Fundamento: ${LARGO}`);
    expect(t).toContain("3 N° 000102 Proyecto 02 Desafío 3 Ñuble 6,4 5,0 6,1 No seleccionada — No 4 N° 000103");
    expect(t).toContain("6 N° 000105 Proyecto 05 Desafío 2 Los Ríos 6,3 5,0 6,0 Lista de espera — No 7 N° 000106");
    expect(t).toContain("8 N° 000107 Proyecto 07 Desafío 4 Tarapacá 6,2 4,5 5,9 No seleccionada — Sí Fundamento: Razón número 7: el proyecto duplica otro de su región.");
    expect(t).toContain("2 decisiones se apartan de la sugerencia; cada una lleva su fundamento.");

    expect(t).toContain("Ana Comité De acuerdo; firmó el 10-07-2019 12:00.");
    expect(t).toContain("Bruno Disidente Con disidencia; firmó el 10-07-2019 12:30.");
    expect(t).toContain("Fundamento de la disidencia: No comparto excluir el proyecto 05: era el único de su comuna.");
  });

  it("reparte la tabla en varias páginas con el encabezado en cada una y numera las páginas", async () => {
    const { paginas } = await leer(await generarActaPdf(contenido, firmas, cerradaEn));
    expect(paginas.length).toBeGreaterThanOrEqual(3);
    const conTabla = paginas.filter((p) => /Proyecto \d\d/.test(p));
    expect(conTabla.length).toBeGreaterThanOrEqual(2);
    for (const p of conTabla) expect(plano(p)).toMatch(/N° Folio Proyecto Desafío Región Técnico Popular Consolidado Decisión/);
    paginas.forEach((p, i) => expect(plano(p)).toContain(`página ${i + 1} de ${paginas.length}`));
  });

  it("da los mismos bytes para la misma acta, y otros si cambia la fecha de cierre o una decisión", async () => {
    const a = await generarActaPdf(contenido, firmas, cerradaEn);
    const b = await generarActaPdf(structuredClone(contenido), structuredClone(firmas), new Date(cerradaEn));
    expect(b.equals(a)).toBe(true);
    const sha = (x: Buffer) => createHash("sha256").update(x).digest("hex");
    expect(sha(b)).toBe(sha(a));

    const otraFecha = await generarActaPdf(contenido, firmas, new Date(cerradaEn.getTime() + 1000));
    expect(sha(otraFecha)).not.toBe(sha(a));
    const otra = structuredClone(contenido);
    otra.decisiones[0].fundamento = "Un fundamento distinto para la primera decisión.";
    expect(sha(await generarActaPdf(otra, firmas, cerradaEn))).not.toBe(sha(a));
  });

  it("lleva metadatos: título, autor FOSIS, idioma es-CL y la fecha de cierre como fecha de creación", async () => {
    const pdf = await generarActaPdf(contenido, firmas, cerradaEn);
    const { info } = await leer(pdf);
    expect(info.Title).toBe("Acta de preselección para incubación N° 1 — Fondo IDEA 2019");
    expect(info.Author).toBe("FOSIS");
    expect(String(info.CreationDate)).toContain("20190710163000");
    expect(String(info.ModDate)).toContain("20190710163000");
    const crudo = pdf.toString("latin1");
    expect(crudo).toContain("/Lang (es-CL)");
    expect(crudo).toContain("/StructTreeRoot");
    expect(crudo).toMatch(/\/S \/Table/);
  });

  it("en la selección final muestra la columna del demo day", async () => {
    const final: ContenidoActa = {
      ...contenido,
      fase: "SELECCION_FINAL",
      decisiones: [{ ...decisiones[0], demoDay: 6.8 }],
      miembrosPresentes: [contenido.miembrosPresentes[0]],
    };
    const t = plano((await leer(await generarActaPdf(final, [firmas[0]], cerradaEn))).texto);
    expect(t).toContain("Acta de selección final de pilotos N° 1");
    expect(t).toMatch(/Técnico Popular Demo day Consolidado/);
    expect(t).toMatch(/Proyecto 00 Desafío 1 Arica y Parinacota 6,5 4,0 6,8 6,2 Seleccionada/);
  });

  it("sin cartera factible dice por qué, en castellano", async () => {
    const motivo = "el presupuesto no alcanza para cubrir las 16 regiones: faltan $12 MM";
    const sin: ContenidoActa = { ...contenido, sugerencia: { factible: false, puntajeTotal: null, montoTotal: null, motivo, precios: null } };
    const t = plano((await leer(await generarActaPdf(sin, firmas, cerradaEn))).texto);
    expect(t).toContain(`El optimizador no encontró una cartera factible: ${motivo}`);
    expect(t).not.toContain("Puntaje total:");
  });

  it("escribe solo caracteres que las fuentes del PDF pueden mostrar", () => {
    expect(textoPdf("Ñuble, «Biobío» — 87,5 % × técnico")).toBe("Ñuble, «Biobío» — 87,5 % × técnico");
    expect(textoPdf("a\u2212b ≥ 3")).toBe("a-b >= 3");
    expect(textoPdf("Łódź 😀")).toBe("?ódz ?");
  });
});
