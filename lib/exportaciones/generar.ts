// Generates one export (issue 14, item 5) and says how far it got: the Mesa report (PDF), the ex-ante
// sheets (PDF and CSV, in one ZIP) or the open data (ZIP of CSV, JSON and the dictionary). The runner
// (./runner.ts) calls it for a row it claimed and stores the bytes. No "server-only" (instrumentation).
import type { Db } from "@/lib/db/client";
import { formatearFolio } from "@/lib/domain/huella";
import { documentoCsv } from "@/lib/seguimiento/csv";
import { generarDatosAbiertos, PASOS_DATOS_ABIERTOS } from "./datos-abiertos";
import { fichasExAntePdf, informeMesaPdf, textoRecomendacion } from "./pdf";
import { pilotosDeMesa, pilotosRecomendados, type Piloto } from "./pilotos";
import { leerParametros, type TipoExportacion } from "./schema";
import { crearZip } from "./zip";

export type Archivo = { archivo: Buffer; mime: string; nombre: string };

/** Progress: `total` steps in all, `avance` done. */
export type Progreso = (avance: number, total: number) => Promise<void>;

/** A refusal to generate (bad parameters): the row ends FALLIDA with this message. */
export class ExportacionInvalida extends Error {}

const fechaArchivo = (d: Date) => d.toISOString().slice(0, 10);

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

export const ENCABEZADOS_EXANTE = [
  "Folio",
  "Año",
  "Proyecto",
  "Recomendación",
  "Fundamento",
  "Desafío",
  "Problema",
  "Grupo vulnerable",
  "Mesa Compromiso País",
  "Región",
  "Personas usuarias",
  "Actividades",
  "Hitos",
  "Monto adjudicado (pesos)",
  "Indicador",
  "Unidad",
  "Línea base",
  "Meta",
  "Resultado",
  "Medio de verificación",
] as const;

/** One row per pilot and indicator (a pilot without indicators still gets one row). */
export function csvExAnte(pilotos: readonly Piloto[]): string {
  const filas = pilotos.flatMap((p) => {
    const comun = [
      p.folio === null ? "" : formatearFolio(p.folio),
      p.anio,
      p.nombreProyecto,
      textoRecomendacion(p),
      p.informe?.fundamento ?? "",
      p.desafio.titulo,
      p.problema,
      p.grupoVulnerable.nombre,
      p.grupoVulnerable.mesaNombre,
      p.regiones.join(", "),
      p.poblacion,
      p.actividades,
      p.hitos.map((h) => h.titulo).join(" | "),
      p.montoAdjudicado,
    ];
    if (p.metricas.length === 0) return [[...comun, "", "", "", "", "", ""]];
    return p.metricas.map((m) => [...comun, m.indicador, m.unidad, m.lineaBase, m.meta, m.resultado, m.medioVerificacion]);
  });
  return documentoCsv([...ENCABEZADOS_EXANTE], filas);
}

export async function generarExportacion(client: Db, tipo: TipoExportacion, parametrosJson: string, generadoEn: Date, progreso: Progreso): Promise<Archivo> {
  const parametros = leerParametros(parametrosJson);
  const dia = fechaArchivo(generadoEn);
  if (tipo === "mesa") {
    const grupo = parametros.grupoVulnerableId
      ? await client.grupoVulnerable.findUnique({ where: { id: parametros.grupoVulnerableId }, select: { nombre: true, mesaNombre: true, ministerio: true } })
      : null;
    if (!grupo) throw new ExportacionInvalida("No se encontró la Mesa Compromiso País pedida.");
    await progreso(0, 2);
    const pilotos = await pilotosDeMesa(client, parametros.grupoVulnerableId!);
    await progreso(1, 2);
    const archivo = await informeMesaPdf({ mesaNombre: grupo.mesaNombre, grupo: grupo.nombre, ministerio: grupo.ministerio, pilotos, generadoEn });
    await progreso(2, 2);
    return { archivo, mime: "application/pdf", nombre: `informe-${slug(grupo.mesaNombre)}-${dia}.pdf` };
  }
  if (tipo === "exante") {
    await progreso(0, 3);
    const pilotos = await pilotosRecomendados(client, parametros.postulacionId);
    if (parametros.postulacionId && pilotos.length === 0) throw new ExportacionInvalida("No se encontró un piloto recomendado con ese identificador.");
    await progreso(1, 3);
    const pdf = await fichasExAntePdf(pilotos, generadoEn);
    await progreso(2, 3);
    const csv = csvExAnte(pilotos);
    const base = pilotos.length === 1 && parametros.postulacionId ? `ficha-ex-ante-${pilotos[0].folio ?? slug(pilotos[0].nombreProyecto)}-${dia}` : `fichas-ex-ante-${dia}`;
    const archivo = crearZip(
      [
        { nombre: `${base}.pdf`, datos: pdf },
        { nombre: `${base}.csv`, datos: csv },
      ],
      generadoEn,
    );
    await progreso(3, 3);
    return { archivo, mime: "application/zip", nombre: `${base}.zip` };
  }
  let hechos = 0;
  await progreso(0, PASOS_DATOS_ABIERTOS);
  const r = await generarDatosAbiertos(client, generadoEn, () => progreso(++hechos, PASOS_DATOS_ABIERTOS));
  return { archivo: r.zip, mime: "application/zip", nombre: `datos-abiertos-fondo-idea-${dia}.zip` };
}
