// Talleres regionales, encuentros and other events with registration, waitlist and attendance.
import { z } from "zod";
import { CODIGOS_REGION } from "@/lib/domain/regiones";
import { email, fechaInput, id, textoOpcional, textoRequerido } from "@/lib/validation/campos";

export const TIPOS_TALLER = ["TALLER_REGIONAL", "TALLER_IDEACION", "ENCUENTRO", "FORMACION", "DEMO_DAY"] as const;

export const MENSAJE_DEMO_DAY_SIN_REGION = "Un demo day es regional: elija la región cuyos equipos preseleccionados presentan.";

export const NOMBRE_TIPO_EVENTO: Record<string, string> = {
  TALLER_REGIONAL: "Taller regional",
  TALLER_IDEACION: "Taller de ideación",
  ENCUENTRO: "Encuentro",
  FORMACION: "Formación",
  DEMO_DAY: "Demo day",
};

/** An https:// address with a real host name (no credentials, no other scheme). */
export function esEnlaceHttps(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === "https:" && z.regexes.domain.test(u.hostname) && !u.username && !u.password;
  } catch {
    return false;
  }
}

export const crearTallerSchema = z
  .object({
    tipo: z.enum(TIPOS_TALLER, { error: "Seleccione el tipo de evento." }),
    titulo: textoRequerido("El título", 160),
    descripcion: textoOpcional("La descripción", 3000),
    regionCut: z
      .union([z.literal(""), z.enum(CODIGOS_REGION)], { error: "Seleccione una región válida." })
      .optional()
      .transform((v) => (v ? v : undefined)),
    fecha: fechaInput("Fecha"),
    hora: z
      .string({ error: "Hora: ingrese una hora." })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Hora: ingrese una hora válida (HH:MM)."),
    lugar: textoOpcional("El lugar", 300),
    enlace: textoOpcional("El enlace", 500).refine((v) => v === undefined || esEnlaceHttps(v), "El enlace debe ser una dirección https:// válida."),
    capacidad: z.coerce
      .number({ error: "La capacidad debe ser un número." })
      .int("La capacidad debe ser un número entero.")
      .min(1, "La capacidad debe ser al menos 1.")
      .max(1000, "La capacidad admite como máximo 1000 cupos."),
  })
  .superRefine((v, ctx) => {
    if (!v.lugar && !v.enlace) {
      const message = "Indique el lugar o el enlace de la reunión en línea.";
      ctx.addIssue({ code: "custom", path: ["lugar"], message });
      ctx.addIssue({ code: "custom", path: ["enlace"], message });
    }
    // A presencial event happens somewhere: its region is required. Online-only ones may have none.
    if (v.lugar && !v.regionCut) ctx.addIssue({ code: "custom", path: ["regionCut"], message: "Un taller presencial necesita su región." });
    // Its pitches are the preselected perfiles of its region (lib/demo-day/pitches.ts), even online.
    else if (v.tipo === "DEMO_DAY" && !v.regionCut) ctx.addIssue({ code: "custom", path: ["regionCut"], message: MENSAJE_DEMO_DAY_SIN_REGION });
  });

export const inscribirseSchema = z.object({
  eventoId: id,
  nombre: textoRequerido("El nombre", 120),
  email,
});

/** The token mailed to confirm an anonymous registration: 32 random bytes in base64url (43 characters). */
export const FORMATO_TOKEN_CONFIRMACION = /^[A-Za-z0-9_-]{43}$/;

export const confirmarInscripcionSchema = z.object({
  token: z
    .string({ error: "Falta el enlace de confirmación." })
    .trim()
    .regex(FORMATO_TOKEN_CONFIRMACION, "El enlace de confirmación no es válido: revise que lo copió entero desde el correo."),
});

export const cancelarInscripcionSchema = z.object({ inscripcionId: id });

export const marcarAsistenciaSchema = z.object({
  inscripcionId: id,
  presente: z
    .union([z.boolean(), z.enum(["si", "no", "true", "false"])], { error: "Indique si la persona asistió." })
    .transform((v) => v === true || v === "si" || v === "true"),
});

export type CrearTaller = z.input<typeof crearTallerSchema>;
