// What the public sees of the selección (lib/seleccion/resultados.ts): nothing before the preselection's
// acta is signed; then each closed round's selected projects, waiting list, budget used, regions and formula,
// and the ranked guide of every admissible perfil with its decision. Never a person: no field named after
// one, and none of the names, e-mails, RUTs or ids of the applicants, organisations, evaluators, jurors,
// voters and committee members the scenario wrote (tests/support/seleccion-escenario.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { guiaProyectos, resultadosPublicos, textoDecision } from "@/lib/seleccion/resultados";
import { rankingConsolidado } from "@/lib/seleccion/ranking";
import { db, prepararDemo } from "../support/escenario";
import { crearRonda, escenarioSeleccion, notasJurado, ORDEN_PRESELECCION, type EscenarioSeleccion } from "../support/seleccion-escenario";

let e: EscenarioSeleccion;

beforeAll(async () => {
  const demo = await prepararDemo();
  e = await escenarioSeleccion(demo.convocatoriaId);
});

const claveDe = (id: string) => Object.entries(e.P).find(([, p]) => p.id === id)![0];

/** Field names that would name or identify a person (or carry the committee's internal notes). */
const CAMPO_PERSONAL = /rut|mail|correo|telefono|postulante|evaluador|jurado|votante|organizacion|miembro|usuario|decidid|equipo|fundamento|comentario|firma/i;

function claves(x: unknown, salida = new Set<string>()): Set<string> {
  if (Array.isArray(x)) for (const v of x) claves(v, salida);
  else if (x && typeof x === "object" && !(x instanceof Date)) {
    for (const [k, v] of Object.entries(x)) {
      salida.add(k);
      claves(v, salida);
    }
  }
  return salida;
}

function sinDatosPersonales(nombre: string, datos: unknown) {
  const camposPersonales = [...claves(datos)].filter((k) => CAMPO_PERSONAL.test(k));
  expect(camposPersonales, `${nombre}: campos`).toEqual([]);
  const texto = JSON.stringify(datos);
  const { nombres, emails, ruts, ids } = e.personales;
  // Guard against a vacuous check: the scenario did write people (applicants, organisations, 11 evaluators, 16 voters…).
  expect(nombres.length).toBeGreaterThan(30);
  for (const v of [...nombres, ...emails, ...ruts, ...ids]) expect(texto.includes(v), `${nombre} contiene «${v}»`).toBe(false);
  for (const reservado of ["Fundamento reservado", "Nota reservada", "Comentario reservado", "Equipo:"]) expect(texto.includes(reservado), `${nombre}: ${reservado}`).toBe(false);
}

describe("antes de que el comité firme el acta de preselección", () => {
  it("no hay resultados ni guía", async () => {
    expect((await resultadosPublicos(db))?.rondas).toEqual([]);
    const guia = await guiaProyectos(db);
    expect(guia).toMatchObject({ publicada: false, rondas: [] });
  });

  it("una ronda en firma aún no se publica", async () => {
    const r = await crearRonda(e, "PRESELECCION", "EN_FIRMA", { P1: { decision: "SELECCIONADA", monto: 25_000_000, puntaje: 5.6875 } });
    expect((await resultadosPublicos(db))?.rondas).toEqual([]);
    expect((await guiaProyectos(db))?.publicada).toBe(false);
    await db.decisionComite.deleteMany({ where: { rondaId: r.rondaId } });
    await db.miembroRonda.deleteMany({ where: { rondaId: r.rondaId } });
    await db.rondaSeleccion.delete({ where: { id: r.rondaId } });
  });
});

describe("preselección cerrada", () => {
  let actaId: string;
  beforeAll(async () => {
    const r = await crearRonda(
      e,
      "PRESELECCION",
      "CERRADA",
      {
        P1: { decision: "SELECCIONADA", monto: 25_000_000, puntaje: 5.6875 },
        P3: { decision: "SELECCIONADA", monto: 30_000_000, puntaje: 5.375 },
        P4: { decision: "SELECCIONADA", monto: 20_000_000, puntaje: 4.55 },
        P2: { decision: "LISTA_ESPERA", puntaje: 4.875 },
        P7: { decision: "NO_SELECCIONADA", puntaje: 4.875 },
        P5: { decision: "NO_SELECCIONADA", puntaje: 1 },
      },
      90_000_000,
    );
    actaId = r.actaId!;
  });

  it("resultados: seleccionados por puntaje, lista de espera, presupuesto usado, regiones, fórmula y acta", async () => {
    const r = (await resultadosPublicos(db))!;
    expect(r.rondas).toHaveLength(1);
    const [pre] = r.rondas;
    expect(pre).toMatchObject({ fase: "PRESELECCION", actaId, presupuesto: 90_000_000, montoUsado: 75_000_000, noSeleccionados: 2 });
    expect(pre.seleccionados.map((p) => claveDe(p.postulacionId))).toEqual(["P1", "P3", "P4"]);
    expect(pre.seleccionados.map((p) => p.monto)).toEqual([25_000_000, 30_000_000, 20_000_000]);
    expect(pre.seleccionados[0]).toMatchObject({ nombreProyecto: "Proyecto P1", slugPublico: e.P.P1.slug, regionCut: "08", regionNombre: "Biobío", desafioSlug: "emprendimiento-indigena-sostenible", puntaje: 5.6875 });
    // The waiting list shows the amount requested (none was awarded).
    expect(pre.listaEspera.map((p) => [claveDe(p.postulacionId), p.monto])).toEqual([["P2", 22_000_000]]);
    expect(pre.regionesCubiertas).toEqual([
      { cut: "08", nombre: "Biobío" },
      { cut: "09", nombre: "La Araucanía" },
    ]);
    expect(pre.regionesConCandidatos.map((x) => x.cut)).toEqual(["02", "05", "08", "09"]);
    expect(pre.formula).toContain("87,5\u00a0% × puntaje técnico + 12,5\u00a0% × puntaje popular");
    expect(pre.pesos).toEqual({ tecnico: 87.5, votacion: 12.5, demoDay: 0 });
  });

  it("guía: todos los perfiles admisibles (también los no seleccionados) con sus puntajes, lugar y decisión", async () => {
    const g = (await guiaProyectos(db))!;
    expect(g.publicada).toBe(true);
    expect(g.rondas.map((r) => r.fase)).toEqual(["PRESELECCION"]);
    const filas = g.rondas[0].filas;
    expect(filas.map((f) => claveDe(f.postulacionId))).toEqual(ORDEN_PRESELECCION);
    expect(filas.map((f) => f.decision)).toEqual(["SELECCIONADA", "SELECCIONADA", "LISTA_ESPERA", "NO_SELECCIONADA", "SELECCIONADA", "NO_SELECCIONADA"]);
    expect(filas.map((f) => f.posicion)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(filas[0]).toMatchObject({ tecnico: 5.5, popular: 7, demoDay: null, slugPublico: e.P.P1.slug, linea: "Idea estudiada y prototipada, Universidad" });
    expect(filas[0].consolidado).toBeCloseTo(5.6875, 12);
    expect(filas[5].consolidado).toBeNull();
    expect(g.opciones.regiones.map((r) => r.cut)).toEqual(["02", "05", "08", "09"]);
    expect(g.opciones.desafios.map((d) => d.id).sort()).toEqual([e.desafioA, e.desafioB].sort());
    expect(g.opciones.grupos).toHaveLength(2);
    expect(g.opciones.lineas).toEqual(["Idea clara, Organización sin fines de lucro", "Idea estudiada y prototipada, Universidad"]);
  });
});

describe("selección final cerrada", () => {
  beforeAll(async () => {
    await notasJurado(e, "P1", [6.0, 5.0]);
    await notasJurado(e, "P3", [7.0]);
    await notasJurado(e, "P4", [4.0]);
    await crearRonda(e, "SELECCION_FINAL", "CERRADA", {
      P3: { decision: "SELECCIONADA", monto: 28_000_000, puntaje: 5.7 },
      P1: { decision: "LISTA_ESPERA", puntaje: 5.65 },
      P4: { decision: "NO_SELECCIONADA", puntaje: 4.42 },
    });
  });

  it("resultados: la selección final primero, luego la preselección", async () => {
    const r = (await resultadosPublicos(db))!;
    expect(r.rondas.map((x) => x.fase)).toEqual(["SELECCION_FINAL", "PRESELECCION"]);
    const [fin] = r.rondas;
    expect(fin.seleccionados.map((p) => [claveDe(p.postulacionId), p.monto])).toEqual([["P3", 28_000_000]]);
    expect(fin.listaEspera.map((p) => claveDe(p.postulacionId))).toEqual(["P1"]);
    expect(fin.montoUsado).toBe(28_000_000);
    expect(fin.regionesCubiertas.map((x) => x.cut)).toEqual(["09"]);
    expect(fin.formula).toContain("70\u00a0% × puntaje técnico + 10\u00a0% × puntaje popular + 20\u00a0% × puntaje del demo day");
  });

  it("guía: la ronda final con demo day (0,7·4,2 + 0,1·7 + 0,2·4 = 4,44) y su decisión; la preselección sigue completa", async () => {
    const g = (await guiaProyectos(db))!;
    expect(g.rondas.map((r) => r.fase)).toEqual(["SELECCION_FINAL", "PRESELECCION"]);
    const fin = g.rondas[0].filas;
    expect(fin.map((f) => [claveDe(f.postulacionId), f.decision])).toEqual([
      ["P3", "SELECCIONADA"],
      ["P1", "LISTA_ESPERA"],
      ["P4", "NO_SELECCIONADA"],
    ]);
    expect(fin.map((f) => f.demoDay)).toEqual([7, 5.5, 4]);
    expect(fin[2].consolidado).toBeCloseTo(4.44, 12);
    expect(g.rondas[1].filas).toHaveLength(6);
  });

  it("un perfil retirado después queda sin enlace a su página (ya no es pública)", async () => {
    await db.postulacion.update({ where: { id: e.P.P4.id }, data: { estado: "RETIRADA" } });
    try {
      const r = (await resultadosPublicos(db))!;
      const p4 = r.rondas[1].seleccionados.find((p) => claveDe(p.postulacionId) === "P4")!;
      expect(p4.slugPublico).toBeNull();
      expect(r.rondas[1].seleccionados.find((p) => claveDe(p.postulacionId) === "P1")!.slugPublico).toBe(e.P.P1.slug);
    } finally {
      await db.postulacion.update({ where: { id: e.P.P4.id }, data: { estado: "ADMISIBLE" } });
    }
  });

  it("textos públicos de las decisiones", () => {
    expect(textoDecision("PRESELECCION", "SELECCIONADA")).toBe("Preseleccionado");
    expect(textoDecision("SELECCION_FINAL", "NO_SELECCIONADA")).toBe("No seleccionado");
    expect(textoDecision("SELECCION_FINAL", "LISTA_ESPERA")).toBe("En lista de espera");
  });
});

describe("sin datos personales", () => {
  it("ni los resultados, ni la guía, ni el ranking que la alimenta nombran a una persona", async () => {
    const [resultados, guia, pre, fin] = await Promise.all([
      resultadosPublicos(db),
      guiaProyectos(db),
      rankingConsolidado(db, e.convocatoriaId, "PRESELECCION"),
      rankingConsolidado(db, e.convocatoriaId, "SELECCION_FINAL"),
    ]);
    // Not vacuous: the data is there.
    expect(resultados!.rondas).toHaveLength(2);
    expect(guia!.rondas[1].filas).toHaveLength(6);
    sinDatosPersonales("resultadosPublicos", resultados);
    sinDatosPersonales("guiaProyectos", guia);
    sinDatosPersonales("rankingConsolidado (preselección)", pre);
    sinDatosPersonales("rankingConsolidado (final)", fin);
  });

  it("la prueba detecta un dato personal si aparece", () => {
    const conNombre = { filas: [{ nombreProyecto: "X", detalle: `contacto ${e.personales.emails[0]}` }] };
    expect(() => sinDatosPersonales("control", conNombre)).toThrow();
    expect(() => sinDatosPersonales("control", { filas: [{ organizacionNombre: "X" }] })).toThrow();
  });
});
