// Inputs of the formation programme's actions (issue 13, etapa 4).
import { z } from "zod";
import { LARGO_MODULO, PATRON_CLAVE_MODULO } from "@/lib/domain/formacion";
import { id, textoRequerido } from "@/lib/validation/campos";

/** A module's fields; with `id`, the module to edit (of the current convocatoria), else a new one. */
export const moduloSchema = z.object({
  id: z.preprocess((v) => (v === "" || v === null ? undefined : v), id.optional()),
  clave: textoRequerido("La clave", LARGO_MODULO.clave)
    .transform((v) => v.toLowerCase())
    .refine((v) => PATRON_CLAVE_MODULO.test(v), "La clave admite solo letras minúsculas sin tilde, números y guiones (por ejemplo, «taller-presupuesto»)."),
  titulo: textoRequerido("El título", LARGO_MODULO.titulo),
  resumen: textoRequerido("El resumen", LARGO_MODULO.resumen),
  material: textoRequerido("El material", LARGO_MODULO.material),
  orden: z.coerce
    .number({ error: "El orden debe ser un número." })
    .int("El orden debe ser un número entero.")
    .min(1, "El orden debe ser al menos 1.")
    .max(99, "El orden admite como máximo 99."),
});

/** Loads the four base modules (lib/domain/formacion.ts MODULOS_BASE) that the convocatoria does not have yet. */
export const cargarBaseSchema = z.object({ base: z.literal("si", { error: "Confirme que desea cargar los módulos base." }) });

export const guardarModuloSchema = z.union([cargarBaseSchema, moduloSchema], { error: "Revise los campos del módulo." });

export const completarModuloSchema = z.object({
  postulacionId: id,
  moduloId: id,
});
