// Líneas de postulación: the admin opens or closes a cell of the matrix and sets its maximum (inside the
// convocatoria's band) and required documents; the perfil form reads the open ones.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { configurarLinea } from "@/lib/lineas/actions/configurar";
import { listarLineasAbiertas } from "@/lib/lineas/queries";
import { comoError, comoExito, esActionResult } from "../support/resultado";
import { contarAuditoria, db, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { MENSAJE_INESPERADO, MENSAJE_ROL } from "../support/mensajes";

let e: Escenario;

/** Every línea's content plus the audit count: what a refused call must leave as it was. */
async function estado() {
  const [lineas, auditoria] = await Promise.all([db.lineaPostulacion.findMany({ orderBy: { id: "asc" } }), contarAuditoria()]);
  return { lineas, auditoria };
}

async function linea(nivelMadurez: "IDEA_VAGA" | "IDEA_CLARA" | "IDEA_PROTOTIPADA", tipoEjecutor: string) {
  return db.lineaPostulacion.findFirstOrThrow({ where: { convocatoriaId: e.convocatoriaId, nivelMadurez, tipoEjecutor: tipoEjecutor as never } });
}

beforeAll(async () => {
  e = await prepararDemo();
  await fijarEtapa("DESARROLLO_CONCURSO");
});

describe("linea.configurar", () => {
  it("cierra una línea, cambia su monto y sus documentos, y lo audita", async () => {
    const l = await linea("IDEA_CLARA", "EMPRESA");
    expect(l.habilitada).toBe(true);
    const auditoria = await contarAuditoria();
    const r = comoExito(
      await executeAction(configurarLinea, { id: l.id, habilitada: "no", montoMaximo: "22500000", adjuntosRequeridos: ["CERTIFICADO_VIGENCIA", "ESTATUTOS", "ESTATUTOS"] }, { user: e.admin, db }),
    );
    expect(r.mensaje).toBe("Línea guardada: queda cerrada.");
    const despues = await db.lineaPostulacion.findUniqueOrThrow({ where: { id: l.id } });
    expect(despues).toMatchObject({ habilitada: false, montoMaximo: 22_500_000 });
    // Deduplicated, in the form's order.
    expect(JSON.parse(despues.adjuntosRequeridos)).toEqual(["ESTATUTOS", "CERTIFICADO_VIGENCIA"]);
    expect(await contarAuditoria()).toBe(auditoria + 1);
    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "linea.configurar", entidad: "LineaPostulacion", entidadId: l.id, actorId: e.admin.id });
    expect(JSON.parse(a!.datos)).toMatchObject({ nivelMadurez: "IDEA_CLARA", tipoEjecutor: "EMPRESA", habilitada: false, montoMaximo: 22_500_000 });
  });

  it("desde un FormData: una casilla marcada abre la línea; sin documentos marcados no exige ninguno", async () => {
    const l = await linea("IDEA_VAGA", "PERSONA_NATURAL");
    expect(l.habilitada).toBe(false);
    const fd = new FormData();
    fd.append("id", l.id);
    fd.append("habilitada", "si");
    fd.append("montoMaximo", "20000000");
    comoExito(await executeAction(configurarLinea, fd, { user: e.admin, db }));
    const despues = await db.lineaPostulacion.findUniqueOrThrow({ where: { id: l.id } });
    expect(despues).toMatchObject({ habilitada: true, montoMaximo: 20_000_000, adjuntosRequeridos: "[]" });

    // One checked document posts a string, not an array.
    const fd2 = new FormData();
    fd2.append("id", l.id);
    fd2.append("montoMaximo", "30000000");
    fd2.append("adjuntosRequeridos", "CEDULA");
    comoExito(await executeAction(configurarLinea, fd2, { user: e.admin, db }));
    expect(await db.lineaPostulacion.findUniqueOrThrow({ where: { id: l.id } })).toMatchObject({ habilitada: false, montoMaximo: 30_000_000, adjuntosRequeridos: '["CEDULA"]' });
  });

  it.each([19_999_999, 30_000_001, 0, 650_000_000])("un monto fuera de la banda (%i) se rechaza con la banda en pesos y no escribe", async (monto) => {
    const l = await linea("IDEA_PROTOTIPADA", "UNIVERSIDAD");
    const antes = await estado();
    const r = comoError(await executeAction(configurarLinea, { id: l.id, habilitada: "si", montoMaximo: monto, adjuntosRequeridos: [] }, { user: e.admin, db }));
    const mensaje = "El monto máximo debe estar entre $20.000.000 y $30.000.000, la banda por proyecto de la convocatoria.";
    expect(r.error).toBe(mensaje);
    expect(r.fieldErrors.montoMaximo).toEqual([mensaje]);
    expect(await estado()).toEqual(antes);
  });

  it("la banda es la de la convocatoria: si cambia, el límite cambia", async () => {
    await db.convocatoria.update({ where: { id: e.convocatoriaId }, data: { montoMaxProyecto: 40_000_000 } });
    try {
      const l = await linea("IDEA_PROTOTIPADA", "UNIVERSIDAD");
      comoExito(await executeAction(configurarLinea, { id: l.id, habilitada: "si", montoMaximo: 35_000_000 }, { user: e.admin, db }));
      expect((await db.lineaPostulacion.findUniqueOrThrow({ where: { id: l.id } })).montoMaximo).toBe(35_000_000);
    } finally {
      await db.convocatoria.update({ where: { id: e.convocatoriaId }, data: { montoMaxProyecto: 30_000_000 } });
    }
  });

  it("un documento fuera de la lista, un monto con decimales o una línea inexistente se rechazan sin escribir", async () => {
    const l = await linea("IDEA_CLARA", "UNIVERSIDAD");
    const antes = await estado();
    const doc = comoError(await executeAction(configurarLinea, { id: l.id, montoMaximo: 25_000_000, adjuntosRequeridos: ["PASAPORTE"] }, { user: e.admin, db }));
    expect(doc.fieldErrors.adjuntosRequeridos).toEqual(["Seleccione documentos de la lista."]);
    const dec = comoError(await executeAction(configurarLinea, { id: l.id, montoMaximo: "25000000.5" }, { user: e.admin, db }));
    expect(dec.fieldErrors.montoMaximo).toEqual(["El monto máximo debe ser un monto en pesos, sin decimales."]);
    const otra = comoError(await executeAction(configurarLinea, { id: "no-existe", montoMaximo: 25_000_000 }, { user: e.admin, db }));
    expect(otra.error).toBe("La línea de postulación no existe.");
    expect(await estado()).toEqual(antes);
  });

  it("fuera del Desarrollo del concurso o sin el rol ADMIN se rechaza sin escribir", async () => {
    const l = await linea("IDEA_CLARA", "UNIVERSIDAD");
    const antes = await estado();
    const rol = comoError(await executeAction(configurarLinea, { id: l.id, montoMaximo: 25_000_000 }, { user: e.cuentas.ENCARGADO_TECNICO, db }));
    expect(rol.error).toBe(MENSAJE_ROL);
    await fijarEtapa("CONVOCATORIA");
    try {
      const etapa = comoError(await executeAction(configurarLinea, { id: l.id, montoMaximo: 25_000_000 }, { user: e.admin, db }));
      expect(etapa.error).toMatch(/^Esta acción no está disponible en la etapa actual \(Convocatoria\)/);
    } finally {
      await fijarEtapa("DESARROLLO_CONCURSO");
    }
    expect(await estado()).toEqual(antes);
  });
});

describe("listarLineasAbiertas", () => {
  it("devuelve solo las abiertas de la convocatoria activa, en el orden de la matriz, con sus documentos como lista", async () => {
    const abiertas = await listarLineasAbiertas(db);
    const esperadas = await db.lineaPostulacion.count({ where: { convocatoriaId: e.convocatoriaId, habilitada: true } });
    expect(abiertas).toHaveLength(esperadas);
    expect(abiertas.every((l) => Array.isArray(l.adjuntosRequeridos))).toBe(true);
    expect(Object.keys(abiertas[0]).sort()).toEqual(["adjuntosRequeridos", "id", "montoMaximo", "nivelMadurez", "tipoEjecutor"]);
    const niveles = abiertas.map((l) => l.nivelMadurez);
    expect(niveles.indexOf("IDEA_CLARA")).toBeGreaterThan(niveles.lastIndexOf("IDEA_VAGA"));
    expect(niveles.indexOf("IDEA_PROTOTIPADA")).toBeGreaterThan(niveles.lastIndexOf("IDEA_CLARA"));
    const cerrada = await db.lineaPostulacion.findFirstOrThrow({ where: { habilitada: false } });
    expect(abiertas.map((l) => l.id)).not.toContain(cerrada.id);
  });
});

describe("propiedad: 1.000 entradas arbitrarias a linea.configurar como ADMIN", () => {
  it("siempre un ActionResult con mensaje en español; un rechazo no escribe nada", { timeout: 180_000 }, async () => {
    const ids = (await db.lineaPostulacion.findMany({ select: { id: true } })).map((l) => l.id);
    const texto = fc.oneof(fc.string(), fc.constantFrom("", " ", "si", "no", "on", "true", "ESTATUTOS", "CEDULA", "\u0000", "20000000", "3e7", "-1"));
    const entrada = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.record({ id: fc.oneof(fc.constantFrom(...ids), texto), habilitada: fc.oneof(texto, fc.boolean()), montoMaximo: fc.oneof(fc.integer(), fc.double(), texto) }),
      fc.record(
        {
          id: fc.constantFrom(...ids),
          habilitada: fc.oneof(fc.boolean(), fc.constantFrom("si", "no")),
          montoMaximo: fc.integer({ min: 15_000_000, max: 35_000_000 }),
          adjuntosRequeridos: fc.oneof(texto, fc.array(fc.oneof(texto, fc.constantFrom("ESTATUTOS", "CERTIFICADO_VIGENCIA", "CEDULA", "OTRO")), { maxLength: 5 })),
        },
        { requiredKeys: ["id", "montoMaximo"] },
      ),
    );
    let exitos = 0;
    let antes = await estado();
    await fc.assert(
      fc.asyncProperty(entrada, async (x) => {
        const r = await executeAction(configurarLinea, x, { user: e.admin, db });
        expect(esActionResult(r)).toBe(true);
        if (r.ok) {
          exitos += 1;
          const l = await db.lineaPostulacion.findUniqueOrThrow({ where: { id: r.data.id } });
          expect(l.montoMaximo).toBeGreaterThanOrEqual(20_000_000);
          expect(l.montoMaximo).toBeLessThanOrEqual(30_000_000);
          antes = await estado();
          return;
        }
        expect(r.error).not.toBe(MENSAJE_INESPERADO);
        for (const m of [r.error, ...Object.values(r.fieldErrors).flat()]) expect(m).not.toMatch(/\b(invalid|expected|required|received)\b/i);
        expect(await estado()).toEqual(antes);
      }),
      { numRuns: 1000 },
    );
    expect(exitos).toBeGreaterThan(0);
  });
});
