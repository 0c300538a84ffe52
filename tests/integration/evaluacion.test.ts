// Scoring (issue 10): the evaluator's draft with the perfil draft's guarantees (saved as typed, warnings
// by field, stale tab refused), the submission (complete, weighted final grade, then locked), who may score
// (calibrated, assigned, not recused) and what an evaluator sees of the others' evaluations (nothing before
// sending their own; anonymised after).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import type { SessionUser } from "@/lib/auth/session-user";
import { MENSAJE_SIN_CAPACITACION } from "@/lib/capacitacion/gate";
import { enviarEvaluacion } from "@/lib/evaluacion/actions/enviar";
import { guardarBorradorEvaluacion } from "@/lib/evaluacion/actions/guardar-borrador";
import { misAsignaciones, perfilParaEvaluar } from "@/lib/evaluacion/queries";
import { campoNota, MENSAJE_CONFIANZA, MENSAJE_ENVIADA, MENSAJE_FALTA_NOTA, MENSAJE_NO_ENCONTRADA, MENSAJE_NOTA, MENSAJE_VERSION } from "@/lib/evaluacion/schema";
import { contarAuditoria, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { asignar, evaluador, perfilAdmisible, rubricaDePrueba } from "../support/evaluacion";
import { comoError, comoExito } from "../support/resultado";

let e: Escenario;

beforeAll(async () => {
  e = await prepararDemo();
  await rubricaDePrueba(e.convocatoriaId);
});

beforeEach(async () => {
  await fijarEtapa("SELECCION_CONTRATACION");
});

const guardar = (user: SessionUser, entrada: Record<string, unknown>) => executeAction(guardarBorradorEvaluacion, entrada, { user, db });
const enviar = (user: SessionUser, entrada: Record<string, unknown>) => executeAction(enviarEvaluacion, entrada, { user, db });

/** A calibrated evaluator with one admissible perfil assigned. */
async function escenarioAsignado(opciones: { calibrado?: boolean } = {}) {
  const ev = await evaluador(e.convocatoriaId, opciones);
  const p = await perfilAdmisible(e.convocatoriaId, e.desafios[0].id);
  const a = await asignar(p.id, ev.id);
  return { ev, p, a };
}

/** The stored evaluation of an assignment, grades by clave. */
async function guardada(asignacionId: string) {
  const x = await db.evaluacion.findUnique({
    where: { asignacionId },
    select: { version: true, comentario: true, confianza: true, notaFinal: true, enviadaEn: true, puntajes: { select: { nota: true, comentario: true, criterio: { select: { clave: true } } } } },
  });
  if (!x) return null;
  const { puntajes, ...resto } = x;
  return { ...resto, puntajes: Object.fromEntries(puntajes.map((p) => [p.criterio.clave, { nota: p.nota, comentario: p.comentario }])) };
}

const completa = {
  comentario: "Un piloto pertinente, con un presupuesto que calza con las actividades.",
  confianza: "ALTA",
  puntajes: {
    pertinencia: { nota: "6,0", comentario: "Responde de lleno al desafío." },
    factibilidad: { nota: "4.5", comentario: "El equipo es pequeño." },
    presupuesto: { nota: "5,5", comentario: "" },
  },
};
// Hand-computed: (6,0 × 50 + 4,5 × 30 + 5,5 × 20) / 100 = (300 + 135 + 110) / 100 = 5,45.
const NOTA_FINAL_COMPLETA = 5.45;

describe("borrador de la evaluación (autoguardado)", () => {
  it("guarda notas parciales y comentarios; una nota inválida queda vacía con su aviso junto al campo, sin rechazar el guardado", async () => {
    const { ev, p, a } = await escenarioAsignado();
    const r = comoExito(
      await guardar(ev, {
        postulacionId: p.id,
        version: 0,
        comentario: "Primera lectura.",
        confianza: "MEDIA",
        puntajes: {
          pertinencia: { nota: "5,5", comentario: "Bien enfocado." },
          factibilidad: { nota: "8", comentario: "Escrito junto a una nota imposible." },
          presupuesto: { nota: "5,25" },
        },
      }),
    );
    expect(r.data.version).toBe(1);
    expect(r.data.avisos).toEqual({ [campoNota("factibilidad")]: [MENSAJE_NOTA], [campoNota("presupuesto")]: [MENSAJE_NOTA] });
    expect(await guardada(a.id)).toEqual({
      version: 1,
      comentario: "Primera lectura.",
      confianza: "MEDIA",
      notaFinal: null,
      enviadaEn: null,
      puntajes: {
        pertinencia: { nota: 5.5, comentario: "Bien enfocado." },
        factibilidad: { nota: null, comentario: "Escrito junto a una nota imposible." },
        presupuesto: { nota: null, comentario: "" },
      },
    });

    // "5.5" and "5,5" are the same grade; an emptied grade is no grade; an untouched criterion keeps its own.
    const r2 = comoExito(await guardar(ev, { postulacionId: p.id, version: 1, puntajes: { factibilidad: { nota: "4.5" }, pertinencia: { nota: "" } } }));
    expect(r2.data).toMatchObject({ version: 2, avisos: {} });
    const g = await guardada(a.id);
    expect(g?.puntajes).toEqual({
      pertinencia: { nota: null, comentario: "Bien enfocado." },
      factibilidad: { nota: 4.5, comentario: "Escrito junto a una nota imposible." },
      presupuesto: { nota: null, comentario: "" },
    });
    expect(g).toMatchObject({ comentario: "Primera lectura.", confianza: "MEDIA" });
  });

  it("una pestaña con una versión antigua no pisa lo guardado después", async () => {
    const { ev, p, a } = await escenarioAsignado();
    comoExito(await guardar(ev, { postulacionId: p.id, version: 0, puntajes: { pertinencia: { nota: "6,5", comentario: "Desde el teléfono." } } }));
    const antes = await contarAuditoria();
    const r = comoError(await guardar(ev, { postulacionId: p.id, version: 0, puntajes: { pertinencia: { nota: "2,0", comentario: "Desde otra pestaña." } } }));
    expect(r.error).toBe(MENSAJE_VERSION);
    expect(r.fieldErrors.version).toEqual(["1"]);
    expect((await guardada(a.id))?.puntajes.pertinencia).toEqual({ nota: 6.5, comentario: "Desde el teléfono." });
    expect((await guardada(a.id))?.version).toBe(1);
    expect(await contarAuditoria()).toBe(antes);
    // The first save of a tab that never saw the evaluation, once another created it, is stale too.
    expect(comoError(await guardar(ev, { postulacionId: p.id, version: 3 })).error).toBe(MENSAJE_VERSION);
  });

  it("un criterio que no es de la rúbrica se rechaza sin guardar nada", async () => {
    const { ev, p, a } = await escenarioAsignado();
    const r = comoError(await guardar(ev, { postulacionId: p.id, version: 0, puntajes: { pertinencia: { nota: "5,0" }, inventado: { nota: "5,0" } } }));
    expect(r.error).toContain("«inventado»");
    expect(await guardada(a.id)).toBeNull();
  });
});

describe("envío de la evaluación", () => {
  it("calcula la nota final ponderada por los pesos de la rúbrica (sin redondear) y registra el envío", async () => {
    const { ev, p, a } = await escenarioAsignado();
    comoExito(await guardar(ev, { postulacionId: p.id, version: 0, puntajes: { pertinencia: { nota: "3,0" } } }));
    const antes = await contarAuditoria();
    const r = comoExito(await enviar(ev, { postulacionId: p.id, version: 1, ...completa }));
    expect(r.data.notaFinal).toBeCloseTo(NOTA_FINAL_COMPLETA, 12);
    expect(r.mensaje).toBe("Evaluación enviada. Nota final: 5,5.");
    const g = (await guardada(a.id))!;
    expect(g.notaFinal).toBeCloseTo(NOTA_FINAL_COMPLETA, 12);
    expect(g.enviadaEn).toBeInstanceOf(Date);
    expect(g).toMatchObject({ confianza: "ALTA", comentario: completa.comentario, version: 2 });
    expect(g.puntajes).toEqual({
      pertinencia: { nota: 6, comentario: "Responde de lleno al desafío." },
      factibilidad: { nota: 4.5, comentario: "El equipo es pequeño." },
      presupuesto: { nota: 5.5, comentario: "" },
    });
    expect(await contarAuditoria()).toBe(antes + 1);
    const audit = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" }, select: { accion: true, entidad: true, datos: true } });
    expect(audit).toMatchObject({ accion: "evaluacion.enviar", entidad: "Evaluacion" });
    // The audit keeps the outcome, not the evaluator's words.
    expect(audit.datos).not.toContain("pequeño");
  });

  it("se rechaza, sin cambiar nada, si falta una nota, una nota no es válida o falta la confianza", async () => {
    const { ev, p, a } = await escenarioAsignado();
    comoExito(await guardar(ev, { postulacionId: p.id, version: 0, puntajes: { pertinencia: { nota: "5,0" } } }));
    const antes = { auditoria: await contarAuditoria(), evaluacion: await guardada(a.id) };

    const sinUna = comoError(await enviar(ev, { postulacionId: p.id, confianza: "MEDIA", puntajes: { pertinencia: completa.puntajes.pertinencia, factibilidad: completa.puntajes.factibilidad } }));
    expect(sinUna.error).toBe("Falta la nota de «Coherencia del presupuesto».");
    expect(sinUna.fieldErrors).toEqual({ [campoNota("presupuesto")]: [MENSAJE_FALTA_NOTA] });

    const vacia = comoError(await enviar(ev, { postulacionId: p.id, confianza: "MEDIA", puntajes: { ...completa.puntajes, factibilidad: { nota: "" } } }));
    expect(vacia.fieldErrors[campoNota("factibilidad")]).toEqual([MENSAJE_FALTA_NOTA]);

    const invalida = comoError(await enviar(ev, { postulacionId: p.id, confianza: "MEDIA", puntajes: { ...completa.puntajes, pertinencia: { nota: "7,5" } } }));
    expect(invalida.fieldErrors[campoNota("pertinencia")]).toEqual([MENSAJE_NOTA]);

    const sinConfianza = comoError(await enviar(ev, { postulacionId: p.id, puntajes: completa.puntajes }));
    expect(sinConfianza.fieldErrors.confianza).toEqual([MENSAJE_CONFIANZA]);

    expect(await guardada(a.id)).toEqual(antes.evaluacion);
    expect(await contarAuditoria()).toBe(antes.auditoria);
  });

  it("una vez enviada queda bloqueada: guardar y volver a enviar se rechazan y nada cambia", async () => {
    const { ev, p, a } = await escenarioAsignado();
    comoExito(await enviar(ev, { postulacionId: p.id, ...completa }));
    const antes = { auditoria: await contarAuditoria(), evaluacion: await guardada(a.id) };

    const r1 = comoError(await guardar(ev, { postulacionId: p.id, version: antes.evaluacion!.version, puntajes: { pertinencia: { nota: "1,0" } } }));
    expect(r1.error).toBe(MENSAJE_ENVIADA);
    const r2 = comoError(await enviar(ev, { postulacionId: p.id, ...completa, confianza: "BAJA", puntajes: { ...completa.puntajes, pertinencia: { nota: "1,0" } } }));
    expect(r2.error).toBe(MENSAJE_ENVIADA);

    expect(await guardada(a.id)).toEqual(antes.evaluacion);
    expect(await contarAuditoria()).toBe(antes.auditoria);
  });

  it("fuera de la etapa de selección nadie califica", async () => {
    const { ev, p, a } = await escenarioAsignado();
    await fijarEtapa("FORMACION_INCUBACION");
    expect(comoError(await enviar(ev, { postulacionId: p.id, ...completa })).error).toContain("no está disponible en la etapa actual");
    expect(comoError(await guardar(ev, { postulacionId: p.id, version: 0 })).error).toContain("no está disponible en la etapa actual");
    expect(await guardada(a.id)).toBeNull();
  });

  it("un perfil declarado inadmisible después de asignarlo ya no se califica", async () => {
    const { ev, p, a } = await escenarioAsignado();
    await db.postulacion.update({ where: { id: p.id }, data: { estado: "INADMISIBLE", admisible: false } });
    expect(comoError(await guardar(ev, { postulacionId: p.id, version: 0 })).error).toContain("ya no está en evaluación");
    expect(await guardada(a.id)).toBeNull();
  });
});

describe("quién puede calificar", () => {
  it("un evaluador sin la capacitación aprobada no ve sus perfiles y sus acciones se rechazan", async () => {
    const { ev, p, a } = await escenarioAsignado({ calibrado: false });
    const antes = await contarAuditoria();
    expect(comoError(await guardar(ev, { postulacionId: p.id, version: 0, puntajes: { pertinencia: { nota: "5,0" } } })).error).toBe(MENSAJE_SIN_CAPACITACION);
    expect(comoError(await enviar(ev, { postulacionId: p.id, ...completa })).error).toBe(MENSAJE_SIN_CAPACITACION);
    expect(await perfilParaEvaluar(p.id, ev, db)).toBeNull();
    expect(await misAsignaciones(ev, db)).toMatchObject({ capacitada: false, asignaciones: [] });

    // A failed attempt does not open them either; a pass does.
    await db.capacitacion.create({ data: { convocatoriaId: e.convocatoriaId, userId: ev.id, aprobada: false, intentos: 1 } });
    expect(await perfilParaEvaluar(p.id, ev, db)).toBeNull();
    expect(comoError(await guardar(ev, { postulacionId: p.id, version: 0 })).error).toBe(MENSAJE_SIN_CAPACITACION);
    expect(await guardada(a.id)).toBeNull();
    expect(await contarAuditoria()).toBe(antes);

    await db.capacitacion.update({ where: { convocatoriaId_userId: { convocatoriaId: e.convocatoriaId, userId: ev.id } }, data: { aprobada: true } });
    expect((await perfilParaEvaluar(p.id, ev, db))?.perfil.id).toBe(p.id);
    expect((await misAsignaciones(ev, db)).asignaciones.map((x) => [x.postulacionId, x.estado])).toEqual([[p.id, "pendiente"]]);
  });

  it("quien no tiene el perfil asignado, o tuvo la asignación recusada, recibe la misma respuesta que para un perfil inexistente", async () => {
    const { ev, p, a } = await escenarioAsignado();
    const otro = await evaluador(e.convocatoriaId);
    const recusado = await evaluador(e.convocatoriaId);
    await asignar(p.id, recusado.id, { recusadaEn: new Date() });
    const antes = await contarAuditoria();

    const inexistente = await guardar(otro, { postulacionId: "perfil-inexistente-000", version: 0 });
    expect(comoError(inexistente).error).toBe(MENSAJE_NO_ENCONTRADA);
    for (const quien of [otro, recusado]) {
      expect(await guardar(quien, { postulacionId: p.id, version: 0, puntajes: { pertinencia: { nota: "7,0" } } })).toEqual(inexistente);
      expect(await enviar(quien, { postulacionId: p.id, ...completa })).toEqual(await enviar(quien, { postulacionId: "perfil-inexistente-000", ...completa }));
      expect(await perfilParaEvaluar(p.id, quien, db)).toBeNull();
    }
    expect((await misAsignaciones(recusado, db)).asignaciones).toEqual([]);
    expect(await db.evaluacion.count({ where: { asignacion: { postulacionId: p.id } } })).toBe(0);
    expect(await contarAuditoria()).toBe(antes);
    // The assigned evaluator still can.
    comoExito(await guardar(ev, { postulacionId: p.id, version: 0 }));
    expect(await guardada(a.id)).not.toBeNull();
  });

  it("el comité y el equipo FOSIS no califican", async () => {
    const { p } = await escenarioAsignado();
    for (const rol of ["COMITE", "ENCARGADO_TECNICO", "ADMIN"] as const) {
      expect(comoError(await enviar(e.cuentas[rol], { postulacionId: p.id, ...completa })).error).toBe("No tiene permiso para realizar esta acción.");
    }
  });
});

describe("las otras evaluaciones del perfil", () => {
  it("no se ven antes de enviar la propia; después se ven anónimas, con notas y comentarios", async () => {
    const p = await perfilAdmisible(e.convocatoriaId, e.desafios[1].id);
    const ana = await evaluador(e.convocatoriaId, { nombre: "Ana Coevaluadora" });
    const beto = await evaluador(e.convocatoriaId, { nombre: "Beto Coevaluador" });
    await asignar(p.id, ana.id);
    await asignar(p.id, beto.id);

    comoExito(await guardar(ana, { postulacionId: p.id, version: 0, puntajes: { pertinencia: { nota: "4,0", comentario: "Borrador de Ana." } } }));
    comoExito(await enviar(beto, { postulacionId: p.id, ...completa, comentario: "Comentario general de Beto." }));

    // Ana has a draft only: nothing of Beto's, not even that it exists.
    const antes = (await perfilParaEvaluar(p.id, ana, db))!;
    expect(antes.otras).toEqual([]);
    expect(JSON.stringify(antes)).not.toContain("Beto");
    // Beto sent, but Ana's is a draft: he sees no other evaluation.
    expect((await perfilParaEvaluar(p.id, beto, db))!.otras).toEqual([]);

    comoExito(await enviar(ana, { postulacionId: p.id, version: 1, confianza: "BAJA", comentario: "Comentario general de Ana.", puntajes: { pertinencia: { nota: "3,0" }, factibilidad: { nota: "3,0" }, presupuesto: { nota: "3,0" } } }));
    const despues = (await perfilParaEvaluar(p.id, ana, db))!;
    expect(despues.propia).toMatchObject({ notaFinal: 3, confianza: "BAJA" });
    expect(despues.otras).toHaveLength(1);
    expect(despues.otras[0]).toMatchObject({ etiqueta: "Evaluador/a 2", confianza: "ALTA", comentario: "Comentario general de Beto." });
    expect(despues.otras[0].notaFinal).toBeCloseTo(NOTA_FINAL_COMPLETA, 12);
    expect(despues.otras[0].puntajes).toEqual([
      { clave: "pertinencia", criterio: "Pertinencia al desafío", peso: 50, nota: 6, comentario: "Responde de lleno al desafío." },
      { clave: "factibilidad", criterio: "Factibilidad", peso: 30, nota: 4.5, comentario: "El equipo es pequeño." },
      { clave: "presupuesto", criterio: "Coherencia del presupuesto", peso: 20, nota: 5.5, comentario: "" },
    ]);
    // Anonymous: neither the name, the e-mail nor the account id of Beto.
    const texto = JSON.stringify(despues.otras);
    for (const dato of [beto.nombre, beto.email, beto.id]) expect(texto).not.toContain(dato);
    // And Beto now sees Ana's, as Evaluador/a 2 too.
    const deBeto = (await perfilParaEvaluar(p.id, beto, db))!;
    expect(deBeto.otras.map((o) => [o.etiqueta, o.comentario])).toEqual([["Evaluador/a 2", "Comentario general de Ana."]]);
  });

  it("la lista de asignaciones muestra el estado de cada una: pendiente, borrador y enviada", async () => {
    const ev = await evaluador(e.convocatoriaId);
    const [p1, p2, p3] = [await perfilAdmisible(e.convocatoriaId, e.desafios[0].id), await perfilAdmisible(e.convocatoriaId, e.desafios[0].id), await perfilAdmisible(e.convocatoriaId, e.desafios[0].id)];
    for (const p of [p1, p2, p3]) await asignar(p.id, ev.id);
    comoExito(await guardar(ev, { postulacionId: p2.id, version: 0, comentario: "A medias." }));
    comoExito(await enviar(ev, { postulacionId: p3.id, ...completa }));
    const lista = await misAsignaciones(ev, db);
    expect(lista.asignaciones.map((a) => [a.folio, a.estado])).toEqual([
      [p1.folio, "pendiente"],
      [p2.folio, "borrador"],
      [p3.folio, "enviada"],
    ]);
    expect(lista.asignaciones[2].notaFinal).toBeCloseTo(NOTA_FINAL_COMPLETA, 12);
  });
});
