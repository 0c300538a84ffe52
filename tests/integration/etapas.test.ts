import { beforeAll, describe, expect, it } from "vitest";
import { executeAction, mensajeEtapa } from "@/lib/actions/pipeline";
import { verifyAuditChain } from "@/lib/audit/log";
import { avanzarEtapa } from "@/lib/convocatoria/actions/avanzar-etapa";
import { rondaCerrada } from "../support/rondas";
import { guardarCalendario } from "@/lib/convocatoria/actions/guardar-calendario";
import { editarDesafio } from "@/lib/desafios/actions/editar";
import { ETAPAS, siguienteEtapa } from "@/lib/domain/etapas";
import { comoError, comoExito } from "../support/resultado";
import { contar, contarAuditoria, db, etapaActual, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { CALENDARIO_MUESTRA, camposDesafio } from "../fixtures/acciones";

let e: Escenario;
// The demo's calendar runs into the future: every advance here is early and says the admin confirmed it
// ("Avanzar igual"); refusing it without that is tests/integration/avance-anticipado.test.ts.
const CONFIRMA = { aceptaCorteAnticipado: "si" } as const;

beforeAll(async () => {
  e = await prepararDemo();
});

const leerDesafio = (id: string) => db.desafio.findUniqueOrThrow({ where: { id }, include: { metricas: { orderBy: { orden: "asc" } } } });

describe("motor de etapas", () => {
  it("sin desafíos publicados no se avanza a CONVOCATORIA", async () => {
    await db.desafio.updateMany({ data: { estado: "BORRADOR", publicadoEn: null } });
    const antes = await contarAuditoria();
    const r = comoError(await executeAction(avanzarEtapa, { desde: "DESARROLLO_CONCURSO", ...CONFIRMA }, { user: e.admin, db }));
    expect(r.error).toBe("No se cumplen las condiciones para avanzar.");
    expect(r.fieldErrors._form).toEqual(["Debe haber al menos un desafío publicado."]);
    expect(await etapaActual()).toBe("DESARROLLO_CONCURSO");
    expect(await contarAuditoria()).toBe(antes);
    await db.desafio.updateMany({ data: { estado: "PUBLICADO", publicadoEn: new Date() } });
  });

  it("sin calendario completo no se avanza a CONVOCATORIA", async () => {
    const cierre = await db.etapaCalendario.findFirstOrThrow({ where: { etapa: "CIERRE" } });
    await db.etapaCalendario.delete({ where: { id: cierre.id } });
    const r = comoError(await executeAction(avanzarEtapa, { desde: "DESARROLLO_CONCURSO", ...CONFIRMA }, { user: e.admin, db }));
    expect(r.fieldErrors._form).toEqual(["El calendario debe tener fechas de inicio y término para las seis etapas."]);
    expect(await etapaActual()).toBe("DESARROLLO_CONCURSO");
    await db.etapaCalendario.create({ data: { convocatoriaId: cierre.convocatoriaId, etapa: "CIERRE", inicio: cierre.inicio, fin: cierre.fin } });
  });

  it("con los datos de demostración avanza a CONVOCATORIA y lo audita", async () => {
    const antes = await contarAuditoria();
    const r = comoExito(await executeAction(avanzarEtapa, { desde: "DESARROLLO_CONCURSO", ...CONFIRMA }, { user: e.admin, db }));
    expect(r.data).toEqual({ etapa: "CONVOCATORIA" });
    expect(r.mensaje).toBe("La convocatoria pasó a la etapa Convocatoria.");
    expect(await etapaActual()).toBe("CONVOCATORIA");
    expect(await contarAuditoria()).toBe(antes + 1);
    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "convocatoria.avanzarEtapa", entidad: "Convocatoria", entidadId: e.convocatoriaId, actorId: e.admin.id, etapa: "DESARROLLO_CONCURSO" });
    expect(JSON.parse(a!.datos)).toMatchObject({ desde: "DESARROLLO_CONCURSO", hacia: "CONVOCATORIA", anticipado: true });
  });

  it("un desde obsoleto no avanza dos veces", async () => {
    const r = comoError(await executeAction(avanzarEtapa, { desde: "DESARROLLO_CONCURSO", ...CONFIRMA }, { user: e.admin, db }));
    expect(r.error).toBe("La convocatoria ya no está en Desarrollo del concurso: recargue la página.");
    expect(await etapaActual()).toBe("CONVOCATORIA");
  });

  it("en CONVOCATORIA ya no se edita un desafío y la fila queda igual", async () => {
    const d = e.desafios[0];
    const antes = await leerDesafio(d.id);
    const conteo = await contar();
    const r = comoError(await executeAction(editarDesafio, { ...camposDesafio(e.grupoId), id: d.id }, { user: e.admin, db }));
    expect(r.error).toBe(mensajeEtapa("desafio.editar", "CONVOCATORIA"));
    expect(r.error).toBe("Esta acción no está disponible en la etapa actual (Convocatoria). Solo se permite en: Desarrollo del concurso.");
    expect(await leerDesafio(d.id)).toEqual(antes);
    expect(await contar()).toEqual(conteo);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("recorre las etapas hasta el cierre y ahí se detiene", async () => {
    // Leaving etapas 3 and 4 needs their signed actas (tests/integration/seleccion.test.ts signs them for real).
    await rondaCerrada(e.convocatoriaId, "PRESELECCION");
    await rondaCerrada(e.convocatoriaId, "SELECCION_FINAL");
    for (let actual = await etapaActual(); actual !== "CIERRE"; actual = await etapaActual()) {
      const r = comoExito(await executeAction(avanzarEtapa, { desde: actual, ...CONFIRMA }, { user: e.admin, db }));
      expect(r.data.etapa).toBe(siguienteEtapa(actual));
    }
    const r = comoError(await executeAction(avanzarEtapa, { desde: "CIERRE", ...CONFIRMA }, { user: e.admin, db }));
    expect(r.error).toBe(mensajeEtapa("convocatoria.avanzarEtapa", "CIERRE"));
    expect(await etapaActual()).toBe("CIERRE");
    const avances = await db.auditLog.findMany({ where: { accion: "convocatoria.avanzarEtapa" }, orderBy: { id: "asc" } });
    expect(avances.map((a) => JSON.parse(a.datos).hacia)).toEqual(ETAPAS.slice(1));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("10 avances simultáneos desde la misma etapa avanzan exactamente una vez", async () => {
    await fijarEtapa("DESARROLLO_CONCURSO");
    const antes = await contarAuditoria();
    const resultados = await Promise.all(
      Array.from({ length: 10 }, () => executeAction(avanzarEtapa, { desde: "DESARROLLO_CONCURSO", ...CONFIRMA }, { user: e.admin, db })),
    );
    expect(resultados.filter((r) => r.ok)).toHaveLength(1);
    for (const r of resultados.filter((x) => !x.ok)) {
      expect(r.ok ? "" : r.error).toMatch(/^La (convocatoria ya no está en Desarrollo del concurso|etapa cambió mientras se procesaba)/);
    }
    expect(await etapaActual()).toBe("CONVOCATORIA");
    expect(await contarAuditoria()).toBe(antes + 1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});

describe("calendario", () => {
  it("guarda las seis etapas en hora de Chile", async () => {
    await fijarEtapa("DESARROLLO_CONCURSO");
    comoExito(await executeAction(guardarCalendario, { calendario: CALENDARIO_MUESTRA }, { user: e.admin, db }));
    const filas = await db.etapaCalendario.findMany({ where: { convocatoriaId: e.convocatoriaId } });
    expect(filas).toHaveLength(6);
    const conv = filas.find((f) => f.etapa === "CONVOCATORIA")!;
    expect(conv.inicio.toISOString()).toBe("2019-05-01T04:00:00.000Z");
    expect(conv.fin.toISOString()).toBe("2019-06-01T03:59:59.000Z");
  });

  it("acepta una etapa que empieza el día en que comienza el horario de verano", async () => {
    const calendario = {
      ...CALENDARIO_MUESTRA,
      EJECUCION: { inicio: "2019-09-01", fin: "2024-09-07" },
      CIERRE: { inicio: "2024-09-08", fin: "2024-10-31" },
    };
    comoExito(await executeAction(guardarCalendario, { calendario }, { user: e.admin, db }));
    const cierre = await db.etapaCalendario.findFirstOrThrow({ where: { convocatoriaId: e.convocatoriaId, etapa: "CIERRE" } });
    expect(cierre.inicio.toISOString()).toBe("2024-09-08T04:00:00.000Z");
  });

  it("rechaza etapas desordenadas sin tocar el calendario", async () => {
    const antes = await db.etapaCalendario.findMany({ where: { convocatoriaId: e.convocatoriaId }, orderBy: { etapa: "asc" } });
    const calendario = { ...CALENDARIO_MUESTRA, CONVOCATORIA: { inicio: "2019-04-15", fin: "2019-05-31" } };
    const r = comoError(await executeAction(guardarCalendario, { calendario }, { user: e.admin, db }));
    expect(r.error).toBe("El calendario tiene errores.");
    expect(r.fieldErrors.calendario).toEqual(["Convocatoria: no puede comenzar antes de que termine la etapa anterior."]);
    expect(await db.etapaCalendario.findMany({ where: { convocatoriaId: e.convocatoriaId }, orderBy: { etapa: "asc" } })).toEqual(antes);
  });
});
