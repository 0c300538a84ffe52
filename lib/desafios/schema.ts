import { z } from "zod";
import { CODIGOS_REGION } from "@/lib/domain/regiones";
import { fechaInput, id, textoRequerido } from "@/lib/validation/campos";

/** Una métrica de línea base es un porcentaje, una tasa o un conteo: un billón (10¹²) sobra y se guarda exacto en ambos motores. */
export const VALOR_MAXIMO_METRICA = 1e12;

export const metricaSchema = z.object({
  indicador: textoRequerido("El indicador", 200),
  valor: z.coerce.number({ error: "El valor debe ser un número." }).refine(Number.isFinite, "El valor debe ser un número.")
    .refine((v) => Math.abs(v) <= VALOR_MAXIMO_METRICA, "El valor está fuera de rango (máximo un billón)."),
  unidad: textoRequerido("La unidad", 60),
  fuente: textoRequerido("La fuente", 200),
  fecha: fechaInput("Fecha de la medición"),
});

export const desafioCamposSchema = z
  .object({
    titulo: textoRequerido("El título", 160),
    resumen: textoRequerido("El resumen", 400),
    descripcion: textoRequerido("La descripción", 5000),
    grupoVulnerableId: id.pipe(z.string({ error: "Seleccione un grupo vulnerable." })),
    alcance: z.enum(["REGIONAL", "NACIONAL"], { error: "Seleccione el alcance." }),
    regionCut: z.enum(CODIGOS_REGION, { error: "Seleccione una región válida." }).optional(),
    metricas: z
      .array(metricaSchema, { error: "Agregue al menos una métrica de línea base." })
      .min(1, "Agregue al menos una métrica de línea base.")
      .max(10, "Como máximo 10 métricas."),
  })
  .refine((v) => v.alcance === "NACIONAL" || !!v.regionCut, { path: ["regionCut"], message: "Un desafío regional necesita su región." });

export const crearDesafioSchema = desafioCamposSchema;
export const editarDesafioSchema = desafioCamposSchema.and(z.object({ id }));
export const publicarDesafioSchema = z.object({
  id,
  publicar: z.enum(["si", "no"], { error: "Indique si se publica o se retira." }),
});

export type DesafioForm = z.input<typeof desafioCamposSchema>;
