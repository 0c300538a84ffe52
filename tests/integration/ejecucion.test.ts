// The pilots' execution (issue 14, item 1) and the precondition of entering CIERRE (item 8), against the
// real database and real files in the run's temp STORAGE_DIR: hitos from the frozen formulario's cronograma
// (idempotent), progress reports with evidence checked by content, the staff's review (one review, one audit
// entry, even at once), notes by the live mentor, reminders sent once, and what another team or mentor gets
// (the answer of a row that does not exist).
import fs from "node:fs/promises";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { rutaDe } from "@/lib/adjuntos/storage";
import type { SessionUser } from "@/lib/auth/session-user";
import { avanzarEtapa } from "@/lib/convocatoria/actions/avanzar-etapa";
import { leerResumen } from "@/lib/convocatoria/resumen";
import { instanteEnSantiago } from "@/lib/domain/formato";
import { mensajeHitosAbiertos } from "@/lib/domain/etapas";
import { anotarSeguimiento } from "@/lib/ejecucion/actions/anotar";
import { enviarRecordatorios } from "@/lib/ejecucion/actions/enviar-recordatorios";
import { prepararHitos } from "@/lib/ejecucion/actions/preparar-hitos";
import { reportarAvance } from "@/lib/ejecucion/actions/reportar-avance";
import { revisarReporte } from "@/lib/ejecucion/actions/revisar-reporte";
import { MENSAJE_SIN_HITO, MENSAJE_SIN_PILOTO, MENSAJE_SIN_REPORTE } from "@/lib/ejecucion/alcance";
import { evidenciaVisiblePara, getPiloto, panelEjecucion, pilotosVisibles } from "@/lib/ejecucion/queries";
import { CATEGORIA_EVIDENCIA, MENSAJE_EVIDENCIA_TIPO, MENSAJE_MOTIVO } from "@/lib/ejecucion/schema";
import { archivo, bytesExe, bytesPdf, bytesPng } from "../fixtures/acciones/adjuntos";
import { crearPiloto, type HitoDePrueba } from "../fixtures/preparar-ejecucion";
import { comoError, comoExito } from "../support/resultado";
import { rondaCerrada } from "../support/rondas";
import { contarAuditoria, crearUsuario, db, etapaActual, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";

let e: Escenario;
let rondaId: string;
let folio = 98_000;
const DIA = 86_400_000;

async function piloto(nombre: string, hitos: HitoDePrueba[], mentor?: SessionUser): Promise<{ id: string; duena: SessionUser; convenioId: string; hitos: string[] }> {
  const duena = await crearUsuario(["POSTULANTE"]);
  folio += 1;
  const p = await crearPiloto(db, e, { duenaId: duena.id, desafioId: e.desafios[0].id, folio, nombre, rondaId, hitos });
  if (mentor) await db.mentoria.create({ data: { postulacionId: p.postulacionId, mentorId: mentor.id } });
  return { id: p.postulacionId, duena, convenioId: p.convenioId, hitos: p.hitos };
}

function reporte(hitoId: string, archivos: File[] = [], campos: Record<string, string> = {}): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries({ hitoId, contenido: "Aplicamos la encuesta a 30 familias.", avance: "80", ...campos })) fd.set(k, v);
  for (const f of archivos) fd.append("evidencias", f);
  return fd;
}

const reportar = (fd: FormData, user: SessionUser) => executeAction(reportarAvance, fd, { user, db });
const revisar = (reporteId: string, decision: "APROBADO" | "OBSERVADO", user: SessionUser, motivo = "") => executeAction(revisarReporte, { reporteId, decision, motivo }, { user, db });

beforeAll(async () => {
  e = await prepararDemo();
  await rondaCerrada(e.convocatoriaId, "SELECCION_FINAL");
  rondaId = (await db.rondaSeleccion.findUniqueOrThrow({ where: { convocatoriaId_fase: { convocatoriaId: e.convocatoriaId, fase: "SELECCION_FINAL" } }, select: { id: true } })).id;
});

beforeEach(async () => {
  await fijarEtapa("EJECUCION");
});

describe("camino feliz: hitos del cronograma, reporte con evidencia, observación, aprobación y nota", () => {
  it("prepara los hitos una vez, el equipo reporta, el equipo FOSIS observa y luego aprueba; el mentor anota", async () => {
    const mentor = await crearUsuario(["MENTOR"]);
    const p = await piloto("Piloto del camino feliz", [], mentor);
    const convenio = await db.convenio.update({ where: { id: p.convenioId }, data: { fechaInicio: instanteEnSantiago("2019-09-02") }, select: { fechaInicio: true } });
    await db.formularioCompleto.create({
      data: {
        postulacionId: p.id,
        version: 3,
        enviadoEn: new Date(),
        huella: "a".repeat(64),
        contenido: JSON.stringify({
          cronograma: [
            { titulo: "Diagnóstico", descripcion: "Encuesta a las familias", semana: 2, fecha: "" },
            { titulo: "Cierre del ciclo", descripcion: "Evaluación con las familias", semana: null, fecha: "2030-12-20" },
          ],
        }),
      },
    });

    const r1 = comoExito(await executeAction(prepararHitos, {}, { user: e.admin, db }));
    expect(r1.data.pilotos).toBeGreaterThanOrEqual(1);
    const hitos = await db.hito.findMany({ where: { convenioId: p.convenioId }, orderBy: { orden: "asc" } });
    expect(hitos.map((h) => [h.orden, h.titulo, h.vence.toISOString()])).toEqual([
      [1, "Diagnóstico", new Date(convenio.fechaInicio.getTime() + 14 * DIA).toISOString()],
      [2, "Cierre del ciclo", instanteEnSantiago("2030-12-20", "23:59:59").toISOString()],
    ]);
    // Idempotent: nothing more for this pilot.
    const r2 = comoExito(await executeAction(prepararHitos, {}, { user: e.cuentas.ENCARGADO_TECNICO, db }));
    expect(r2.data.pilotos).toBe(0);
    expect(await db.hito.count({ where: { convenioId: p.convenioId } })).toBe(2);

    // The team reports on the second hito with a PDF and a PNG.
    const [, segundo] = hitos;
    const enviado = comoExito(await reportar(reporte(segundo.id, [archivo(bytesPdf(), "lista de asistencia.pdf"), archivo(bytesPng(), "foto.png", "image/png")]), p.duena));
    expect(enviado.mensaje).toMatch(/con 2 evidencias/);
    const evidencias = await db.adjunto.findMany({ where: { reporteId: enviado.data.reporteId }, orderBy: { createdAt: "asc" } });
    expect(evidencias.map((a) => [a.categoria, a.mime, a.postulacionId])).toEqual([
      [CATEGORIA_EVIDENCIA, "application/pdf", null],
      [CATEGORIA_EVIDENCIA, "image/png", null],
    ]);
    await expect(fs.stat(rutaDe(evidencias[0].clave))).resolves.toBeTruthy();
    // While it awaits review, a second report of the hito is refused.
    expect(comoError(await reportar(reporte(segundo.id), p.duena)).error).toMatch(/ya tiene un reporte en revisión/);

    // Staff ask for changes: the reason needs 10 characters.
    const corto = comoError(await revisar(enviado.data.reporteId, "OBSERVADO", e.admin, "Falta"));
    expect(corto.fieldErrors.motivo).toEqual([MENSAJE_MOTIVO]);
    comoExito(await revisar(enviado.data.reporteId, "OBSERVADO", e.admin, "Falta la lista de asistencia firmada."));
    const correoObs = await db.notificacion.findFirst({ where: { para: p.duena.email }, orderBy: { createdAt: "desc" } });
    expect(correoObs?.asunto).toMatch(/tiene observaciones/);
    expect(correoObs?.cuerpo).toContain("Falta la lista de asistencia firmada.");
    expect((await db.hito.findUniqueOrThrow({ where: { id: segundo.id } })).cumplidoEn).toBeNull();

    // The team reports again; staff approve: the hito closes, progress 1 of 2.
    const otra = comoExito(await reportar(reporte(segundo.id, [], { avance: "100", contenido: "Adjuntamos la lista firmada." }), p.duena));
    comoExito(await revisar(otra.data.reporteId, "APROBADO", e.cuentas.ENCARGADO_TECNICO));
    expect((await db.hito.findUniqueOrThrow({ where: { id: segundo.id } })).cumplidoEn).not.toBeNull();
    expect((await db.notificacion.findFirst({ where: { para: p.duena.email }, orderBy: { createdAt: "desc" } }))?.asunto).toMatch(/hito cumplido/);

    // The mentor writes a note; every reader sees the same pilot.
    comoExito(await executeAction(anotarSeguimiento, { postulacionId: p.id, texto: "Buen avance; revisar la asistencia." }, { user: mentor, db }));
    const delEquipo = (await getPiloto(p.id, p.duena, "piloto", db))!.piloto;
    expect(delEquipo.progreso).toEqual({ cerrados: 1, total: 2, porcentaje: 50 });
    expect(delEquipo.hitos.map((h) => h.estado)).toEqual([expect.stringMatching(/pendiente|atrasado/), "cumplido"]);
    expect(delEquipo.hitos[1].reportes.map((r) => r.estado)).toEqual(["APROBADO", "OBSERVADO"]);
    expect(delEquipo.notas.map((n) => [n.texto, n.autor])).toEqual([["Buen avance; revisar la asistencia.", mentor.nombre]]);
    expect((await getPiloto(p.id, mentor, "mentorPiloto", db))?.piloto.progreso.porcentaje).toBe(50);
    expect((await pilotosVisibles(e.admin, "ejecucion", db)).pilotos.map((x) => x.postulacionId)).toContain(p.id);

    // Evidence: its team, its mentor and staff download it; another team does not.
    const otroEquipo = await crearUsuario(["POSTULANTE"]);
    for (const u of [p.duena, mentor, e.admin]) expect(await evidenciaVisiblePara(evidencias[0].id, u, db)).toMatchObject({ mime: "application/pdf" });
    expect(await evidenciaVisiblePara(evidencias[0].id, otroEquipo, db)).toBeNull();
    expect(await evidenciaVisiblePara(evidencias[0].id, null, db)).toBeNull();
  });
});

describe("alcance: otro equipo u otro mentor reciben la respuesta de una fila inexistente", () => {
  it("reportar en el hito de otro piloto, anotar en un piloto ajeno, leerlo", async () => {
    const mentor = await crearUsuario(["MENTOR"]);
    const otroMentor = await crearUsuario(["MENTOR"]);
    const p = await piloto("Piloto con dueña", [{ titulo: "Hito único", dias: 10 }], mentor);
    const intruso = await crearUsuario(["POSTULANTE"]);
    const antes = await contarAuditoria();

    const ajeno = comoError(await reportar(reporte(p.hitos[0]), intruso));
    const inexistente = comoError(await reportar(reporte("hito-inexistente"), intruso));
    expect(ajeno).toEqual(inexistente);
    expect(ajeno.error).toBe(MENSAJE_SIN_HITO);

    const nota = { texto: "Una nota de un mentor que no es el del equipo." };
    const notaAjena = comoError(await executeAction(anotarSeguimiento, { postulacionId: p.id, ...nota }, { user: otroMentor, db }));
    expect(notaAjena).toEqual(comoError(await executeAction(anotarSeguimiento, { postulacionId: "no-existe", ...nota }, { user: otroMentor, db })));
    expect(notaAjena.error).toBe(MENSAJE_SIN_PILOTO);
    expect(await contarAuditoria()).toBe(antes);

    // A recused mentor no longer writes.
    await db.mentoria.updateMany({ where: { postulacionId: p.id, mentorId: mentor.id }, data: { recusadaEn: new Date() } });
    expect(comoError(await executeAction(anotarSeguimiento, { postulacionId: p.id, ...nota }, { user: mentor, db })).error).toBe(MENSAJE_SIN_PILOTO);

    expect(await getPiloto(p.id, intruso, "piloto", db)).toBeNull();
    expect(await getPiloto(p.id, otroMentor, "mentorPiloto", db)).toBeNull();
    expect((await pilotosVisibles(intruso, "piloto", db)).pilotos).toEqual([]);
    expect(comoError(await revisar("reporte-inexistente", "APROBADO", e.admin)).error).toBe(MENSAJE_SIN_REPORTE);
  });
});

describe("rechazos del reporte", () => {
  it("un hito cumplido no recibe reportes", async () => {
    const p = await piloto("Piloto con hito cerrado", [{ titulo: "Hecho", dias: -5, cumplido: true }]);
    const antes = await contarAuditoria();
    expect(comoError(await reportar(reporte(p.hitos[0]), p.duena)).error).toMatch(/ya está cumplido/);
    expect(await db.reporteAvance.count({ where: { hitoId: p.hitos[0] } })).toBe(0);
    expect(await contarAuditoria()).toBe(antes);
  });

  it("una evidencia que no es PDF, JPG ni PNG se rechaza por su contenido: ni reporte, ni fila, ni archivo", async () => {
    const p = await piloto("Piloto con evidencia falsa", [{ titulo: "Por reportar", dias: 10 }]);
    const antes = await contarAuditoria();
    const adjuntos = await db.adjunto.count();
    const r = comoError(await reportar(reporte(p.hitos[0], [archivo(bytesPng(), "foto.png", "image/png"), archivo(bytesExe(), "informe.pdf")]), p.duena));
    expect(r.error).toBe(MENSAJE_EVIDENCIA_TIPO);
    expect(r.fieldErrors.evidencias?.[0]).toMatch(/informe\.pdf/);
    expect(await db.reporteAvance.count({ where: { hitoId: p.hitos[0] } })).toBe(0);
    expect(await db.adjunto.count()).toBe(adjuntos);
    expect(await contarAuditoria()).toBe(antes);
  });

  it("fuera de Ejecución no se reporta", async () => {
    const p = await piloto("Piloto en cierre", [{ titulo: "Por reportar", dias: 10 }]);
    await fijarEtapa("CIERRE");
    expect(comoError(await reportar(reporte(p.hitos[0]), p.duena)).error).toMatch(/no está disponible en la etapa actual/);
  });
});

describe("recordatorios", () => {
  it("cada hito por vencer se recuerda una vez y cada atrasado se avisa una vez", async () => {
    const p = await piloto("Piloto con hitos por vencer", [
      { titulo: "Vence pronto", dias: 3 },
      { titulo: "Ya venció", dias: -2 },
      { titulo: "Vence en un mes", dias: 30 },
      { titulo: "Cumplido", dias: -10, cumplido: true },
    ]);
    const r1 = comoExito(await executeAction(enviarRecordatorios, {}, { user: e.admin, db }));
    expect(r1.data.correos).toBeGreaterThanOrEqual(1);
    const correos = await db.notificacion.findMany({ where: { para: p.duena.email } });
    expect(correos).toHaveLength(1);
    expect(correos[0].cuerpo).toContain("«Vence pronto»");
    expect(correos[0].cuerpo).toContain("«Ya venció»");
    expect(correos[0].cuerpo).not.toContain("«Vence en un mes»");
    expect(correos[0].cuerpo).not.toContain("«Cumplido»");
    const marcas = await db.hito.findMany({ where: { convenioId: p.convenioId }, orderBy: { orden: "asc" }, select: { recordadoEn: true, atrasoAvisadoEn: true } });
    expect(marcas.map((m) => [m.recordadoEn !== null, m.atrasoAvisadoEn !== null])).toEqual([
      [true, false],
      [false, true],
      [false, false],
      [false, false],
    ]);

    const r2 = comoExito(await executeAction(enviarRecordatorios, {}, { user: e.cuentas.ENCARGADO_TECNICO, db }));
    expect(r2.data.correos).toBe(0);
    expect(await db.notificacion.count({ where: { para: p.duena.email } })).toBe(1);
    expect((await panelEjecucion(e.admin, db)).recordatorios).toBe(0);
  });
});

describe("concurrencia", () => {
  it("dos personas del equipo FOSIS aprueban el mismo reporte a la vez: una revisión, una entrada de auditoría, un correo", async () => {
    const p = await piloto("Piloto revisado dos veces", [{ titulo: "Hito en revisión", dias: 10 }]);
    const { data } = comoExito(await reportar(reporte(p.hitos[0]), p.duena));
    const antes = await contarAuditoria();
    const correos = await db.notificacion.count({ where: { para: p.duena.email } });
    const rs = await Promise.all([e.admin, e.cuentas.ENCARGADO_TECNICO].map((u) => revisar(data.reporteId, "APROBADO", u)));
    expect(rs.filter((r) => r.ok)).toHaveLength(1);
    expect(rs.find((r) => !r.ok)).toMatchObject({ ok: false, error: expect.stringMatching(/ya fue revisado/) });
    expect(await contarAuditoria()).toBe(antes + 1);
    expect(await db.notificacion.count({ where: { para: p.duena.email } })).toBe(correos + 1);
  });

  it("dos reportes del mismo hito a la vez dejan uno en revisión", async () => {
    const p = await piloto("Piloto reportado dos veces", [{ titulo: "Hito doble", dias: 10 }]);
    const rs = await Promise.all([0, 1].map(() => reportar(reporte(p.hitos[0]), p.duena)));
    expect(rs.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.reporteAvance.count({ where: { hitoId: p.hitos[0] } })).toBe(1);
  });
});

describe("precondición de etapa: entrar al Cierre", () => {
  it("con hitos abiertos no se avanza (nombra los pilotos); con todos cumplidos, sí", async () => {
    const CONFIRMA = { aceptaCorteAnticipado: "si" } as const;
    const p = await piloto("Piloto por cerrar", [{ titulo: "Último hito", dias: 5 }]);
    const abiertos = (await leerResumen(db, e.convocatoriaId)).pilotosConHitosAbiertos;
    expect(abiertos).toContain("Piloto por cerrar");
    const antes = await contarAuditoria();
    const r = comoError(await executeAction(avanzarEtapa, { desde: "EJECUCION", ...CONFIRMA }, { user: e.admin, db }));
    expect(r.error).toBe("No se cumplen las condiciones para avanzar.");
    expect(r.fieldErrors._form).toEqual([mensajeHitosAbiertos(abiertos)]);
    expect(await etapaActual()).toBe("EJECUCION");
    expect(await contarAuditoria()).toBe(antes);

    // This pilot's hito closes through a report and its approval; the other pilots' directly.
    const { data } = comoExito(await reportar(reporte(p.hitos[0], [], { avance: "100" }), p.duena));
    comoExito(await revisar(data.reporteId, "APROBADO", e.admin));
    await db.hito.updateMany({ where: { cumplidoEn: null }, data: { cumplidoEn: new Date() } });
    expect((await leerResumen(db, e.convocatoriaId)).pilotosConHitosAbiertos).toEqual([]);
    comoExito(await executeAction(avanzarEtapa, { desde: "EJECUCION", ...CONFIRMA }, { user: e.admin, db }));
    expect(await etapaActual()).toBe("CIERRE");
  });
});
