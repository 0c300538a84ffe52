// Open data without personal data (issue 14, item 5; Ley 21.719): every open-data file is generated (through
// the background runner, as production does) over the demo plus pilots whose perfiles and final reports
// mention their applicants' name, e-mail, phone and RUT in free text; then EVERY column name is checked
// against a deny-list and EVERY value, of every CSV and JSON file, against RUT / e-mail / phone patterns
// and against the names, e-mails and RUTs of every natural person in the database (User, convenio
// responsible persons). Organisations are legal persons: their names are published (and checked to be).
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { solicitarExportacion } from "@/lib/exportaciones/actions/solicitar";
import { ARCHIVOS_DATOS_ABIERTOS, CONJUNTOS, generarDatosAbiertos } from "@/lib/exportaciones/datos-abiertos";
import { procesarPendientes } from "@/lib/exportaciones/runner";
import { leerZip } from "@/lib/exportaciones/zip";
import { crearPiloto } from "../fixtures/preparar-exportaciones";
import { rutDe } from "../support/asignaciones";
import { leerCsv } from "../support/leer-csv";
import { db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { comoExito } from "../support/resultado";

// The test's own rules, independent of lib/domain/datos-abiertos.ts (which the generator uses).
const COLUMNAS_PROHIBIDAS = /(^|_)(rut|run|email|e_mail|correo|mail|telefono|fono|celular|movil|phone|nombre_persona|postulante|responsable|direccion|domicilio|nacimiento|ip|votante|evaluador|autor|user_id|usuario_id|persona|equipo|integrantes)(_|$)/;
const RUT = /\b\d{1,2}\.?\d{3}\.?\d{3}\s?-\s?[\dkK]\b/;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const TELEFONO = /\+\s?56|(?<![\d.])9[\s-]?\d{4}[\s-]?\d{4}(?![\d.])|\(\s?\d{1,2}\s?\)\s?\d{3,4}[\s-]?\d{4}/;

const plegar = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

let e: Escenario;
const APLICANTES = [
  { nombre: "Rosa Espinoza Lagos", email: "rosa.espinoza@prueba.cl", rut: rutDe(22_345_671) },
  { nombre: "Tomás Riquelme Araya", email: "tomas.riquelme@prueba.cl", rut: rutDe(22_456_782) },
  { nombre: "Luis Alberto Mardones", email: "luis.mardones@prueba.cl", rut: rutDe(22_567_893) },
];
const ORGANIZACIONES = ["Fundación Respiro Compartido", "Corporación Regreso a Clases"];

let personas: { nombres: string[]; emails: string[]; ruts: string[] };
/** file name → rows of cells (header first) */
let archivos: Map<string, Buffer>;

beforeAll(async () => {
  e = await prepararDemo();
  await fijarEtapa("CIERRE");
  const staff = e.cuentas.ENCARGADO_TECNICO;
  const desafios = await db.desafio.findMany({ where: { convocatoriaId: e.convocatoriaId, metricas: { some: {} } }, orderBy: { slug: "asc" }, take: 2, select: { id: true } });
  const base = { convocatoriaId: e.convocatoriaId, staffId: staff.id };
  const respiro = await crearPiloto(db, { ...base, desafioId: desafios[0].id, nombreProyecto: "Respiro Compartido", folio: 98_001, postulante: APLICANTES[0], organizacion: { nombre: ORGANIZACIONES[0], rut: rutDe(77_111_115) }, recomendacion: "ESCALAR", estadoInforme: "APROBADA" });
  // A natural person applying on their own: their name is the "organisation" and must not be published.
  await crearPiloto(db, { ...base, desafioId: desafios[0].id, nombreProyecto: "Turnos Vecinales", folio: 98_002, postulante: APLICANTES[1], organizacion: { nombre: APLICANTES[1].nombre, rut: APLICANTES[1].rut.replace(/^22/, "23"), tipo: "PERSONA_NATURAL" }, recomendacion: "DESCARTAR", estadoInforme: "APROBADA" });
  await crearPiloto(db, { ...base, desafioId: desafios[1].id, nombreProyecto: "Regreso a Clases", folio: 98_003, postulante: APLICANTES[2], organizacion: { nombre: ORGANIZACIONES[1], rut: rutDe(77_333_337) }, recomendacion: "AJUSTAR", estadoInforme: "APROBADA" });

  // A submitted technical evaluation of one pilot (scores dataset); the evaluator is never published.
  await db.asignacionEvaluacion.create({
    data: { postulacionId: respiro.postulacionId, evaluadorId: e.cuentas.EVALUADOR.id, evaluacion: { create: { notaFinal: 5.75, enviadaEn: new Date(), comentario: `Evaluó ${e.cuentas.EVALUADOR.nombre}` } } },
  });

  // Votes of three accounts (their identity is never published: counts only).
  for (const votante of [e.cuentas.AFILIADO, e.cuentas.COMITE, e.cuentas.MENTOR]) {
    await db.voto.create({ data: { convocatoriaId: e.convocatoriaId, votanteId: votante.id, postulacionId: respiro.postulacionId, ambito: desafios[0].id, ipHash: "d".repeat(64) } });
  }

  const [usuarios, convenios] = await Promise.all([
    db.user.findMany({ select: { nombre: true, email: true, rut: true } }),
    db.convenio.findMany({ select: { responsableNombre: true, responsableEmail: true, responsableRut: true } }),
  ]);
  personas = {
    nombres: [...usuarios.map((u) => u.nombre), ...convenios.map((c) => c.responsableNombre)].filter((n) => n.trim().split(/\s+/).length >= 2),
    emails: [...usuarios.map((u) => u.email), ...convenios.map((c) => c.responsableEmail)].filter(Boolean),
    ruts: [...usuarios.map((u) => u.rut ?? ""), ...convenios.map((c) => c.responsableRut)].filter(Boolean),
  };
  expect(personas.nombres).toEqual(expect.arrayContaining(APLICANTES.map((a) => a.nombre)));

  const { exportacionId } = comoExito(await executeAction(solicitarExportacion, { tipo: "datos-abiertos" }, { user: staff, db })).data;
  await procesarPendientes(db);
  const f = await db.exportacion.findUniqueOrThrow({ where: { id: exportacionId } });
  expect(f.estado, f.error).toBe("LISTA");
  archivos = leerZip(f.archivo!);
});

/** Every (column, value) of every dataset file, CSV and JSON. */
function celdas(): { archivo: string; columna: string; valor: string }[] {
  const out: { archivo: string; columna: string; valor: string }[] = [];
  for (const c of CONJUNTOS) {
    const csv = leerCsv(archivos.get(`${c.nombre}.csv`)!.toString("utf8"));
    for (const fila of csv.filas) fila.forEach((v, i) => out.push({ archivo: `${c.nombre}.csv`, columna: csv.encabezados[i], valor: v }));
    const json = JSON.parse(archivos.get(`${c.nombre}.json`)!.toString("utf8")) as { filas: Record<string, unknown>[] };
    for (const fila of json.filas) for (const [k, v] of Object.entries(fila)) out.push({ archivo: `${c.nombre}.json`, columna: k, valor: v === null ? "" : String(v) });
  }
  return out;
}

describe("datos abiertos sin datos personales", () => {
  it("se generan todos los archivos, con filas en cada conjunto", () => {
    expect([...archivos.keys()].sort()).toEqual([...ARCHIVOS_DATOS_ABIERTOS].sort());
    for (const c of CONJUNTOS) {
      const json = JSON.parse(archivos.get(`${c.nombre}.json`)!.toString("utf8")) as { filas: unknown[] };
      expect(json.filas.length, c.nombre).toBeGreaterThan(0);
    }
  });

  it("ninguna columna de ningún archivo tiene nombre de dato personal", () => {
    const columnas = new Set<string>();
    for (const c of CONJUNTOS) {
      for (const n of leerCsv(archivos.get(`${c.nombre}.csv`)!.toString("utf8")).encabezados) columnas.add(n);
      for (const n of (JSON.parse(archivos.get(`${c.nombre}.json`)!.toString("utf8")) as { columnas: string[] }).columnas) columnas.add(n);
    }
    const diccionario = JSON.parse(archivos.get("diccionario.json")!.toString("utf8")) as { conjuntos: { columnas: { nombre: string }[] }[] };
    for (const c of diccionario.conjuntos) for (const col of c.columnas) columnas.add(col.nombre);
    expect(columnas.size).toBeGreaterThan(20);
    for (const n of columnas) expect(plegar(n).replace(/[^a-z0-9]+/g, "_"), n).not.toMatch(COLUMNAS_PROHIBIDAS);
  });

  it("ningún valor de ningún archivo tiene un RUT, un correo, un teléfono ni el nombre de una persona natural", () => {
    const todas = celdas();
    expect(todas.length).toBeGreaterThan(100);
    const nombres = [...new Set(personas.nombres.map(plegar))];
    const rutsSinFormato = [...new Set(personas.ruts.map((r) => r.replace(/[.\-\s]/g, "").toLowerCase()))];
    const emails = [...new Set(personas.emails.map((m) => m.toLowerCase()))];
    const fallas: string[] = [];
    for (const { archivo, columna, valor } of todas) {
      if (!valor) continue;
      const donde = `${archivo} → ${columna}: ${valor.slice(0, 120)}`;
      if (RUT.test(valor)) fallas.push(`RUT en ${donde}`);
      if (EMAIL.test(valor)) fallas.push(`correo en ${donde}`);
      if (TELEFONO.test(valor)) fallas.push(`teléfono en ${donde}`);
      const p = plegar(valor);
      for (const n of nombres) if (p.includes(n)) fallas.push(`nombre «${n}» en ${donde}`);
      const compacto = valor.replace(/[.\-\s]/g, "").toLowerCase();
      for (const r of rutsSinFormato) if (compacto.includes(r)) fallas.push(`RUT ${r} en ${donde}`);
      for (const m of emails) if (valor.toLowerCase().includes(m)) fallas.push(`correo ${m} en ${donde}`);
      // The phone the fixture writes into the perfiles (+56 9 8765 4321), in part or whole.
      if (compacto.includes("87654321")) fallas.push(`teléfono de la fixture en ${donde}`);
    }
    expect(fallas).toEqual([]);
  });

  it("los demás archivos (diccionario, metadatos) tampoco", () => {
    for (const n of ["diccionario.json", "diccionario.md", "diccionario.csv", "metadatos.json"]) {
      const texto = archivos.get(n)!.toString("utf8");
      expect(texto, n).not.toMatch(EMAIL);
      expect(texto, n).not.toMatch(RUT);
      for (const nombre of personas.nombres) expect(plegar(texto), n).not.toContain(plegar(nombre));
    }
  });

  it("los textos con datos personales se publican con el dato omitido, y las organizaciones (personas jurídicas) sí figuran", () => {
    const perfiles = JSON.parse(archivos.get("perfiles.json")!.toString("utf8")) as { filas: { folio: number; problema: string; organizacion: string | null; tipo_ejecutor: string }[] };
    const respiro = perfiles.filas.find((f) => f.folio === 98_001)!;
    expect(respiro.problema).toContain("[dato personal omitido]");
    expect(respiro.problema).toContain("Las cuidadoras no tienen respiro.");
    expect(respiro.organizacion).toBe(ORGANIZACIONES[0]);
    const natural = perfiles.filas.find((f) => f.folio === 98_002)!;
    expect(natural).toMatchObject({ tipo_ejecutor: "PERSONA_NATURAL", organizacion: null });
    const resultados = JSON.parse(archivos.get("resultados.json")!.toString("utf8")) as { filas: { organizacion: string | null }[] };
    expect(resultados.filas.map((r) => r.organizacion)).toEqual(expect.arrayContaining(ORGANIZACIONES));
  });

  it("los votos se publican solo como conteos por perfil, que suman los votos emitidos", async () => {
    const votos = JSON.parse(archivos.get("votos.json")!.toString("utf8")) as { columnas: string[]; filas: { votos: number }[] };
    expect(votos.columnas).toEqual(["postulacion_id", "folio", "convocatoria_anio", "desafio_id", "votos"]);
    expect(votos.filas.reduce((s, f) => s + f.votos, 0)).toBe(await db.voto.count());
  });

  it("generarlo de nuevo da los mismos datos (fuera de la fecha)", async () => {
    const otra = await generarDatosAbiertos(db, new Date("2030-01-01T00:00:00Z"));
    const sinFecha = (s: string) => s.replace(/"generadoEn": "[^"]+"/g, "");
    for (const a of otra.archivos) expect(sinFecha(String(a.datos)), a.nombre).toBe(sinFecha(archivos.get(a.nombre)!.toString("utf8")));
  });
});
