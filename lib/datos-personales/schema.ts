// Inputs of the data-subject rights' actions (Ley 21.719; docs/decisions/0019-derechos-sobre-datos.md).
import { z } from "zod";
import { CODIGOS_REGION } from "@/lib/domain/regiones";
import { email, id, rut, textoOpcional, textoRequerido } from "@/lib/validation/campos";

/** A blank form field (or an absent one) is "not given". */
const opcional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), s.optional());

/** The person corrects their own name and region (RUT and e-mail: through a request, see solicitarSchema). */
export const rectificarSchema = z.object({
  nombre: textoRequerido("El nombre", 120),
  // Absent: unchanged; "" (the form's «Sin indicar»): cleared; a code: that region.
  regionCut: z
    .union([z.literal(""), z.enum(CODIGOS_REGION)], { error: "Elija una región de la lista." })
    .optional()
    .transform((v) => (v === "" ? null : v)),
});

export const TIPOS_SOLICITUD = ["RECTIFICACION", "SUPRESION"] as const;
export const MIN_DETALLE = 10;

export const solicitarSchema = z
  .object({
    tipo: z.enum(TIPOS_SOLICITUD, { error: "Elija qué pide: rectificar o suprimir sus datos." }),
    detalle: textoOpcional("El detalle", 2000),
  })
  .superRefine((v, ctx) => {
    if (v.tipo === "RECTIFICACION" && (v.detalle ?? "").length < MIN_DETALLE) {
      ctx.addIssue({ code: "custom", path: ["detalle"], message: `Indique qué dato está mal y cuál es el correcto (al menos ${MIN_DETALLE} caracteres).` });
    }
  });

export const MIN_RESPUESTA = 10;

export const resolverSchema = z
  .object({
    solicitudId: id,
    decision: z.enum(["RESOLVER", "RECHAZAR"], { error: "Indique si resuelve o rechaza la solicitud." }),
    respuesta: textoOpcional("La respuesta", 2000),
    // A rectification: the corrected values (blank: unchanged).
    nombre: opcional(textoRequerido("El nombre", 120)),
    email: opcional(email),
    rut: opcional(rut),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "RECHAZAR" && (v.respuesta ?? "").length < MIN_RESPUESTA) {
      ctx.addIssue({ code: "custom", path: ["respuesta"], message: `Explique el motivo del rechazo (al menos ${MIN_RESPUESTA} caracteres): se envía a la persona.` });
    }
  });

export type ResolverInput = z.output<typeof resolverSchema>;
