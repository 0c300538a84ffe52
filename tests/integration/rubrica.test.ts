// The rubric (rubrica.guardar): criteria whose weights add up to 100 %, settings and the three reference
// perfiles; refused with nothing changed when the weights do not add up, and its criteria frozen once a
// grade exists. Wrong role or etapa: the permission table's refusal.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction, MENSAJE_ROL, mensajeEtapa } from "@/lib/actions/pipeline";
import { CRITERIOS_POR_DEFECTO } from "@/lib/domain/rubrica";
import { guardarRubrica } from "@/lib/rubrica/actions/guardar";
import { MENSAJE_CRITERIOS_CONGELADOS } from "@/lib/rubrica/persistir";
import { getRubricaAdmin } from "@/lib/rubrica/queries";
import { comoError, comoExito } from "../support/resultado";
import { contarAuditoria, db, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { crearEvaluador, crearPerfilAdmisible } from "../support/asignaciones";
import { NOTAS_REFERENCIA_MUESTRA, rubricaMuestra } from "../fixtures/acciones/rubrica";

let e: Escenario;

beforeAll(async () => {
  e = await prepararDemo();
  await fijarEtapa("DESARROLLO_CONCURSO");
});

/** The rubric's rows and the convocatoria's N, to compare before and after. */
async function foto() {
  return {
    rubrica: await db.rubrica.findUnique({
      where: { convocatoriaId: e.convocatoriaId },
      include: { criterios: { orderBy: { orden: "asc" } }, referencias: { orderBy: { orden: "asc" } } },
    }),
    n: (await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId }, select: { evaluadoresPorPerfil: true } })).evaluadoresPorPerfil,
    auditoria: await contarAuditoria(),
  };
}

const guardar = (input: unknown, user = e.admin) => executeAction(guardarRubrica, input, { user, db });

describe("rubrica.guardar", () => {
  it("guarda los criterios por defecto, los ajustes y los perfiles de referencia con sus notas por clave", async () => {
    const r = comoExito(await guardar({ ...rubricaMuestra(), evaluadoresPorPerfil: "3", reglaRegion: "otra_region", umbralCalibracion: "0,5", normalizar: "si" }));
    expect(r.mensaje).toMatch(/^Rúbrica (creada|guardada)\.$/);
    const { rubrica, n } = await foto();
    expect(n).toBe(3);
    expect(rubrica).toMatchObject({ topeEvaluador: 40, reglaRegion: "otra_region", umbralCalibracion: 0.5, limiteIndulgencia: 3, minMuestra: 5, brechaDiscrepancia: 1.5, normalizar: true });
    expect(rubrica!.criterios.map((c) => [c.clave, c.peso, c.orden])).toEqual(CRITERIOS_POR_DEFECTO.map((c, i) => [c.clave, c.peso, i]));
    expect(JSON.parse(rubrica!.criterios[0].ejemplos)).toEqual(CRITERIOS_POR_DEFECTO[0].ejemplos);
    expect(rubrica!.criterios[0].orientacion).toBe(CRITERIOS_POR_DEFECTO[0].orientacion);
    expect(rubrica!.referencias.map((x) => x.orden)).toEqual([1, 2, 3]);
    expect(JSON.parse(rubrica!.referencias[1].notas)).toEqual(Object.fromEntries(CRITERIOS_POR_DEFECTO.map((c, j) => [c.clave, NOTAS_REFERENCIA_MUESTRA[1][j]])));
    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "rubrica.guardar", entidad: "Rubrica", entidadId: rubrica!.id, actorId: e.admin.id });
    expect(JSON.parse(a!.datos)).toMatchObject({ evaluadoresPorPerfil: 3, reglaRegion: "otra_region", referencias: 3 });
    // The admin page reads it back, reference grades by clave.
    const admin = (await getRubricaAdmin(db))!;
    expect(admin.rubrica!.referencias[2].notas).toEqual(Object.fromEntries(CRITERIOS_POR_DEFECTO.map((c, j) => [c.clave, NOTAS_REFERENCIA_MUESTRA[2][j]])));
  });

  it("pesos que no suman 100: se rechaza con el motivo junto a los criterios y nada cambia", async () => {
    const antes = await foto();
    const m = rubricaMuestra();
    m.criterios[0].peso = 20; // 95 in total
    const r = comoError(await guardar({ ...m, evaluadoresPorPerfil: 4 }));
    expect(r.error).toBe("Revise los campos marcados.");
    expect(r.fieldErrors.criterios).toEqual(["Los pesos de los criterios deben sumar 100 %; ahora suman 95 %."]);
    expect(await foto()).toEqual(antes);

    const decimal = rubricaMuestra();
    decimal.criterios[0].peso = "25,5" as unknown as number;
    expect(comoError(await guardar(decimal)).fieldErrors["criterios.0.peso"]).toEqual(["El peso debe ser un número entero."]);
    expect(await foto()).toEqual(antes);
  });

  it("claves repetidas, notas de referencia que faltan o fuera de escala, o un perfil de referencia de menos: se rechaza sin cambios", async () => {
    const antes = await foto();
    const repetida = rubricaMuestra();
    repetida.criterios[1].clave = repetida.criterios[0].clave;
    expect(comoError(await guardar(repetida)).fieldErrors["criterios.1.clave"]).toEqual([`Hay dos criterios con la clave «pertinencia»: cambie el nombre o la clave de uno.`]);

    const corta = rubricaMuestra();
    corta.referencias[0].notas = corta.referencias[0].notas.slice(0, 5);
    expect(comoError(await guardar(corta)).fieldErrors["referencias.0.notas"]).toEqual(["Ingrese una nota de referencia para cada uno de los 6 criterios."]);

    const fuera = rubricaMuestra();
    fuera.referencias[2].notas[0] = "7,5";
    expect(comoError(await guardar(fuera)).fieldErrors["referencias.2.notas.0"]).toEqual(["La nota de referencia: la nota debe estar entre 1,0 y 7,0, con un decimal como máximo."]);

    const dos = rubricaMuestra();
    dos.referencias = dos.referencias.slice(0, 2);
    expect(comoError(await guardar(dos)).fieldErrors.referencias).toEqual(["La calibración usa exactamente 3 perfiles de referencia."]);
    expect(await foto()).toEqual(antes);
  });

  it("un criterio nuevo sin clave la toma de su nombre; uno editado conserva su fila; uno quitado se borra", async () => {
    const antes = (await foto()).rubrica!;
    const m = rubricaMuestra();
    m.criterios[0].nombre = "Pertinencia al desafío y al territorio";
    m.criterios.splice(5, 1); // presupuesto (10 %) out
    m.criterios[4].peso += 5;
    m.criterios.push({ clave: "", nombre: "Sostenibilidad económica", descripcion: "Si el piloto puede seguir.", orientacion: "Mire las fuentes de financiamiento.", peso: 5, ejemplos: [] });
    m.referencias = m.referencias.map((r) => ({ ...r, notas: [...r.notas.slice(0, 5), "4,0"] }));
    comoExito(await guardar(m));
    expect(JSON.parse((await ultimaAuditoria())!.datos).criteriosCambiados).toBe(true);
    const despues = (await foto()).rubrica!;
    expect(despues.criterios.map((c) => c.clave)).toEqual(["pertinencia", "innovacion", "factibilidad", "coproduccion", "aprendizaje-escalamiento", "sostenibilidad-economica"]);
    expect(despues.criterios[0].id).toBe(antes.criterios[0].id);
    expect(despues.criterios[0].nombre).toBe("Pertinencia al desafío y al territorio");
    expect(despues.criterios.find((c) => c.clave === "presupuesto")).toBeUndefined();
    expect(JSON.parse(despues.referencias[0].notas)["sostenibilidad-economica"]).toBe(4);
    expect(JSON.parse(despues.referencias[0].notas).presupuesto).toBeUndefined();
    comoExito(await guardar(rubricaMuestra()));
  });

  it("con notas registradas, cambiar los criterios se rechaza y nada cambia; los ajustes y las referencias sí se pueden cambiar", async () => {
    const criterio = (await foto()).rubrica!.criterios[0];
    const evaluador = await crearEvaluador();
    const p = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[0].id });
    const a = await db.asignacionEvaluacion.create({ data: { postulacionId: p.id, evaluadorId: evaluador.id } });
    const ev = await db.evaluacion.create({ data: { asignacionId: a.id } });
    await db.puntaje.create({ data: { evaluacionId: ev.id, criterioId: criterio.id, nota: 5.5 } });

    const antes = await foto();
    const cambiada = rubricaMuestra();
    cambiada.criterios[0].descripcion = "Otra descripción del criterio.";
    const r = comoError(await guardar(cambiada));
    expect(r.error).toBe(MENSAJE_CRITERIOS_CONGELADOS);
    expect(await foto()).toEqual(antes);
    const pesos = rubricaMuestra();
    [pesos.criterios[0].peso, pesos.criterios[1].peso] = [pesos.criterios[1].peso, pesos.criterios[0].peso];
    expect(comoError(await guardar(pesos)).error).toBe(MENSAJE_CRITERIOS_CONGELADOS);

    // Same criteria: the settings and the reference perfiles change, the criteria (and their grades) stay.
    const ajustes = rubricaMuestra();
    ajustes.referencias[0].titulo = "Otro título de referencia";
    comoExito(await guardar({ ...ajustes, topeEvaluador: 25, umbralCalibracion: "0,8" }));
    const despues = await foto();
    expect(despues.rubrica!.criterios).toEqual(antes.rubrica!.criterios);
    expect(despues.rubrica).toMatchObject({ topeEvaluador: 25, umbralCalibracion: 0.8 });
    expect(despues.rubrica!.referencias[0].titulo).toBe("Otro título de referencia");
    expect(JSON.parse((await ultimaAuditoria())!.datos).criteriosCambiados).toBe(false);
    expect((await getRubricaAdmin(db))!.notasRegistradas).toBe(1);
    await db.evaluacion.delete({ where: { id: ev.id } });
  });

  it("otro rol u otra etapa: el rechazo de la tabla de permisos, sin cambios", async () => {
    const antes = await foto();
    expect(comoError(await guardar(rubricaMuestra(), e.cuentas.ENCARGADO_TECNICO))).toEqual({ ok: false, error: MENSAJE_ROL, fieldErrors: {} });
    await fijarEtapa("CONVOCATORIA");
    expect(comoError(await guardar(rubricaMuestra())).error).toBe(mensajeEtapa("rubrica.guardar", "CONVOCATORIA"));
    await fijarEtapa("DESARROLLO_CONCURSO");
    expect(await foto()).toEqual(antes);
  });
});
