// The final report's action schemas, shared by the form and the actions. The content's shape and the
// submission's rules are lib/domain/sistematizacion.ts.
import { z } from "zod";
import { contenidoSistematizacionSchema, MIN_MOTIVO_OBSERVACION } from "@/lib/domain/sistematizacion";
import { id, texto } from "@/lib/validation/campos";

const version = z.coerce.number({ error: "Falta la versión del borrador." }).int().min(0, "Versión inválida.");

/** Autosave: the pilot (its postulación), the version the browser last saw, and the content as typed. */
export const borradorSistematizacionSchema = contenidoSistematizacionSchema.extend({ id, version });

/** Submit: what is stored, at the version the browser shows. */
export const envioSistematizacionSchema = z.object({ id, version });

/** Staff's review: approve (published), or ask for changes with the reasons. */
export const revisarSistematizacionSchema = z
  .object({
    id,
    decision: z.enum(["APROBAR", "OBSERVAR"], { error: "Elija aprobar o pedir cambios." }),
    motivo: texto("El motivo", 2000).trim().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "OBSERVAR" && v.motivo.length < MIN_MOTIVO_OBSERVACION) {
      ctx.addIssue({ code: "custom", path: ["motivo"], message: `Explique qué debe cambiar el equipo (al menos ${MIN_MOTIVO_OBSERVACION} caracteres).` });
    }
  });

export const MENSAJE_SIN_PROYECTO = "No se encontró un piloto con ese identificador.";
export const MENSAJE_CONFLICTO = "Este informe cambió en otra pestaña o dispositivo. Recargue la página para ver la versión más reciente.";
export const MENSAJE_NO_EDITABLE = "El informe final ya fue enviado a revisión: no se puede modificar mientras se revisa, ni después de aprobado.";
export const MENSAJE_NO_CUMPLE = "El informe final no cumple las condiciones para ser enviado. Revise los campos marcados.";
export const MENSAJE_NO_REVISABLE = "Este informe final no está enviado a revisión: solo se revisa un informe enviado.";
