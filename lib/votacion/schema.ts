// Inputs of the popular vote's actions: the vote, the rules, and the staff's RUT verification.
import { z } from "zod";
import { instanteEnSantiago } from "@/lib/domain/formato";
import { email, fechaInput, id, rut, textoRequerido } from "@/lib/validation/campos";
import { AMBITOS_VOTO, errorVentana, MAX_VOTOS_POR_CONVOCATORIA, MAX_VOTOS_POR_DESAFIO } from "./reglas";

export const emitirVotoSchema = z.object({ postulacionId: id });

const hora = (campo: string) =>
  z.string({ error: `${campo}: ingrese una hora.` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${campo}: ingrese una hora válida (HH:MM).`);

const cantidad = (campo: string, max: number) =>
  z.coerce
    .number({ error: `${campo} debe ser un número.` })
    .int(`${campo} debe ser un número entero.`)
    .min(1, `${campo} debe ser al menos 1.`)
    .max(max, `${campo} admite como máximo ${max}.`);

/** A checkbox: "si"/"on"/"true"/true → true; anything else sent, or nothing, → false. */
const casilla = z
  .union([z.boolean(), z.enum(["si", "no", "on", "true", "false"])], { error: "Indique sí o no." })
  .optional()
  .transform((v) => v === true || v === "si" || v === "on" || v === "true");

/** The window is typed as dates and times of Chile (America/Santiago) and stored as instants. */
export const configurarVotacionSchema = z
  .object({
    inicioFecha: fechaInput("Apertura"),
    inicioHora: hora("Hora de apertura"),
    finFecha: fechaInput("Cierre"),
    finHora: hora("Hora de cierre"),
    votoAmbito: z.enum(AMBITOS_VOTO, { error: "Seleccione el ámbito de los votos." }),
    votosPorDesafio: cantidad("Los votos por desafío", MAX_VOTOS_POR_DESAFIO),
    votosPorConvocatoria: cantidad("Los votos por convocatoria", MAX_VOTOS_POR_CONVOCATORIA),
    ocultarConteos: casilla,
  })
  .transform((v) => ({
    votacionInicio: instanteEnSantiago(v.inicioFecha, `${v.inicioHora}:00`),
    votacionFin: instanteEnSantiago(v.finFecha, `${v.finHora}:00`),
    votoAmbito: v.votoAmbito,
    votosPorDesafio: v.votosPorDesafio,
    votosPorConvocatoria: v.votosPorConvocatoria,
    ocultarConteos: v.ocultarConteos,
  }))
  .superRefine((v, ctx) => {
    const error = errorVentana(v.votacionInicio, v.votacionFin);
    if (error) ctx.addIssue({ code: "custom", path: ["finFecha"], message: error });
  });

export type ConfigurarVotacion = z.input<typeof configurarVotacionSchema>;

/** Staff verify a person's RUT in person (their cédula), for the account with this e-mail. */
export const verificarRutSchema = z.object({
  email,
  rut,
  motivo: textoRequerido("El motivo", 500),
});

export type VerificarRut = z.input<typeof verificarRutSchema>;
