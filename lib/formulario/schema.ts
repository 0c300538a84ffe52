// The formulario completo's action schemas, shared by the form (react-hook-form) and the actions. The
// content's shape and the submission's rules are lib/domain/formulario-completo.ts.
import { z } from "zod";
import { contenidoSchema } from "@/lib/domain/formulario-completo";
import { id } from "@/lib/validation/campos";

const version = z.coerce.number({ error: "Falta la versión del borrador." }).int().min(0, "Versión inválida.");

/** Autosave: the perfil, the version the browser last saw, and the whole content as typed. */
export const borradorFormularioSchema = contenidoSchema.extend({ id, version });

/** Submit: what is stored, at the version the browser shows (a stale tab cannot send another text). */
export const envioFormularioSchema = z.object({ id, version });

export const MENSAJE_YA_ENVIADO = "El formulario completo ya fue enviado: quedó congelado y no se puede modificar.";
export const MENSAJE_CONFLICTO = "Este formulario cambió en otra pestaña o dispositivo. Recargue la página para ver la versión más reciente.";
export const MENSAJE_NO_CUMPLE = "El formulario completo no cumple las condiciones para ser enviado. Revise los campos marcados.";
