// The public learning repository (issue 14, item 4; lib/aprendizajes/queries.ts): only final reports staff
// APPROVED and published appear, of every year; the filters (desafío, grupo, región, año, recomendación); a
// pilot's card lists each metric of its desafío with línea base, meta and resultado; and nothing personal
// (the applicant's name, e-mail or RUT, the organisation's name or RUT, the team) reaches the page's data.
import { beforeAll, describe, expect, it } from "vitest";
import { leerAprendizaje, listarAprendizajes, opcionesAprendizajes, type TarjetaAprendizaje } from "@/lib/aprendizajes/queries";
import { filtrarAprendizajes } from "@/lib/domain/aprendizajes";
import { db, prepararDemo, type Escenario } from "../support/escenario";

let e: Escenario;
let anio: number;
const ids: Record<"publicada" | "sinPublicar" | "enviada" | "pasada" | "observada", string> = { publicada: "", sinPublicar: "", enviada: "", pasada: "", observada: "" };
let metricaId = "";
let desafioActual = "";
let desafioPasado = "";
let grupoPasado = "";

const PERSONA = { nombre: "Rigoberta Personal Única", email: "rigoberta.unica@prueba.cl", rut: "12.345.678-5" };
const ORGANIZACION = { nombre: "Fundación Privada Secreta", rut: "76.543.210-3" };

let correlativo = 0;
async function pilotoCon(d: {
  convocatoriaId: string;
  desafioId: string;
  regiones: string[];
  estado: "BORRADOR" | "ENVIADA" | "OBSERVADA" | "APROBADA";
  publicada: boolean;
  recomendacion: "ESCALAR" | "AJUSTAR" | "DESCARTAR";
  resultados?: unknown;
}): Promise<string> {
  correlativo += 1;
  const u = await db.user.create({
    data: { email: correlativo === 1 ? PERSONA.email : `otra-${correlativo}@prueba.cl`, nombre: correlativo === 1 ? PERSONA.nombre : `Otra ${correlativo}`, rut: correlativo === 1 ? PERSONA.rut : null },
  });
  const p = await db.postulacion.create({
    data: {
      convocatoriaId: d.convocatoriaId,
      desafioId: d.desafioId,
      postulanteId: u.id,
      estado: "SELECCIONADA",
      admisible: true,
      nombreProyecto: `Piloto aprendizaje ${correlativo}`,
      organizacionNombre: ORGANIZACION.nombre,
      organizacionRut: ORGANIZACION.rut,
      equipo: `Coordina ${PERSONA.nombre}`,
      folio: 9000 + correlativo,
      regiones: { create: d.regiones.map((regionCut) => ({ regionCut })) },
    },
  });
  const s = await db.sistematizacion.create({
    data: {
      postulacionId: p.id,
      loRealizado: "Instalamos puntos de atención en tres comunas.",
      aprendizajes: "La coproducción con las vecinas cambió el horario de atención.",
      evidenciaCoproduccion: "Actas de cuatro mesas de trabajo.",
      resultadosMetricas: JSON.stringify(d.resultados ?? []),
      recomendacion: d.recomendacion,
      fundamentoRecomendacion: "Se cumplió la meta con un costo por persona menor al previsto.",
      estado: d.estado,
      aprobadaEn: d.estado === "APROBADA" ? new Date() : null,
      publicadaEn: d.publicada ? new Date() : null,
    },
  });
  return s.id;
}

beforeAll(async () => {
  e = await prepararDemo();
  const conv = await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId }, select: { anio: true } });
  anio = conv.anio;
  const desafio = await db.desafio.findFirstOrThrow({ where: { convocatoriaId: e.convocatoriaId, metricas: { some: {} } }, include: { metricas: { orderBy: { orden: "asc" } } } });
  desafioActual = desafio.id;
  metricaId = desafio.metricas[0].id;
  // A past convocatoria, closed, with its own desafío and grupo.
  const grupo = await db.grupoVulnerable.findFirstOrThrow({ where: { id: { not: desafio.grupoVulnerableId } } });
  grupoPasado = grupo.id;
  const pasada = await db.convocatoria.create({
    data: { anio: anio - 1, nombre: `Fondo IDEA ${anio - 1}`, presupuestoTotal: 1, montoMinProyecto: 1, montoMaxProyecto: 1, proyectosObjetivo: 1, activa: false, etapaActual: "CIERRE" },
  });
  const dp = await db.desafio.create({
    data: {
      convocatoriaId: pasada.id,
      slug: "desafio-pasado",
      titulo: "Desafío del año pasado",
      resumen: "r",
      descripcion: "d",
      grupoVulnerableId: grupo.id,
      alcance: "REGIONAL",
      regionCut: "08",
      estado: "PUBLICADO",
      publicadoEn: new Date(),
      metricas: { create: [{ indicador: "Hogares atendidos", valor: 10, unidad: "hogares", fuente: "Encuesta", fecha: new Date() }] },
    },
  });
  desafioPasado = dp.id;

  const resultados = [{ metricaLineaBaseId: metricaId, lineaBase: desafio.metricas[0].valor, meta: "40", resultado: 35, comentario: "Medido en diciembre." }];
  ids.publicada = await pilotoCon({ convocatoriaId: e.convocatoriaId, desafioId: desafioActual, regiones: ["05", "13"], estado: "APROBADA", publicada: true, recomendacion: "ESCALAR", resultados });
  ids.sinPublicar = await pilotoCon({ convocatoriaId: e.convocatoriaId, desafioId: desafioActual, regiones: ["05"], estado: "APROBADA", publicada: false, recomendacion: "AJUSTAR" });
  ids.enviada = await pilotoCon({ convocatoriaId: e.convocatoriaId, desafioId: desafioActual, regiones: ["05"], estado: "ENVIADA", publicada: true, recomendacion: "AJUSTAR" });
  ids.observada = await pilotoCon({ convocatoriaId: e.convocatoriaId, desafioId: desafioActual, regiones: ["05"], estado: "OBSERVADA", publicada: false, recomendacion: "AJUSTAR" });
  ids.pasada = await pilotoCon({ convocatoriaId: pasada.id, desafioId: desafioPasado, regiones: [], estado: "APROBADA", publicada: true, recomendacion: "DESCARTAR" });
});

describe("repositorio de aprendizajes", () => {
  it("muestra solo los informes aprobados y publicados, de todos los años, el más reciente primero", async () => {
    const items = await listarAprendizajes(db);
    const propios = items.filter((x) => Object.values(ids).includes(x.id));
    expect(propios.map((x) => x.id)).toEqual([ids.publicada, ids.pasada]);
    expect(await leerAprendizaje(ids.sinPublicar, db)).toBeNull();
    expect(await leerAprendizaje(ids.enviada, db)).toBeNull();
    expect(await leerAprendizaje(ids.observada, db)).toBeNull();
    expect(await leerAprendizaje("no-existe", db)).toBeNull();
  });

  it("filtra por desafío, grupo, región, año y recomendación", async () => {
    const items = (await listarAprendizajes(db)).filter((x) => Object.values(ids).includes(x.id));
    const solo = (f: Parameters<typeof filtrarAprendizajes>[1]) => filtrarAprendizajes<TarjetaAprendizaje>(items, f).map((x) => x.id);
    expect(solo({ anio: String(anio - 1) })).toEqual([ids.pasada]);
    expect(solo({ anio: String(anio) })).toEqual([ids.publicada]);
    expect(solo({ desafio: desafioPasado })).toEqual([ids.pasada]);
    expect(solo({ grupo: grupoPasado })).toEqual([ids.pasada]);
    // The pilot's own regions; a pilot without any counts in its desafío's region.
    expect(solo({ region: "13" })).toEqual([ids.publicada]);
    expect(solo({ region: "08" })).toEqual([ids.pasada]);
    expect(solo({ recomendacion: "ESCALAR" })).toEqual([ids.publicada]);
    expect(solo({ recomendacion: "DESCARTAR", anio: String(anio) })).toEqual([]);
    // An unknown value does not filter.
    expect(solo({ recomendacion: "OTRA", anio: "dos mil" })).toEqual([ids.publicada, ids.pasada]);
    const op = opcionesAprendizajes(items);
    expect(op.anios).toEqual([anio, anio - 1]);
    expect(op.regiones.map((r) => r.cut)).toEqual(["05", "13", "08"]);
  });

  it("la ficha de un piloto lista cada métrica del desafío con línea base, meta y resultado", async () => {
    const a = await leerAprendizaje(ids.publicada, db);
    expect(a).not.toBeNull();
    const desafio = await db.desafio.findUniqueOrThrow({ where: { id: desafioActual }, include: { metricas: { orderBy: { orden: "asc" } } } });
    expect(a!.metricas.map((m) => m.indicador)).toEqual(desafio.metricas.map((m) => m.indicador));
    const m = a!.metricas[0];
    expect(m).toMatchObject({ lineaBase: desafio.metricas[0].valor, meta: 40, resultado: 35, unidad: desafio.metricas[0].unidad, comentario: "Medido en diciembre." });
    // A metric the report left empty still shows its baseline.
    for (const [i, otra] of a!.metricas.slice(1).entries()) expect(otra).toMatchObject({ lineaBase: desafio.metricas[i + 1].valor, meta: null, resultado: null });
    expect(a).toMatchObject({ recomendacion: "ESCALAR", anio, desafioVigente: true, regionesNombres: ["Valparaíso", "Metropolitana de Santiago"] });
    expect(a!.loRealizado).toContain("puntos de atención");
    const pasada = await leerAprendizaje(ids.pasada, db);
    expect(pasada).toMatchObject({ anio: anio - 1, desafioVigente: false, recomendacion: "DESCARTAR" });
    expect(pasada!.metricas).toEqual([expect.objectContaining({ indicador: "Hogares atendidos", lineaBase: 10, meta: null, resultado: null })]);
  });

  it("no lleva datos personales: ni el nombre, correo o RUT de quien postuló, ni la organización ni el equipo", async () => {
    const datos = JSON.stringify([await listarAprendizajes(db), await leerAprendizaje(ids.publicada, db), await leerAprendizaje(ids.pasada, db)]);
    for (const x of [PERSONA.nombre, PERSONA.email, PERSONA.rut, "12345678", ORGANIZACION.nombre, ORGANIZACION.rut, "76543210", "Rigoberta"]) expect(datos).not.toContain(x);
    expect(datos).not.toMatch(/"(postulante|postulanteId|email|rut|organizacion\w*|equipo|telefono)"/);
  });
});
