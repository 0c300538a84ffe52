// Inputs of the mentoring actions (issue 13): shared by their forms and the actions.
import { z } from "zod";
import { SEMANAS_MENTORIA } from "@/lib/domain/mentoria";
import { fechaInput, id, textoOpcional, textoRequerido } from "@/lib/validation/campos";

export const DETALLE_MIN = 10;
export const DETALLE_MAX = 1000;
export const TEMAS_MAX = 2000;
export const ACUERDOS_MAX = 2000;

export const asignarMentoriaSchema = z.object({
  postulacionId: id,
  /** The mentor's account (User.id), holder of an approved MentorPerfil. */
  mentorId: id,
});

export const declararConflictoMentoriaSchema = z.object({
  mentoriaId: id,
  detalle: textoRequerido("El detalle del conflicto", DETALLE_MAX).pipe(z.string().min(DETALLE_MIN, `Explique el conflicto en al menos ${DETALLE_MIN} caracteres.`)),
});

export const registrarSesionSchema = z.object({
  mentoriaId: id,
  semana: z.coerce
    .number({ error: "Elija la semana." })
    .int("Elija la semana.")
    .min(1, `La semana debe estar entre 1 y ${SEMANAS_MENTORIA}.`)
    .max(SEMANAS_MENTORIA, `La semana debe estar entre 1 y ${SEMANAS_MENTORIA}.`),
  fecha: fechaInput("Fecha de la sesión"),
  temas: textoRequerido("Los temas tratados", TEMAS_MAX),
  acuerdos: textoOpcional("Los acuerdos", ACUERDOS_MAX),
  proximosPasos: textoOpcional("Los próximos pasos", ACUERDOS_MAX),
});

export const confirmarSesionSchema = z.object({ sesionId: id });

export const enviarAlertasSchema = z.object({});

export type RegistrarSesionEntrada = z.input<typeof registrarSesionSchema>;
