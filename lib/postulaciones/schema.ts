// One schema for the perfil, shared by the form (react-hook-form) and the server actions.
// The draft schema is lenient (anything half-written is kept); the submit schema is strict.
import { z } from "zod";
import { MAX_PESOS, MENSAJE_MONTO_GRANDE, montoBorrador } from "@/lib/domain/avisos-borrador";
import { parsearPesos } from "@/lib/domain/formato";
import { CODIGOS_REGION } from "@/lib/domain/regiones";
import { id, rut, texto } from "@/lib/validation/campos";

export const NIVELES = ["IDEA_VAGA", "IDEA_CLARA", "IDEA_PROTOTIPADA"] as const;
export const TIPOS_EJECUTOR = ["ORGANISMO_PUBLICO", "SIN_FINES_DE_LUCRO", "EMPRESA", "UNIVERSIDAD", "PERSONA_NATURAL"] as const;

export const NOMBRE_NIVEL: Record<(typeof NIVELES)[number], string> = {
  IDEA_VAGA: "Idea vaga",
  IDEA_CLARA: "Idea clara",
  IDEA_PROTOTIPADA: "Idea estudiada y prototipada",
};

export const NOMBRE_TIPO_EJECUTOR: Record<(typeof TIPOS_EJECUTOR)[number], string> = {
  ORGANISMO_PUBLICO: "Organismo público",
  SIN_FINES_DE_LUCRO: "Organización sin fines de lucro",
  EMPRESA: "Empresa con fines de lucro",
  UNIVERSIDAD: "Universidad",
  PERSONA_NATURAL: "Persona natural",
};

const requerido = (campo: string, max: number) => texto(campo, max).trim().min(1, `${campo} es obligatorio.`);

/** Labels of the perfil's text fields, used by the form and by the admissibility checks. */
export const CAMPOS_PERFIL = {
  nombreProyecto: { etiqueta: "Nombre del proyecto", max: 120 },
  problema: { etiqueta: "Problema", max: 3000 },
  solucion: { etiqueta: "Solución propuesta", max: 3000 },
  usuarios: { etiqueta: "Personas usuarias", max: 2000 },
  coproduccion: { etiqueta: "Co-producción con las personas usuarias", max: 2000 },
  equipo: { etiqueta: "Equipo", max: 2000 },
  organizacionNombre: { etiqueta: "Nombre de la organización", max: 200 },
} as const;

type CampoTexto = keyof typeof CAMPOS_PERFIL;
const textosBorrador = Object.fromEntries(
  Object.entries(CAMPOS_PERFIL).map(([k, c]) => [k, texto(c.etiqueta, c.max).optional()]),
) as Record<CampoTexto, z.ZodOptional<z.ZodString>>;
const textosEnvio = Object.fromEntries(Object.entries(CAMPOS_PERFIL).map(([k, c]) => [k, requerido(c.etiqueta, c.max)])) as Record<
  CampoTexto,
  z.ZodString
>;

// Submit: the amount as Chileans type it ("$25.000.000", "25.000.000", "25000000") or a number.
const monto = z.preprocess(
  (v) => (typeof v === "string" ? (parsearPesos(v) ?? v) : v),
  z.coerce
    .number({ error: "El monto debe ser un número." })
    .int("El monto va en pesos, sin decimales.")
    .min(0, "El monto no puede ser negativo.")
    .max(MAX_PESOS, MENSAJE_MONTO_GRANDE)
    .min(1, "Indique el monto solicitado."),
);

/** Chile has 16 regions: a perfil names between one and all of them. */
const MENSAJE_REGIONES = "Seleccione entre 1 y 16 regiones.";

export const crearBorradorSchema = z.object({ desafioId: id });

/**
 * Autosave: every field optional and saved as typed (the RUT too: only the submission requires a valid
 * one); what the submission would refuse comes back as warnings, never as a refusal. `version` is the
 * draft version the browser last saw.
 */
export const borradorSchema = z.object({
  id,
  version: z.coerce.number({ error: "Versión inválida." }).int().min(0).max(2_147_483_647),
  ...textosBorrador,
  organizacionRut: texto("RUT de la organización", 20).optional(),
  nivelMadurez: z.enum(NIVELES, { error: "Seleccione un nivel de madurez válido." }).nullable().optional(),
  tipoEjecutor: z.enum(TIPOS_EJECUTOR, { error: "Seleccione un tipo de ejecutor válido." }).nullable().optional(),
  // Whatever was typed is accepted: integer pesos when it reads as an amount, else null plus a warning
  // (lib/domain/avisos-borrador.ts). The input only takes digits, so that is rare.
  montoSolicitado: z
    .union([z.string().max(40), z.number(), z.null()], { error: "El monto debe ser un número." })
    .optional()
    .transform((v) => (v === undefined ? undefined : montoBorrador(v))),
  regiones: z.array(z.enum(CODIGOS_REGION, { error: "Región inválida." })).max(16, MENSAJE_REGIONES).optional(),
});

/** Submit: everything required; the línea is the cell nivelMadurez × tipoEjecutor. */
export const envioSchema = z.object({
  id,
  ...textosEnvio,
  organizacionRut: rut,
  nivelMadurez: z.enum(NIVELES, { error: "Seleccione el nivel de madurez." }),
  tipoEjecutor: z.enum(TIPOS_EJECUTOR, { error: "Seleccione el tipo de ejecutor." }),
  montoSolicitado: monto,
  regiones: z.array(z.enum(CODIGOS_REGION, { error: "Región inválida." }), { error: MENSAJE_REGIONES }).min(1, MENSAJE_REGIONES).max(16, MENSAJE_REGIONES),
});

export const retiroSchema = z.object({ id });

export type Borrador = z.input<typeof borradorSchema>;
