// Where the demo convocatoria's etapas fall, planned and actual, so that the etapa the demo is brought to
// is the current one today, and what year the convocatoria is named for. Pure: a day in, dates out.
//
// The planned calendar keeps the proportions of the 2019 calendar (March to March). Etapas already passed
// ran as planned, except the Convocatoria when the demo is past it: applications close on the planned
// day, staff then decide admissibility for a few days, and only then does the admin advance (the
// precondition of Selección), so the Convocatoria actually ends, and Selección actually starts, later
// than planned. Formación e incubación starts the day the demo is brought to it: the committee signs the
// preselection acta (its signatures carry their real time) and the admin advances right after, once
// Selección's planned dates are over; the popular vote closed the evening before.
import { ETAPAS, indiceEtapa, type Etapa } from "@/lib/domain/etapas";
import { aFechaInput, instanteEnSantiago } from "@/lib/domain/formato";

/** Etapas the demo can be brought to so far; each later issue adds its own. */
export const ETAPAS_DEMO = ["DESARROLLO_CONCURSO", "CONVOCATORIA", "SELECCION_CONTRATACION", "FORMACION_INCUBACION"] as const satisfies readonly Etapa[];
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
  // Today: the acta is signed and the etapa advanced by the run itself, at their real time.
  FORMACION_INCUBACION: 0,
};

/** Days between the close of applications and the advance to Selección, when admissibility is decided. */
export const DIAS_REVISION = 5;

/** Wall time (Chile) at which the admin advanced after the admissibility review. */
const HORA_AVANCE = "09:30:00";
/** Wall time (Chile) at which the popular vote closed, past Selección (the demo's window closes at 18:00). */
const HORA_CIERRE_VOTACION = "18:00:00";

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
  /** When the popular vote closed, past Selección (the evening before the committee met); null before. */
  cierreVotacion: Date | null;
};

/** "2027-01-31" + 1 → "2027-02-01": calendar arithmetic on Chilean dates, no time zone involved. */
export function sumarDias(fecha: string, dias: number): string {
  const [y, m, d] = fecha.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + dias)).toISOString().slice(0, 10);
}

const finDelDia = (fecha: string) => instanteEnSantiago(fecha, "23:59:59");

export function lineaDeTiempoDemo(etapa: EtapaDemo, ahora = new Date()): LineaDeTiempo {
  const hoy = aFechaInput(ahora);
  const objetivo = indiceEtapa(etapa);
  // Past the Convocatoria's close, Selección started after the admissibility review, later than planned.
  const revisada = objetivo >= indiceEtapa("SELECCION_CONTRATACION");
  // The day the target etapa actually started; after the review, Selección started later than planned.
  const inicioReal = sumarDias(hoy, -DIAS_EN_ETAPA[etapa]);
  const inicioPlan = etapa === "SELECCION_CONTRATACION" ? sumarDias(inicioReal, -DIAS_REVISION) : inicioReal;

  const calendario = {} as Record<Etapa, Tramo>;
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

  // The admin's advance to Selección, DIAS_REVISION days after its planned start.
  const inicioSeleccion = sumarDias(calendario.SELECCION_CONTRATACION.inicio, DIAS_REVISION);
  const avanceSeleccion = instanteEnSantiago(inicioSeleccion, HORA_AVANCE);
  const fechas = {} as Record<Etapa, FechasDemo>;
  for (const e of ETAPAS) {
    const i = indiceEtapa(e);
    const plan = { inicio: instanteEnSantiago(calendario[e].inicio), fin: finDelDia(calendario[e].fin) };
    // Passed etapas ran as planned; the Convocatoria ends, and Selección starts, at the admin's advance;
    // Formación starts now, when the demo brings it there.
    let inicioEtapa = i > objetivo ? null : plan.inicio;
    let finEtapa = i >= objetivo ? null : plan.fin;
    if (revisada && e === "CONVOCATORIA") finEtapa = avanceSeleccion;
    if (revisada && e === "SELECCION_CONTRATACION") inicioEtapa = avanceSeleccion;
    if (etapa === "FORMACION_INCUBACION" && e === "SELECCION_CONTRATACION") finEtapa = ahora;
    if (etapa === "FORMACION_INCUBACION" && e === "FORMACION_INCUBACION") inicioEtapa = ahora;
    fechas[e] = { ...plan, inicioReal: inicioEtapa, finReal: finEtapa };
  }

  const conv = fechas.CONVOCATORIA;
  const envios =
    objetivo < indiceEtapa("CONVOCATORIA")
      ? null
      : { desde: conv.inicio, hasta: new Date(Math.min(conv.fin.getTime(), ahora.getTime() - 2 * 3_600_000)) };
  const revision = revisada
    ? { desde: instanteEnSantiago(sumarDias(calendario.CONVOCATORIA.fin, 1), "09:00:00"), hasta: instanteEnSantiago(sumarDias(inicioSeleccion, -1), "18:00:00") }
    : null;

  return {
    etapa,
    anio: Number(calendario.CONVOCATORIA.inicio.slice(0, 4)),
    calendario,
    fechas,
    apertura: calendario.CONVOCATORIA.inicio,
    envios,
    revision,
    cierreVotacion: objetivo > indiceEtapa("SELECCION_CONTRATACION") ? instanteEnSantiago(sumarDias(hoy, -1), HORA_CIERRE_VOTACION) : null,
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
