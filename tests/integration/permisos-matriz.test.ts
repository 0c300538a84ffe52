// Every registered action × every role (and no session) × every etapa, through the real pipeline on
// one database: a call the permission table refuses gets exactly the pipeline's refusal and writes no
// audit entry; a call it allows is never refused for role or etapa.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/actions/pipeline";
import { ACCIONES } from "@/lib/actions/registry";
import { ETAPAS, NOMBRES_ACCION, PERMISOS, puede, ROLES } from "@/lib/auth/permissions";
import type { Rol } from "@/lib/domain/roles";
import { definicionesDeAcciones } from "../support/acciones-estaticas";
import { ejecutarRegistrada } from "../support/ejecutar";
import { contarAuditoria, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { esRechazoDePermiso, mensajeDeRechazo } from "../support/mensajes";
import { esActionResult } from "../support/resultado";
import { muestrasAcciones } from "../fixtures/acciones";
import { prepararMuestras } from "../fixtures/preparar-muestras";

type Quien = Rol | "anonimo";
const QUIENES: Quien[] = [...ROLES, "anonimo"];

let escenario: Escenario;
let muestras: Record<string, Record<string, unknown>>;
const exitos = new Map<string, number>();

beforeAll(async () => {
  escenario = await prepararDemo();
  muestras = muestrasAcciones(await prepararMuestras(db, escenario));
});

describe("registro de acciones", () => {
  it("toda acción registrada tiene una entrada de muestra", () => {
    const faltan = ACCIONES.map((a) => a.name).filter((n) => !(n in muestras));
    expect(faltan).toEqual([]);
  });

  it("los archivos de acciones, el registro y la tabla de permisos coinciden", () => {
    const definidas = definicionesDeAcciones();
    expect(definidas.length).toBe(ACCIONES.length);
    const registradas = ACCIONES.map((a) => a.name);
    expect(definidas.map((d) => d.nombre).sort()).toEqual([...registradas].sort());
    for (const n of registradas) expect(Object.keys(PERMISOS)).toContain(n);
    for (const n of NOMBRES_ACCION) expect(registradas).toContain(n);
  });
});

// Cheap on purpose (~500 cells on one database): the etapa is set once per etapa and again after any
// success (avanzarEtapa moves it), and the audit count is kept running instead of read twice per cell.
describe.each(ETAPAS)("matriz de permisos en %s", (etapa) => {
  let auditoria = 0;

  beforeAll(async () => {
    await fijarEtapa(etapa);
    auditoria = await contarAuditoria();
  });

  describe.each(ACCIONES.map((def) => [def.name, def] as const))("%s", (nombre, def) => {
    it.each(QUIENES)("como %s", async (quien) => {
      const user: SessionUser | null = quien === "anonimo" ? null : escenario.cuentas[quien];
      const roles = user?.roles ?? null;
      const r = await ejecutarRegistrada(def, muestras[nombre], { user, db });
      const antes = auditoria;
      const despues = (auditoria = await contarAuditoria());
      if (r.ok) await fijarEtapa(etapa); // state restored before asserting, so one failure does not cascade

      expect(esActionResult(r)).toBe(true);
      const rechazo = mensajeDeRechazo(nombre, roles, etapa);
      if (rechazo !== null) {
        expect(puede(nombre, roles, etapa).ok).toBe(false);
        expect(r).toEqual({ ok: false, error: rechazo, fieldErrors: {} });
        expect(despues).toBe(antes);
      } else if (r.ok) {
        exitos.set(nombre, (exitos.get(nombre) ?? 0) + 1);
        expect(despues).toBe(antes + 1);
      } else {
        // Allowed: the body may still refuse on data (duplicates, wrong `desde`…), never on permission.
        expect(esRechazoDePermiso(r.error), r.error).toBe(false);
        expect(despues).toBe(antes);
      }
    });
  });
});

describe("cobertura de la matriz", () => {
  it("cada acción tuvo éxito en al menos una celda permitida (sus muestras son válidas)", () => {
    expect(Object.fromEntries(ACCIONES.map((a) => [a.name, (exitos.get(a.name) ?? 0) > 0]))).toEqual(
      Object.fromEntries(ACCIONES.map((a) => [a.name, true])),
    );
  });
});
