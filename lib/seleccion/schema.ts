// Inputs of the selection round's actions (issue 12).
import { z } from "zod";
import { LARGO_MINIMO_FUNDAMENTO } from "@/lib/domain/seleccion";
import { id, pesos, textoOpcional, textoRequerido } from "@/lib/validation/campos";

/** Checkbox lists and multi-selects arrive as one string or several: always a list, without repeats. */
const listaDeIds = (campo: string) =>
  z
    .preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(id, { error: `${campo}: lista inválida.` }).max(50, `${campo}: como máximo 50.`))
    .transform((l) => [...new Set(l)]);

export const prepararRondaSchema = z.object({
  presupuesto: pesos("El presupuesto").refine((v) => v > 0, "El presupuesto debe ser mayor que cero."),
  maxPorDesafio: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce.number({ error: "El máximo por desafío debe ser un número." }).int("El máximo por desafío debe ser un número entero.").min(1, "El máximo por desafío debe ser al menos 1.").max(100, "El máximo por desafío admite como máximo 100.").optional(),
  ),
  miembros: listaDeIds("Miembros presentes").refine((l) => l.length > 0, "Marque al menos un miembro del comité presente."),
});

export const DECISIONES = ["SELECCIONADA", "LISTA_ESPERA", "NO_SELECCIONADA"] as const;

export const decidirSchema = z.object({
  postulacionId: id,
  decision: z.enum(DECISIONES, { error: "Elija una decisión." }),
  montoAsignado: z.preprocess((v) => (v === "" || v === null ? undefined : v), pesos("El monto asignado").optional()),
  fundamento: textoOpcional("El fundamento", 2000),
});

export const adoptarSugerenciaSchema = z.object({});
export const generarActaSchema = z.object({});

export const retirarActaSchema = z.object({
  motivo: textoRequerido("El motivo", 1000).refine((v) => v.length >= LARGO_MINIMO_FUNDAMENTO, "Explique en una frase por qué se retira el acta (al menos 15 caracteres)."),
});

export const firmarActaSchema = z
  .object({
    postura: z.enum(["ACUERDO", "DISIDENCIA"], { error: "Indique si firma de acuerdo o con una disidencia." }),
    nota: textoOpcional("La nota", 2000),
  })
  .refine((v) => v.postura === "ACUERDO" || (v.nota ?? "").length >= LARGO_MINIMO_FUNDAMENTO, { path: ["nota"], message: "Una disidencia necesita su fundamento (al menos 15 caracteres)." });
