// `npm run demo -- --etapa SELECCION_CONTRATACION` on this file's database (the seeded demo): refusals
// that write nothing first, then the fast-forward, what the staff see afterwards, and a second run.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/log";
import { chequeosAdmisibilidad } from "@/lib/domain/admisibilidad";
import { aFechaInput } from "@/lib/domain/formato";
import { huellaPerfil } from "@/lib/domain/huella";
import { CODIGOS_REGION } from "@/lib/domain/regiones";
import { CAMPOS_PERFIL } from "@/lib/postulaciones/schema";
import { rutaDe } from "@/lib/adjuntos/storage";
import { avanzarDemo } from "@/lib/seed/avance-demo";
import { RechazoDemo } from "@/lib/seed/rechazo-demo";
import { contarPorRegion, listarPostulaciones } from "@/lib/seguimiento/queries";
import { db, prepararDemo, type Escenario } from "../support/escenario";

const DIA = 86_400_000;

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
    const e = await rechazo("FORMACION_INCUBACION");
    expect(e.message).toBe(
      "La demostración todavía no llega a Formación e incubación: por ahora se puede llevar a DESARROLLO_CONCURSO (Desarrollo del concurso), CONVOCATORIA (Convocatoria), SELECCION_CONTRATACION (Selección y contratación).",
    );
    expect(await foto()).toEqual(antes);
  });
});

describe("npm run demo -- --etapa SELECCION_CONTRATACION", () => {
  const ahora = new Date();
  let antesDeRepetir: Awaited<ReturnType<typeof foto>>;

  beforeAll(async () => {
    const lineas: string[] = [];
    const r = await avanzarDemo(db, { etapa: "SELECCION_CONTRATACION", ahora, informar: (l) => lineas.push(l) });
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
    const v = await verifyAuditChain(db);
    expect(v).toMatchObject({ ok: true, estado: "integra" });
  });

  it("otra vez, para la misma etapa, no duplica nada", async () => {
    const huellas = await db.postulacion.findMany({ where: { folio: { not: null } }, orderBy: { folio: "asc" }, select: { folio: true, huella: true, enviadaEn: true } });
    await avanzarDemo(db, { etapa: "SELECCION_CONTRATACION", ahora });
    const despues = await foto();
    // Only one audit entry more: the dates placed again, identically.
    expect(despues.conteos.slice(0, -1)).toEqual(antesDeRepetir.conteos.slice(0, -1));
    expect(despues.conteos.at(-1)).toBe(antesDeRepetir.conteos.at(-1)! + 1);
    expect(despues.calendario).toEqual(antesDeRepetir.calendario);
    expect(await db.postulacion.findMany({ where: { folio: { not: null } }, orderBy: { folio: "asc" }, select: { folio: true, huella: true, enviadaEn: true } })).toEqual(huellas);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  }, 120_000);

  it("no vuelve a una etapa anterior", async () => {
    const antes = await foto();
    const e = await rechazo("CONVOCATORIA");
    expect(e.message).toMatch(/^La demostración ya está en Selección y contratación, después de Convocatoria: no se puede volver atrás\./);
    expect(await foto()).toEqual(antes);
  });
});
