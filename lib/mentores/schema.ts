// Inputs of the mentor pool's actions (issue 13, etapa 4).
import { z } from "zod";
import { CLAVES_TEMAS, HELICES, HORAS_SEMANA, MAX_EQUIPOS, type TemaMentoria } from "@/lib/domain/mentores";
import { CODIGOS_REGION } from "@/lib/domain/regiones";
import { email, id, textoOpcional, textoRequerido } from "@/lib/validation/campos";

const entero = (campo: string, { min, max }: { min: number; max: number }) =>
  z.coerce
    .number({ error: `${campo} debe ser un número.` })
    .int(`${campo} debe ser un número entero.`)
    .min(min, `${campo} debe ser al menos ${min}.`)
    .max(max, `${campo} admite como máximo ${max}.`);

export const registrarseSchema = z.object({
  helice: z.enum(HELICES, { error: "Elija el sector (hélice) desde el que mentoriza." }),
  institucion: textoOpcional("La institución", 150).default(""),
  regionCut: z.enum(CODIGOS_REGION, { error: "Elija su región." }),
  experiencia: textoRequerido("La experiencia", 2000).refine((v) => v.length >= 20, "Describa su experiencia en al menos 20 caracteres."),
  // Checkboxes arrive as one string or several.
  temas: z
    .preprocess((v) => (v === undefined || v === "" || v === false ? [] : Array.isArray(v) ? v : [v]), z.array(z.string({ error: "Uno de los temas no es válido." })))
    // Checked on the whole list, so the message belongs to the field «temas», not to one checkbox.
    .refine((l) => l.every((t) => (CLAVES_TEMAS as readonly string[]).includes(t)), "Uno de los temas no es válido.")
    .transform((l) => [...new Set(l)] as TemaMentoria[])
    .refine((l) => l.length > 0, "Marque al menos un tema en el que puede mentorizar."),
  horasSemana: entero("Las horas por semana", HORAS_SEMANA),
  maxEquipos: entero("El máximo de equipos", MAX_EQUIPOS),
});

export const invitarSchema = z.object({
  nombre: textoRequerido("El nombre", 120),
  email,
  institucion: textoOpcional("La institución", 150).default(""),
});

export const revisarSchema = z
  .object({
    mentorPerfilId: id,
    decision: z.enum(["APROBAR", "RECHAZAR"], { error: "Indique si aprueba o rechaza la inscripción." }),
    motivo: textoOpcional("El motivo", 1000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "RECHAZAR" && (v.motivo ?? "").length < 10) {
      ctx.addIssue({ code: "custom", path: ["motivo"], message: "Explique el motivo del rechazo (al menos 10 caracteres): se envía a la persona." });
    }
  });
