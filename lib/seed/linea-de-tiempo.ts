// Where the demo convocatoria's etapas fall, planned and actual, so that the etapa the demo is brought to
// is the current one today, and what year the convocatoria is named for. Pure: a day in, dates out.
//
// The planned calendar keeps the proportions of the 2019 calendar (March to March). Etapas already passed
// ran as planned, except the Convocatoria when the demo is past it: applications close on the planned
// day, staff then decide admissibility for a few days, and only then does the admin advance (the
// precondition of Selección), so the Convocatoria actually ends, and Selección actually starts, later
// than planned.
import { ETAPAS, indiceEtapa, type Etapa } from "@/lib/domain/etapas";
import { aFechaInput, instanteEnSantiago } from "@/lib/domain/formato";

/** Etapas the demo can be brought to so far; each later issue adds its own. */
export const ETAPAS_DEMO = ["DESARROLLO_CONCURSO", "CONVOCATORIA", "SELECCION_CONTRATACION"] as const satisfies readonly Etapa[];
export type EtapaDemo = (typeof ETAPAS_DEMO)[number];

export function esEtapaDemo(e: string): e is EtapaDemo {
  return (ETAPAS_DEMO as readonly string[]).includes(e);
}

/** Planned length of each etapa, in weeks. */
export const SEMANAS_ETAPA: Record<Etapa, number> = {
  DESARROLLO_CONCURSO: 8,
  CONVOCATORIA: 4,
  SELECCION_CONTRATACION: 8,
  FORMACION_INCUBACION: 4,
  EJECUCION: 26,
  CIERRE: 4,
};

/** How many days the current etapa has been running when the demo is brought to it. */
export const DIAS_EN_ETAPA: Record<EtapaDemo, number> = {
  DESARROLLO_CONCURSO: 7,
  // Halfway through: perfiles already sent, talleres held, and some still ahead.
  CONVOCATORIA: 15,
  SELECCION_CONTRATACION: 7,
};

/** Days between the close of applications and the advance to Selección, when admissibility is decided. */
export const DIAS_REVISION = 5;

/** Wall time (Chile) at which the admin advanced after the admissibility review. */
const HORA_AVANCE = "09:30:00";

/** Calendar days as typed in the admin's form: "YYYY-MM-DD", Chilean dates. */
export type Tramo = { inicio: string; fin: string };

/** One etapa as stored: planned instants (00:00 of the first day to 23:59:59 of the last) and actual ones. */
export type FechasDemo = { inicio: Date; fin: Date; inicioReal: Date | null; finReal: Date | null };

export type Ventana = { desde: Date; hasta: Date };

export type LineaDeTiempo = {
  etapa: EtapaDemo;
  /** The year the convocatoria is named for: the year its Convocatoria etapa (the public call) opens. */
  anio: number;
  calendario: Record<Etapa, Tramo>;
  fechas: Record<Etapa, FechasDemo>;
  /** First day of the Convocatoria etapa: talleres are placed from it. */
  apertura: string;
  /** When perfiles were sent: from the opening to the close (or to a little before now, while open). */
  envios: Ventana | null;
  /** When staff decided admissibility: the working days after the close, before the advance to Selección. */
  revision: Ventana | null;
};

/** "2027-01-31" + 1 → "2027-02-01": calendar arithmetic on Chilean dates, no time zone involved. */
export function sumarDias(fecha: string, dias: number): string {
  const [y, m, d] = fecha.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + dias)).toISOString().slice(0, 10);
}

const finDelDia = (fecha: string) => instanteEnSantiago(fecha, "23:59:59");

export function lineaDeTiempoDemo(etapa: EtapaDemo, ahora = new Date()): LineaDeTiempo {
  const hoy = aFechaInput(ahora);
  // The day the target etapa actually started; after the review, Selección started later than planned.
  const inicioReal = sumarDias(hoy, -DIAS_EN_ETAPA[etapa]);
  const atrasada = etapa === "SELECCION_CONTRATACION";
  const inicioPlan = atrasada ? sumarDias(inicioReal, -DIAS_REVISION) : inicioReal;

  const calendario = {} as Record<Etapa, Tramo>;
  const objetivo = indiceEtapa(etapa);
  // The target etapa and the ones after it, forwards from its planned start…
  let cursor = inicioPlan;
  for (const e of ETAPAS.slice(objetivo)) {
    const fin = sumarDias(cursor, SEMANAS_ETAPA[e] * 7 - 1);
    calendario[e] = { inicio: cursor, fin };
    cursor = sumarDias(fin, 1);
  }
  // …and the ones before it, backwards.
  cursor = sumarDias(inicioPlan, -1);
  for (const e of ETAPAS.slice(0, objetivo).reverse()) {
    const inicio = sumarDias(cursor, -(SEMANAS_ETAPA[e] * 7 - 1));
    calendario[e] = { inicio, fin: cursor };
    cursor = sumarDias(inicio, -1);
  }

  const avance = instanteEnSantiago(inicioReal, HORA_AVANCE);
  const fechas = {} as Record<Etapa, FechasDemo>;
  for (const e of ETAPAS) {
    const i = indiceEtapa(e);
    const plan = { inicio: instanteEnSantiago(calendario[e].inicio), fin: finDelDia(calendario[e].fin) };
    // Passed etapas ran as planned; the late one ends, and the target starts, at the admin's advance.
    const tarde = atrasada && i === objetivo - 1;
    const inicioEtapa = i > objetivo ? null : atrasada && i === objetivo ? avance : plan.inicio;
    const finEtapa = i >= objetivo ? null : tarde ? avance : plan.fin;
    fechas[e] = { ...plan, inicioReal: inicioEtapa, finReal: finEtapa };
  }

  const conv = fechas.CONVOCATORIA;
  const envios =
    objetivo < indiceEtapa("CONVOCATORIA")
      ? null
      : { desde: conv.inicio, hasta: new Date(Math.min(conv.fin.getTime(), ahora.getTime() - 2 * 3_600_000)) };
  const revision = atrasada
    ? { desde: instanteEnSantiago(sumarDias(calendario.CONVOCATORIA.fin, 1), "09:00:00"), hasta: instanteEnSantiago(sumarDias(inicioReal, -1), "18:00:00") }
    : null;

  return {
    etapa,
    anio: Number(calendario.CONVOCATORIA.inicio.slice(0, 4)),
    calendario,
    fechas,
    apertura: calendario.CONVOCATORIA.inicio,
    envios,
    revision,
  };
}

/** The instant at `fraccion` (0 to 1) of the way through a window. */
export function enVentana(v: Ventana, fraccion: number): Date {
  return new Date(v.desde.getTime() + Math.round((v.hasta.getTime() - v.desde.getTime()) * fraccion));
}

/**
 * The instant at `fraccion` (0 to 1) of the working hours in a window that starts at the beginning of a
 * working day and ends at the end of one (09:00 to 18:00): staff decide in office hours, not at night.
 */
export function enJornada(v: Ventana, fraccion: number): Date {
  const dias = Math.max(1, Math.round((v.hasta.getTime() - v.desde.getTime() + 15 * 3_600_000) / 86_400_000));
  const x = Math.min(fraccion, 0.999_999) * dias;
  const dia = Math.floor(x);
  return new Date(v.desde.getTime() + dia * 86_400_000 + Math.round((x - dia) * 9 * 3_600_000));
}

/** "Fondo IDEA 2027": the demo convocatoria is named for the year its call opens. */
export function nombreConvocatoriaDemo(anio: number): string {
  return `Fondo IDEA ${anio}`;
}
