// Open data (issue 14, item 5): desafíos, their baselines, the submitted perfiles (project data only), the
// scores, the votes (counts per perfil: who voted is never published), and the pilots' results, as CSV and
// JSON, with a data dictionary (JSON, Markdown, CSV) and a metadata file; bundled in one ZIP (./zip.ts).
// Personal data removed (lib/domain/datos-abiertos.ts): no column holds it, free text is scrubbed of RUTs,
// e-mails, phones and the names of the portal's accounts, and a last guard checks every value. No
// "server-only": the background runner (instrumentation.ts) builds it.
import type { Db, Tx } from "@/lib/db/client";
import {
  columnaProhibida,
  detectorPersonal,
  diccionarioMarkdown,
  jsonConjunto,
  limpiadorDeTexto,
  OMITIDO,
  redondear,
  type Conjunto,
  type Fila,
  type Valor,
} from "@/lib/domain/datos-abiertos";
import { puntajesTecnicos, type NotaEvaluador } from "@/lib/domain/puntaje-tecnico";
import { documentoCsv } from "@/lib/seguimiento/csv";
import { pilotosConInformeAprobado } from "./pilotos";
import { crearZip, type ArchivoZip } from "./zip";

type Cliente = Db | Tx;

const ID = "Identificador estable del registro en el portal (cuid).";

// The columns several datasets share, written once.
const COL_ANIO = { nombre: "convocatoria_anio", tipo: "entero", descripcion: "Año de la convocatoria." } as const;
const COL_FOLIO = { nombre: "folio", tipo: "entero", descripcion: "Folio del perfil." } as const;
const COL_DESAFIO = { nombre: "desafio_id", tipo: "identificador", descripcion: "Desafío (desafios.id)." } as const;
const COL_PERFIL = { nombre: "postulacion_id", tipo: "identificador", descripcion: "Perfil (perfiles.id)." } as const;
const COL_PILOTO = { nombre: "postulacion_id", tipo: "identificador", descripcion: "Perfil del piloto (perfiles.id)." } as const;

export const CONJUNTOS = [
  {
    nombre: "desafios",
    titulo: "Desafíos",
    descripcion: "Los desafíos publicados de cada convocatoria: el problema público que cada piloto aborda.",
    columnas: [
      { nombre: "id", tipo: "identificador", descripcion: ID },
      COL_ANIO,
      { nombre: "slug", tipo: "texto", descripcion: "Nombre corto del desafío en su dirección pública (/desafios/<slug>)." },
      { nombre: "titulo", tipo: "texto", descripcion: "Título del desafío." },
      { nombre: "resumen", tipo: "texto", descripcion: "Pregunta o resumen del desafío." },
      { nombre: "descripcion", tipo: "texto", descripcion: "Descripción completa del desafío." },
      { nombre: "grupo_vulnerable", tipo: "texto", descripcion: "Grupo vulnerable al que se dirige." },
      { nombre: "mesa_compromiso_pais", tipo: "texto", descripcion: "Mesa Compromiso País del grupo vulnerable." },
      { nombre: "ministerio", tipo: "texto", descripcion: "Ministerio que lidera la Mesa." },
      { nombre: "alcance", tipo: "texto", descripcion: "REGIONAL o NACIONAL." },
      { nombre: "region_cut", tipo: "texto", descripcion: "Código único territorial de la región (vacío si es nacional)." },
      { nombre: "region", tipo: "texto", descripcion: "Nombre de la región (vacío si es nacional)." },
      { nombre: "publicado_en", tipo: "fecha", descripcion: "Fecha y hora de publicación (ISO 8601, UTC)." },
    ],
  },
  {
    nombre: "metricas-linea-base",
    titulo: "Métricas de línea base de los desafíos",
    descripcion: "Los indicadores con que se mide cada desafío y su valor de partida; los resultados de los pilotos se comparan con ellos.",
    columnas: [
      { nombre: "id", tipo: "identificador", descripcion: ID },
      COL_DESAFIO,
      { nombre: "indicador", tipo: "texto", descripcion: "Nombre del indicador." },
      { nombre: "valor", tipo: "decimal", descripcion: "Valor de la línea base." },
      { nombre: "unidad", tipo: "texto", descripcion: "Unidad del valor (%, horas, personas…)." },
      { nombre: "fuente", tipo: "texto", descripcion: "Fuente del dato." },
      { nombre: "fecha", tipo: "fecha", descripcion: "Fecha del dato (ISO 8601)." },
    ],
  },
  {
    nombre: "perfiles",
    titulo: "Perfiles de proyecto enviados",
    descripcion:
      "Los perfiles enviados a cada convocatoria (no los borradores ni los retirados): solo los datos del proyecto. No incluye a la persona postulante, el equipo ni el RUT de la organización; una persona natural que postula por sí misma no figura por su nombre.",
    columnas: [
      { nombre: "id", tipo: "identificador", descripcion: ID },
      { nombre: "folio", tipo: "entero", descripcion: "Folio del perfil en su convocatoria." },
      COL_ANIO,
      { nombre: "desafio_id", tipo: "identificador", descripcion: "Desafío al que responde (desafios.id)." },
      { nombre: "nombre_proyecto", tipo: "texto", descripcion: "Nombre del proyecto." },
      { nombre: "problema", tipo: "texto", descripcion: "Problema que aborda, según el perfil." },
      { nombre: "solucion", tipo: "texto", descripcion: "Solución propuesta." },
      { nombre: "poblacion_objetivo", tipo: "texto", descripcion: "Personas usuarias a las que se dirige." },
      { nombre: "coproduccion", tipo: "texto", descripcion: "Cómo participan las personas usuarias en el diseño." },
      { nombre: "nivel_madurez", tipo: "texto", descripcion: "IDEA_VAGA, IDEA_CLARA o IDEA_PROTOTIPADA." },
      { nombre: "tipo_ejecutor", tipo: "texto", descripcion: "ORGANISMO_PUBLICO, SIN_FINES_DE_LUCRO, EMPRESA, UNIVERSIDAD o PERSONA_NATURAL." },
      { nombre: "organizacion", tipo: "texto", descripcion: "Nombre de la organización ejecutora (persona jurídica); vacío para una persona natural." },
      { nombre: "regiones", tipo: "texto", descripcion: "Códigos de las regiones donde se ejecutaría, separados por «|»." },
      { nombre: "monto_solicitado", tipo: "entero", descripcion: "Monto solicitado, en pesos." },
      { nombre: "estado", tipo: "texto", descripcion: "Estado del perfil (ENVIADA, ADMISIBLE, PRESELECCIONADA, SELECCIONADA, EN_EJECUCION…)." },
      { nombre: "enviado_en", tipo: "fecha", descripcion: "Fecha y hora de envío (ISO 8601, UTC)." },
    ],
  },
  {
    nombre: "puntajes",
    titulo: "Puntajes técnicos y consolidados",
    descripcion:
      "El puntaje técnico de cada perfil evaluado (nota 1,0–7,0, promedio de las evaluaciones enviadas, normalizado por evaluador si la rúbrica lo indica) y el puntaje consolidado con que el comité decidió en cada ronda. No identifica a quienes evaluaron.",
    columnas: [
      COL_PERFIL,
      COL_FOLIO,
      COL_ANIO,
      { nombre: "puntaje_tecnico", tipo: "decimal", descripcion: "Puntaje técnico (1,0–7,0), con 4 decimales." },
      { nombre: "evaluaciones", tipo: "entero", descripcion: "Evaluaciones enviadas en que se basa." },
      { nombre: "puntaje_consolidado_preseleccion", tipo: "decimal", descripcion: "Puntaje consolidado en la ronda de preselección (vacío si no fue candidato)." },
      { nombre: "decision_preseleccion", tipo: "texto", descripcion: "Decisión del comité en la preselección." },
      { nombre: "puntaje_consolidado_final", tipo: "decimal", descripcion: "Puntaje consolidado en la selección final (vacío si no fue candidato)." },
      { nombre: "decision_final", tipo: "texto", descripcion: "Decisión del comité en la selección final." },
    ],
  },
  {
    nombre: "votos",
    titulo: "Votación popular (anonimizada)",
    descripcion: "Cantidad de votos de cada perfil en la votación popular. Solo conteos: no se publica quién votó, ni cuándo, ni desde dónde.",
    columnas: [
      COL_PERFIL,
      COL_FOLIO,
      COL_ANIO,
      COL_DESAFIO,
      { nombre: "votos", tipo: "entero", descripcion: "Votos recibidos." },
    ],
  },
  {
    nombre: "resultados",
    titulo: "Resultados de los pilotos",
    descripcion: "El informe final aprobado de cada piloto: lo realizado, los aprendizajes y la recomendación (escalar, ajustar o descartar) con su fundamento.",
    columnas: [
      COL_PILOTO,
      COL_FOLIO,
      COL_ANIO,
      COL_DESAFIO,
      { nombre: "nombre_proyecto", tipo: "texto", descripcion: "Nombre del proyecto." },
      { nombre: "organizacion", tipo: "texto", descripcion: "Organización ejecutora (persona jurídica); vacío para una persona natural." },
      { nombre: "monto_adjudicado", tipo: "entero", descripcion: "Monto adjudicado en el convenio, en pesos." },
      { nombre: "recomendacion", tipo: "texto", descripcion: "ESCALAR, AJUSTAR o DESCARTAR." },
      { nombre: "fundamento_recomendacion", tipo: "texto", descripcion: "Fundamento de la recomendación." },
      { nombre: "lo_realizado", tipo: "texto", descripcion: "Lo que el piloto hizo." },
      { nombre: "aprendizajes", tipo: "texto", descripcion: "Aprendizajes del piloto." },
    ],
  },
  {
    nombre: "resultados-metricas",
    titulo: "Resultados de los pilotos por métrica",
    descripcion: "Para cada piloto con informe final aprobado y cada métrica de su desafío: línea base → meta del piloto → resultado.",
    columnas: [
      COL_PILOTO,
      { nombre: "indicador", tipo: "texto", descripcion: "Indicador (metricas-linea-base.indicador)." },
      { nombre: "unidad", tipo: "texto", descripcion: "Unidad." },
      { nombre: "linea_base", tipo: "texto", descripcion: "Valor de la línea base del desafío." },
      { nombre: "meta", tipo: "texto", descripcion: "Meta del piloto, como la declaró." },
      { nombre: "resultado", tipo: "texto", descripcion: "Resultado informado en el informe final." },
    ],
  },
] as const satisfies readonly Conjunto[];

export type NombreConjunto = (typeof CONJUNTOS)[number]["nombre"];

export const NOTAS_DICCIONARIO = [
  "Archivos CSV: UTF-8 con BOM, separador «;» y fin de línea CRLF (se abren directamente en Excel con configuración regional de Chile); los decimales usan punto.",
  "Archivos JSON: un objeto con `conjunto`, `columnas` y `filas` (un objeto por fila con exactamente esas columnas; vacío = null).",
  "Fechas en ISO 8601 (UTC).",
  `Sin datos personales: ninguna columna contiene RUT, correo, teléfono ni nombre de una persona natural; en los textos libres se reemplazan por «${OMITIDO}».`,
  "Licencia: Creative Commons Atribución 4.0 (CC BY 4.0). Fuente: FOSIS, Fondo IDEA.",
];

/** Every file the bundle holds, in order: each dataset's CSV and JSON, then the dictionary and metadata. */
export const ARCHIVOS_DATOS_ABIERTOS: readonly string[] = [...CONJUNTOS.flatMap((c) => [`${c.nombre}.csv`, `${c.nombre}.json`]), "diccionario.json", "diccionario.md", "diccionario.csv", "metadatos.json"];

export function mimeDeArchivo(nombre: string): string {
  if (nombre.endsWith(".csv")) return "text/csv; charset=utf-8";
  if (nombre.endsWith(".json")) return "application/json; charset=utf-8";
  if (nombre.endsWith(".md")) return "text/markdown; charset=utf-8";
  if (nombre.endsWith(".zip")) return "application/zip";
  return "application/octet-stream";
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The names of the natural persons the portal knows: its accounts and the convenios' responsible persons. */
export async function nombresDePersonas(client: Cliente): Promise<string[]> {
  const [usuarios, convenios] = await Promise.all([
    client.user.findMany({ select: { nombre: true } }),
    client.convenio.findMany({ where: { responsableNombre: { not: "" } }, select: { responsableNombre: true } }),
  ]);
  return [...usuarios.map((u) => u.nombre), ...convenios.map((c) => c.responsableNombre)];
}

type Lector = (client: Cliente, limpiar: (s: string) => string) => Promise<Fila[]>;

const LECTORES: Record<NombreConjunto, Lector> = {
  async desafios(client, limpiar) {
    const filas = await client.desafio.findMany({
      where: { estado: "PUBLICADO" },
      select: {
        id: true,
        slug: true,
        titulo: true,
        resumen: true,
        descripcion: true,
        alcance: true,
        regionCut: true,
        publicadoEn: true,
        region: { select: { nombre: true } },
        convocatoria: { select: { anio: true } },
        grupoVulnerable: { select: { nombre: true, mesaNombre: true, ministerio: true } },
      },
      orderBy: [{ convocatoria: { anio: "asc" } }, { slug: "asc" }],
    });
    return filas.map((d) => ({
      id: d.id,
      convocatoria_anio: d.convocatoria.anio,
      slug: d.slug,
      titulo: limpiar(d.titulo),
      resumen: limpiar(d.resumen),
      descripcion: limpiar(d.descripcion),
      grupo_vulnerable: d.grupoVulnerable.nombre,
      mesa_compromiso_pais: d.grupoVulnerable.mesaNombre,
      ministerio: d.grupoVulnerable.ministerio,
      alcance: d.alcance,
      region_cut: d.regionCut,
      region: d.region?.nombre ?? null,
      publicado_en: iso(d.publicadoEn),
    }));
  },
  async "metricas-linea-base"(client, limpiar) {
    const filas = await client.metricaLineaBase.findMany({
      where: { desafio: { estado: "PUBLICADO" } },
      select: { id: true, desafioId: true, indicador: true, valor: true, unidad: true, fuente: true, fecha: true },
      orderBy: [{ desafioId: "asc" }, { orden: "asc" }, { id: "asc" }],
    });
    return filas.map((m) => ({ id: m.id, desafio_id: m.desafioId, indicador: limpiar(m.indicador), valor: redondear(m.valor), unidad: m.unidad, fuente: limpiar(m.fuente), fecha: iso(m.fecha) }));
  },
  async perfiles(client, limpiar) {
    const filas = await client.postulacion.findMany({
      where: { enviadaEn: { not: null }, estado: { notIn: ["BORRADOR", "RETIRADA"] } },
      select: {
        id: true,
        folio: true,
        desafioId: true,
        nombreProyecto: true,
        problema: true,
        solucion: true,
        usuarios: true,
        coproduccion: true,
        nivelMadurez: true,
        tipoEjecutor: true,
        organizacionNombre: true,
        organizacion: { select: { nombre: true, tipo: true } },
        montoSolicitado: true,
        estado: true,
        enviadaEn: true,
        convocatoria: { select: { anio: true } },
        regiones: { select: { regionCut: true }, orderBy: { regionCut: "asc" } },
      },
      orderBy: [{ convocatoria: { anio: "asc" } }, { folio: "asc" }, { id: "asc" }],
    });
    return filas.map((p) => {
      const tipo = p.organizacion?.tipo ?? p.tipoEjecutor;
      const organizacion = tipo === "PERSONA_NATURAL" ? null : p.organizacion?.nombre || p.organizacionNombre || null;
      return {
        id: p.id,
        folio: p.folio,
        convocatoria_anio: p.convocatoria.anio,
        desafio_id: p.desafioId,
        nombre_proyecto: limpiar(p.nombreProyecto),
        problema: limpiar(p.problema),
        solucion: limpiar(p.solucion),
        poblacion_objetivo: limpiar(p.usuarios),
        coproduccion: limpiar(p.coproduccion),
        nivel_madurez: p.nivelMadurez,
        tipo_ejecutor: tipo,
        organizacion: organizacion === null ? null : limpiar(organizacion),
        regiones: p.regiones.map((r) => r.regionCut).join("|"),
        monto_solicitado: p.montoSolicitado,
        estado: p.estado,
        enviado_en: iso(p.enviadaEn),
      };
    });
  },
  async puntajes(client) {
    const [convocatorias, evaluaciones, decisiones, perfiles] = await Promise.all([
      client.convocatoria.findMany({ select: { id: true, anio: true, rubrica: { select: { normalizar: true, minMuestra: true } } } }),
      client.evaluacion.findMany({
        where: { enviadaEn: { not: null }, notaFinal: { not: null }, asignacion: { recusadaEn: null } },
        select: { notaFinal: true, asignacion: { select: { postulacionId: true, evaluadorId: true, postulacion: { select: { convocatoriaId: true } } } } },
      }),
      client.decisionComite.findMany({ select: { postulacionId: true, fase: true, decision: true, puntaje: true } }),
      client.postulacion.findMany({ where: { enviadaEn: { not: null }, estado: { notIn: ["BORRADOR", "RETIRADA"] } }, select: { id: true, folio: true, convocatoriaId: true } }),
    ]);
    const porConvocatoria = new Map<string, NotaEvaluador[]>();
    for (const e of evaluaciones) {
      const c = e.asignacion.postulacion.convocatoriaId;
      const lista = porConvocatoria.get(c) ?? [];
      lista.push({ postulacionId: e.asignacion.postulacionId, evaluadorId: e.asignacion.evaluadorId, nota: e.notaFinal! });
      porConvocatoria.set(c, lista);
    }
    const tecnico = new Map<string, { puntaje: number; n: number }>();
    for (const c of convocatorias) {
      const notas = porConvocatoria.get(c.id) ?? [];
      if (!notas.length) continue;
      let puntajes: Map<string, number>;
      try {
        puntajes = puntajesTecnicos(notas, { normalizar: c.rubrica?.normalizar ?? false, minMuestra: c.rubrica?.minMuestra });
      } catch {
        puntajes = puntajesTecnicos(notas, { normalizar: false });
      }
      for (const [id, p] of puntajes) tecnico.set(id, { puntaje: p, n: notas.filter((x) => x.postulacionId === id).length });
    }
    const decisionDe = new Map(decisiones.map((d) => [`${d.postulacionId}:${d.fase}`, d]));
    const anioDe = new Map(convocatorias.map((c) => [c.id, c.anio]));
    return perfiles
      .filter((p) => tecnico.has(p.id) || decisionDe.has(`${p.id}:PRESELECCION`))
      .sort((a, b) => anioDe.get(a.convocatoriaId)! - anioDe.get(b.convocatoriaId)! || (a.folio ?? 0) - (b.folio ?? 0) || (a.id < b.id ? -1 : 1))
      .map((p) => {
        const pre = decisionDe.get(`${p.id}:PRESELECCION`);
        const fin = decisionDe.get(`${p.id}:SELECCION_FINAL`);
        const t = tecnico.get(p.id);
        return {
          postulacion_id: p.id,
          folio: p.folio,
          convocatoria_anio: anioDe.get(p.convocatoriaId) ?? null,
          puntaje_tecnico: redondear(t?.puntaje),
          evaluaciones: t?.n ?? 0,
          puntaje_consolidado_preseleccion: redondear(pre?.puntaje),
          decision_preseleccion: pre?.decision ?? null,
          puntaje_consolidado_final: redondear(fin?.puntaje),
          decision_final: fin?.decision ?? null,
        };
      });
  },
  async votos(client) {
    const [conteos, perfiles] = await Promise.all([
      client.voto.groupBy({ by: ["postulacionId"], _count: { _all: true } }),
      client.postulacion.findMany({
        where: { votos: { some: {} } },
        select: { id: true, folio: true, desafioId: true, convocatoria: { select: { anio: true } } },
        orderBy: [{ convocatoria: { anio: "asc" } }, { folio: "asc" }, { id: "asc" }],
      }),
    ]);
    const de = new Map(conteos.map((c) => [c.postulacionId, c._count._all]));
    return perfiles.map((p) => ({ postulacion_id: p.id, folio: p.folio, convocatoria_anio: p.convocatoria.anio, desafio_id: p.desafioId, votos: de.get(p.id) ?? 0 }));
  },
  async resultados(client, limpiar) {
    return (await pilotosConInformeAprobado(client)).map((p) => ({
      postulacion_id: p.postulacionId,
      folio: p.folio,
      convocatoria_anio: p.anio,
      desafio_id: p.desafio.id,
      nombre_proyecto: limpiar(p.nombreProyecto),
      organizacion: p.organizacion === null ? null : limpiar(p.organizacion),
      monto_adjudicado: p.montoAdjudicado,
      recomendacion: p.informe?.recomendacion ?? null,
      fundamento_recomendacion: limpiar(p.informe?.fundamento ?? ""),
      lo_realizado: limpiar(p.informe?.loRealizado ?? ""),
      aprendizajes: limpiar(p.informe?.aprendizajes ?? ""),
    }));
  },
  async "resultados-metricas"(client, limpiar) {
    return (await pilotosConInformeAprobado(client)).flatMap((p) =>
      p.metricas.map((m) => ({ postulacion_id: p.postulacionId, indicador: limpiar(m.indicador), unidad: m.unidad, linea_base: limpiar(m.lineaBase), meta: limpiar(m.meta), resultado: limpiar(m.resultado) })),
    );
  },
};

/** The last guard: a column named like personal data is a programming error; a value that still looks like it is replaced. */
function resguardar(c: Conjunto, filas: Fila[], detectar: (v: string) => unknown[]): Fila[] {
  for (const col of c.columnas) {
    const p = columnaProhibida(col.nombre);
    if (p) throw new Error(`El conjunto ${c.nombre} tiene la columna ${col.nombre}, que parece un dato personal (${p}).`);
  }
  return filas.map((f) => {
    const out: Fila = {};
    for (const col of c.columnas) {
      const v: Valor = f[col.nombre] ?? null;
      out[col.nombre] = typeof v === "string" && col.tipo !== "identificador" && detectar(v).length ? OMITIDO : v;
    }
    return out;
  });
}

function csvConjunto(c: Conjunto, filas: readonly Fila[]): string {
  return documentoCsv(
    c.columnas.map((x) => x.nombre),
    filas.map((f) => c.columnas.map((x) => f[x.nombre])),
  );
}

export type ArchivosDatosAbiertos = { archivos: ArchivoZip[]; zip: Buffer; filas: Record<NombreConjunto, number> };

/**
 * Builds every open-data file. `avanzar` is called after each step (CONJUNTOS.length datasets, then the
 * dictionary), so a caller can report progress over PASOS_DATOS_ABIERTOS steps.
 */
export async function generarDatosAbiertos(client: Cliente, generadoEn: Date, avanzar: () => Promise<void> = async () => {}): Promise<ArchivosDatosAbiertos> {
  const personas = await nombresDePersonas(client);
  const limpiar = limpiadorDeTexto(personas);
  const detectar = detectorPersonal(personas);
  const cuando = generadoEn.toISOString();
  const archivos: ArchivoZip[] = [];
  const filas = {} as Record<NombreConjunto, number>;
  for (const c of CONJUNTOS) {
    const datos = resguardar(c, await LECTORES[c.nombre](client, limpiar), detectar);
    filas[c.nombre] = datos.length;
    archivos.push({ nombre: `${c.nombre}.csv`, datos: csvConjunto(c, datos) }, { nombre: `${c.nombre}.json`, datos: jsonConjunto(c, datos, cuando) });
    await avanzar();
  }
  const diccionario = CONJUNTOS.map((c) => ({ conjunto: c.nombre, titulo: c.titulo, descripcion: c.descripcion, archivos: [`${c.nombre}.csv`, `${c.nombre}.json`], columnas: c.columnas }));
  archivos.push(
    { nombre: "diccionario.json", datos: JSON.stringify({ notas: NOTAS_DICCIONARIO, conjuntos: diccionario }, null, 2) + "\n" },
    { nombre: "diccionario.md", datos: diccionarioMarkdown(CONJUNTOS, NOTAS_DICCIONARIO) },
    {
      nombre: "diccionario.csv",
      datos: documentoCsv(
        ["conjunto", "columna", "tipo", "descripcion"],
        CONJUNTOS.flatMap((c) => c.columnas.map((col) => [c.nombre, col.nombre, col.tipo, col.descripcion])),
      ),
    },
    {
      nombre: "metadatos.json",
      datos:
        JSON.stringify(
          { titulo: "Datos abiertos del Fondo IDEA", publicador: "FOSIS", licencia: "CC BY 4.0", generadoEn: cuando, conjuntos: CONJUNTOS.map((c) => ({ nombre: c.nombre, titulo: c.titulo, filas: filas[c.nombre] })) },
          null,
          2,
        ) + "\n",
    },
  );
  await avanzar();
  return { archivos, zip: crearZip(archivos, generadoEn), filas };
}

/** Steps generarDatosAbiertos reports: one per dataset and one for the dictionary. */
export const PASOS_DATOS_ABIERTOS = CONJUNTOS.length + 1;
