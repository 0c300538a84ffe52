// Talleres with the inscriptions a test needs, as the public form and its e-mailed link leave them.
import type { EstadoInscripcion } from "../../../lib/generated/prisma/client";
import { aFechaInput, instanteEnSantiago } from "../../../lib/domain/formato";
import { hashToken, nuevoToken } from "../../../lib/talleres/confirmacion";
import { baseE2e, expirarCacheE2e, unico } from "./base";
import { idDeCuenta } from "./cuentas";
import { convocatoriaActiva } from "./etapa";

export type InscripcionE2e = { nombre: string; email: string; estado: Exclude<EstadoInscripcion, "CANCELADA"> };

export type OpcionesTaller = {
  titulo?: string;
  capacidad?: number;
  /** Region code (CUT), "08" (Biobío) by default. */
  regionCut?: string;
  /** Anonymous inscriptions; CONFIRMADA ones take seats. POR_CONFIRMAR ones wait for their e-mailed link. */
  inscripciones?: InscripcionE2e[];
};

export type TallerE2e = {
  id: string;
  titulo: string;
  /** Chilean date and time it starts, "YYYY-MM-DD" and "HH:MM" (a month from today, 18:30). */
  fecha: string;
  hora: string;
  urlPublica: string;
  urlEquipo: string;
};

/** A TALLER_REGIONAL created by the demo's encargado técnico, a month from today. */
export async function tallerCon(o: OpcionesTaller = {}): Promise<TallerE2e> {
  const db = baseE2e();
  const [conv, creadoPorId] = await Promise.all([convocatoriaActiva(), idDeCuenta("encargado@fondoidea.cl")]);
  const titulo = o.titulo ?? `Taller de prueba ${unico()}`;
  const fecha = aFechaInput(new Date(Date.now() + 30 * 86_400_000));
  const hora = "18:30";
  const inicio = instanteEnSantiago(fecha, `${hora}:00`);
  const inscripciones = o.inscripciones ?? [];
  const evento = await db.evento.create({
    data: {
      convocatoriaId: conv.id,
      tipo: "TALLER_REGIONAL",
      titulo,
      descripcion: "Conozca los desafíos y trabaje su idea con el equipo regional.",
      regionCut: o.regionCut ?? "08",
      inicio,
      lugar: "Sede FOSIS Biobío, Concepción",
      capacidad: o.capacidad ?? 20,
      cuposOcupados: inscripciones.filter((i) => i.estado === "CONFIRMADA").length,
      creadoPorId,
      inscripciones: {
        create: inscripciones.map((i) =>
          i.estado === "POR_CONFIRMAR"
            ? { ...i, tokenHash: hashToken(nuevoToken()), confirmarAntes: new Date(Math.min(Date.now() + 86_400_000, inicio.getTime())) }
            : i,
        ),
      },
    },
    select: { id: true },
  });
  await expirarCacheE2e();
  return { id: evento.id, titulo, fecha, hora, urlPublica: `/talleres/${evento.id}`, urlEquipo: `/seguimiento/talleres/${evento.id}` };
}
