// What the portfolio optimiser takes (issue 12), validated with zod, Spanish messages. The shape is fixed
// by the issue, an external checker calls it:
//   { presupuesto, maxPorDesafio?, incluir?: id[], excluir?: id[], candidatos: [{ id, region, desafio, monto, puntaje }] }
// plus an optional `banda` (the per-project range: default CLP 20–30 MM). Pure.
import { z } from "zod";
import "../validation/zod-es";
import { CODIGOS_REGION } from "./regiones";

export const BANDA_POR_DEFECTO = { min: 20_000_000, max: 30_000_000 } as const;
/** More candidates than any convocatoria has (the bench goes to 2,000); keeps a request bounded. */
export const MAX_CANDIDATOS = 20_000;
/** Scores are grades or weighted sums of grades; beyond this they are a mistake, and integers lose exactness. */
export const MAX_PUNTAJE = 1_000_000;

/** A trillion pesos: far above any fund, and small enough for the solver's numbers to stay exact. */
export const MAX_PESOS = 1_000_000_000_000;

const pesos = (campo: string, minimo: number) =>
  z
    .number({ error: `${campo} debe ser un número (pesos enteros).` })
    .int(`${campo} debe ser un número entero de pesos.`)
    .min(minimo, `${campo} debe ser ${minimo === 0 ? "cero o más" : "mayor que cero"}.`)
    .max(MAX_PESOS, `${campo} supera el máximo admitido (un billón de pesos).`);

const id = (campo: string) =>
  z.union([z.string().min(1, `${campo} no puede estar vacío.`), z.number().int(`${campo} debe ser un texto o un número entero.`)], {
    error: `${campo} debe ser un texto o un número entero.`,
  });

const candidato = z.object({
  id: id("El id del candidato"),
  region: z.enum(CODIGOS_REGION, { error: 'La región debe ser un código CUT de "01" a "16".' }),
  desafio: id("El desafío"),
  monto: pesos("El monto", 1),
  puntaje: z
    .number({ error: "El puntaje debe ser un número." })
    .min(-MAX_PUNTAJE, `El puntaje debe estar entre ${-MAX_PUNTAJE} y ${MAX_PUNTAJE}.`)
    .max(MAX_PUNTAJE, `El puntaje debe estar entre ${-MAX_PUNTAJE} y ${MAX_PUNTAJE}.`),
});

export const entradaCarteraSchema = z
  .object(
    {
      presupuesto: pesos("El presupuesto", 0),
      maxPorDesafio: z
        .number({ error: "El máximo por desafío debe ser un número entero." })
        .int("El máximo por desafío debe ser un número entero.")
        .min(1, "El máximo por desafío debe ser al menos 1.")
        .nullish(),
      incluir: z.array(id("Cada id de incluir"), { error: "incluir debe ser una lista de ids." }).nullish(),
      excluir: z.array(id("Cada id de excluir"), { error: "excluir debe ser una lista de ids." }).nullish(),
      banda: z
        .object({ min: pesos("El mínimo de la banda", 0), max: pesos("El máximo de la banda", 0) }, { error: "La banda debe tener min y max." })
        .refine((b) => b.min <= b.max, "El mínimo de la banda no puede superar su máximo.")
        .nullish(),
      candidatos: z
        .array(candidato, { error: "candidatos debe ser una lista." })
        .max(MAX_CANDIDATOS, `Se admiten como máximo ${MAX_CANDIDATOS} candidatos.`),
    },
    { error: "La entrada debe ser un objeto con presupuesto y candidatos." },
  )
  .superRefine((e, ctx) => {
    const vistos = new Set<string | number>();
    e.candidatos.forEach((c, i) => {
      if (vistos.has(c.id)) ctx.addIssue({ code: "custom", path: ["candidatos", i, "id"], message: `El id «${c.id}» está repetido.` });
      vistos.add(c.id);
    });
  });

export type EntradaCartera = z.input<typeof entradaCarteraSchema>;
export type EntradaValidada = z.output<typeof entradaCarteraSchema>;
export type IdCandidato = string | number;

/** One line per problem: "candidatos[3].monto: El monto debe ser …". */
export function validarEntrada(entrada: unknown): { ok: true; entrada: EntradaValidada } | { ok: false; motivo: string } {
  const r = entradaCarteraSchema.safeParse(entrada);
  if (r.success) return { ok: true, entrada: r.data };
  const lineas = r.error.issues.slice(0, 10).map((i) => {
    const ruta = i.path.map((p, k) => (typeof p === "number" ? `[${p}]` : `${k ? "." : ""}${String(p)}`)).join("");
    const mensaje = i.message.replace(/\.$/, "");
    return ruta ? `${ruta}: ${mensaje}` : mensaje;
  });
  const mas = r.error.issues.length > 10 ? ` (y ${r.error.issues.length - 10} problemas más)` : "";
  return { ok: false, motivo: `La entrada no es válida: ${lineas.join("; ")}${mas}.` };
}
