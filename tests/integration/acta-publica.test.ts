// The signed acta's public PDF (lib/seleccion/acta-publica.ts, served at /actas/<id>) and the committee
// screens' reads (lib/seleccion/espacio.ts): only a CERRADA round's acta is served, byte for byte, with its
// SHA-256 in the headers and cacheable for good; unknown, malformed, unsigned or tampered ones are not; the
// workspace reads the round with its members and decisions, and evaluations without evaluators' names.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { generarActaPdf } from "@/lib/pdf/acta";
import type { ContenidoActa } from "@/lib/seleccion/acta-contenido";
import { respuestaActa } from "@/lib/seleccion/acta-publica";
import { cuentasComite, evaluacionesAnonimas, existeRonda, leerRonda } from "@/lib/seleccion/espacio";
import { db, prepararDemo } from "../support/escenario";
import { crearRonda, escenarioSeleccion, type EscenarioSeleccion } from "../support/seleccion-escenario";

let e: EscenarioSeleccion;
let cerrada: { rondaId: string; actaId: string };
let enFirma: { rondaId: string; actaId: string };
let pdf: Buffer;

const contenido: ContenidoActa = {
  convocatoria: { nombre: "Fondo IDEA de prueba", anio: 2019 },
  fase: "PRESELECCION",
  numero: 1,
  generadaEn: "2019-07-10T15:00:00.000Z",
  presupuesto: 100_000_000,
  montoSeleccionado: 25_000_000,
  banda: { min: 20_000_000, max: 30_000_000 },
  pesos: { tecnico: 87.5, votacion: 12.5, demoDay: 0 },
  formula: "Puntaje consolidado = 87,5 % × puntaje técnico + 12,5 % × puntaje popular.",
  regiones: { conCandidatos: ["Biobío"], cubiertas: ["Biobío"], sinProyecto: [] },
  sugerencia: { factible: true, puntajeTotal: 5.69, montoTotal: 25_000_000, motivo: null, precios: null },
  decisiones: [],
  miembrosPresentes: [],
};

beforeAll(async () => {
  const demo = await prepararDemo();
  e = await escenarioSeleccion(demo.convocatoriaId);
  const c = await crearRonda(e, "PRESELECCION", "CERRADA", { P1: { decision: "SELECCIONADA", monto: 25_000_000, puntaje: 5.6875 }, P3: { decision: "NO_SELECCIONADA", puntaje: 5.375 } });
  pdf = await generarActaPdf(contenido, [], new Date("2019-07-10T16:00:00.000Z"));
  await db.acta.update({ where: { id: c.actaId! }, data: { pdf: new Uint8Array(pdf), sha256: createHash("sha256").update(pdf).digest("hex"), cerradaEn: new Date("2019-07-10T16:00:00.000Z") } });
  cerrada = { rondaId: c.rondaId, actaId: c.actaId! };
  const f = await crearRonda(e, "SELECCION_FINAL", "EN_FIRMA", { P1: { decision: "SELECCIONADA", monto: 25_000_000, puntaje: 5.6 } });
  const acta = await db.acta.create({ data: { convocatoriaId: e.convocatoriaId, rondaId: f.rondaId, fase: "SELECCION_FINAL", numero: 1, contenido: "{}" }, select: { id: true } });
  enFirma = { rondaId: f.rondaId, actaId: acta.id };
});

describe("GET /actas/<id>", () => {
  it("sirve el PDF del acta cerrada tal cual, en línea, con su SHA-256 y caché permanente", async () => {
    const r = await respuestaActa(cerrada.actaId, db);
    expect(r.status).toBe(200);
    const cuerpo = Buffer.from(await r.arrayBuffer());
    expect(cuerpo.equals(pdf)).toBe(true);
    const sha = createHash("sha256").update(pdf).digest("hex");
    expect(r.headers.get("content-type")).toBe("application/pdf");
    const { anio } = await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId }, select: { anio: true } });
    expect(r.headers.get("content-disposition")).toBe(`inline; filename="acta-preseleccion-${anio}-1.pdf"`);
    expect(r.headers.get("x-acta-sha256")).toBe(sha);
    expect(r.headers.get("repr-digest")).toBe(`sha-256=:${Buffer.from(sha, "hex").toString("base64")}:`);
    expect(r.headers.get("etag")).toBe(`"${sha}"`);
    expect(r.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("responde 404 en castellano a un id desconocido, mal formado o de un acta aún en firma", async () => {
    for (const id of ["noexiste123", "../../etc/passwd", "", enFirma.actaId]) {
      const r = await respuestaActa(id, db);
      expect(r.status, id).toBe(404);
      expect(await r.text()).toBe("No se encontró un acta firmada con esa dirección.");
      expect(r.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("no sirve un PDF que no coincide con su SHA-256 registrado", async () => {
    const otro = await generarActaPdf({ ...contenido, presupuesto: 99_000_000 }, [], new Date("2019-07-10T16:00:00.000Z"));
    await db.acta.update({ where: { id: cerrada.actaId }, data: { pdf: new Uint8Array(otro) } });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const r = await respuestaActa(cerrada.actaId, db);
      expect(r.status).toBe(500);
      expect(error).toHaveBeenCalledOnce();
    } finally {
      error.mockRestore();
      await db.acta.update({ where: { id: cerrada.actaId }, data: { pdf: new Uint8Array(pdf) } });
    }
    expect((await respuestaActa(cerrada.actaId, db)).status).toBe(200);
  });
});

describe("lecturas del espacio del comité", () => {
  it("lee la ronda con sus miembros, decisiones y acta", async () => {
    expect(await existeRonda(e.convocatoriaId, "PRESELECCION", db)).toBe(true);
    const r = (await leerRonda(e.convocatoriaId, "PRESELECCION", db))!;
    expect(r.estado).toBe("CERRADA");
    expect(r.miembros).toEqual([expect.objectContaining({ usuarioId: e.comite.id, nombre: e.comite.nombre, presente: true, postura: "ACUERDO" })]);
    expect(r.decisiones.get(e.P.P1.id)).toEqual(expect.objectContaining({ decision: "SELECCIONADA", montoAsignado: 25_000_000, decididaPor: e.comite.nombre }));
    expect(r.decisiones.get(e.P.P3.id)?.decision).toBe("NO_SELECCIONADA");
    expect(r.acta?.id).toBe(cerrada.actaId);
    expect((await leerRonda(e.convocatoriaId, "SELECCION_FINAL", db))?.estado).toBe("EN_FIRMA");
  });

  it("lista las cuentas del comité y las evaluaciones sin el nombre de quien evaluó", async () => {
    expect((await cuentasComite(db)).map((c) => c.id)).toContain(e.comite.id);
    const evaluaciones = await evaluacionesAnonimas([e.P.P1.id, e.P.P5.id], db);
    expect(evaluaciones.get(e.P.P1.id)?.map((x) => x.etiqueta)).toEqual(["Evaluador/a 1", "Evaluador/a 2"]);
    expect(evaluaciones.get(e.P.P5.id)).toEqual([]);
    const texto = JSON.stringify([...evaluaciones.values()]);
    for (const nombre of e.personales.nombres) expect(texto).not.toContain(nombre);
  });
});
