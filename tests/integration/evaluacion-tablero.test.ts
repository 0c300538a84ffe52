// What staff and the committee read of the evaluación técnica, on a small hand-made set: the technical
// score (lib/evaluacion/puntajes.ts) against the pure formula, the technical lead's dashboard figures
// (progress, leniency flag, split perfil, distributions), the committee's anonymised view, and the staff
// CSV (content, pseudonymous codes, formula neutralised, staff only).
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { puntajesTecnicos } from "@/lib/domain/puntaje-tecnico";
import { ROLES } from "@/lib/domain/roles";
import { evaluacionesComite } from "@/lib/evaluacion/comite";
import { ENCABEZADOS_CSV_EVALUACIONES, exportarEvaluaciones, respuestaExporteEvaluaciones } from "@/lib/evaluacion/exporte";
import { notasFinales, puntajesTecnicosDeConvocatoria } from "@/lib/evaluacion/puntajes";
import { codigoEvaluador } from "@/lib/evaluacion/seudonimo";
import { tableroEvaluacion } from "@/lib/evaluacion/tablero";
import { BOM, documentoCsv } from "@/lib/seguimiento/csv";
import { db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { asignar, evaluacionDirecta, evaluador, perfilAdmisible, rubricaDePrueba } from "../support/evaluacion";

let e: Escenario;
let criterios: Record<string, string>;
const E: Record<string, SessionUser> = {};
const P: Record<string, { id: string; folio: number | null; nombreProyecto: string }> = {};

// Final grades by perfil and evaluator. E5 grades 1,5 points above whoever shares a perfil with them (lenient);
// on P7, E4 and E3 differ by 2,0 points (split, beyond the 1,7 bound); every other gap is at most 1,5.
const NOTAS: [string, string, number][] = [
  ["P1", "E1", 4.0], ["P1", "E2", 4.2],
  ["P2", "E2", 5.0], ["P2", "E3", 5.1],
  ["P3", "E3", 4.5], ["P3", "E1", 4.4],
  ["P4", "E5", 6.0], ["P4", "E1", 4.5],
  ["P5", "E5", 6.3], ["P5", "E2", 4.8],
  ["P6", "E5", 6.4], ["P6", "E4", 4.9],
  ["P7", "E4", 3.5], ["P7", "E3", 5.5],
  ["P8", "E4", 4.0], ["P8", "E1", 4.1],
  ["P9", "E4", 5.2], ["P9", "E2", 5.0],
  ["P10", "E3", 4.6], ["P10", "E4", 4.7],
];
// Technical score by hand: the mean of each perfil's two final grades.
const PUNTAJES: Record<string, number> = { P1: 4.1, P2: 5.05, P3: 4.45, P4: 5.25, P5: 5.55, P6: 5.65, P7: 4.5, P8: 4.05, P9: 5.1, P10: 4.65 };

beforeAll(async () => {
  e = await prepararDemo();
  await fijarEtapa("SELECCION_CONTRATACION");
  criterios = await rubricaDePrueba(e.convocatoriaId, { minMuestra: 3, limiteIndulgencia: 3, brechaDiscrepancia: 1.7, normalizar: false });
  for (const k of ["E1", "E2", "E3", "E4", "E5", "E6"]) E[k] = await evaluador(e.convocatoriaId, { nombre: `Evaluador ${k}` });
  E.E7 = await evaluador(e.convocatoriaId, { nombre: "Evaluador E7 sin capacitación", calibrado: false });
  for (let i = 1; i <= 10; i++) {
    const regiones = i <= 5 ? ["13"] : i === 7 ? ["08", "09"] : ["08"];
    // P8's name would run as a formula in a spreadsheet: the CSV must neutralise it.
    P[`P${i}`] = await perfilAdmisible(e.convocatoriaId, e.desafios[i % e.desafios.length].id, { nombre: i === 8 ? '=HYPERLINK("http://malo.example","premio")' : `Proyecto P${i}`, regiones });
  }
  for (const [p, ev, nota] of NOTAS) {
    const a = await asignar(P[p].id, E[ev].id);
    await evaluacionDirecta(a.id, criterios, nota, { comentario: `Comentario de ${ev} sobre ${p}` });
  }
  // Not counted anywhere: a draft (E6 on P3), a pending assignment (E7 on P2), and a submitted evaluation
  // whose assignment was recused afterwards (E6 on P1: with it, P1 would be split and its score lower).
  await evaluacionDirecta((await asignar(P.P3.id, E.E6.id)).id, criterios, 2.0, { enviada: false });
  await asignar(P.P2.id, E.E7.id);
  await evaluacionDirecta((await asignar(P.P1.id, E.E6.id, { recusadaEn: new Date() })).id, criterios, 1.0);
});

const idDe = (clave: string) => P[clave].id;

describe("puntaje técnico de la convocatoria", () => {
  it("es el promedio de las notas finales enviadas de cada perfil (sin borradores ni asignaciones recusadas)", async () => {
    const m = await puntajesTecnicosDeConvocatoria(db, e.convocatoriaId);
    for (const [clave, puntaje] of Object.entries(PUNTAJES)) {
      expect(m.get(idDe(clave))?.puntaje, clave).toBeCloseTo(puntaje, 12);
      expect(m.get(idDe(clave))?.evaluaciones, clave).toBe(2);
    }
    expect([...m.keys()].sort()).toEqual(Object.keys(PUNTAJES).map(idDe).sort());
  });

  it("coincide con la fórmula pura sobre las mismas notas, simple y normalizada", async () => {
    const notas = await notasFinales(db, e.convocatoriaId);
    expect(notas).toHaveLength(NOTAS.length);
    const simple = puntajesTecnicos(notas, { normalizar: false, minMuestra: 3 });
    const m = await puntajesTecnicosDeConvocatoria(db, e.convocatoriaId);
    for (const [id, p] of simple) expect(m.get(id)?.puntaje).toBeCloseTo(p, 12);

    await db.rubrica.update({ where: { convocatoriaId: e.convocatoriaId }, data: { normalizar: true } });
    try {
      const normalizada = puntajesTecnicos(notas, { normalizar: true, minMuestra: 3 });
      const mn = await puntajesTecnicosDeConvocatoria(db, e.convocatoriaId);
      expect(mn.size).toBe(normalizada.size);
      for (const [id, p] of normalizada) expect(mn.get(id)?.puntaje).toBeCloseTo(p, 12);
      // Normalising moves the lenient evaluator's perfiles: P4 is no longer the plain mean.
      expect(Math.abs(mn.get(idDe("P4"))!.puntaje - PUNTAJES.P4)).toBeGreaterThan(0.01);
    } finally {
      await db.rubrica.update({ where: { convocatoriaId: e.convocatoriaId }, data: { normalizar: false } });
    }
  });
});

describe("tablero del encargado técnico", () => {
  it("avance total, por región y por evaluador", async () => {
    const t = (await tableroEvaluacion({}, db))!;
    const admisibles = await db.postulacion.count({ where: { convocatoriaId: e.convocatoriaId, admisible: true } });
    // 20 submitted + a draft + a pending one; the recused assignment does not count.
    expect(t.totales).toEqual({ asignadas: 22, enviadas: 20, admisibles, completos: 10 });
    const region = (cut: string) => t.porRegion.find((r) => r.cut === cut);
    expect(region("13")).toMatchObject({ nombre: "Metropolitana de Santiago", asignadas: 12, enviadas: 10 });
    expect(region("08")).toMatchObject({ asignadas: 10, enviadas: 10 });
    expect(region("09")).toMatchObject({ asignadas: 2, enviadas: 2 });
    expect(region("11")).toMatchObject({ asignadas: 0, enviadas: 0 });
    expect(t.porRegion).toHaveLength(16);

    const fila = (k: string) => t.evaluadores.filas.find((f) => f.id === E[k].id);
    expect(fila("E1")).toMatchObject({ asignadas: 4, enviadas: 4, capacitada: true });
    expect(fila("E4")).toMatchObject({ asignadas: 5, enviadas: 5 });
    expect(fila("E6")).toMatchObject({ asignadas: 1, enviadas: 0 });
    expect(fila("E7")).toMatchObject({ asignadas: 1, enviadas: 0, capacitada: false });
    // Distribution of E5's final grades (6,0, 6,3, 6,4): all in the 6-to-7 bin; E4's spread over three.
    expect(fila("E5")?.histograma).toEqual([0, 0, 0, 0, 0, 3]);
    expect(fila("E4")?.histograma).toEqual([0, 0, 1, 3, 1, 0]);
    // Flagged first.
    expect(t.evaluadores.filas[0].id).toBe(E.E5.id);
  });

  it("marca exactamente al evaluador indulgente y al perfil con evaluaciones discrepantes", async () => {
    const t = (await tableroEvaluacion({}, db))!;
    expect(t.marcados).toBe(1);
    expect(t.indulgencias.filter((i) => i.marcado).map((i) => i.nombre)).toEqual(["Evaluador E5"]);
    const e5 = t.indulgencias.find((i) => i.evaluadorId === E.E5.id)!;
    expect(e5).toMatchObject({ n: 3, desviacionMedia: 1.5 });
    expect(e5.z!).toBeGreaterThan(3);
    // Every evaluator with at least 3 co-evaluated perfiles has a z; E6 and E7 have none.
    expect(t.indulgencias.map((i) => i.evaluadorId).sort()).toEqual(["E1", "E2", "E3", "E4", "E5"].map((k) => E[k].id).sort());

    expect(t.discrepancias.total).toBe(1);
    const [d] = t.discrepancias.filas;
    expect(d).toMatchObject({ postulacionId: idDe("P7"), folio: P.P7.folio, proyecto: "Proyecto P7", minima: 3.5, maxima: 5.5, brecha: 2, terceraPendiente: false });
    expect(d.asignaciones.map((a) => [a.evaluador.nombre, a.estado, a.notaFinal])).toEqual([
      ["Evaluador E4", "enviada", 3.5],
      ["Evaluador E3", "enviada", 5.5],
    ]);
  });

  it("una tercera revisión pedida y sin enviar se muestra como pendiente", async () => {
    const tercero = await evaluador(e.convocatoriaId, { nombre: "Evaluador tercero" });
    const a = await asignar(idDe("P7"), tercero.id, { motivo: "TERCERA_REVISION" });
    try {
      const t = (await tableroEvaluacion({}, db))!;
      expect(t.discrepancias.filas[0]).toMatchObject({ postulacionId: idDe("P7"), terceraPendiente: true });
      expect(t.discrepancias.filas[0].asignaciones.at(-1)).toMatchObject({ id: a.id, motivo: "TERCERA_REVISION", estado: "pendiente" });
    } finally {
      await db.asignacionEvaluacion.delete({ where: { id: a.id } });
    }
  });

  it("refleja al instante una evaluación nueva, aunque el tablero ya se haya calculado", async () => {
    const antes = (await tableroEvaluacion({}, db))!;
    expect(antes.discrepancias.total).toBe(1);
    const p = await perfilAdmisible(e.convocatoriaId, e.desafios[0].id, { nombre: "Proyecto nuevo dividido" });
    const a1 = await asignar(p.id, E.E1.id);
    const a2 = await asignar(p.id, E.E2.id);
    await evaluacionDirecta(a1.id, criterios, 2.0);
    try {
      // One evaluation only: not split yet, but counted.
      const t1 = (await tableroEvaluacion({}, db))!;
      expect(t1.discrepancias.total).toBe(1);
      expect(t1.totales.enviadas).toBe(antes.totales.enviadas + 1);
      expect(t1.evaluadores.filas.find((f) => f.id === E.E1.id)?.histograma[1]).toBe(1);
      await evaluacionDirecta(a2.id, criterios, 6.0);
      const t2 = (await tableroEvaluacion({}, db))!;
      expect(t2.discrepancias.filas.map((d) => [d.proyecto, d.brecha])).toEqual([
        ["Proyecto nuevo dividido", 4],
        ["Proyecto P7", 2],
      ]);
      expect(t2.totales.completos).toBe(antes.totales.completos + 1);
    } finally {
      await db.asignacionEvaluacion.deleteMany({ where: { postulacionId: p.id } });
      await db.postulacion.delete({ where: { id: p.id } });
    }
    expect((await tableroEvaluacion({}, db))!.discrepancias.total).toBe(1);
  });

  it("lista a los evaluadores sin capacitación y las evaluaciones pendientes de uno", async () => {
    const t = (await tableroEvaluacion({ evaluadorId: E.E7.id }, db))!;
    const sin = t.sinCapacitar.map((s) => s.id);
    expect(sin).toContain(E.E7.id);
    for (const k of ["E1", "E2", "E3", "E4", "E5", "E6"]) expect(sin).not.toContain(E[k].id);
    expect(t.sinCapacitar.find((s) => s.id === E.E7.id)).toMatchObject({ asignadas: 1, intentos: 0 });
    expect(t.pendientes?.evaluador.nombre).toBe("Evaluador E7 sin capacitación");
    expect(t.pendientes?.asignaciones.map((a) => [a.postulacionId, a.estado])).toEqual([[idDe("P2"), "pendiente"]]);
    // A draft is pending too; a submitted one is not.
    expect((await tableroEvaluacion({ evaluadorId: E.E6.id }, db))!.pendientes?.asignaciones.map((a) => [a.postulacionId, a.estado])).toEqual([[idDe("P3"), "borrador"]]);
    expect((await tableroEvaluacion({ evaluadorId: E.E1.id }, db))!.pendientes?.asignaciones).toEqual([]);
  });
});

describe("vista del comité", () => {
  it("ordena los perfiles admisibles por puntaje técnico, con notas y comentarios por criterio y evaluadores anónimos", async () => {
    const c = (await evaluacionesComite(e.cuentas.COMITE, {}, db))!;
    const nuestros = c.perfiles.filter((p) => Object.values(P).some((x) => x.id === p.postulacionId));
    expect(nuestros.map((p) => p.proyecto.replace(/^=.*/, "P8"))).toEqual(["Proyecto P6", "Proyecto P5", "Proyecto P4", "Proyecto P9", "Proyecto P2", "Proyecto P10", "Proyecto P7", "Proyecto P3", "Proyecto P1", "P8"]);
    expect(nuestros.map((p) => p.lugar)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const p7 = nuestros.find((p) => p.postulacionId === idDe("P7"))!;
    expect(p7.puntaje).toBeCloseTo(4.5, 12);
    expect(p7.evaluaciones.map((x) => x.etiqueta)).toEqual(["Evaluador/a 1", "Evaluador/a 2"]);
    expect(p7.evaluaciones.map((x) => x.notaFinal).sort()).toEqual([3.5, 5.5]);
    expect(p7.evaluaciones[0].puntajes.map((x) => x.clave)).toEqual(["pertinencia", "factibilidad", "presupuesto"]);
    expect(p7.evaluaciones.map((x) => x.comentario).sort()).toEqual(["Comentario de E3 sobre P7", "Comentario de E4 sobre P7"]);
    // The draft and the pending assignment are counted as pending, not shown; the recused one is neither.
    expect(nuestros.find((p) => p.postulacionId === idDe("P3"))).toMatchObject({ pendientes: 1 });
    expect(nuestros.find((p) => p.postulacionId === idDe("P3"))!.evaluaciones).toHaveLength(2);
    expect(nuestros.find((p) => p.postulacionId === idDe("P1"))).toMatchObject({ pendientes: 0 });
    expect(nuestros.find((p) => p.postulacionId === idDe("P1"))!.evaluaciones.map((x) => x.notaFinal).sort()).toEqual([4, 4.2]);
    // Staff read the same; anyone without a scope there, nothing.
    expect((await evaluacionesComite(e.cuentas.ADMIN, {}, db))!.total).toBe(c.total);
    expect((await evaluacionesComite(e.cuentas.EVALUADOR, {}, db))!.total).toBe(0);
    // Nobody named: no evaluator's name, e-mail or id anywhere in what the page receives.
    const texto = JSON.stringify(c);
    for (const u of Object.values(E)) for (const dato of [u.nombre, u.email, u.id]) expect(texto).not.toContain(dato);
  });
});

describe("CSV de notas por criterio", () => {
  it("una fila por evaluación enviada y criterio, con el evaluador bajo un código seudónimo", async () => {
    const x = (await exportarEvaluaciones(db))!;
    expect(x.encabezados).toEqual([...ENCABEZADOS_CSV_EVALUACIONES]);
    expect(x.filas).toHaveLength(NOTAS.length * 3);
    const codigo = codigoEvaluador(e.convocatoriaId, E.E2.id);
    expect(codigo).toMatch(/^EV-[0-9A-F]{8}$/);
    const deP1 = x.filas.filter((f) => f[0] === P.P1.folio);
    expect(deP1).toHaveLength(6);
    const filaE2 = deP1.filter((f) => f[2] === codigo);
    expect(filaE2.map((f) => [f[3], f[4], f[5], f[7], f[8]])).toEqual([
      ["Pertinencia al desafío", "4,2", 50, "4,2", "Media"],
      ["Factibilidad", "4,2", 30, "4,2", "Media"],
      ["Coherencia del presupuesto", "4,2", 20, "4,2", "Media"],
    ]);
    expect(filaE2[0][9]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    // Each evaluator one stable code; never a name or an account id.
    const codigos = new Set(x.filas.map((f) => f[2]));
    expect(codigos.size).toBe(5);
    const csv = documentoCsv(x.encabezados, x.filas);
    for (const u of Object.values(E)) {
      expect(csv).not.toContain(u.nombre);
      expect(csv).not.toContain(u.id);
    }
    // Drafts and recused assignments are not exported.
    expect(x.filas.some((f) => f[4] === "2" || f[4] === "1")).toBe(false);
  });

  it("neutraliza una fórmula en el texto (inyección CSV)", async () => {
    const x = (await exportarEvaluaciones(db))!;
    const csv = documentoCsv(x.encabezados, x.filas);
    const lineaP8 = csv.split("\r\n").find((l) => l.startsWith(`${P.P8.folio};`))!;
    expect(lineaP8.split(";")[1]).toBe(`"'=HYPERLINK(""http://malo.example"",""premio"")"`);
  });

  it("solo el equipo FOSIS lo descarga; a los demás la ruta responde 404", async () => {
    for (const rol of ROLES) {
      const r = await respuestaExporteEvaluaciones(e.cuentas[rol], db);
      if (rol === "ADMIN" || rol === "ENCARGADO_TECNICO") {
        expect(r.status, rol).toBe(200);
        expect(r.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
        expect(r.headers.get("Cache-Control")).toBe("private, no-store");
        // Read as bytes: a text decoder would drop the BOM Excel needs.
        const cuerpo = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await r.arrayBuffer());
        expect(cuerpo.startsWith(`${BOM}Folio;Proyecto;Evaluador (código);Criterio;Nota;Peso (%)`)).toBe(true);
        expect(cuerpo.split("\r\n").filter(Boolean)).toHaveLength(1 + NOTAS.length * 3);
      } else {
        expect(r.status, rol).toBe(404);
        expect(await r.text()).toBe("No encontrado.");
      }
    }
    expect((await respuestaExporteEvaluaciones(null, db)).status).toBe(404);
  });
});
