// Talleres regionales of the demo's Convocatoria: created by staff, with synthetic applicants registered
// (a waitlist where seats run out) and attendance taken once each taller has been held.
import type { Db } from "@/lib/db/client";
import { aFechaInput, instanteEnSantiago } from "@/lib/domain/formato";
import { crearTaller } from "@/lib/talleres/actions/crear";
import { inscribirseTaller } from "@/lib/talleres/actions/inscribirse";
import { marcarAsistencia } from "@/lib/talleres/actions/marcar-asistencia";
import { STAFF_DEMO, type TallerSintetico } from "./datos-sinteticos";
import { ejecutar, type Sesiones } from "./demo-acciones";
import { sumarDias, type LineaDeTiempo } from "./linea-de-tiempo";

/** When the taller happens in the demo's calendar: `dia` days after the Convocatoria opens. */
export function inicioTaller(linea: LineaDeTiempo, t: Pick<TallerSintetico, "dia" | "hora">): Date {
  return instanteEnSantiago(sumarDias(linea.apertura, t.dia), `${t.hora}:00`);
}

export type ResultadoTalleres = { creados: number; inscripciones: number };

/**
 * Creates the talleres that are missing and registers their people. A taller must be created in the
 * future and takes registrations only before it starts: one already held in the demo's calendar is
 * created for tomorrow and moved to its date afterwards (lib/seed/demo-fechas.ts).
 */
export async function prepararTalleres(
  db: Db,
  convocatoriaId: string,
  talleres: TallerSintetico[],
  sesiones: Sesiones,
  linea: LineaDeTiempo,
  ahora: Date,
): Promise<ResultadoTalleres> {
  const hechos: ResultadoTalleres = { creados: 0, inscripciones: 0 };
  for (const t of talleres) {
    let evento = await db.evento.findFirst({ where: { convocatoriaId, titulo: t.titulo }, select: { id: true, inicio: true } });
    if (!evento) {
      const fecha = inicioTaller(linea, t) > ahora ? sumarDias(linea.apertura, t.dia) : sumarDias(aFechaInput(ahora), 1);
      const datos = {
        tipo: t.tipo,
        titulo: t.titulo,
        descripcion: t.descripcion,
        regionCut: t.regionCut ?? "",
        fecha,
        hora: t.hora,
        lugar: t.lugar ?? "",
        enlace: t.enlace ?? "",
        capacidad: t.capacidad,
      };
      const { id } = await ejecutar(db, crearTaller, datos, sesiones.de(STAFF_DEMO.admin));
      evento = await db.evento.findUniqueOrThrow({ where: { id }, select: { id: true, inicio: true } });
      hechos.creados++;
    }
    if (evento.inicio.getTime() <= Date.now()) continue;
    const ya = new Set((await db.inscripcion.findMany({ where: { eventoId: evento.id }, select: { email: true } })).map((i) => i.email));
    for (const i of t.inscritos) {
      if (ya.has(i.email)) continue;
      await ejecutar(db, inscribirseTaller, { eventoId: evento.id, nombre: i.nombre, email: i.email }, sesiones.de(i.email));
      hechos.inscripciones++;
    }
  }
  return hechos;
}

/** Staff take attendance of every taller already held in the demo's calendar (confirmed seats only). */
export async function tomarAsistencia(db: Db, convocatoriaId: string, talleres: TallerSintetico[], sesiones: Sesiones, linea: LineaDeTiempo, ahora: Date): Promise<number> {
  let marcadas = 0;
  for (const t of talleres) {
    if (inicioTaller(linea, t) >= ahora) continue;
    const evento = await db.evento.findFirst({ where: { convocatoriaId, titulo: t.titulo }, select: { id: true } });
    if (!evento) continue;
    const presente = new Map(t.inscritos.map((i) => [i.email, i.presente]));
    const pendientes = await db.inscripcion.findMany({
      where: { eventoId: evento.id, estado: "CONFIRMADA", asistencia: { is: null } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, email: true },
    });
    for (const p of pendientes) {
      await ejecutar(db, marcarAsistencia, { inscripcionId: p.id, presente: presente.get(p.email) ?? true }, sesiones.de(STAFF_DEMO.encargado));
      marcadas++;
    }
  }
  return marcadas;
}
