// Staff list of postulaciones: filters, counts per region for the chart, and the CSV export's rows.
import { beforeAll, describe, expect, it } from "vitest";
import { calcularDv } from "@/lib/domain/rut";
import { BOM, documentoCsv } from "@/lib/seguimiento/csv";
import { leerFiltro } from "@/lib/seguimiento/filtros";
import { contarPorRegion, ENCABEZADOS_CSV, exportarPostulaciones, listarPostulaciones } from "@/lib/seguimiento/queries";
import { crearUsuario, db, prepararDemo, type Escenario } from "../support/escenario";

let e: Escenario;
type Nivel = "IDEA_VAGA" | "IDEA_CLARA" | "IDEA_PROTOTIPADA";
type Tipo = "ORGANISMO_PUBLICO" | "SIN_FINES_DE_LUCRO" | "EMPRESA" | "UNIVERSIDAD" | "PERSONA_NATURAL";
type Estado = "BORRADOR" | "ENVIADA" | "ADMISIBLE" | "INADMISIBLE" | "RETIRADA";

let correlativo = 0;
const ids: Record<string, string> = {};

async function crear(clave: string, o: { desafio: number; regiones: string[]; nivel: Nivel; tipo: Tipo; estado: Estado; monto?: number; nombre?: string; convocatoriaId?: string; enviadaEn?: Date; motivos?: string }) {
  const n = ++correlativo;
  const postulante = await crearUsuario(["POSTULANTE"]);
  const cuerpo = String(65_100_000 + n);
  const rut = `${cuerpo}-${calcularDv(cuerpo)}`;
  const enviado = o.estado !== "BORRADOR";
  const org = await db.organizacion.create({ data: { nombre: `Organización ${clave}`, rut, tipo: o.tipo, creadaPorId: postulante.id } });
  const decidido = o.estado === "ADMISIBLE" || o.estado === "INADMISIBLE";
  const p = await db.postulacion.create({
    data: {
      convocatoriaId: o.convocatoriaId ?? e.convocatoriaId,
      desafioId: e.desafios[o.desafio].id,
      postulanteId: postulante.id,
      organizacionId: enviado ? org.id : null,
      estado: o.estado,
      nombreProyecto: o.nombre ?? `Proyecto ${clave}`,
      nivelMadurez: o.nivel,
      tipoEjecutor: o.tipo,
      organizacionNombre: org.nombre,
      organizacionRut: rut,
      montoSolicitado: o.monto ?? 21_000_000,
      folio: enviado ? 100 + n : null,
      enviadaEn: enviado ? (o.enviadaEn ?? new Date()) : null,
      admisible: decidido ? o.estado === "ADMISIBLE" : null,
      admisibilidadMotivos: decidido ? (o.motivos ?? "Motivos de prueba.") : null,
      regiones: { create: o.regiones.map((regionCut) => ({ regionCut })) },
    },
    select: { id: true, folio: true },
  });
  ids[clave] = p.id;
  return p;
}

beforeAll(async () => {
  e = await prepararDemo();
  // Sequential: folios follow the order below (101, 102, …).
  await crear("a", { desafio: 0, regiones: ["09"], nivel: "IDEA_CLARA", tipo: "SIN_FINES_DE_LUCRO", estado: "ENVIADA", enviadaEn: new Date("2019-05-10T15:30:00Z") });
  await crear("b", { desafio: 0, regiones: ["09", "08"], nivel: "IDEA_VAGA", tipo: "EMPRESA", estado: "ADMISIBLE", monto: 20_000_000 });
  await crear("c", { desafio: 1, regiones: ["13"], nivel: "IDEA_CLARA", tipo: "UNIVERSIDAD", estado: "INADMISIBLE", nombre: "=HYPERLINK(\"http://malo\")", motivos: "Falta; el certificado\nde vigencia" });
  await crear("d", { desafio: 1, regiones: ["15"], nivel: "IDEA_PROTOTIPADA", tipo: "SIN_FINES_DE_LUCRO", estado: "RETIRADA" });
  await crear("borrador", { desafio: 2, regiones: ["09"], nivel: "IDEA_CLARA", tipo: "SIN_FINES_DE_LUCRO", estado: "BORRADOR" });
  const vieja = await db.convocatoria.create({
    data: { anio: 2018, nombre: "Fondo IDEA 2018", presupuestoTotal: 1, montoMinProyecto: 1, montoMaxProyecto: 2, proyectosObjetivo: 1, activa: false },
  });
  await crear("otraConvocatoria", { desafio: 0, regiones: ["09"], nivel: "IDEA_CLARA", tipo: "SIN_FINES_DE_LUCRO", estado: "ENVIADA", convocatoriaId: vieja.id });
});

const claves = async (f: Parameters<typeof listarPostulaciones>[0]) => {
  const porId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return (await listarPostulaciones(f, e.admin, db)).map((p) => porId[p.id]);
};

describe("listado del equipo", () => {
  it("sin filtros: los enviados de la convocatoria activa por folio, sin borradores ni otras convocatorias", async () => {
    expect(await claves({})).toEqual(["a", "b", "c", "d"]);
    const [a] = await listarPostulaciones({}, e.admin, db);
    expect(a).toMatchObject({
      proyecto: "Proyecto a",
      organizacion: "Organización a",
      desafio: { id: e.desafios[0].id },
      regiones: [{ cut: "09", nombre: "La Araucanía" }],
      nivel: "Idea clara",
      tipoEjecutor: "Organización sin fines de lucro",
      montoSolicitado: 21_000_000,
      estado: "ENVIADA",
      admisible: null,
    });
    // Regions north to south.
    expect((await listarPostulaciones({ estado: "ADMISIBLE" }, e.admin, db))[0].regiones.map((r) => r.cut)).toEqual(["08", "09"]);
  });

  it("cada filtro, y varios juntos", async () => {
    expect(await claves({ region: "09" })).toEqual(["a", "b"]);
    expect(await claves({ region: "08" })).toEqual(["b"]);
    expect(await claves({ region: "12" })).toEqual([]);
    expect(await claves({ desafio: e.desafios[1].id })).toEqual(["c", "d"]);
    expect(await claves({ nivel: "IDEA_CLARA" })).toEqual(["a", "c"]);
    expect(await claves({ tipo: "SIN_FINES_DE_LUCRO" })).toEqual(["a", "d"]);
    expect(await claves({ estado: "ENVIADA" })).toEqual(["a"]);
    expect(await claves({ estado: "RETIRADA" })).toEqual(["d"]);
    expect(await claves({ nivel: "IDEA_CLARA", tipo: "SIN_FINES_DE_LUCRO" })).toEqual(["a"]);
    expect(await claves({ region: "09", desafio: e.desafios[0].id, estado: "ADMISIBLE" })).toEqual(["b"]);
    expect(await claves({ desafio: "no-existe" })).toEqual([]);
  });

  it("los filtros se leen de la URL; un valor desconocido se ignora", async () => {
    const f = leerFiltro(new URLSearchParams({ region: "09", estado: "BORRADOR", nivel: "IDEA_CLARA", tipo: "x", desafio: "'; DROP TABLE" }));
    expect(f).toEqual({ region: "09", nivel: "IDEA_CLARA" });
    expect(await claves(f)).toEqual(["a"]);
  });
});

describe("conteo por región (gráfico)", () => {
  it("las 16 regiones de norte a sur, con ceros; un perfil con dos regiones cuenta en ambas", async () => {
    const c = await contarPorRegion({}, e.admin, db);
    expect(c).toHaveLength(16);
    expect(c[0]).toEqual({ cut: "15", nombre: "Arica y Parinacota", cantidad: 1 });
    expect(c.at(-1)).toEqual({ cut: "12", nombre: "Magallanes y de la Antártica Chilena", cantidad: 0 });
    expect(Object.fromEntries(c.filter((r) => r.cantidad > 0).map((r) => [r.cut, r.cantidad]))).toEqual({ "15": 1, "13": 1, "08": 1, "09": 2 });
  });

  it("aplica los demás filtros pero no el de región", async () => {
    const c = await contarPorRegion({ region: "13", desafio: e.desafios[0].id }, e.admin, db);
    expect(Object.fromEntries(c.filter((r) => r.cantidad > 0).map((r) => [r.cut, r.cantidad]))).toEqual({ "08": 1, "09": 2 });
    const enviadas = await contarPorRegion({ estado: "ENVIADA" }, e.admin, db);
    expect(enviadas.reduce((s, r) => s + r.cantidad, 0)).toBe(1);
  });
});

describe("exportación CSV", () => {
  it("columnas, RUT con puntos, fecha en hora de Chile, admisible y motivos", async () => {
    const x = (await exportarPostulaciones({}, e.admin, db))!;
    // The active convocatoria's year (the demo's is the year its calendar runs in), not the inactive 2018 one.
    expect(x.anio).toBe((await db.convocatoria.findFirstOrThrow({ where: { activa: true }, select: { anio: true } })).anio);
    expect(x.anio).not.toBe(2018);
    expect(x.encabezados).toEqual([...ENCABEZADOS_CSV]);
    expect(x.filas).toHaveLength(4);
    const a = x.filas[0];
    const rutA = await db.postulacion.findUniqueOrThrow({ where: { id: ids.a }, select: { organizacionRut: true } });
    const [cuerpo, dv] = rutA.organizacionRut.split("-");
    expect(a).toEqual([
      101,
      "Proyecto a",
      "Organización a",
      `${cuerpo.slice(0, 2)}.${cuerpo.slice(2, 5)}.${cuerpo.slice(5)}-${dv}`,
      expect.any(String),
      "La Araucanía",
      "Idea clara",
      "Organización sin fines de lucro",
      21_000_000,
      "Enviada, sin decisión de admisibilidad",
      // 15:30 UTC on 10 May 2019 is 11:30 in Santiago (UTC−4).
      "10-05-2019 11:30",
      "Sin decisión",
      null,
    ]);
    expect(x.filas[1].slice(5, 6)).toEqual(["Biobío, La Araucanía"]);
    expect(x.filas[1][11]).toBe("Sí");
    expect(x.filas[2][11]).toBe("No");
  });

  it("con filtros exporta solo esas filas, y el archivo neutraliza fórmulas y entrecomilla", async () => {
    const x = (await exportarPostulaciones({ desafio: e.desafios[1].id, estado: "INADMISIBLE" }, e.admin, db))!;
    expect(x.filas.map((f) => f[0])).toEqual([103]);
    const csv = documentoCsv(x.encabezados, x.filas);
    expect(csv.startsWith(`${BOM}Folio;Proyecto;Organización;RUT organización;`)).toBe(true);
    const linea = csv.split("\r\n")[1];
    expect(linea.startsWith(`103;"'=HYPERLINK(""http://malo"")";`)).toBe(true);
    expect(linea.endsWith(`;No;"Falta; el certificado\nde vigencia"`)).toBe(true);
    expect((await exportarPostulaciones({ region: "11" }, e.admin, db))!.filas).toEqual([]);
  });
});
