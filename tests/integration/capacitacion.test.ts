// The capacitación: the calibration exercise (capacitacion.calibrar) passes within the rubric's threshold,
// fails with where the evaluator diverged (the reference grade shown only for those items), may be retried,
// and once passed stays passed; the gate (lib/capacitacion/gate.ts) follows it.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction, MENSAJE_ROL, mensajeEtapa } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { calibrar, MENSAJE_SIN_EJERCICIO } from "@/lib/capacitacion/actions/calibrar";
import { capacitacionAprobada, exigirCapacitacionAprobada, MENSAJE_SIN_CAPACITACION } from "@/lib/capacitacion/gate";
import { getCapacitacion } from "@/lib/capacitacion/queries";
import { leerResultado } from "@/lib/capacitacion/schema";
import { CRITERIOS_POR_DEFECTO } from "@/lib/domain/rubrica";
import { guardarRubrica } from "@/lib/rubrica/actions/guardar";
import type { SessionUser } from "@/lib/auth/session-user";
import { comoError, comoExito } from "../support/resultado";
import { contarAuditoria, db, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { crearEvaluador } from "../support/asignaciones";
import { NOTAS_REFERENCIA_MUESTRA, rubricaMuestra } from "../fixtures/acciones/rubrica";
import { respuestasCalibracion } from "../fixtures/acciones/capacitacion";

let e: Escenario;
let ana: SessionUser;

beforeAll(async () => {
  e = await prepararDemo();
  await fijarEtapa("DESARROLLO_CONCURSO");
  ana = await crearEvaluador({ nombre: "Ana Evaluadora" });
});

const fila = (userId: string) => db.capacitacion.findUnique({ where: { convocatoriaId_userId: { convocatoriaId: e.convocatoriaId, userId } } });
const aprobada = (userId: string) => capacitacionAprobada(db, e.convocatoriaId, userId);
const calibrarComo = (user: SessionUser, input: unknown) => executeAction(calibrar, input, { user, db });

describe("capacitacion.calibrar", () => {
  it("sin perfiles de referencia el ejercicio no está disponible y nada se escribe", async () => {
    await db.perfilReferencia.deleteMany({ where: { rubrica: { convocatoriaId: e.convocatoriaId } } });
    const antes = await contarAuditoria();
    expect(comoError(await calibrarComo(ana, respuestasCalibracion())).error).toBe(MENSAJE_SIN_EJERCICIO);
    expect(await fila(ana.id)).toBeNull();
    expect(await contarAuditoria()).toBe(antes);
    comoExito(await executeAction(guardarRubrica, rubricaMuestra(), { user: e.admin, db }));
  });

  it("sin la calibración aprobada, la barrera niega: capacitacionAprobada es falso y exigirla lanza el mensaje", async () => {
    expect(await aprobada(ana.id)).toBe(false);
    await db.$transaction(async (tx) => {
      await expect(exigirCapacitacionAprobada(tx, e.convocatoriaId, ana.id)).rejects.toThrow(new ActionError(MENSAJE_SIN_CAPACITACION));
    });
    expect(MENSAJE_SIN_CAPACITACION).toBe("Debe aprobar la capacitación antes de evaluar perfiles.");
  });

  it("un intento fuera del umbral no aprueba: se cuenta, y se guarda dónde divergió con la nota de referencia solo ahí", async () => {
    // Innovación (criterion 1) off by 1,5 on every perfil: its mean difference 1,5 > 0,7. Factibilidad off by
    // 1,0 on perfil 1 only: its mean 0,33 is within, but that one answer diverges.
    const input = respuestasCalibracion((k, j) => (j === 1 ? (k === 2 ? 1.5 : -1.5) : j === 2 && k === 0 ? -1 : 0));
    const r = comoExito(await calibrarComo(ana, input));
    expect(r.data).toEqual({ aprobada: false, aprobadaEsteIntento: false, intentos: 1 });
    expect(r.mensaje).toBe(
      "No aprobó esta vez: en 1 criterio su diferencia media con las notas de referencia superó 0,7. Revise dónde divergió y vuelva a intentarlo.",
    );
    const c = (await fila(ana.id))!;
    expect(c).toMatchObject({ aprobada: false, intentos: 1, completadaEn: null });
    const res = leerResultado(c.resultado)!;
    expect(res.aprobada).toBe(false);
    expect(res.porCriterio.find((x) => x.clave === "innovacion")).toEqual({ clave: "innovacion", nombre: "Innovación", diferenciaMedia: 1.5, dentro: false });
    expect(res.porCriterio.find((x) => x.clave === "factibilidad")).toMatchObject({ dentro: true });
    expect(res.porCriterio.filter((x) => x.dentro)).toHaveLength(5);
    expect(res.divergencias.map((d) => [d.orden, d.clave, d.nota, d.referencia])).toEqual(
      expect.arrayContaining([
        [1, "innovacion", 4.5, 6],
        [2, "innovacion", 2, 3.5],
        [3, "innovacion", 4.5, 3],
        [1, "factibilidad", 5.5, 6.5],
      ]),
    );
    expect(res.divergencias).toHaveLength(4);
    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "capacitacion.calibrar", entidad: "Capacitacion", entidadId: c.id, actorId: ana.id });
    expect(JSON.parse(a!.datos)).toMatchObject({ intento: 1, aprobadaEsteIntento: false, aprobada: false, divergencias: 4 });
    expect(await aprobada(ana.id)).toBe(false);

    // The page gets the guidance and the perfiles, never the reference grades beyond those divergences.
    const pagina = (await getCapacitacion(ana, db))!;
    expect(pagina.disponible).toBe(true);
    expect(pagina.referencias.map((x) => Object.keys(x).sort())).toEqual([0, 1, 2].map(() => ["orden", "resumen", "titulo"]));
    expect(pagina.criterios.map((x) => x.clave)).toEqual(CRITERIOS_POR_DEFECTO.map((x) => x.clave));
    expect(pagina.criterios[0].ejemplos).toEqual(CRITERIOS_POR_DEFECTO[0].ejemplos);
    expect(pagina.estado.ultimo!.divergencias.map((d) => d.referencia)).toEqual(expect.arrayContaining([6, 3.5, 3, 6.5]));
    const visibles = JSON.stringify({ ...pagina, estado: { ...pagina.estado, ultimo: { ...pagina.estado.ultimo, divergencias: [], respuestas: [] } } });
    expect(visibles).not.toMatch(/"referencia"/);
    expect(pagina.estado.ultimo!.respuestas.find((x) => x.orden === 1)!.notas.innovacion).toBe(4.5);
  });

  it("faltan notas o una nota no está en la escala: se rechaza y nada cambia", async () => {
    const antes = { fila: await fila(ana.id), auditoria: await contarAuditoria() };
    const incompleta = respuestasCalibracion();
    incompleta.respuestas[1].notas.pop();
    const r = comoError(await calibrarComo(ana, incompleta));
    expect(r.error).toBe("Califique todos los criterios de cada perfil de referencia.");
    expect(r.fieldErrors._form).toEqual(["Falta la nota de Perfil 2 («Feria anual de emprendimiento»): Coherencia del presupuesto."]);
    const fuera = respuestasCalibracion();
    (fuera.respuestas[0].notas[0] as { nota: unknown }).nota = "7,3";
    expect(comoError(await calibrarComo(ana, fuera)).fieldErrors["respuestas.0.notas.0.nota"]).toEqual(["Su nota: la nota debe estar entre 1,0 y 7,0, con un decimal como máximo."]);
    expect({ fila: await fila(ana.id), auditoria: await contarAuditoria() }).toEqual(antes);
  });

  it("al reintentar dentro del umbral aprueba; luego la barrera deja pasar", async () => {
    // 0,5 off everywhere (and typed with a decimal comma): within 0,7.
    const input = respuestasCalibracion(() => -0.5);
    const conComa = { respuestas: input.respuestas.map((x) => ({ ...x, notas: x.notas.map((n) => ({ ...n, nota: String(n.nota).replace(".", ",") })) })) };
    const r = comoExito(await calibrarComo(ana, conComa));
    expect(r.data).toEqual({ aprobada: true, aprobadaEsteIntento: true, intentos: 2 });
    expect(r.mensaje).toBe("Aprobó la calibración. Ya puede evaluar los perfiles que se le asignen.");
    const c = (await fila(ana.id))!;
    expect(c).toMatchObject({ aprobada: true, intentos: 2 });
    expect(c.completadaEn).toBeInstanceOf(Date);
    expect(leerResultado(c.resultado)).toMatchObject({ intento: 2, aprobada: true, divergencias: [] });
    expect(await aprobada(ana.id)).toBe(true);
    await db.$transaction((tx) => exigirCapacitacionAprobada(tx, e.convocatoriaId, ana.id));
  });

  it("una vez aprobada queda aprobada: un intento posterior fuera del umbral se cuenta pero no la quita", async () => {
    const antes = (await fila(ana.id))!;
    const r = comoExito(await calibrarComo(ana, respuestasCalibracion(() => -1)));
    expect(r.data).toEqual({ aprobada: true, aprobadaEsteIntento: false, intentos: 3 });
    expect(r.mensaje).toBe("Este intento no quedó dentro del umbral, pero su aprobación anterior se mantiene.");
    const c = (await fila(ana.id))!;
    expect(c).toMatchObject({ aprobada: true, intentos: 3, completadaEn: antes.completadaEn });
    expect(leerResultado(c.resultado)!.aprobada).toBe(false);
    expect(await aprobada(ana.id)).toBe(true);
  });

  it("el umbral es el de la rúbrica", async () => {
    const beto = await crearEvaluador();
    comoExito(await executeAction(guardarRubrica, { ...rubricaMuestra(), umbralCalibracion: "0,4" }, { user: e.admin, db }));
    expect(comoExito(await calibrarComo(beto, respuestasCalibracion(() => -0.5))).data.aprobadaEsteIntento).toBe(false);
    comoExito(await executeAction(guardarRubrica, rubricaMuestra(), { user: e.admin, db }));
    expect(comoExito(await calibrarComo(beto, respuestasCalibracion(() => -0.5))).data.aprobadaEsteIntento).toBe(true);
    expect(NOTAS_REFERENCIA_MUESTRA).toHaveLength(3);
  });

  it("otro rol u otra etapa: el rechazo de la tabla de permisos, sin cambios", async () => {
    const antes = await contarAuditoria();
    expect(comoError(await calibrarComo(e.cuentas.ENCARGADO_TECNICO, respuestasCalibracion()))).toEqual({ ok: false, error: MENSAJE_ROL, fieldErrors: {} });
    await fijarEtapa("FORMACION_INCUBACION");
    expect(comoError(await calibrarComo(ana, respuestasCalibracion())).error).toBe(mensajeEtapa("capacitacion.calibrar", "FORMACION_INCUBACION"));
    await fijarEtapa("DESARROLLO_CONCURSO");
    expect(await contarAuditoria()).toBe(antes);
  });
});
