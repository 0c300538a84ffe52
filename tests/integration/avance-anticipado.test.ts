// Advancing an etapa before its planned end (issue 8.3): refused unless the admin confirmed the warning
// ("Avanzar igual", aceptaCorteAnticipado); with it, the actual end and start are recorded and, when the
// Convocatoria is cut short, everyone holding a perfil in it gets one e-mail. Nothing else changes.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { avanzarEtapa } from "@/lib/convocatoria/actions/avanzar-etapa";
import { rondaCerrada } from "../support/rondas";
import { formatearFecha, instanteEnSantiago, aFechaInput } from "@/lib/domain/formato";
import type { Etapa } from "@/lib/domain/etapas";
import type { EstadoPostulacion } from "@/lib/generated/prisma/enums";
import { comoError, comoExito } from "../support/resultado";
import { crearUsuario, db, etapaActual, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { completarEvaluaciones } from "../support/asignaciones";

type Persona = Awaited<ReturnType<typeof crearUsuario>>;

let e: Escenario;
let ana: Persona; // two drafts and a sent perfil
let beto: Persona; // one sent perfil, declared inadmissible
let carla: Persona; // only a withdrawn perfil: not affected
const DIA = 86_400_000;
let finConvocatoria: Date;

/** Calendar days from today (Chile), as the admin's calendar stores them. */
const enDias = (n: number, hora = "00:00:00") => instanteEnSantiago(aFechaInput(new Date(Date.now() + n * DIA)), hora);

async function perfil(p: Persona, desafio: number, estado: EstadoPostulacion, nombre: string) {
  return db.postulacion.create({
    data: { convocatoriaId: e.convocatoriaId, desafioId: e.desafios[desafio].id, postulanteId: p.id, estado, nombreProyecto: nombre, ...(estado === "BORRADOR" ? {} : { enviadaEn: new Date() }) },
    select: { id: true },
  });
}

/** Everything the advance could touch, to compare before and after. */
async function foto() {
  const [convocatoria, calendario, postulaciones, notificaciones, auditoria, eventos] = await Promise.all([
    db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId } }),
    db.etapaCalendario.findMany({ where: { convocatoriaId: e.convocatoriaId }, orderBy: { etapa: "asc" } }),
    db.postulacion.findMany({ orderBy: { id: "asc" }, select: { id: true, estado: true, updatedAt: true, borradorVersion: true } }),
    db.notificacion.count(),
    db.auditLog.count(),
    db.evento.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { convocatoria, calendario, postulaciones, notificaciones, auditoria, eventos };
}

/** The planned calendar: `actual` runs today and ends in `diasParaElFin` days; the others follow, 20 days each. */
async function calendarioCon(actual: Etapa, diasParaElFin: number) {
  const etapas: Etapa[] = ["DESARROLLO_CONCURSO", "CONVOCATORIA", "SELECCION_CONTRATACION", "FORMACION_INCUBACION", "EJECUCION", "CIERRE"];
  const i = etapas.indexOf(actual);
  for (const [j, etapa] of etapas.entries()) {
    const finDias = diasParaElFin + (j - i) * 20;
    await db.etapaCalendario.update({
      where: { convocatoriaId_etapa: { convocatoriaId: e.convocatoriaId, etapa } },
      data: { inicio: enDias(finDias - 19), fin: enDias(finDias, "23:59:59"), inicioReal: null, finReal: null },
    });
  }
  await fijarEtapa(actual);
}

beforeAll(async () => {
  e = await prepararDemo();
  await calendarioCon("CONVOCATORIA", 10);
  finConvocatoria = enDias(10, "23:59:59");
  ana = await crearUsuario(["POSTULANTE"], { nombre: "Ana Anticipada" });
  beto = await crearUsuario(["POSTULANTE"], { nombre: "Beto Breve" });
  carla = await crearUsuario(["POSTULANTE"], { nombre: "Carla Retirada" });
  await perfil(ana, 0, "BORRADOR", "Huertos en la toma");
  await perfil(ana, 1, "BORRADOR", "");
  await perfil(ana, 2, "ADMISIBLE", "Cuidados de barrio");
  await perfil(beto, 0, "INADMISIBLE", "Lectura en voz alta");
  await perfil(carla, 0, "RETIRADA", "Ya no");
  // Whatever the demo left sent and undecided would block the advance (a precondition, not this test's subject).
  await db.postulacion.updateMany({ where: { convocatoriaId: e.convocatoriaId, estado: "ENVIADA" }, data: { estado: "ADMISIBLE" } });
  await db.evento.create({
    data: { convocatoriaId: e.convocatoriaId, tipo: "TALLER_REGIONAL", titulo: "Taller del Biobío", inicio: enDias(5, "10:00:00"), capacidad: 30, creadoPorId: e.admin.id },
  });
});

describe("avance anticipado de la Convocatoria", () => {
  it("sin la confirmación se rechaza, dice qué se corta y no cambia nada", async () => {
    const antes = await foto();
    const r = comoError(await executeAction(avanzarEtapa, { desde: "CONVOCATORIA" }, { user: e.admin, db }));
    expect(r.error).toBe(`La etapa Convocatoria está planificada hasta el ${formatearFecha(finConvocatoria)}: avanzar ahora la termina antes. Lea el aviso y confirme con «Avanzar igual».`);
    const avisos = r.fieldErrors._form;
    expect(avisos[0]).toBe(`La etapa Convocatoria está planificada hasta el ${formatearFecha(finConvocatoria)}: avanzar ahora la termina 10 días antes.`);
    expect(avisos).toContain("2 borradores abiertos (de 1 persona) ya no se podrán enviar.");
    expect(avisos.some((a) => a.includes("«Taller del Biobío»"))).toBe(true);
    expect(await foto()).toEqual(antes);
    expect(await etapaActual()).toBe("CONVOCATORIA");
  });

  it("una confirmación con otro valor es un error de campo, sin cambios", async () => {
    const antes = await foto();
    const r = comoError(await executeAction(avanzarEtapa, { desde: "CONVOCATORIA", aceptaCorteAnticipado: "no" }, { user: e.admin, db }));
    expect(r.error).toBe("Revise los campos marcados.");
    expect(r.fieldErrors.aceptaCorteAnticipado).toEqual(["Confirmación de avance anticipado inválida."]);
    expect(await foto()).toEqual(antes);
  });

  it("con «Avanzar igual»: registra las fechas reales, avisa una vez a cada persona con perfiles y no toca nada más", async () => {
    const antes = await foto();
    const t0 = new Date();
    const r = comoExito(await executeAction(avanzarEtapa, { desde: "CONVOCATORIA", aceptaCorteAnticipado: "si" }, { user: e.admin, db }));
    const t1 = new Date();
    const despues = await foto();

    // Everyone holding a draft or a sent perfil (not withdrawn) in this convocatoria: one e-mail each.
    const afectados = await db.user.findMany({
      where: { postulaciones: { some: { convocatoriaId: e.convocatoriaId, estado: { in: ["BORRADOR", "ENVIADA", "ADMISIBLE", "INADMISIBLE"] } } } },
      select: { id: true, email: true },
    });
    expect(afectados.map((a) => a.id)).toEqual(expect.arrayContaining([ana.id, beto.id]));
    expect(afectados.map((a) => a.id)).not.toContain(carla.id);
    expect(r.data).toEqual({ etapa: "SELECCION_CONTRATACION" });
    expect(r.mensaje).toBe(`La convocatoria pasó a la etapa Selección y contratación. Se avisó por correo a ${afectados.length} personas.`);

    // The actual end of the Convocatoria and start of Selección: this advance's instant, the same for both.
    const fila = (etapa: Etapa) => despues.calendario.find((c) => c.etapa === etapa)!;
    const finReal = fila("CONVOCATORIA").finReal!;
    expect(finReal.getTime()).toBeGreaterThanOrEqual(t0.getTime());
    expect(finReal.getTime()).toBeLessThanOrEqual(t1.getTime());
    expect(fila("SELECCION_CONTRATACION").inicioReal).toEqual(finReal);
    // Planned dates and every other row stay as they were.
    expect(despues.calendario.map((c) => ({ ...c, inicioReal: c.etapa === "SELECCION_CONTRATACION" ? null : c.inicioReal, finReal: c.etapa === "CONVOCATORIA" ? null : c.finReal }))).toEqual(antes.calendario);

    const correos = await db.notificacion.findMany({ where: { createdAt: { gte: t0 } }, orderBy: { para: "asc" } });
    expect(despues.notificaciones).toBe(antes.notificaciones + afectados.length);
    expect(correos.map((c) => c.userId).sort()).toEqual(afectados.map((a) => a.id).sort());
    for (const c of correos) {
      expect(c.para).toBe(afectados.find((a) => a.id === c.userId)!.email);
      expect(c.asunto).toBe(`La Convocatoria de ${antes.convocatoria.nombre} cerró antes de lo planificado`);
      expect(c.estado).toBe("PENDIENTE");
    }
    const deAna = correos.find((c) => c.userId === ana.id)!.cuerpo;
    expect(deAna).toContain("Hola, Ana Anticipada:");
    expect(deAna).toContain(`planificada hasta el ${formatearFecha(finConvocatoria)}, terminó antes: el ${formatearFecha(finReal)}.`);
    expect(deAna).toContain("Sus borradores «Huertos en la toma», perfil sin nombre para el desafío");
    expect(deAna).toContain(`Su perfil enviado «Cuidados de barrio» sigue como está. El correo de confirmación decía que podía retirarlo hasta el ${formatearFecha(finConvocatoria)}: ese plazo ya no rige.`);
    const deBeto = correos.find((c) => c.userId === beto.id)!.cuerpo;
    expect(deBeto).toContain("«Lectura en voz alta»");
    expect(deBeto).not.toContain("borrador");

    // Nothing else: the perfiles, the talleres, and one audit entry that says it was early.
    expect(despues.postulaciones).toEqual(antes.postulaciones);
    expect(despues.eventos).toEqual(antes.eventos);
    expect(despues.auditoria).toBe(antes.auditoria + 1);
    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "convocatoria.avanzarEtapa", actorId: e.admin.id, etapa: "CONVOCATORIA" });
    expect(JSON.parse(a!.datos)).toEqual({
      desde: "CONVOCATORIA",
      hacia: "SELECCION_CONTRATACION",
      anticipado: true,
      finPlanificado: finConvocatoria.toISOString(),
      avisados: afectados.length,
    });
    expect(despues.convocatoria).toEqual({ ...antes.convocatoria, etapaActual: "SELECCION_CONTRATACION", updatedAt: despues.convocatoria.updatedAt });
  });

  it("una etapa que ya llegó a su término planificado avanza sin confirmación, sin correos, y registra sus fechas reales", async () => {
    // Selección (entered above) planned to end yesterday.
    await db.etapaCalendario.update({
      where: { convocatoriaId_etapa: { convocatoriaId: e.convocatoriaId, etapa: "SELECCION_CONTRATACION" } },
      data: { fin: enDias(-1, "23:59:59") },
    });
    // Leaving Selección needs every admissible perfil's evaluations submitted (a precondition, not this test's subject).
    await completarEvaluaciones(e.convocatoriaId);
    // And the signed actas of both selection rounds (tests/integration/seleccion.test.ts signs them for real).
    await rondaCerrada(e.convocatoriaId, "PRESELECCION");
    await rondaCerrada(e.convocatoriaId, "SELECCION_FINAL");
    const antes = await foto();
    const r = comoExito(await executeAction(avanzarEtapa, { desde: "SELECCION_CONTRATACION" }, { user: e.admin, db }));
    expect(r.mensaje).toBe("La convocatoria pasó a la etapa Formación e incubación.");
    const despues = await foto();
    expect(despues.notificaciones).toBe(antes.notificaciones);
    const fila = (etapa: Etapa) => despues.calendario.find((c) => c.etapa === etapa)!;
    expect(fila("SELECCION_CONTRATACION").finReal).not.toBeNull();
    expect(fila("FORMACION_INCUBACION").inicioReal).toEqual(fila("SELECCION_CONTRATACION").finReal);
    // The Convocatoria's actual dates, recorded by the earlier advance, are kept.
    expect(fila("CONVOCATORIA")).toEqual(antes.calendario.find((c) => c.etapa === "CONVOCATORIA"));
    expect(JSON.parse((await ultimaAuditoria())!.datos)).toEqual({ desde: "SELECCION_CONTRATACION", hacia: "FORMACION_INCUBACION" });
  });

  it("otra etapa antes de su término también exige la confirmación, pero no escribe a nadie", async () => {
    // Formación (entered above) is planned to end in 30 days.
    await db.etapaCalendario.update({
      where: { convocatoriaId_etapa: { convocatoriaId: e.convocatoriaId, etapa: "FORMACION_INCUBACION" } },
      data: { fin: enDias(30, "23:59:59") },
    });
    const antes = await foto();
    const r = comoError(await executeAction(avanzarEtapa, { desde: "FORMACION_INCUBACION" }, { user: e.admin, db }));
    expect(r.error).toMatch(/^La etapa Formación e incubación está planificada hasta el .+: avanzar ahora la termina antes\./);
    expect(await foto()).toEqual(antes);
    comoExito(await executeAction(avanzarEtapa, { desde: "FORMACION_INCUBACION", aceptaCorteAnticipado: "si" }, { user: e.admin, db }));
    const despues = await foto();
    expect(despues.notificaciones).toBe(antes.notificaciones);
    expect(despues.convocatoria.etapaActual).toBe("EJECUCION");
    expect(JSON.parse((await ultimaAuditoria())!.datos)).toMatchObject({ desde: "FORMACION_INCUBACION", anticipado: true, avisados: 0 });
  });
});
