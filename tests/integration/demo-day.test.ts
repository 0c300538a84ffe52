// The regional demo day (issue 13, item 5) through the real pipeline and database, SQLite and PostgreSQL:
// staff add jurors with their helix (the JURADO role granted, an e-mail queued); jurors grade the pitches of
// their own demo day with the rubric, declare conflicts (their grade removed), never reach another event
// (the answer of one that does not exist); the grades freeze with the final acta; and the demo-day scores
// change the final ranking exactly as the published formula says, computed here by hand.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, MENSAJE_ROL, type ActionDef } from "@/lib/actions/pipeline";
import type { NombreAccion } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { asignarJurado, MENSAJE_NO_ES_DEMO_DAY, MENSAJE_SIN_CUENTA } from "@/lib/demo-day/actions/asignar-jurado";
import { calificar, MENSAJE_CON_CONFLICTO } from "@/lib/demo-day/actions/calificar";
import { declararConflictoDemoDay } from "@/lib/demo-day/actions/declarar-conflicto";
import { MENSAJE_DEMO_DAY_EN_ACTA } from "@/lib/demo-day/congelamiento";
import { MENSAJE_DEMO_DAY_NO_EXISTE, MENSAJE_NO_ES_PITCH } from "@/lib/demo-day/pitches";
import { demoDayDelJurado, misDemoDays, pitchParaCalificar, resumenDemoDays } from "@/lib/demo-day/queries";
import { MENSAJE_FALTA_NOTA_DEMO_DAY, MENSAJE_NOTA_DEMO_DAY } from "@/lib/domain/demo-day";
import { rankingConsolidado } from "@/lib/seleccion/ranking";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";

let e: Escenario;
let staff: SessionUser;
/** Jurors of the Biobío demo day. */
let j1: SessionUser, j2: SessionUser, j3: SessionUser;
/** A juror of the Valparaíso demo day only. */
let otro: SessionUser;
let biobio: string, valparaiso: string, taller: string;
let desafioId: string;
/** Preselected perfiles of the Biobío (A, B, C), of Valparaíso and the Biobío (D: counts for Valparaíso), and one not preselected (E). */
const p = { A: "", B: "", C: "", D: "", E: "" };

function correr<N extends NombreAccion, S extends z.ZodType, T>(accion: ActionDef<N, S, T>, input: unknown, user: SessionUser) {
  return executeAction(accion, input, { user, db });
}

const notas = (claridad: number, coproduccion: number, factibilidad: number, aprendizaje: number, equipo: number) => ({ claridad, coproduccion, factibilidad, aprendizaje, equipo });
const todas = (n: number) => notas(n, n, n, n, n);

/** What a refused action must leave untouched. */
async function foto() {
  const [auditoria, puntajes, conflictos, jurados, roles, correos] = await Promise.all([
    contarAuditoria(),
    db.puntajeDemoDay.findMany({ orderBy: { id: "asc" }, select: { id: true, nota: true, notas: true, comentario: true } }),
    db.conflictoJurado.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
    db.juradoDemoDay.findMany({ orderBy: { id: "asc" }, select: { id: true, helice: true } }),
    db.userRol.count(),
    db.notificacion.count(),
  ]);
  return { auditoria, puntajes, conflictos, jurados, roles, correos };
}

async function demoDay(regionCut: string, titulo: string, tipo: "DEMO_DAY" | "TALLER_REGIONAL" = "DEMO_DAY") {
  const ev = await db.evento.create({
    data: { convocatoriaId: e.convocatoriaId, tipo, titulo, regionCut, inicio: new Date(Date.now() + 7 * 86_400_000), lugar: "Sede FOSIS", capacidad: 80, creadoPorId: staff.id },
    select: { id: true },
  });
  return ev.id;
}

async function perfil(nombre: string, regiones: string[], d: { tecnico: number; votos: number; preseleccionada?: boolean }, rondaId: string) {
  const postulante = await crearUsuario(["POSTULANTE"]);
  const creado = await db.postulacion.create({
    data: {
      convocatoriaId: e.convocatoriaId,
      desafioId,
      postulanteId: postulante.id,
      estado: d.preseleccionada === false ? "ADMISIBLE" : "PRESELECCIONADA",
      admisible: true,
      nombreProyecto: nombre,
      problema: `El problema que aborda ${nombre}.`,
      solucion: `La solución que propone ${nombre}.`,
      folio: 96_000 + Object.values(p).filter(Boolean).length,
      huella: "f".repeat(64),
      enviadaEn: new Date(),
      montoSolicitado: 20_000_000,
      regiones: { create: regiones.map((regionCut) => ({ regionCut })) },
    },
    select: { id: true },
  });
  // One evaluator, one submitted evaluation: the technical score is that grade.
  const evaluador = await crearUsuario(["EVALUADOR"]);
  const a = await db.asignacionEvaluacion.create({ data: { postulacionId: creado.id, evaluadorId: evaluador.id }, select: { id: true } });
  await db.evaluacion.create({ data: { asignacionId: a.id, notaFinal: d.tecnico, confianza: "ALTA", version: 1, enviadaEn: new Date() } });
  for (let i = 0; i < d.votos; i++) {
    const votante = await crearUsuario(["AFILIADO"]);
    await db.voto.create({ data: { convocatoriaId: e.convocatoriaId, votanteId: votante.id, postulacionId: creado.id, ambito: desafioId } });
  }
  if (d.preseleccionada !== false) {
    await db.decisionComite.create({
      data: { convocatoriaId: e.convocatoriaId, rondaId, postulacionId: creado.id, fase: "PRESELECCION", decision: "SELECCIONADA", montoAsignado: 20_000_000, puntaje: d.tecnico, sugerida: true, decididaPorId: e.cuentas.COMITE.id },
    });
  }
  return creado.id;
}

beforeAll(async () => {
  e = await prepararDemo();
  staff = e.admin;
  await fijarEtapa("FORMACION_INCUBACION");
  // The published weights of the 2019 convocatoria: 70 technical, 10 popular, 20 demo day; the simple technical formula.
  await db.convocatoria.update({ where: { id: e.convocatoriaId }, data: { pesoTecnico: 70, pesoVotacion: 10, pesoDemoDay: 20 } });
  await db.rubrica.updateMany({ where: { convocatoriaId: e.convocatoriaId }, data: { normalizar: false } });
  // A desafío of its own, so the popular scores (relative to the desafío) are only this file's votes.
  const grupo = await db.grupoVulnerable.findFirstOrThrow({ select: { id: true } });
  desafioId = (
    await db.desafio.create({
      data: { convocatoriaId: e.convocatoriaId, slug: `demo-day-${Date.now()}`, titulo: "Desafío del demo day", resumen: "Resumen", descripcion: "Descripción", grupoVulnerableId: grupo.id, alcance: "REGIONAL", regionCut: "08", estado: "PUBLICADO" },
      select: { id: true },
    })
  ).id;
  const ronda = await db.rondaSeleccion.create({
    data: { convocatoriaId: e.convocatoriaId, fase: "PRESELECCION", estado: "CERRADA", presupuesto: 650_000_000, cerradaEn: new Date(), miembros: { create: [{ usuarioId: e.cuentas.COMITE.id, postura: "ACUERDO", firmadaEn: new Date() }] } },
    select: { id: true },
  });
  // Technical and popular scores known by hand: votes 4, 2, 0 → popular 7, 1 + 6 × 2/4 = 4, and 1.
  p.A = await perfil("Proyecto A", ["08"], { tecnico: 5, votos: 4 }, ronda.id);
  p.B = await perfil("Proyecto B", ["08"], { tecnico: 6, votos: 2 }, ronda.id);
  p.C = await perfil("Proyecto C", ["08"], { tecnico: 5.5, votos: 0 }, ronda.id);
  p.D = await perfil("Proyecto D", ["08", "05"], { tecnico: 5, votos: 0 }, ronda.id);
  p.E = await perfil("Proyecto E", ["08"], { tecnico: 6.5, votos: 0, preseleccionada: false }, ronda.id);

  biobio = await demoDay("08", "Demo day regional — Biobío");
  valparaiso = await demoDay("05", "Demo day regional — Valparaíso");
  taller = await demoDay("08", "Taller regional del Biobío", "TALLER_REGIONAL");
  j1 = await crearUsuario(["AFILIADO"], { nombre: "Jurada del Estado" });
  j2 = await crearUsuario(["JURADO"], { nombre: "Jurado de la academia" });
  j3 = await crearUsuario(["JURADO"], { nombre: "Jurada de la sociedad civil" });
  otro = await crearUsuario(["JURADO"], { nombre: "Jurado de Valparaíso" });
});

describe("demoDay.asignarJurado", () => {
  it("suma a una cuenta existente con su hélice, le otorga el rol de jurado y le envía un correo", async () => {
    const correos = await db.notificacion.count();
    const r = comoExito(await correr(asignarJurado, { eventoId: biobio, email: j1.email.toUpperCase(), helice: "ESTADO" }, staff));
    expect(r.mensaje).toMatch(/hélice Estado/);
    expect(await db.juradoDemoDay.findUniqueOrThrow({ where: { eventoId_juradoId: { eventoId: biobio, juradoId: j1.id } } })).toMatchObject({ helice: "ESTADO" });
    expect((await db.userRol.findMany({ where: { userId: j1.id } })).map((x) => x.rol).sort()).toEqual(["AFILIADO", "JURADO"]);
    expect(await db.notificacion.count()).toBe(correos + 1);
    const correo = await db.notificacion.findFirstOrThrow({ where: { para: j1.email }, orderBy: { createdAt: "desc" } });
    expect(correo.asunto).toBe("Fondo IDEA: integra el jurado de «Demo day regional — Biobío»");
    expect(correo.cuerpo).toContain(`/jurado/${biobio}`);
    expect(await ultimaAuditoria()).toMatchObject({ accion: "demoDay.asignarJurado", actorId: staff.id });
    j1 = { ...j1, roles: [...j1.roles, "JURADO"] };

    comoExito(await correr(asignarJurado, { eventoId: biobio, email: j2.email, helice: "ACADEMIA" }, staff));
    comoExito(await correr(asignarJurado, { eventoId: biobio, email: j3.email, helice: "EMPRESA" }, staff));
    comoExito(await correr(asignarJurado, { eventoId: valparaiso, email: otro.email, helice: "EMPRESA" }, staff));
    // A second time with another helix changes only the helix: no second e-mail, no second role.
    const antes = await db.notificacion.count();
    const cambio = comoExito(await correr(asignarJurado, { eventoId: biobio, email: j3.email, helice: "SOCIEDAD_CIVIL" }, staff));
    expect(cambio.mensaje).toMatch(/ahora integra el jurado por la hélice Sociedad civil/);
    expect(await db.notificacion.count()).toBe(antes);
  });

  it("rechaza un evento que no es demo day, un correo sin cuenta, la misma hélice dos veces y a quien no es del equipo FOSIS", async () => {
    const antes = await foto();
    expect(comoError(await correr(asignarJurado, { eventoId: taller, email: j2.email, helice: "ACADEMIA" }, staff)).error).toBe(MENSAJE_NO_ES_DEMO_DAY);
    expect(comoError(await correr(asignarJurado, { eventoId: "no-existe", email: j2.email, helice: "ACADEMIA" }, staff)).error).toBe("No encontramos ese evento.");
    expect(comoError(await correr(asignarJurado, { eventoId: biobio, email: "nadie@prueba.cl", helice: "ACADEMIA" }, staff)).fieldErrors.email).toEqual([MENSAJE_SIN_CUENTA]);
    expect(comoError(await correr(asignarJurado, { eventoId: biobio, email: j2.email, helice: "ACADEMIA" }, staff)).error).toMatch(/ya integra este jurado por la hélice Academia/);
    expect(comoError(await correr(asignarJurado, { eventoId: biobio, email: j2.email, helice: "IGLESIA" }, staff)).fieldErrors.helice).toHaveLength(1);
    expect(comoError(await correr(asignarJurado, { eventoId: biobio, email: j2.email, helice: "ESTADO" }, j1)).error).toBe(MENSAJE_ROL);
    expect(await foto()).toEqual(antes);
  });
});

describe("demoDay.calificar y demoDay.declararConflicto", () => {
  it("valida cada criterio de 1,0 a 7,0 y solo los de la rúbrica; sin escribir nada", async () => {
    const antes = await foto();
    const r = comoError(await correr(calificar, { eventoId: biobio, postulacionId: p.A, notas: { ...todas(5), claridad: "7,5", equipo: "" } }, j1));
    expect(r.fieldErrors).toEqual({ "notas.claridad": [MENSAJE_NOTA_DEMO_DAY], "notas.equipo": [MENSAJE_FALTA_NOTA_DEMO_DAY] });
    expect(comoError(await correr(calificar, { eventoId: biobio, postulacionId: p.A, notas: { ...todas(5), claridad: 5.25 } }, j1)).fieldErrors["notas.claridad"]).toEqual([MENSAJE_NOTA_DEMO_DAY]);
    expect(Object.keys(comoError(await correr(calificar, { eventoId: biobio, postulacionId: p.A, notas: { ...todas(5), carisma: 7 } }, j1)).fieldErrors)).toEqual(["notas"]);
    expect(await foto()).toEqual(antes);
  });

  it("guarda la nota ponderada con un decimal y las notas por criterio; corregirla la reemplaza", async () => {
    // 6·25 + 5·20 + 6·20 + 5·20 + 6·15 = 150 + 100 + 120 + 100 + 90 = 560 → 5,6
    const r = comoExito(await correr(calificar, { eventoId: biobio, postulacionId: p.A, notas: { claridad: "6", coproduccion: "5,0", factibilidad: 6, aprendizaje: "5", equipo: "6,0" }, comentario: "Buen pitch." }, j1));
    expect(r.data.nota).toBe(5.6);
    expect(r.mensaje).toBe("Nota guardada: «Proyecto A», 5,6.");
    const fila = await db.puntajeDemoDay.findUniqueOrThrow({ where: { postulacionId_juradoId: { postulacionId: p.A, juradoId: j1.id } } });
    expect(fila).toMatchObject({ eventoId: biobio, nota: 5.6, comentario: "Buen pitch." });
    expect(JSON.parse(fila.notas)).toEqual(notas(6, 5, 6, 5, 6));
    // Corrected: all 4 → 4,0, the same row.
    const c = comoExito(await correr(calificar, { eventoId: biobio, postulacionId: p.A, notas: todas(4) }, j1));
    expect(c.mensaje).toBe("Nota corregida: «Proyecto A», 4,0.");
    expect(await db.puntajeDemoDay.count({ where: { postulacionId: p.A, juradoId: j1.id } })).toBe(1);
    expect((await ultimaAuditoria())).toMatchObject({ accion: "demoDay.calificar", actorId: j1.id });
  });

  it("solo los pitches del demo day: ni un perfil de otra región ni uno no preseleccionado", async () => {
    const antes = await foto();
    // D is also in the Biobío, but its region (the lowest code) is Valparaíso (05).
    expect(comoError(await correr(calificar, { eventoId: biobio, postulacionId: p.D, notas: todas(5) }, j1)).error).toBe(MENSAJE_NO_ES_PITCH);
    expect(comoError(await correr(calificar, { eventoId: biobio, postulacionId: p.E, notas: todas(5) }, j1)).error).toBe(MENSAJE_NO_ES_PITCH);
    expect(comoError(await correr(declararConflictoDemoDay, { eventoId: biobio, postulacionId: p.E, detalle: "Es mi vecina." }, j1)).error).toBe(MENSAJE_NO_ES_PITCH);
    expect(await foto()).toEqual(antes);
    expect((await demoDayDelJurado(biobio, j1, db))!.pitches.map((x) => x.id)).toEqual([p.A, p.B, p.C]);
    expect((await demoDayDelJurado(valparaiso, otro, db))!.pitches.map((x) => x.id)).toEqual([p.D]);
  });

  it("un jurado de otro demo day recibe la respuesta de un evento que no existe, en las acciones y en las páginas", async () => {
    const antes = await foto();
    for (const [accion, entrada] of [
      [calificar, { postulacionId: p.A, notas: todas(5) }],
      [declararConflictoDemoDay, { postulacionId: p.A, detalle: "Conozco al equipo." }],
    ] as const) {
      const ajeno = comoError(await correr(accion as typeof calificar, { ...entrada, eventoId: biobio }, otro));
      const inexistente = comoError(await correr(accion as typeof calificar, { ...entrada, eventoId: "evento-inexistente" }, otro));
      expect(ajeno).toEqual(inexistente);
      expect(ajeno.error).toBe(MENSAJE_DEMO_DAY_NO_EXISTE);
    }
    // Not even a taller the juror could name: only DEMO_DAY events.
    expect(comoError(await correr(calificar, { eventoId: taller, postulacionId: p.A, notas: todas(5) }, j1)).error).toBe(MENSAJE_DEMO_DAY_NO_EXISTE);
    expect(await foto()).toEqual(antes);
    expect(await demoDayDelJurado(biobio, otro, db)).toBeNull();
    expect(await pitchParaCalificar(biobio, p.A, otro, db)).toBeNull();
    expect(await pitchParaCalificar(biobio, p.D, j1, db)).toBeNull();
    expect((await misDemoDays(otro, db)).demoDays.map((d) => d.evento.id)).toEqual([valparaiso]);
    // Staff see every demo day, with no jury of their own.
    expect(await demoDayDelJurado(biobio, staff, db)).toBeNull();
  });

  it("declarar un conflicto borra la nota propia de ese pitch e impide calificarlo; los demás siguen", async () => {
    comoExito(await correr(calificar, { eventoId: biobio, postulacionId: p.C, notas: todas(1) }, j3));
    expect(await db.puntajeDemoDay.count({ where: { postulacionId: p.C, juradoId: j3.id } })).toBe(1);
    const r = comoExito(await correr(declararConflictoDemoDay, { eventoId: biobio, postulacionId: p.C, detalle: "Asesoré a este equipo el año pasado." }, j3));
    expect(r.mensaje).toMatch(/su nota se borró/);
    expect(await db.puntajeDemoDay.count({ where: { postulacionId: p.C, juradoId: j3.id } })).toBe(0);
    expect(await db.conflictoJurado.findFirstOrThrow({ where: { juradoId: j3.id, postulacionId: p.C } })).toMatchObject({ eventoId: biobio, detalle: "Asesoré a este equipo el año pasado." });
    expect((await ultimaAuditoria())).toMatchObject({ accion: "demoDay.declararConflicto", actorId: j3.id });

    const antes = await foto();
    expect(comoError(await correr(calificar, { eventoId: biobio, postulacionId: p.C, notas: todas(7) }, j3)).error).toBe(MENSAJE_CON_CONFLICTO);
    expect(comoError(await correr(declararConflictoDemoDay, { eventoId: biobio, postulacionId: p.C, detalle: "Otra vez." }, j3)).error).toMatch(/^Ya declaró un conflicto/);
    expect(await foto()).toEqual(antes);
    const vista = (await pitchParaCalificar(biobio, p.C, j3, db))!;
    expect(vista.pitch).toMatchObject({ conflicto: true, calificacion: null });
  });
});

describe("el demo day en la selección final", () => {
  it("las notas del demo day cambian el ranking final exactamente como dice la fórmula publicada (70/10/20, calculado a mano)", async () => {
    // Jurors' grades, each the weighted mean of the rubric (25/20/20/20/15), to one decimal:
    //   A: j1 all 4 → 4,0 (graded above); j2 3,4,4,5,4 → 75+80+80+100+60 = 395 → 3,95 → 4,0.   Demo day (4,0 + 4,0)/2 = 4,0
    //   B: j1 all 7 → 7,0; j2 all 5 → 5,0.                                                       Demo day (7,0 + 5,0)/2 = 6,0
    //   C: j1 all 6 → 6,0; j2 7,6,7,6,7 → 175+120+140+120+105 = 660 → 6,6; j3 recused.          Demo day (6,0 + 6,6)/2 = 6,3
    const dados: [SessionUser, string, ReturnType<typeof notas>, number][] = [
      [j2, p.A, notas(3, 4, 4, 5, 4), 4],
      [j1, p.B, todas(7), 7],
      [j2, p.B, todas(5), 5],
      [j1, p.C, todas(6), 6],
      [j2, p.C, notas(7, 6, 7, 6, 7), 6.6],
    ];
    for (const [jurado, postulacionId, n, esperada] of dados) {
      expect(comoExito(await correr(calificar, { eventoId: biobio, postulacionId, notas: n }, jurado)).data.nota).toBe(esperada);
    }

    // Technical 5 / 6 / 5,5; popular 7 / 4 / 1 (votes 4, 2, 0 in their desafío).
    // Preselection (87,5/12,5): A = 4,375 + 0,875 = 5,25; B = 5,25 + 0,5 = 5,75; C = 4,8125 + 0,125 = 4,9375 → B, A, C.
    // Final (70/10/20):        A = 3,5 + 0,7 + 0,8 = 5,0;  B = 4,2 + 0,4 + 1,2 = 5,8;  C = 3,85 + 0,1 + 1,26 = 5,21 → B, C, A.
    const esperado = [
      { postulacionId: p.B, tecnico: 6, popular: 4, demoDay: 6, consolidado: 5.8 },
      { postulacionId: p.C, tecnico: 5.5, popular: 1, demoDay: 6.3, consolidado: 5.21 },
      { postulacionId: p.A, tecnico: 5, popular: 7, demoDay: 4, consolidado: 5 },
    ];
    const nuestros = new Set([p.A, p.B, p.C]);
    const final = (await rankingConsolidado(db, e.convocatoriaId, "SELECCION_FINAL")).filter((f) => nuestros.has(f.postulacionId));
    expect(final.map((f) => f.postulacionId)).toEqual(esperado.map((x) => x.postulacionId));
    for (const [i, x] of esperado.entries()) {
      const f = final[i];
      expect(f.tecnico).toBeCloseTo(x.tecnico, 10);
      expect(f.popular).toBeCloseTo(x.popular, 10);
      expect(f.demoDay).toBeCloseTo(x.demoDay, 10);
      expect(f.consolidado).toBeCloseTo(x.consolidado, 10);
    }
    expect(final[0].posicion).toBeLessThan(final[1].posicion);
    expect(final[1].posicion).toBeLessThan(final[2].posicion);
    // Before the demo day weighs in, the order was B, A, C: the demo day moved C above A.
    const pre = (await rankingConsolidado(db, e.convocatoriaId, "PRESELECCION")).filter((f) => nuestros.has(f.postulacionId));
    expect(pre.map((f) => f.postulacionId)).toEqual([p.B, p.A, p.C]);
    expect(pre.map((f) => f.consolidado)).toEqual([expect.closeTo(5.75, 10), expect.closeTo(5.25, 10), expect.closeTo(4.9375, 10)]);

    // The staff overview shows the same means, and the jury's missing helix.
    const resumen = (await resumenDemoDays(staff, db))!;
    const bb = resumen.demoDays.find((d) => d.evento.id === biobio)!;
    expect(bb.jurados.map((j) => j.helice).sort()).toEqual(["ACADEMIA", "ESTADO", "SOCIEDAD_CIVIL"]);
    expect(bb.avisoHelices).toBe("Falta la hélice Empresa.");
    expect(bb.pitches.map((x) => [x.id, x.calificaciones, x.promedio, x.conflictos])).toEqual([
      [p.A, 2, expect.closeTo(4, 10), 0],
      [p.B, 2, expect.closeTo(6, 10), 0],
      [p.C, 2, expect.closeTo(6.3, 10), 1],
    ]);
    expect((await resumenDemoDays(j1, db))!.demoDays).toEqual([]);
  });

  it("con el acta final en firma o firmada, las notas ya no cambian; al retirarla, sí", async () => {
    const ronda = await db.rondaSeleccion.create({ data: { convocatoriaId: e.convocatoriaId, fase: "SELECCION_FINAL", estado: "EN_FIRMA", presupuesto: 100_000_000 }, select: { id: true } });
    for (const estado of ["EN_FIRMA", "CERRADA"] as const) {
      await db.rondaSeleccion.update({ where: { id: ronda.id }, data: { estado } });
      const antes = await foto();
      expect(comoError(await correr(calificar, { eventoId: biobio, postulacionId: p.A, notas: todas(7) }, j1)).error).toBe(MENSAJE_DEMO_DAY_EN_ACTA);
      expect(comoError(await correr(declararConflictoDemoDay, { eventoId: biobio, postulacionId: p.A, detalle: "Lo recordé tarde." }, j2)).error).toBe(MENSAJE_DEMO_DAY_EN_ACTA);
      expect(await foto()).toEqual(antes);
    }
    await db.rondaSeleccion.update({ where: { id: ronda.id }, data: { estado: "ABIERTA" } });
    comoExito(await correr(calificar, { eventoId: biobio, postulacionId: p.A, notas: todas(4) }, j1));
  });

  it("fuera de la etapa de formación e incubación no se califica", async () => {
    await fijarEtapa("EJECUCION");
    const antes = await foto();
    expect(comoError(await correr(calificar, { eventoId: biobio, postulacionId: p.A, notas: todas(5) }, j1)).error).toMatch(/^Esta acción no está disponible en la etapa actual/);
    expect(await foto()).toEqual(antes);
    await fijarEtapa("FORMACION_INCUBACION");
  });
});
