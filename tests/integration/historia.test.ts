// History across years (issue 14, item 7; ADR 0018): convocatoria.crearSiguiente makes the next year's
// convocatoria from the current one's configuration (amounts, weights, vote rules, evaluators per perfil,
// líneas, the rubric's settings and criteria, the planned calendar one year later) without its desafíos nor
// the rubric's reference perfiles; inactive, so the current one stays current; refused a second time. And the
// results of a past year, by year.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { crearSiguiente } from "@/lib/convocatoria/actions/crear-siguiente";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { aniosConResultados, resultadosConHistoria, traspasarConvocatoriaActiva } from "@/lib/convocatoria/historia";
import { aFechaInput } from "@/lib/domain/formato";
import { resultadosPublicos } from "@/lib/seleccion/resultados";
import { contarAuditoria, db, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";

let e: Escenario;

beforeAll(async () => {
  e = await prepararDemo();
  // Some rules changed from their defaults, to see them copied.
  await db.convocatoria.update({
    where: { id: e.convocatoriaId },
    data: { votoAmbito: "convocatoria", votosPorConvocatoria: 4, ocultarConteos: true, evaluadoresPorPerfil: 3, votacionInicio: new Date("2030-08-01T04:00:00Z"), votacionFin: new Date("2030-08-15T03:59:59Z") },
  });
});

describe("convocatoria.crearSiguiente", () => {
  it("solo el administrador, en ejecución o cierre", async () => {
    await fijarEtapa("FORMACION_INCUBACION");
    comoError(await executeAction(crearSiguiente, {}, { user: e.admin, db }));
    await fijarEtapa("EJECUCION");
    comoError(await executeAction(crearSiguiente, {}, { user: e.cuentas.ENCARGADO_TECNICO, db }));
    expect(await db.convocatoria.count()).toBe(1);
  });

  it("copia la configuración, las líneas, la rúbrica y el calendario un año después; no los desafíos", async () => {
    const actual = await db.convocatoria.findUniqueOrThrow({
      where: { id: e.convocatoriaId },
      include: { calendario: true, lineas: true, rubrica: { include: { criterios: true, referencias: true } }, desafios: true },
    });
    expect(actual.desafios.length).toBeGreaterThan(0);
    const antes = await contarAuditoria();
    const r = comoExito(await executeAction(crearSiguiente, {}, { user: e.admin, db }));
    expect(r.data.anio).toBe(actual.anio + 1);
    const nueva = await db.convocatoria.findUniqueOrThrow({
      where: { anio: actual.anio + 1 },
      include: { calendario: true, lineas: true, rubrica: { include: { criterios: true, referencias: true } }, desafios: true },
    });
    const config = (c: typeof actual) => ({
      presupuestoTotal: c.presupuestoTotal,
      montoMinProyecto: c.montoMinProyecto,
      montoMaxProyecto: c.montoMaxProyecto,
      proyectosObjetivo: c.proyectosObjetivo,
      pesoTecnico: c.pesoTecnico,
      pesoVotacion: c.pesoVotacion,
      pesoDemoDay: c.pesoDemoDay,
      votosPorDesafio: c.votosPorDesafio,
      votoAmbito: c.votoAmbito,
      votosPorConvocatoria: c.votosPorConvocatoria,
      ocultarConteos: c.ocultarConteos,
      evaluadoresPorPerfil: c.evaluadoresPorPerfil,
      demo: c.demo,
    });
    expect(config(nueva)).toEqual(config(actual));
    expect(nueva.nombre).toContain(String(actual.anio + 1));
    expect(nueva).toMatchObject({ etapaActual: "DESARROLLO_CONCURSO", activa: false });
    expect(aFechaInput(nueva.votacionInicio!)).toBe("2031-08-01");
    expect(aFechaInput(nueva.votacionFin!)).toBe("2031-08-14");
    expect(nueva.desafios).toEqual([]);

    const linea = (l: (typeof actual.lineas)[number]) => ({ nivelMadurez: l.nivelMadurez, tipoEjecutor: l.tipoEjecutor, habilitada: l.habilitada, montoMaximo: l.montoMaximo, adjuntosRequeridos: l.adjuntosRequeridos });
    const orden = (a: { nivelMadurez: string; tipoEjecutor: string }, b: { nivelMadurez: string; tipoEjecutor: string }) => `${a.nivelMadurez}${a.tipoEjecutor}`.localeCompare(`${b.nivelMadurez}${b.tipoEjecutor}`);
    expect(nueva.lineas.map(linea).sort(orden)).toEqual(actual.lineas.map(linea).sort(orden));

    expect(actual.rubrica).not.toBeNull();
    const criterio = (k: NonNullable<typeof actual.rubrica>["criterios"][number]) => ({ clave: k.clave, nombre: k.nombre, descripcion: k.descripcion, orientacion: k.orientacion, ejemplos: k.ejemplos, peso: k.peso, orden: k.orden });
    expect(nueva.rubrica!.criterios.map(criterio).sort((a, b) => a.orden - b.orden)).toEqual(actual.rubrica!.criterios.map(criterio).sort((a, b) => a.orden - b.orden));
    expect({ ...nueva.rubrica!, id: "", convocatoriaId: "", criterios: [], referencias: [] }).toEqual({ ...actual.rubrica!, id: "", convocatoriaId: "", criterios: [], referencias: [] });
    expect(nueva.rubrica!.referencias).toEqual([]);

    // Each planned date, the same day and time in Santiago one year later; no actual dates.
    expect(nueva.calendario).toHaveLength(actual.calendario.length);
    expect(actual.calendario.length).toBeGreaterThan(0);
    for (const f of actual.calendario) {
      const g = nueva.calendario.find((x) => x.etapa === f.etapa)!;
      const masUno = (d: Date) => aFechaInput(d).replace(/^\d{4}/, (y) => String(Number(y) + 1));
      expect(aFechaInput(g.inicio)).toBe(masUno(f.inicio));
      expect(aFechaInput(g.fin)).toBe(masUno(f.fin));
      expect(g.fin.getTime() - g.inicio.getTime()).toBeGreaterThan(0);
      expect([g.inicioReal, g.finReal]).toEqual([null, null]);
    }

    // The current convocatoria is still the current one.
    expect(await leerConvocatoriaActiva(db, { id: true })).toEqual({ id: e.convocatoriaId });
    expect(await contarAuditoria()).toBe(antes + 1);
    expect(await ultimaAuditoria()).toMatchObject({ accion: "convocatoria.crearSiguiente", entidadId: nueva.id });
  });

  it("rechaza crearla por segunda vez, sin escribir nada", async () => {
    await fijarEtapa("CIERRE");
    const antes = [await db.convocatoria.count(), await contarAuditoria(), await db.lineaPostulacion.count(), await db.criterio.count()];
    const r = comoError(await executeAction(crearSiguiente, {}, { user: e.admin, db }));
    expect(r.error).toMatch(/ya existe/);
    expect([await db.convocatoria.count(), await contarAuditoria(), await db.lineaPostulacion.count(), await db.criterio.count()]).toEqual(antes);
  });

  it("los resultados por año: la actual, y no la del año siguiente en preparación", async () => {
    const { anio } = await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId }, select: { anio: true } });
    expect((await resultadosConHistoria(undefined, db))?.anioActivo).toBe(anio);
    expect((await resultadosConHistoria(anio, db))?.r?.convocatoria.anio).toBe(anio);
    expect(await resultadosConHistoria(anio + 1, db)).toBeNull();
    expect(await resultadosConHistoria(1900, db)).toBeNull();
  });

  it("al cerrar, la del año siguiente pasa a ser la activa; la cerrada queda en el historial con sus resultados", async () => {
    const actual = await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId }, select: { id: true, anio: true } });
    await db.$transaction((tx) => traspasarConvocatoriaActiva(tx, actual));
    const activa = await leerConvocatoriaActiva(db, { anio: true, etapaActual: true });
    expect(activa).toEqual({ anio: actual.anio + 1, etapaActual: "DESARROLLO_CONCURSO" });
    // The past year's results stay readable by year (empty rounds here: the demo has no closed round).
    const r = await resultadosPublicos(db, actual.anio);
    expect(r?.convocatoria.anio).toBe(actual.anio);
    expect(await resultadosPublicos(db, 1900)).toBeNull();
    // The closed year stays reachable by year once it has a closed round (a signed acta).
    await db.rondaSeleccion.create({ data: { convocatoriaId: actual.id, fase: "PRESELECCION", estado: "CERRADA", presupuesto: 1, cerradaEn: new Date() } });
    const h = await resultadosConHistoria(actual.anio, db);
    expect(h).toMatchObject({ anioActivo: actual.anio + 1, r: { convocatoria: { anio: actual.anio } } });
    expect(h!.anios.map((a) => a.anio)).toContain(actual.anio);
    expect(Array.isArray(await aniosConResultados(db))).toBe(true);
    // Without a next year's convocatoria, closing is refused (there would be no current one).
    await expect(db.$transaction((tx) => traspasarConvocatoriaActiva(tx, { id: "x", anio: actual.anio + 1 }))).rejects.toThrow(/Antes de cerrar/);
  });
});
