// An attacker's look at the scoring actions with real concurrency: 30 parallel submissions of one
// evaluation (different grades each) store exactly one, and 30 parallel conflict declarations on one
// assignment recuse it once and hand the perfil to exactly one other evaluator.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { declararConflicto } from "@/lib/asignaciones/actions/declarar-conflicto";
import { enviarEvaluacion } from "@/lib/evaluacion/actions/enviar";
import { contarAuditoria, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { asignar, evaluador, perfilAdmisible, rubricaDePrueba } from "../support/evaluacion";

const N = 30;
let e: Escenario;

beforeAll(async () => {
  e = await prepararDemo();
  await rubricaDePrueba(e.convocatoriaId);
});

beforeEach(async () => {
  await fijarEtapa("SELECCION_CONTRATACION");
});

const nota = (k: number) => `${1 + (k % 60) / 10}`.replace(".", ",");

describe("calificar bajo concurrencia", () => {
  it(`${N} envíos simultáneos de la misma evaluación: uno gana, se guarda ese y la bitácora suma una entrada`, async () => {
    const ev = await evaluador(e.convocatoriaId);
    const p = await perfilAdmisible(e.convocatoriaId, e.desafios[0].id);
    const a = await asignar(p.id, ev.id);
    const antes = await contarAuditoria();
    const entradas = Array.from({ length: N }, (_, k) => ({
      postulacionId: p.id,
      comentario: `Envío ${k}`,
      confianza: "MEDIA",
      puntajes: { pertinencia: { nota: nota(k) }, factibilidad: { nota: "5,0" }, presupuesto: { nota: "5,0" } },
    }));
    const rs = await Promise.all(entradas.map((x) => executeAction(enviarEvaluacion, x, { user: ev, db })));
    const ganadores = rs.flatMap((r, k) => (r.ok ? [k] : []));
    expect(ganadores).toHaveLength(1);
    for (const r of rs) if (!r.ok) expect(r.error).toMatch(/\S/);
    const guardada = await db.evaluacion.findUniqueOrThrow({ where: { asignacionId: a.id }, select: { comentario: true, enviadaEn: true } });
    expect(guardada.comentario).toBe(`Envío ${ganadores[0]}`);
    expect(guardada.enviadaEn).not.toBeNull();
    expect(await contarAuditoria()).toBe(antes + 1);
  });

  it(`${N} declaraciones de conflicto simultáneas sobre la misma asignación: una recusación y un solo reemplazo`, async () => {
    const ev = await evaluador(e.convocatoriaId);
    const colega = await evaluador(e.convocatoriaId);
    await evaluador(e.convocatoriaId); // someone eligible to take it
    const p = await perfilAdmisible(e.convocatoriaId, e.desafios[0].id);
    await asignar(p.id, ev.id);
    await asignar(p.id, colega.id);
    const rs = await Promise.all(
      Array.from({ length: N }, () => executeAction(declararConflicto, { postulacionId: p.id, detalle: "Trabajé en la organización que postula." }, { user: ev, db })),
    );
    expect(rs.filter((r) => r.ok)).toHaveLength(1);
    const filas = await db.asignacionEvaluacion.findMany({ where: { postulacionId: p.id }, select: { evaluadorId: true, recusadaEn: true, motivo: true } });
    expect(filas.filter((f) => f.evaluadorId === ev.id && f.recusadaEn !== null)).toHaveLength(1);
    const vigentes = filas.filter((f) => f.recusadaEn === null);
    expect(vigentes).toHaveLength(2);
    expect(vigentes.filter((f) => f.motivo === "REASIGNACION")).toHaveLength(1);
    expect(vigentes.map((f) => f.evaluadorId)).not.toContain(ev.id);
  });
});
