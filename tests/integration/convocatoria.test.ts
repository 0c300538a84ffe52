import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { configurarConvocatoria } from "@/lib/convocatoria/actions/configurar";
import { sembrarDemo } from "@/lib/seed/demo";
import { comoError, comoExito } from "../support/resultado";
import { contar, db, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { muestrasAcciones } from "../fixtures/acciones";

let e: Escenario;
let base: Record<string, unknown>;

beforeAll(async () => {
  e = await prepararDemo();
  base = muestrasAcciones({ desafioId: e.desafios[0].id, grupoId: e.grupoId, usuarioId: e.cuentas.POSTULANTE.id })["convocatoria.configurar"];
});

const leer = () =>
  db.convocatoria.findUniqueOrThrow({
    where: { id: e.convocatoriaId },
    select: { presupuestoTotal: true, montoMinProyecto: true, montoMaxProyecto: true, proyectosObjetivo: true, pesoTecnico: true, pesoVotacion: true, pesoDemoDay: true },
  });

describe("configuración de la convocatoria", () => {
  it("guarda presupuesto, banda, meta y ponderaciones (también como texto de formulario) y lo audita", async () => {
    const datos = { ...base, presupuestoTotal: "700000000", montoMaxProyecto: "35000000", pesoTecnico: "60", pesoVotacion: "15", pesoDemoDay: "25" };
    comoExito(await executeAction(configurarConvocatoria, datos, { user: e.admin, db }));
    expect(await leer()).toEqual({
      presupuestoTotal: 700_000_000,
      montoMinProyecto: 20_000_000,
      montoMaxProyecto: 35_000_000,
      proyectosObjetivo: 26,
      pesoTecnico: 60,
      pesoVotacion: 15,
      pesoDemoDay: 25,
    });
    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "convocatoria.configurar", entidadId: e.convocatoriaId });
    expect(JSON.parse(a!.datos)).toMatchObject({ presupuestoTotal: 700_000_000, pesoDemoDay: 25 });
  });

  it.each([
    ["las ponderaciones no suman 100", { pesoDemoDay: 25 }, "pesoDemoDay", "Las ponderaciones deben sumar 100."],
    ["el mínimo supera al máximo", { montoMinProyecto: 40_000_000 }, "montoMaxProyecto", "El máximo debe ser mayor o igual al mínimo."],
    ["el máximo supera el presupuesto", { presupuestoTotal: 25_000_000 }, "montoMaxProyecto", "El máximo por proyecto no puede superar el presupuesto."],
    ["un monto con decimales", { montoMinProyecto: 20_000_000.5 }, "montoMinProyecto", "El monto mínimo por proyecto debe ser un monto en pesos, sin decimales."],
    ["un monto que no es número", { presupuestoTotal: "mucho" }, "presupuestoTotal", "El presupuesto debe ser un número."],
    // Money columns are 32-bit integers on PostgreSQL: a larger amount is a field error on both providers.
    ["un presupuesto mayor que lo que cabe en la base", { presupuestoTotal: 3_000_000_000 }, "presupuestoTotal", "El presupuesto es demasiado grande."],
  ])("rechaza %s en su campo, sin escribir", async (_caso, cambio, campo, mensaje) => {
    const antes = await leer();
    const conteo = await contar();
    const r = comoError(await executeAction(configurarConvocatoria, { ...base, ...cambio }, { user: e.admin, db }));
    expect(r.fieldErrors[campo]).toContain(mensaje);
    expect(await leer()).toEqual(antes);
    expect(await contar()).toEqual(conteo);
  });

  it("el presupuesto máximo que cabe en la base se guarda", async () => {
    comoExito(await executeAction(configurarConvocatoria, { ...base, presupuestoTotal: 2_147_483_647 }, { user: e.admin, db }));
    expect((await leer()).presupuestoTotal).toBe(2_147_483_647);
  });

  it("la siembra de demostración no escribe sobre una base que ya tiene datos", async () => {
    const conteo = await contar();
    expect(await sembrarDemo(db)).toEqual({ sembrado: false, motivo: "La base ya tiene datos: no se siembra la demostración." });
    expect(await contar()).toEqual(conteo);
    expect(await db.convocatoria.count()).toBe(1);
  });
});
