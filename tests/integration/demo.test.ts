// `npm run demo -- --etapa SELECCION_CONTRATACION` on this file's database (the seeded demo): refusals
// that write nothing first, then the fast-forward, what the staff see afterwards, and a second run; then
// on to FORMACION_INCUBACION: the committee's signed preselection, and a second run.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/log";
import { verifyPassword } from "@/lib/auth/password";
import { discrepancias, indulgencias } from "@/lib/domain/atipicos";
import { chequeosAdmisibilidad } from "@/lib/domain/admisibilidad";
import { aFechaInput } from "@/lib/domain/formato";
import { huellaPerfil } from "@/lib/domain/huella";
import { CODIGOS_REGION } from "@/lib/domain/regiones";
import { notaPonderada } from "@/lib/domain/rubrica";
import type { NotaEvaluador } from "@/lib/domain/puntaje-tecnico";
import { notasFinales } from "@/lib/evaluacion/puntajes";
import { tableroEvaluacion } from "@/lib/evaluacion/tablero";
import { CAMPOS_PERFIL } from "@/lib/postulaciones/schema";
import { rutaDe } from "@/lib/adjuntos/storage";
import { avanzarDemo, type ResumenDemo } from "@/lib/seed/avance-demo";
import { wherePreseleccionadas, whereSeleccionadasFinal } from "@/lib/incubacion/preseleccionadas";
import { regionDelPerfil } from "@/lib/domain/regiones";
import { EVALUADOR_INDULGENTE, EVALUADOR_SIN_CALIBRAR, EVALUADORA_DEMO, EVALUADORES_DEMO } from "@/lib/seed/datos-evaluacion";
import { planDeLaBase } from "@/lib/seed/demo-evaluacion";
import { AFILIADO_SIN_VOTAR, VOTANTES_DEMO } from "@/lib/seed/datos-votacion";
import { RechazoDemo } from "@/lib/seed/rechazo-demo";
import { contarPorRegion, listarPostulaciones } from "@/lib/seguimiento/queries";
import { esRutValido } from "@/lib/domain/rut";
import { contarVotos, getRanking, PERFIL_VOTABLE } from "@/lib/votacion/queries";
import { recontar } from "@/lib/votacion/recuento";
import { estadoVentana } from "@/lib/votacion/reglas";
import { leerResumen } from "@/lib/convocatoria/resumen";
import { LARGO_MINIMO_FUNDAMENTO, seApartaDeSugerencia } from "@/lib/domain/seleccion";
import { rankingConsolidado } from "@/lib/seleccion/ranking";
import { leerSugerencia } from "@/lib/seleccion/ronda";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { leerAprendizaje, listarAprendizajes } from "@/lib/aprendizajes/queries";
import { escalaMetrica } from "@/lib/domain/aprendizajes";
import { ACCION_HISTORICA, anioHistorico, PILOTOS_HISTORICOS, sembrarDemoHistorica } from "@/lib/seed/demo-historica";
import { exigirBaseDeDemostracion } from "@/lib/seed/guardia-demo";
import { resultadosPublicos } from "@/lib/seleccion/resultados";
import { CLAVE_DEMO, db, prepararDemo, type Escenario } from "../support/escenario";

const DIA = 86_400_000;

// Map.groupBy is not in Node 20.
function agrupar<T>(xs: readonly T[], clave: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(clave(x), [...(m.get(clave(x)) ?? []), x]);
  return m;
}

/** Every table the demo writes, row counts, plus the convocatoria and its calendar as they are. */
async function foto() {
  const [conteos, convocatoria, calendario] = await Promise.all([
    Promise.all([
      db.user.count(),
      db.userRol.count(),
      db.postulacion.count(),
      db.postulacionRegion.count(),
      db.adjunto.count(),
      db.organizacion.count(),
      db.miembroOrganizacion.count(),
      db.evento.count(),
      db.inscripcion.count(),
      db.asistencia.count(),
      db.notificacion.count(),
      db.capacitacion.count(),
      db.asignacionEvaluacion.count(),
      db.evaluacion.count(),
      db.puntaje.count(),
      db.voto.count(),
      db.loteVotos.count(),
      db.rondaSeleccion.count(),
      db.miembroRonda.count(),
      db.decisionComite.count(),
      db.acta.count(),
      db.auditLog.count(),
    ]),
    db.convocatoria.findFirstOrThrow({ where: { activa: true } }),
    db.etapaCalendario.findMany({ orderBy: { etapa: "asc" } }),
  ]);
  return { conteos, convocatoria, calendario };
}

async function rechazo(etapa: string): Promise<RechazoDemo> {
  const e = await avanzarDemo(db, { etapa }).then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(RechazoDemo);
  return e as RechazoDemo;
}

let escenario: Escenario;
beforeAll(async () => {
  escenario = await prepararDemo();
});

describe("la siembra", () => {
  it("marca la convocatoria como de demostración y la nombra por el año en que abre su postulación, con las cifras de 2019", async () => {
    const c = await db.convocatoria.findUniqueOrThrow({ where: { id: escenario.convocatoriaId }, include: { calendario: true } });
    const cal = new Map(c.calendario.map((x) => [x.etapa, x]));
    expect(c.demo).toBe(true);
    expect(c.etapaActual).toBe("DESARROLLO_CONCURSO");
    expect(c.anio).toBe(Number(aFechaInput(cal.get("CONVOCATORIA")!.inicio).slice(0, 4)));
    expect(c.nombre).toBe(`Fondo IDEA ${c.anio}`);
    expect([c.presupuestoTotal, c.montoMinProyecto, c.montoMaxProyecto, c.proyectosObjetivo]).toEqual([650_000_000, 20_000_000, 30_000_000, 26]);
    // Etapa 1 started a week ago, as planned; nothing after it has started.
    const d = cal.get("DESARROLLO_CONCURSO")!;
    expect(d.inicioReal).toEqual(d.inicio);
    expect(Date.now() - d.inicio.getTime()).toBeGreaterThan(6 * DIA);
    expect(Date.now() - d.inicio.getTime()).toBeLessThan(8 * DIA);
    expect(c.calendario.filter((x) => x.etapa !== "DESARROLLO_CONCURSO").every((x) => x.inicioReal === null && x.finReal === null)).toBe(true);
  });
});

// The past convocatoria prisma/seed.ts and lib/seed/demo-cli.ts sow right after the demo (lib/seed/demo-historica.ts).
// Sown here on this file's database (the run's template stays the bare demo every other file starts from):
// every test below then runs with two demo convocatorias, the past one closed.
describe("la convocatoria pasada de la demostración", () => {
  let sembrada: Awaited<ReturnType<typeof sembrarDemoHistorica>>;
  let auditAntes: number;
  beforeAll(async () => {
    auditAntes = await db.auditLog.count();
    sembrada = await sembrarDemoHistorica(db);
  }, 120_000);

  it("queda cerrada, en Cierre, con su calendario pasado completo, y la actual sigue siendo la activa", async () => {
    const actual = await db.convocatoria.findUniqueOrThrow({ where: { id: escenario.convocatoriaId } });
    expect(sembrada.sembrado).toBe(true);
    expect(sembrada.anio).toBe(anioHistorico(actual.anio));
    expect(sembrada.anio!).toBeLessThan(actual.anio);
    const c = await db.convocatoria.findUniqueOrThrow({ where: { anio: sembrada.anio! }, include: { calendario: true, desafios: { include: { metricas: true } } } });
    expect([c.nombre, c.demo, c.activa, c.etapaActual]).toEqual([`Fondo IDEA ${c.anio}`, true, false, "CIERRE"]);
    expect(c.calendario).toHaveLength(6);
    for (const e of c.calendario) {
      expect(e.inicioReal, e.etapa).toEqual(e.inicio);
      expect(e.finReal!.getTime(), e.etapa).toBeLessThan(Date.now());
    }
    expect(aFechaInput(c.calendario.find((e) => e.etapa === "CONVOCATORIA")!.inicio).slice(0, 4)).toBe(String(c.anio));
    // Its own desafíos (new rows, with their baselines), published.
    expect(c.desafios).toHaveLength(5);
    expect(c.desafios.every((d) => d.estado === "PUBLICADO" && d.metricas.length === 2)).toBe(true);
    expect(c.desafios.some((d) => escenario.desafios.some((x) => x.id === d.id))).toBe(false);
    expect((await leerConvocatoriaActiva(db, { id: true }))!.id).toBe(escenario.convocatoriaId);
    expect((await exigirBaseDeDemostracion(db)).id).toBe(escenario.convocatoriaId);
  });

  it("sus pilotos: de varias regiones, seleccionados en rondas cerradas, con convenio firmado, hitos cumplidos e informe publicado", async () => {
    const pilotos = await db.postulacion.findMany({
      where: { convocatoria: { anio: sembrada.anio! } },
      include: { regiones: true, postulante: { include: { roles: true } }, decisiones: { include: { ronda: true } }, convenio: { include: { documento: true, hitos: true } }, sistematizacion: true, convocatoria: true },
      orderBy: { folio: "asc" },
    });
    expect(pilotos).toHaveLength(PILOTOS_HISTORICOS.length);
    expect(new Set(pilotos.flatMap((p) => p.regiones.map((r) => r.regionCut))).size).toBeGreaterThanOrEqual(6);
    expect(pilotos.map((p) => p.folio)).toEqual(pilotos.map((_, i) => i + 1));
    for (const p of pilotos) {
      expect([p.estado, p.admisible], p.nombreProyecto).toEqual(["FINALIZADA", true]);
      expect(p.montoSolicitado!).toBeGreaterThanOrEqual(p.convocatoria.montoMinProyecto);
      expect(p.montoSolicitado!).toBeLessThanOrEqual(p.convocatoria.montoMaxProyecto);
      expect(p.postulante.email.endsWith("@demo.fondoidea.cl")).toBe(true);
      expect(p.postulante.roles.map((r) => r.rol)).toEqual(["POSTULANTE"]);
      expect(await verifyPassword(p.postulante.passwordHash!, CLAVE_DEMO)).toBe(true);
      expect(p.huella).toBe(
        huellaPerfil({
          convocatoria: p.convocatoria.anio,
          folio: p.folio!,
          desafio: p.desafioId,
          campos: Object.fromEntries(Object.keys(CAMPOS_PERFIL).map((k) => [k, p[k as keyof typeof CAMPOS_PERFIL]])),
          nivelMadurez: p.nivelMadurez!,
          tipoEjecutor: p.tipoEjecutor!,
          organizacionRut: p.organizacionRut,
          montoSolicitado: p.montoSolicitado!,
          regiones: p.regiones.map((r) => r.regionCut),
          adjuntos: [],
        }),
      );
      expect(p.decisiones.map((d) => [d.fase, d.decision, d.ronda.estado]).sort()).toEqual([
        ["PRESELECCION", "SELECCIONADA", "CERRADA"],
        ["SELECCION_FINAL", "SELECCIONADA", "CERRADA"],
      ]);
      // A pilot: finally selected, with its signed convenio (a real PDF where lib/adjuntos keeps files).
      const conv = p.convenio!;
      expect(conv.documentoSha256).toBe(conv.documento!.sha256);
      const bytes = fs.readFileSync(rutaDe(conv.documento!.clave));
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(conv.documentoSha256);
      expect(conv.hitos).toHaveLength(3);
      expect(conv.hitos.every((h) => h.cumplidoEn !== null && h.cumplidoEn.getTime() <= h.vence.getTime())).toBe(true);
      expect(p.sistematizacion!.estado).toBe("APROBADA");
      expect(p.sistematizacion!.publicadaEn).not.toBeNull();
    }
    expect(await db.postulacion.count({ where: { AND: [whereSeleccionadasFinal(pilotos[0].convocatoriaId), { convenio: { is: { documentoId: { not: null } } } }] } })).toBe(pilotos.length);
    // /resultados/<año>: both rounds closed, every pilot selected.
    const r = (await resultadosPublicos(db, sembrada.anio!))!;
    expect(r.convocatoria.nombre).toBe(`Fondo IDEA ${sembrada.anio}`);
    expect(r.rondas.map((x) => [x.fase, x.seleccionados.length])).toEqual([
      ["SELECCION_FINAL", pilotos.length],
      ["PRESELECCION", pilotos.length],
    ]);
  });

  it("/aprendizajes lista sus pilotos, con línea base, meta y resultado en cada métrica, y las tres recomendaciones", async () => {
    const lista = (await listarAprendizajes(db)).filter((x) => x.anio === sembrada.anio);
    expect(lista).toHaveLength(PILOTOS_HISTORICOS.length);
    expect(new Set(lista.map((x) => x.recomendacion))).toEqual(new Set(["ESCALAR", "AJUSTAR", "DESCARTAR"]));
    const logros: number[] = [];
    for (const t of lista) {
      const a = (await leerAprendizaje(t.id, db))!;
      expect(a.nombreProyecto).toBe(t.nombreProyecto);
      expect(a.fundamentoRecomendacion.length).toBeGreaterThanOrEqual(30);
      expect(a.metricas).toHaveLength(2);
      for (const m of a.metricas) {
        expect([m.lineaBase, m.meta, m.resultado].every((v) => typeof v === "number"), `${t.nombreProyecto}: ${m.indicador}`).toBe(true);
        const { logro } = escalaMetrica(m);
        if (logro !== null) logros.push(logro);
      }
    }
    // Some above target, some partial, one worse than the baseline.
    expect(logros.some((l) => l > 100)).toBe(true);
    expect(logros.some((l) => l > 0 && l < 100)).toBe(true);
    expect(logros.some((l) => l < 0)).toBe(true);
  });

  it("una sola entrada en la bitácora, que sigue íntegra; sembrar otra vez no agrega nada", async () => {
    expect(await db.auditLog.count()).toBe(auditAntes + 1);
    expect(await db.auditLog.count({ where: { accion: ACCION_HISTORICA } })).toBe(1);
    expect((await verifyAuditChain(db)).ok).toBe(true);
    const antes = await foto();
    const pasadas = () => Promise.all([db.convocatoria.count(), db.desafio.count(), db.metricaLineaBase.count(), db.convenio.count(), db.hito.count(), db.reporteAvance.count(), db.sistematizacion.count()]);
    const cuantas = await pasadas();
    const otra = await sembrarDemoHistorica(db);
    expect(otra.sembrado).toBe(false);
    expect(await foto()).toEqual(antes);
    expect(await pasadas()).toEqual(cuantas);
  });
});

describe("se niega sin escribir nada", () => {
  it("una base con una convocatoria que no es de demostración", async () => {
    await db.convocatoria.update({ where: { id: escenario.convocatoriaId }, data: { demo: false } });
    try {
      const antes = await foto();
      const e = await rechazo("SELECCION_CONTRATACION");
      expect(e.message).toMatch(/^La base tiene datos reales: la convocatoria «Fondo IDEA \d{4}» no es de demostración\. .*no escribió nada\.$/);
      expect(await foto()).toEqual(antes);
    } finally {
      await db.convocatoria.update({ where: { id: escenario.convocatoriaId }, data: { demo: true } });
    }
  });

  it("una base con cuentas que no son de la demostración", async () => {
    const real = await db.user.create({ data: { email: "vecina.real@gmail.com", nombre: "Vecina Real", roles: { create: [{ rol: "POSTULANTE" }] } } });
    try {
      const antes = await foto();
      const e = await rechazo("CONVOCATORIA");
      expect(e.message).toMatch(/^La base tiene una cuenta que no es de la demostración: npm run demo no escribe sobre datos de personas y no escribió nada\./);
      expect(await foto()).toEqual(antes);
    } finally {
      await db.user.delete({ where: { id: real.id } });
    }
  });

  it("una etapa que la demostración aún no alcanza", async () => {
    const antes = await foto();
    const e = await rechazo("EJECUCION");
    expect(e.message).toBe(
      "La demostración todavía no llega a Ejecución: por ahora se puede llevar a DESARROLLO_CONCURSO (Desarrollo del concurso), CONVOCATORIA (Convocatoria), SELECCION_CONTRATACION (Selección y contratación), FORMACION_INCUBACION (Formación e incubación).",
    );
    expect(await foto()).toEqual(antes);
  });
});

describe("npm run demo -- --etapa SELECCION_CONTRATACION", () => {
  const ahora = new Date();
  let antesDeRepetir: Awaited<ReturnType<typeof foto>>;
  let resumen: ResumenDemo;

  beforeAll(async () => {
    const lineas: string[] = [];
    const r = await avanzarDemo(db, { etapa: "SELECCION_CONTRATACION", ahora, informar: (l) => lineas.push(l) });
    resumen = r;
    expect(r.etapa).toBe("SELECCION_CONTRATACION");
    expect(lineas.length).toBeGreaterThan(3);
    antesDeRepetir = await foto();
  }, 300_000);

  it("la convocatoria queda en Selección y contratación, con el nombre del año de su calendario", async () => {
    const c = await db.convocatoria.findUniqueOrThrow({ where: { id: escenario.convocatoriaId }, include: { calendario: true } });
    expect(c.etapaActual).toBe("SELECCION_CONTRATACION");
    expect(c.demo).toBe(true);
    const conv = c.calendario.find((x) => x.etapa === "CONVOCATORIA")!;
    expect(c.anio).toBe(Number(aFechaInput(conv.inicio).slice(0, 4)));
    expect(c.nombre).toBe(`Fondo IDEA ${c.anio}`);
    // The 2019 figures stay.
    expect([c.presupuestoTotal, c.montoMinProyecto, c.montoMaxProyecto]).toEqual([650_000_000, 20_000_000, 30_000_000]);
  });

  it("calendario: etapas pasadas con inicio y fin reales, la actual empezada hace una semana, las siguientes sin fechas reales", async () => {
    const cal = new Map((await db.etapaCalendario.findMany({ where: { convocatoriaId: escenario.convocatoriaId } })).map((x) => [x.etapa, x]));
    for (const e of ["DESARROLLO_CONCURSO", "CONVOCATORIA"] as const) {
      expect(cal.get(e)!.inicioReal).not.toBeNull();
      expect(cal.get(e)!.finReal!.getTime()).toBeLessThanOrEqual(ahora.getTime());
    }
    const sel = cal.get("SELECCION_CONTRATACION")!;
    expect(sel.finReal).toBeNull();
    expect(sel.inicioReal!.getTime()).toBe(cal.get("CONVOCATORIA")!.finReal!.getTime());
    expect(ahora.getTime() - sel.inicioReal!.getTime()).toBeGreaterThan(6 * DIA);
    expect(ahora.getTime() - sel.inicioReal!.getTime()).toBeLessThan(8 * DIA);
    expect(sel.fin.getTime()).toBeGreaterThan(ahora.getTime());
    for (const e of ["FORMACION_INCUBACION", "EJECUCION", "CIERRE"] as const) expect([cal.get(e)!.inicioReal, cal.get(e)!.finReal]).toEqual([null, null]);
  });

  it("la lista del equipo muestra al menos 40 perfiles de las 16 regiones y de varios desafíos", async () => {
    const staff = escenario.cuentas.ENCARGADO_TECNICO;
    const filas = await listarPostulaciones({}, staff, db);
    expect(filas.length).toBeGreaterThanOrEqual(40);
    const enviados = filas.filter((f) => f.estado !== "RETIRADA");
    expect(enviados.length).toBeGreaterThanOrEqual(40);
    expect(new Set(enviados.map((f) => f.desafio.id)).size).toBe(5);
    const porRegion = await contarPorRegion({}, staff, db);
    expect(porRegion.map((r) => r.cut).sort()).toEqual([...CODIGOS_REGION].sort());
    for (const r of porRegion) expect(r.cantidad, r.nombre).toBeGreaterThan(0);
  });

  it("cada perfil enviado: folio en el orden de envío, a tiempo, huella que sigue probando su contenido, documentos reales", async () => {
    const perfiles = await db.postulacion.findMany({
      where: { convocatoriaId: escenario.convocatoriaId, folio: { not: null } },
      orderBy: { folio: "asc" },
      include: { convocatoria: { select: { anio: true, montoMinProyecto: true, montoMaxProyecto: true } }, regiones: true, adjuntos: true, linea: true, organizacion: { include: { miembros: true } } },
    });
    const cierre = (await db.etapaCalendario.findFirstOrThrow({ where: { convocatoriaId: escenario.convocatoriaId, etapa: "CONVOCATORIA" } })).fin;
    expect(perfiles.map((p) => p.folio)).toEqual(perfiles.map((_, i) => i + 1));
    for (const [i, p] of perfiles.entries()) {
      if (i > 0) expect(p.enviadaEn!.getTime()).toBeGreaterThanOrEqual(perfiles[i - 1].enviadaEn!.getTime());
      expect(p.createdAt.getTime()).toBeLessThanOrEqual(p.enviadaEn!.getTime());
      const fallas = chequeosAdmisibilidad({
        campos: Object.fromEntries(Object.entries(CAMPOS_PERFIL).map(([k, c]) => [c.etiqueta, p[k as keyof typeof CAMPOS_PERFIL]])),
        montoSolicitado: p.montoSolicitado,
        linea: p.linea && { habilitada: p.linea.habilitada, montoMaximo: p.linea.montoMaximo, adjuntosRequeridos: JSON.parse(p.linea.adjuntosRequeridos) },
        banda: { min: p.convocatoria.montoMinProyecto, max: p.convocatoria.montoMaxProyecto },
        organizacionRut: p.organizacionRut,
        adjuntos: p.adjuntos.map((a) => a.categoria),
        enviadaEn: p.enviadaEn,
        cierre,
      }).filter((c) => !c.ok);
      expect(fallas, `folio ${p.folio}`).toEqual([]);
      const huella = huellaPerfil({
        convocatoria: p.convocatoria.anio,
        folio: p.folio!,
        desafio: p.desafioId,
        campos: Object.fromEntries(Object.keys(CAMPOS_PERFIL).map((k) => [k, p[k as keyof typeof CAMPOS_PERFIL]])),
        nivelMadurez: p.nivelMadurez!,
        tipoEjecutor: p.tipoEjecutor!,
        organizacionRut: p.organizacionRut,
        montoSolicitado: p.montoSolicitado!,
        regiones: p.regiones.map((r) => r.regionCut),
        adjuntos: p.adjuntos.map((a) => ({ categoria: a.categoria, sha256: a.sha256 })),
      });
      expect(p.huella, `folio ${p.folio}`).toBe(huella);
      for (const a of p.adjuntos) {
        const bytes = fs.readFileSync(rutaDe(a.clave));
        expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(createHash("sha256").update(bytes).digest("hex")).toBe(a.sha256);
        expect(path.isAbsolute(rutaDe(a.clave))).toBe(true);
      }
      // Sent for an organisation its applicant acts for (or withdrawn, which releases it).
      if (p.estado === "RETIRADA") expect(p.organizacionId).toBeNull();
      else expect(p.organizacion!.miembros.some((m) => m.userId === p.postulanteId && m.estado === "ACTIVO")).toBe(true);
    }
  });

  it("admisibilidad decidida con motivos después del cierre: la mayoría admisibles, algunos no", async () => {
    const cal = new Map((await db.etapaCalendario.findMany({ where: { convocatoriaId: escenario.convocatoriaId } })).map((x) => [x.etapa, x]));
    const decididos = await db.postulacion.findMany({ where: { convocatoriaId: escenario.convocatoriaId, estado: { in: ["ADMISIBLE", "INADMISIBLE"] } } });
    expect(await db.postulacion.count({ where: { convocatoriaId: escenario.convocatoriaId, estado: "ENVIADA" } })).toBe(0);
    const inadmisibles = decididos.filter((p) => p.estado === "INADMISIBLE");
    expect(inadmisibles.length).toBeGreaterThan(0);
    expect(decididos.length - inadmisibles.length).toBeGreaterThan(inadmisibles.length * 3);
    for (const p of decididos) {
      expect(p.admisible).toBe(p.estado === "ADMISIBLE");
      expect(p.admisibilidadMotivos!.length).toBeGreaterThanOrEqual(10);
      expect(p.admisibilidadPorId).not.toBeNull();
      expect(p.admisibilidadEn!.getTime()).toBeGreaterThan(cal.get("CONVOCATORIA")!.fin.getTime());
      expect(p.admisibilidadEn!.getTime()).toBeLessThan(cal.get("SELECCION_CONTRATACION")!.inicioReal!.getTime());
      if (p.estado === "ADMISIBLE") expect(p.slugPublico).toMatch(/\S/);
    }
  });

  it("talleres ya realizados, con inscritos, lista de espera y asistencia tomada", async () => {
    const eventos = await db.evento.findMany({ where: { convocatoriaId: escenario.convocatoriaId }, include: { inscripciones: { include: { asistencia: true } } } });
    const cal = await db.etapaCalendario.findFirstOrThrow({ where: { convocatoriaId: escenario.convocatoriaId, etapa: "CONVOCATORIA" } });
    expect(eventos.length).toBeGreaterThanOrEqual(6);
    for (const e of eventos) {
      expect(e.inicio.getTime()).toBeGreaterThanOrEqual(cal.inicio.getTime());
      expect(e.inicio.getTime()).toBeLessThanOrEqual(cal.fin.getTime());
      const confirmadas = e.inscripciones.filter((i) => i.estado === "CONFIRMADA");
      expect(confirmadas.length, e.titulo).toBeGreaterThan(0);
      expect(e.cuposOcupados).toBe(confirmadas.length);
      for (const i of confirmadas) {
        expect(i.asistencia, e.titulo).not.toBeNull();
        expect(i.createdAt.getTime()).toBeLessThan(e.inicio.getTime());
        expect(i.asistencia!.marcadaEn.getTime()).toBeGreaterThan(e.inicio.getTime());
      }
    }
    const asistencias = eventos.flatMap((e) => e.inscripciones.flatMap((i) => (i.asistencia ? [i.asistencia.presente] : [])));
    expect(asistencias.filter(Boolean).length).toBeGreaterThan(asistencias.length / 2);
    expect(asistencias).toContain(false);
    expect(eventos.some((e) => e.inscripciones.some((i) => i.estado === "LISTA_ESPERA"))).toBe(true);
  });

  describe("evaluación técnica", () => {
    const correos = [EVALUADORA_DEMO, ...EVALUADORES_DEMO.map((e) => e.email)];
    const usuarios = () => db.user.findMany({ where: { email: { in: correos } }, include: { roles: true, capacitaciones: true } });
    /** Live assignments of the convocatoria with their evaluation, grades and rubric weights. */
    const asignaciones = () =>
      db.asignacionEvaluacion.findMany({
        where: { recusadaEn: null, postulacion: { convocatoriaId: escenario.convocatoriaId } },
        include: {
          evaluador: { select: { email: true, regionCut: true } },
          postulacion: { select: { folio: true, estado: true, regiones: { orderBy: { regionCut: "asc" }, take: 1 } } },
          evaluacion: { include: { puntajes: { include: { criterio: { select: { clave: true, peso: true } } } } } },
        },
      });

    it("ocho evaluadores de ocho regiones con la contraseña de la demostración; todos aprobaron la calibración salvo uno, que lo intentó una vez", async () => {
      const us = await usuarios();
      expect(us).toHaveLength(8);
      expect(new Set(us.map((u) => u.regionCut)).size).toBe(8);
      for (const u of us) {
        expect(u.roles.map((r) => r.rol)).toEqual(["EVALUADOR"]);
        expect(await verifyPassword(u.passwordHash!, CLAVE_DEMO), u.email).toBe(true);
        expect(u.capacitaciones, u.email).toHaveLength(1);
        const c = u.capacitaciones[0];
        const resultado = JSON.parse(c.resultado!);
        if (u.email === EVALUADOR_SIN_CALIBRAR) {
          expect([c.aprobada, c.intentos, c.completadaEn]).toEqual([false, 1, null]);
          // Where she diverged: innovation and co-production, graded well above the references.
          expect(new Set(resultado.divergencias.map((d: { clave: string }) => d.clave))).toEqual(new Set(["innovacion", "coproduccion"]));
        } else {
          expect(c.aprobada, u.email).toBe(true);
          expect(c.intentos).toBeGreaterThanOrEqual(1);
          expect(resultado.aprobada).toBe(true);
        }
      }
      expect(us.some((u) => u.capacitaciones[0].intentos === 2)).toBe(true);
    });

    it("cada perfil admisible tiene sus N evaluadores, de otra región que la del perfil; ninguno sin calibrar", async () => {
      const conv = await db.convocatoria.findUniqueOrThrow({ where: { id: escenario.convocatoriaId }, include: { rubrica: true } });
      expect(conv.rubrica!.reglaRegion).toBe("otra_region");
      const admisibles = await db.postulacion.findMany({ where: { convocatoriaId: escenario.convocatoriaId, estado: "ADMISIBLE" }, select: { id: true } });
      expect(admisibles.length).toBeGreaterThanOrEqual(24);
      const as = await asignaciones();
      const porPerfil = new Map<string, typeof as>();
      for (const a of as) porPerfil.set(a.postulacionId, [...(porPerfil.get(a.postulacionId) ?? []), a]);
      expect(porPerfil.size).toBe(admisibles.length);
      for (const suyas of porPerfil.values()) {
        expect(suyas).toHaveLength(conv.evaluadoresPorPerfil);
        for (const a of suyas) {
          expect(a.motivo).toBe("ORDINARIA");
          expect(a.evaluador.regionCut).not.toBe(a.postulacion.regiones[0].regionCut);
        }
      }
      expect(as.some((a) => a.evaluador.email === EVALUADOR_SIN_CALIBRAR)).toBe(false);
      // Balanced: seven evaluators share the perfiles.
      const cargas = [...agrupar(as, (a) => a.evaluador.email).values()].map((l) => l.length);
      expect(cargas).toHaveLength(7);
      expect(Math.max(...cargas) - Math.min(...cargas)).toBeLessThanOrEqual(2);
    });

    it("evaluaciones escritas como las escribe el portal: enviadas completas, algunas en borrador, y la evaluadora de la demostración con trabajo pendiente", async () => {
      const as = await asignaciones();
      const enviadas = as.filter((a) => a.evaluacion?.enviadaEn);
      const borradores = as.filter((a) => a.evaluacion && !a.evaluacion.enviadaEn);
      expect(enviadas.length).toBeGreaterThan(as.length * 0.75);
      expect(borradores.length).toBeGreaterThanOrEqual(3);
      for (const a of enviadas) {
        const e = a.evaluacion!;
        expect(e.puntajes).toHaveLength(6);
        expect(e.confianza).not.toBeNull();
        expect(e.comentario.length).toBeGreaterThan(10);
        const notas = Object.fromEntries(e.puntajes.map((p) => [p.criterio.clave, p.nota!]));
        expect(e.notaFinal).toBeCloseTo(notaPonderada(notas, e.puntajes.map((p) => ({ id: p.criterio.clave, peso: p.criterio.peso }))), 9);
        expect(e.puntajes.some((p) => p.comentario.length > 0)).toBe(true);
      }
      for (const a of borradores) {
        expect(a.evaluacion!.notaFinal).toBeNull();
        expect(a.evaluacion!.puntajes.some((p) => p.nota !== null)).toBe(true);
      }
      const suyas = as.filter((a) => a.evaluador.email === EVALUADORA_DEMO);
      expect(suyas.filter((a) => !a.evaluacion?.enviadaEn).length).toBeGreaterThanOrEqual(2);
      expect(suyas.filter((a) => a.evaluacion?.enviadaEn).length).toBeGreaterThan(0);
      // The grades are the plan's, which follows from the assignment alone: the same data on every run.
      const { plan } = await planDeLaBase(db, escenario.convocatoriaId, (await db.rubrica.findUniqueOrThrow({ where: { convocatoriaId: escenario.convocatoriaId }, include: { criterios: { orderBy: { orden: "asc" } } } })));
      for (const a of as) {
        const p = plan.find((x) => x.folio === a.postulacion.folio && x.email === a.evaluador.email)!;
        expect(p.estado).toBe(a.evaluacion?.enviadaEn ? "ENVIADA" : a.evaluacion ? "BORRADOR" : "PENDIENTE");
        for (const pu of a.evaluacion?.puntajes ?? []) expect(pu.nota).toBe(p.notas[pu.criterio.clave]);
      }
    });

    it("el tablero del encargado técnico marca exactamente al evaluador indulgente plantado y al perfil dividido", async () => {
      const ev = resumen.evaluacion!;
      expect(ev.indulgente).toBe(EVALUADOR_INDULGENTE);
      expect(ev.folioDividido).not.toBeNull();
      const [rubrica, notas, personas] = await Promise.all([
        db.rubrica.findUniqueOrThrow({ where: { convocatoriaId: escenario.convocatoriaId } }),
        notasFinales(db, escenario.convocatoriaId),
        db.user.findMany({ where: { email: { in: correos } }, select: { id: true, email: true } }),
      ]);
      const email = new Map(personas.map((p) => [p.id, p.email]));
      const indulgente = personas.find((p) => p.email === ev.indulgente)!.id;
      const dividido = (await db.postulacion.findFirstOrThrow({ where: { convocatoriaId: escenario.convocatoriaId, folio: ev.folioDividido } })).id;

      // The pure rules, with the rubric's bounds.
      expect(indulgencias(notas, { minMuestra: rubrica.minMuestra, limiteZ: rubrica.limiteIndulgencia }).filter((i) => i.marcado).map((i) => i.evaluadorId)).toEqual([indulgente]);
      expect(discrepancias(notas, rubrica.brechaDiscrepancia).map((d) => d.postulacionId)).toEqual([dividido]);

      // What was planted: about +1,4 over the co-evaluator on at least 6 perfiles; one perfil 2,5 or more apart; every other pair close.
      const porPerfil = agrupar(notas, (n: NotaEvaluador) => n.postulacionId);
      let coevaluados = 0;
      for (const [postulacionId, par] of porPerfil) {
        if (par.length < 2) continue;
        const [a, b] = par;
        const brecha = Math.abs(a.nota - b.nota);
        if (postulacionId === dividido) expect(brecha).toBeGreaterThanOrEqual(2.5);
        else if (a.evaluadorId === indulgente || b.evaluadorId === indulgente) {
          const suya = a.evaluadorId === indulgente ? a : b;
          const otra = suya === a ? b : a;
          expect(suya.nota - otra.nota).toBeGreaterThanOrEqual(1.3 - 1e-9);
          expect(suya.nota - otra.nota).toBeLessThanOrEqual(1.4 + 1e-9);
          coevaluados++;
        } else expect(brecha, `${email.get(a.evaluadorId)} y ${email.get(b.evaluadorId)}`).toBeLessThanOrEqual(0.6 + 1e-9);
      }
      expect(coevaluados).toBeGreaterThanOrEqual(6);

      // The dashboard itself (lib/evaluacion/tablero.ts) says the same.
      const t = (await tableroEvaluacion({}, db))!;
      expect(t.marcados).toBe(1);
      expect(t.evaluadores.filas.filter((f) => f.indulgencia?.marcado).map((f) => f.id)).toEqual([indulgente]);
      expect(t.discrepancias.total).toBe(1);
      expect(t.discrepancias.filas[0].folio).toBe(ev.folioDividido);
      expect(t.sinCapacitar.map((s) => s.nombre)).toEqual([EVALUADORES_DEMO.find((e) => e.email === EVALUADOR_SIN_CALIBRAR)!.nombre]);
      expect(t.totales.enviadas).toBeLessThan(t.totales.asignadas);
    });

    it("en el calendario: calibración antes de Selección, asignación al empezarla, evaluaciones en los días siguientes", async () => {
      const sel = await db.etapaCalendario.findFirstOrThrow({ where: { convocatoriaId: escenario.convocatoriaId, etapa: "SELECCION_CONTRATACION" } });
      const inicio = sel.inicioReal!.getTime();
      for (const u of await usuarios()) {
        const c = u.capacitaciones[0];
        if (c.aprobada) expect(c.completadaEn!.getTime()).toBeLessThan(inicio);
        expect(new Date(JSON.parse(c.resultado!).en).getTime()).toBeLessThan(ahora.getTime());
      }
      for (const a of await asignaciones()) {
        expect(a.createdAt.getTime()).toBeGreaterThanOrEqual(inicio);
        const e = a.evaluacion;
        if (!e) continue;
        expect(e.updatedAt.getTime()).toBeGreaterThan(a.createdAt.getTime());
        expect(e.updatedAt.getTime()).toBeLessThan(ahora.getTime());
        if (e.enviadaEn) expect(e.enviadaEn).toEqual(e.updatedAt);
      }
    });
  });

  describe("votación popular", () => {
    const votantes = () => db.user.findMany({ where: { email: { startsWith: "votante", endsWith: "@demo.fondoidea.cl" } }, include: { roles: true } });

    it("el administrador fijó la ventana en hora de Chile: abrió dos días después de empezar Selección, a las 09:00, y sigue abierta varios días", async () => {
      const c = await db.convocatoria.findUniqueOrThrow({ where: { id: escenario.convocatoriaId } });
      const sel = await db.etapaCalendario.findFirstOrThrow({ where: { convocatoriaId: escenario.convocatoriaId, etapa: "SELECCION_CONTRATACION" } });
      expect(estadoVentana(c, ahora)).toBe("ABIERTA");
      expect(c.votacionFin!.getTime() - ahora.getTime()).toBeGreaterThan(8 * DIA);
      expect(c.votacionFin!.getTime()).toBeLessThanOrEqual(sel.fin.getTime());
      expect(c.votacionInicio!.getTime()).toBeGreaterThan(sel.inicioReal!.getTime());
      const hora = (d: Date) => new Intl.DateTimeFormat("es-CL", { timeZone: "America/Santiago", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);
      expect([hora(c.votacionInicio!), hora(c.votacionFin!)]).toEqual(["09:00", "18:00"]);
      expect([c.votoAmbito, c.votosPorDesafio, c.ocultarConteos]).toEqual(["desafio", 1, false]);
      const n = await db.auditLog.count({ where: { accion: "votacion.configurar" } });
      expect(n).toBe(1);
    });

    it(`${VOTANTES_DEMO} votantes afiliados con RUT verificado, válido y distinto, y la contraseña de la demostración`, async () => {
      const vs = await votantes();
      expect(vs).toHaveLength(VOTANTES_DEMO);
      expect(vs.map((v) => v.email).sort()[0]).toBe("votante001@demo.fondoidea.cl");
      for (const v of vs) {
        expect(v.roles.map((r) => r.rol)).toEqual(["AFILIADO"]);
        expect(v.rutVerificado, v.email).toBe(true);
        expect(esRutValido(v.rut!), v.rut!).toBe(true);
      }
      expect(new Set(vs.map((v) => v.rut)).size).toBe(VOTANTES_DEMO);
      // One hash for all, computed once, and it is the demo's password.
      expect(new Set(vs.map((v) => v.passwordHash)).size).toBe(1);
      expect(await verifyPassword(vs[0].passwordHash!, CLAVE_DEMO)).toBe(true);
      expect(await db.auditLog.count({ where: { accion: "sistema.demoCrearVotantes" } })).toBe(1);
    });

    it("votos por perfiles admisibles, uno por votante y desafío, dentro de la ventana, sin IP, todos sellados; conteos publicados = filas", async () => {
      const c = await db.convocatoria.findUniqueOrThrow({ where: { id: escenario.convocatoriaId } });
      const votos = await db.voto.findMany({ where: { convocatoriaId: escenario.convocatoriaId }, include: { postulacion: { select: { desafioId: true, admisible: true, estado: true } } } });
      expect(votos.length).toBeGreaterThan(VOTANTES_DEMO);
      const admisibles = new Set(
        (await db.postulacion.findMany({ where: { convocatoriaId: escenario.convocatoriaId, ...PERFIL_VOTABLE }, select: { id: true } })).map((p) => p.id),
      );
      for (const v of votos) {
        expect(admisibles.has(v.postulacionId)).toBe(true);
        expect(v.ambito).toBe(v.postulacion.desafioId);
        expect(v.ipHash).toBeNull();
        expect(v.lote).not.toBeNull();
        expect(v.createdAt.getTime()).toBeGreaterThanOrEqual(c.votacionInicio!.getTime());
        expect(v.createdAt.getTime()).toBeLessThan(ahora.getTime());
      }
      expect(new Set(votos.map((v) => `${v.votanteId} ${v.postulacion.desafioId}`)).size).toBe(votos.length);
      // The published counts are the raw rows, perfil by perfil.
      const crudos = new Map<string, number>();
      for (const v of votos) crudos.set(v.postulacionId, (crudos.get(v.postulacionId) ?? 0) + 1);
      expect(new Map([...(await contarVotos(db, escenario.convocatoriaId))].sort())).toEqual(new Map([...crudos].sort()));
      expect(await db.voto.count({ where: { lote: null } })).toBe(0);
      // Skewed: every desafío has votes, and in each a clear leader well above its last place.
      const r = (await getRanking(db, ahora))!;
      expect(r.total).toBe(votos.length);
      expect(r.porDesafio).toHaveLength(5);
      for (const d of r.porDesafio) {
        const n = d.perfiles.map((p) => p.votos!);
        expect(n[0], d.titulo).toBeGreaterThan(0);
        expect(n[0], d.titulo).toBeGreaterThanOrEqual(2 * n[n.length - 1]);
      }
      const totales = r.porDesafio.map((d) => d.perfiles.reduce((s, p) => s + p.votos!, 0));
      expect(Math.max(...totales)).toBeGreaterThan(1.5 * Math.min(...totales));
    });

    it("el recuento verifica: conteos iguales a las filas y cada lote íntegro en la bitácora", async () => {
      const total = await db.voto.count({ where: { convocatoriaId: escenario.convocatoriaId } });
      const informe = await recontar(db, escenario.convocatoriaId);
      expect(informe.selladosAhora).toBe(0);
      expect(informe.conteos.diferencias).toEqual([]);
      expect(informe.lotes.problemas).toEqual([]);
      expect(informe.conteos.totalCrudos).toBe(total);
      expect(informe.lotes.votosSellados).toBe(total);
      expect(informe.lotes.revisados).toBe(await db.loteVotos.count());
      expect(informe.sinSellar).toBe(0);
      expect(informe.ok).toBe(true);
      expect(informe.resumen.at(-1)).toBe("Resultado: el recuento es correcto.");
    });

    it(`${AFILIADO_SIN_VOTAR} tiene su RUT verificado y aún no vota`, async () => {
      const u = await db.user.findUniqueOrThrow({ where: { email: AFILIADO_SIN_VOTAR }, include: { roles: true, _count: { select: { votos: true } } } });
      expect(u.rutVerificado).toBe(true);
      expect(u.roles.map((r) => r.rol)).toEqual(["AFILIADO"]);
      expect(u._count.votos).toBe(0);
    });
  });

  it("cada paso queda en la bitácora, y la cadena verifica", async () => {
    const porAccion = await db.auditLog.groupBy({ by: ["accion"], _count: { _all: true } });
    const n = Object.fromEntries(porAccion.map((a) => [a.accion, a._count._all]));
    expect(n["perfil.enviar"]).toBeGreaterThanOrEqual(40);
    expect(n["adjunto.subir"]).toBeGreaterThanOrEqual(40);
    expect(n["perfil.decidirAdmisibilidad"]).toBeGreaterThanOrEqual(40);
    expect(n["taller.crear"]).toBeGreaterThanOrEqual(6);
    expect(n["taller.inscribirse"]).toBeGreaterThan(40);
    expect(n["taller.marcarAsistencia"]).toBeGreaterThan(40);
    expect(n["convocatoria.avanzarEtapa"]).toBe(2);
    expect(n["sistema.demoCrearCuenta"]).toBeGreaterThanOrEqual(40);
    expect(n["sistema.demoFechas"]).toBe(1);
    expect(n["capacitacion.calibrar"]).toBeGreaterThanOrEqual(8);
    expect(n["evaluacion.asignar"]).toBe(1);
    expect(n["evaluacion.enviar"]).toBeGreaterThanOrEqual(60);
    expect(n["evaluacion.guardarBorrador"]).toBeGreaterThanOrEqual(3);
    expect(n["votacion.configurar"]).toBe(1);
    expect(n["sistema.demoCrearVotantes"]).toBe(1);
    expect(n["votacion.sellarLote"]).toBe(await db.loteVotos.count());
    const v = await verifyAuditChain(db);
    expect(v).toMatchObject({ ok: true, estado: "integra" });
  });

  it("otra vez, para la misma etapa, no duplica nada", async () => {
    // Folios restart each year: the historic convocatoria has its own 1, 2, … so order by both.
    const huellas = await db.postulacion.findMany({ where: { folio: { not: null } }, orderBy: [{ convocatoriaId: "asc" }, { folio: "asc" }], select: { convocatoriaId: true, folio: true, huella: true, enviadaEn: true } });
    await avanzarDemo(db, { etapa: "SELECCION_CONTRATACION", ahora });
    const despues = await foto();
    // Only one audit entry more: the dates placed again, identically.
    expect(despues.conteos.slice(0, -1)).toEqual(antesDeRepetir.conteos.slice(0, -1));
    expect(despues.conteos.at(-1)).toBe(antesDeRepetir.conteos.at(-1)! + 1);
    expect(despues.calendario).toEqual(antesDeRepetir.calendario);
    expect(await db.postulacion.findMany({ where: { folio: { not: null } }, orderBy: [{ convocatoriaId: "asc" }, { folio: "asc" }], select: { convocatoriaId: true, folio: true, huella: true, enviadaEn: true } })).toEqual(huellas);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  }, 120_000);

  it("no vuelve a una etapa anterior", async () => {
    const antes = await foto();
    const e = await rechazo("CONVOCATORIA");
    expect(e.message).toMatch(/^La demostración ya está en Selección y contratación, después de Convocatoria: no se puede volver atrás\./);
    expect(await foto()).toEqual(antes);
  });
});

describe("npm run demo -- --etapa FORMACION_INCUBACION", () => {
  let resumen: ResumenDemo;
  let antesDeRepetir: Awaited<ReturnType<typeof foto>>;

  beforeAll(async () => {
    const lineas: string[] = [];
    resumen = await avanzarDemo(db, { etapa: "FORMACION_INCUBACION", informar: (l) => lineas.push(l) });
    expect(lineas.some((l) => l.startsWith("Acta de preselección firmada por 3 miembros"))).toBe(true);
    antesDeRepetir = await foto();
  }, 300_000);

  const ronda = () => db.rondaSeleccion.findUniqueOrThrow({ where: { convocatoriaId_fase: { convocatoriaId: escenario.convocatoriaId, fase: "PRESELECCION" } }, include: { acta: true, decisiones: true, miembros: { include: { usuario: true } } } });

  it("preselección CERRADA: la cartera sugerida respeta el presupuesto, la banda y cubre cada región con un candidato elegible", async () => {
    const [c, r, filas, avance] = await Promise.all([
      db.convocatoria.findUniqueOrThrow({ where: { id: escenario.convocatoriaId } }),
      ronda(),
      rankingConsolidado(db, escenario.convocatoriaId, "PRESELECCION"),
      leerResumen(db, escenario.convocatoriaId),
    ]);
    expect(c.etapaActual).toBe("FORMACION_INCUBACION");
    expect(r.estado).toBe("CERRADA");
    expect(r.presupuesto).toBe(c.presupuestoTotal);
    // Scores are final: every admissible perfil evaluated (the split one with its third review), the vote closed before the acta.
    expect(avance.perfilesSinEvaluaciones).toBe(0);
    expect(filas.length).toBeGreaterThan(30);
    expect(filas.every((f) => f.consolidado !== null)).toBe(true);
    expect(resumen.seleccion!.tercerasRevisiones).toEqual([resumen.evaluacion!.folioDividido]);
    expect(c.votacionFin!.getTime()).toBeLessThan(r.acta!.generadaEn.getTime());
    expect(estadoVentana(c)).toBe("CERRADA");

    const s = leerSugerencia(r.sugerencia)!;
    if (!s.factible) throw new Error(`sugerencia infactible: ${s.motivo}`);
    const elegidas = filas.filter((f) => s.seleccion.map(String).includes(f.postulacionId));
    expect(elegidas).toHaveLength(s.seleccion.length);
    const total = elegidas.reduce((t, f) => t + f.montoSolicitado!, 0);
    expect(total).toBe(s.montoTotal);
    expect(total).toBeLessThanOrEqual(r.presupuesto);
    for (const f of elegidas) {
      expect(f.montoSolicitado!).toBeGreaterThanOrEqual(c.montoMinProyecto);
      expect(f.montoSolicitado!).toBeLessThanOrEqual(c.montoMaxProyecto);
    }
    expect(new Set(elegidas.map((f) => f.regionCut))).toEqual(new Set(filas.map((f) => f.regionCut)));

    // Every candidate decided; the departures are the planned ones, with their reasons; the budget holds.
    expect(r.decisiones).toHaveLength(filas.length);
    const apartadas = r.decisiones.filter((d) => seApartaDeSugerencia(d.sugerida, d.decision));
    expect(apartadas.map((d) => [d.decision, d.sugerida]).sort()).toEqual([["LISTA_ESPERA", true], ["SELECCIONADA", false]]);
    for (const d of apartadas) expect(d.fundamento.length).toBeGreaterThanOrEqual(LARGO_MINIMO_FUNDAMENTO);
    expect(r.decisiones.filter((d) => d.decision === "SELECCIONADA").reduce((t, d) => t + d.montoAsignado!, 0)).toBeLessThanOrEqual(r.presupuesto);
    const estados = new Map((await db.postulacion.findMany({ where: { id: { in: r.decisiones.map((d) => d.postulacionId) } } })).map((p) => [p.id, p.estado]));
    for (const d of r.decisiones) expect(estados.get(d.postulacionId)).toBe(d.decision === "SELECCIONADA" ? "PRESELECCIONADA" : "NO_PRESELECCIONADA");
  });

  it("el acta: firmada por los tres miembros presentes (una disidencia fundada), su PDF con el SHA-256 de la bitácora; la etapa avanzó después", async () => {
    const r = await ronda();
    const acta = r.acta!;
    const pdf = Buffer.from(acta.pdf!);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(createHash("sha256").update(pdf).digest("hex")).toBe(acta.sha256);
    const entrada = await db.auditLog.findFirstOrThrow({ where: { accion: "acta.firmar", entidad: "Acta", entidadId: acta.id } });
    expect(JSON.parse(entrada.datos)).toMatchObject({ cerrada: true, sha256: acta.sha256, fase: "PRESELECCION" });
    expect(resumen.seleccion!.sha256).toBe(acta.sha256);

    expect(r.miembros.map((m) => m.usuario.email).sort()).toEqual(["comite2@demo.fondoidea.cl", "comite3@demo.fondoidea.cl", "comite@fondoidea.cl"]);
    expect(r.miembros.every((m) => m.firmadaEn && m.presente)).toBe(true);
    const disidencias = r.miembros.filter((m) => m.postura === "DISIDENCIA");
    expect(disidencias.map((m) => m.usuario.email)).toEqual(["comite3@demo.fondoidea.cl"]);
    expect(disidencias[0].nota.length).toBeGreaterThanOrEqual(LARGO_MINIMO_FUNDAMENTO);

    // Formación started when the admin advanced, after the last signature, and the calendar says so.
    const cal = new Map((await db.etapaCalendario.findMany({ where: { convocatoriaId: escenario.convocatoriaId } })).map((x) => [x.etapa, x]));
    const form = cal.get("FORMACION_INCUBACION")!;
    expect(form.inicioReal!.getTime()).toBeGreaterThanOrEqual(acta.cerradaEn!.getTime());
    expect(cal.get("SELECCION_CONTRATACION")!.finReal).toEqual(form.inicioReal);
    expect(cal.get("SELECCION_CONTRATACION")!.fin.getTime()).toBeLessThan(form.inicioReal!.getTime());
    expect(form.finReal).toBeNull();
    const avance = await db.auditLog.findFirstOrThrow({ where: { accion: "convocatoria.avanzarEtapa" }, orderBy: { id: "desc" } });
    expect(JSON.parse(avance.datos)).toEqual({ desde: "SELECCION_CONTRATACION", hacia: "FORMACION_INCUBACION" });
    expect(avance.id).toBeGreaterThan(entrada.id);
  });

  it("la incubación: módulos, cada equipo con mentor y su primera sesión, formularios enviados con huella, un demo day por región con las cuatro hélices y cada pitch calificado", async () => {
    const conv = escenario.convocatoriaId;
    const equipos = await db.postulacion.findMany({
      where: wherePreseleccionadas(conv),
      select: { id: true, regiones: { select: { regionCut: true } }, desafio: { select: { regionCut: true } }, mentorias: { where: { recusadaEn: null }, select: { sesiones: { select: { semana: true } } } }, formulario: { select: { enviadoEn: true, huella: true } }, puntajesDemoDay: { select: { eventoId: true } } },
    });
    expect(equipos.length).toBeGreaterThan(10);
    expect(await db.moduloFormacion.count({ where: { convocatoriaId: conv } })).toBe(4);
    for (const e of equipos) {
      expect(e.mentorias).toHaveLength(1);
      expect(e.mentorias[0].sesiones.map((x) => x.semana)).toContain(1);
      expect(e.formulario).not.toBeNull();
      if (e.formulario!.enviadoEn) expect(e.formulario!.huella).toMatch(/^[0-9a-f]{64}$/);
      expect(e.puntajesDemoDay).toHaveLength(4);
    }
    expect(resumen.incubacion!.formulariosEnviados).toBe(equipos.filter((e) => e.formulario!.enviadoEn).length);
    expect(resumen.incubacion!.formulariosEnviados).toBeGreaterThan(0);
    const regiones = new Set(equipos.map((e) => regionDelPerfil(e.regiones.map((r) => r.regionCut), e.desafio.regionCut)));
    const demoDays = await db.evento.findMany({ where: { convocatoriaId: conv, tipo: "DEMO_DAY" }, select: { regionCut: true, jurados: { select: { helice: true } } } });
    expect(new Set(demoDays.map((d) => d.regionCut))).toEqual(regiones);
    for (const d of demoDays) expect(d.jurados.map((j) => j.helice).sort()).toEqual(["ACADEMIA", "EMPRESA", "ESTADO", "SOCIEDAD_CIVIL"]);
    // The final round can be prepared: every preselected team has its demo-day score, so its consolidated one.
    const final = await rankingConsolidado(db, conv, "SELECCION_FINAL");
    expect(final).toHaveLength(equipos.length);
    expect(final.every((f) => f.consolidado !== null)).toBe(true);
  });

  it("otra vez no cambia nada", async () => {
    await avanzarDemo(db, { etapa: "FORMACION_INCUBACION" });
    const despues = await foto();
    // Only one audit entry more: the dates placed again, identically.
    expect(despues.conteos.slice(0, -1)).toEqual(antesDeRepetir.conteos.slice(0, -1));
    expect(despues.conteos.at(-1)).toBe(antesDeRepetir.conteos.at(-1)! + 1);
    expect(despues.calendario).toEqual(antesDeRepetir.calendario);
    expect(despues.convocatoria).toEqual(antesDeRepetir.convocatoria);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  }, 120_000);
});
