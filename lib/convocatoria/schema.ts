import { z } from "zod";
import { ETAPAS } from "@/lib/domain/etapas";
import { fechaInput, pesos } from "@/lib/validation/campos";

const porcentaje = (campo: string) =>
  z.coerce.number({ error: `${campo} debe ser un número.` }).int(`${campo} debe ser un número entero.`).min(0, `${campo} no puede ser negativo.`).max(100, `${campo} no puede superar 100.`);

export const configuracionSchema = z
  .object({
    presupuestoTotal: pesos("El presupuesto").min(1, "El presupuesto debe ser mayor que cero."),
    montoMinProyecto: pesos("El monto mínimo por proyecto"),
    montoMaxProyecto: pesos("El monto máximo por proyecto"),
    proyectosObjetivo: z.coerce.number({ error: "La meta debe ser un número." }).int("La meta debe ser un número entero.").min(1, "La meta debe ser al menos 1.").max(500),
    pesoTecnico: porcentaje("La ponderación técnica"),
    pesoVotacion: porcentaje("La ponderación de la votación"),
    pesoDemoDay: porcentaje("La ponderación del demo day"),
  })
  .refine((v) => v.montoMinProyecto <= v.montoMaxProyecto, { path: ["montoMaxProyecto"], message: "El máximo debe ser mayor o igual al mínimo." })
  .refine((v) => v.montoMaxProyecto <= v.presupuestoTotal, { path: ["montoMaxProyecto"], message: "El máximo por proyecto no puede superar el presupuesto." })
  .refine((v) => v.pesoTecnico + v.pesoVotacion + v.pesoDemoDay === 100, { path: ["pesoDemoDay"], message: "Las ponderaciones deben sumar 100." });

const tramo = (nombre: string) => z.object({ inicio: fechaInput(`${nombre}, inicio`), fin: fechaInput(`${nombre}, término`) });

export const calendarioSchema = z.object({
  calendario: z.object(Object.fromEntries(ETAPAS.map((e) => [e, tramo(e)])) as Record<(typeof ETAPAS)[number], ReturnType<typeof tramo>>, {
    error: "Complete las fechas de las seis etapas.",
  }),
});

export const avanceSchema = z.object({
  desde: z.enum(ETAPAS, { error: "Etapa de origen inválida." }),
  // "si": the admin read what advancing before the planned end cuts short ("Avanzar igual"). Without it an
  // early advance is refused, so a form rendered before the warning (or replayed) cannot cut it short silently.
  aceptaCorteAnticipado: z.enum(["si"], { error: "Confirmación de avance anticipado inválida." }).optional(),
});

/** convocatoria.crearSiguiente: next year's convocatoria, optionally with another name. */
export const crearSiguienteSchema = z.object({
  nombre: z.string().trim().max(200, "El nombre puede tener hasta 200 caracteres.").optional(),
});
