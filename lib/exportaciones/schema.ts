// The exports staff request (issue 14, item 5): the kinds, their names and the request's input. No I/O: the
// staff page's form imports this file too.
import { z } from "zod";

export const TIPOS_EXPORTACION = ["mesa", "exante", "datos-abiertos"] as const;
export type TipoExportacion = (typeof TIPOS_EXPORTACION)[number];

export const NOMBRE_TIPO_EXPORTACION: Record<TipoExportacion, string> = {
  mesa: "Informe por Mesa Compromiso País (PDF)",
  exante: "Fichas de evaluación ex ante (PDF y CSV)",
  "datos-abiertos": "Datos abiertos (CSV y JSON, con diccionario)",
};

export const NOMBRE_ESTADO_EXPORTACION = {
  PENDIENTE: "En cola",
  EN_CURSO: "Generándose",
  LISTA: "Lista para descargar",
  FALLIDA: "Falló",
} as const;

const idOpcional = z
  .string({ error: "Identificador inválido." })
  .trim()
  .max(64, "Identificador inválido.")
  .regex(/^[A-Za-z0-9_-]*$/, "Identificador inválido.")
  .optional()
  .default("");

export const solicitarExportacionSchema = z
  .object({
    tipo: z.enum(TIPOS_EXPORTACION, { error: "Elija qué exportar." }),
    /** "mesa": the vulnerable group whose Mesa Compromiso País the report is for. */
    grupoVulnerableId: idOpcional,
    /** "exante": one recommended pilot; empty = every recommended pilot. */
    postulacionId: idOpcional,
  })
  .superRefine((v, ctx) => {
    if (v.tipo === "mesa" && !v.grupoVulnerableId) ctx.addIssue({ code: "custom", path: ["grupoVulnerableId"], message: "Elija la Mesa Compromiso País del informe." });
  });

export type ParametrosExportacion = { grupoVulnerableId?: string; postulacionId?: string };

/** The stored parametros (JSON) of an export, read leniently. */
export function leerParametros(json: string): ParametrosExportacion {
  try {
    const v = JSON.parse(json) as Record<string, unknown>;
    const out: ParametrosExportacion = {};
    if (typeof v.grupoVulnerableId === "string" && v.grupoVulnerableId) out.grupoVulnerableId = v.grupoVulnerableId;
    if (typeof v.postulacionId === "string" && v.postulacionId) out.postulacionId = v.postulacionId;
    return out;
  } catch {
    return {};
  }
}

/** The files of the open-data bundle the public routes serve, besides the datasets' CSV and JSON. */
export const ARCHIVOS_DICCIONARIO = ["diccionario.json", "diccionario.md", "diccionario.csv", "metadatos.json"] as const;
