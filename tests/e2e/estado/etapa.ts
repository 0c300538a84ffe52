// The etapa of the active convocatoria, and a calendar in which it is the current one today.
import { ETAPAS, indiceEtapa, type Etapa } from "../../../lib/domain/etapas";
import { aFechaInput, instanteEnSantiago } from "../../../lib/domain/formato";
import { baseE2e, expirarCacheE2e } from "./base";

/** Planned length of every etapa in these calendars. */
const DIAS_POR_ETAPA = 28;
/** The current etapa started this many days ago (planned and actual). */
const DIAS_DESDE_EL_INICIO = 7;

export type OpcionesEtapa = {
  /**
   * The etapa's planned end was yesterday: advancing now is on time (no "Avanzar igual"). By default it
   * ends three weeks from today, so every deadline of the etapa (the perfil's, for one) is open.
   */
  vencida?: boolean;
};

/** "2027-01-31" + 1 → "2027-02-01": Chilean calendar days, no time zone involved. */
function sumarDias(fecha: string, dias: number): string {
  const [y, m, d] = fecha.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + dias)).toISOString().slice(0, 10);
}

type Fechas = { inicio: Date; fin: Date; inicioReal: Date | null; finReal: Date | null };

/** Planned days of every etapa, `etapa` running today; passed etapas ran as planned, later ones have not begun. */
export function calendarioEnEtapa(etapa: Etapa, { vencida = false }: OpcionesEtapa = {}, ahora = new Date()): Record<Etapa, Fechas> {
  const hoy = aFechaInput(ahora);
  const objetivo = indiceEtapa(etapa);
  const inicioObjetivo = vencida ? sumarDias(hoy, -DIAS_POR_ETAPA) : sumarDias(hoy, -DIAS_DESDE_EL_INICIO);
  const out = {} as Record<Etapa, Fechas>;
  for (const e of ETAPAS) {
    const i = indiceEtapa(e);
    const inicioDia = sumarDias(inicioObjetivo, (i - objetivo) * DIAS_POR_ETAPA);
    const inicio = instanteEnSantiago(inicioDia);
    const fin = instanteEnSantiago(sumarDias(inicioDia, DIAS_POR_ETAPA - 1), "23:59:59");
    out[e] = { inicio, fin, inicioReal: i <= objetivo ? inicio : null, finReal: i < objetivo ? fin : null };
  }
  return out;
}

/** The active convocatoria (the active one of the latest year, as the portal reads it). */
export async function convocatoriaActiva() {
  return baseE2e().convocatoria.findFirstOrThrow({
    where: { activa: true },
    orderBy: { anio: "desc" },
    select: { id: true, anio: true, nombre: true, etapaActual: true },
  });
}

/**
 * Puts the active convocatoria in `etapa`, with the calendar of calendarioEnEtapa. Direct writes, no
 * audit entry: this arranges a test, it is not an admin's advance (that one is in admin.spec.ts).
 */
export async function enEtapa(etapa: Etapa, opciones: OpcionesEtapa = {}): Promise<void> {
  const db = baseE2e();
  const { id } = await convocatoriaActiva();
  const calendario = calendarioEnEtapa(etapa, opciones);
  await db.$transaction([
    db.convocatoria.update({ where: { id }, data: { etapaActual: etapa } }),
    ...ETAPAS.map((e) =>
      db.etapaCalendario.upsert({
        where: { convocatoriaId_etapa: { convocatoriaId: id, etapa: e } },
        create: { convocatoriaId: id, etapa: e, ...calendario[e] },
        update: calendario[e],
      }),
    ),
  ]);
  await expirarCacheE2e();
}
