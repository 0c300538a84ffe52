// What advancing an etapa before its planned end cuts short. Pure: lib/convocatoria/corte-anticipado.ts
// gathers the facts (inside the advance's transaction, or for the admin's page) and this module says
// whether the advance is early, what the admin must be told before confirming ("Avanzar igual"), who
// is affected and what each affected person is told by e-mail. Later issues add their own facts (votes
// still open when Selección is cut short, mentorías when Formación is…).
import { NOMBRE_ETAPA, type Etapa } from "./etapas";
import { mismoDia } from "./fechas-etapa";
import { aFechaInput, formatearFecha } from "./formato";

export type Persona = { userId: string; nombre: string; email: string };

/** A perfil of the convocatoria, with its owner: its project name may still be empty in a draft. */
export type PerfilDe = { postulante: Persona; proyecto: string; desafio: string };

export type HechosCorte = {
  /** The etapa being left, and the one being entered. */
  desde: Etapa;
  hacia: Etapa;
  ahora: Date;
  /** Planned end of `desde` (null when the calendar has none: then nothing can be early). */
  finPlanificado: Date | null;
  /** Planned start of `hacia`, to say it starts sooner. */
  inicioPlanificadoSiguiente: Date | null;
  /** CONVOCATORIA: drafts never sent; they can no longer be sent. */
  borradores: PerfilDe[];
  /**
   * CONVOCATORIA: sent perfiles not withdrawn. Their confirmation e-mail promised they could be
   * withdrawn until the planned close, which no longer holds.
   */
  enviados: PerfilDe[];
  /** CONVOCATORIA: talleres regionales scheduled from now until the planned close. */
  talleres: { titulo: string; inicio: Date }[];
};

/** One affected person, with what the cut takes from them (one e-mail each). */
export type Afectado = Persona & { borradores: string[]; enviados: string[] };

export type Corte =
  | { anticipado: false }
  | {
      anticipado: true;
      desde: Etapa;
      hacia: Etapa;
      finPlanificado: Date;
      /** Whole calendar days (Chile) between today and the planned last day; 0 = the planned last day. */
      diasAntes: number;
      /** What the admin reads before "Avanzar igual", one sentence each, in Spanish. */
      avisos: string[];
      afectados: Afectado[];
    };

const plural = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;

/** Calendar days in Chile from `desde` to `hasta` (0 when they are the same day). */
export function diasCalendario(desde: Date, hasta: Date): number {
  const dia = (d: Date) => Date.parse(`${aFechaInput(d)}T00:00:00Z`);
  return Math.round((dia(hasta) - dia(desde)) / 86_400_000);
}

/** How a perfil is named to people: its project name, or the desafío it was started for. */
export function nombrePerfil(p: PerfilDe): string {
  return p.proyecto.trim() ? `«${p.proyecto.trim()}»` : `perfil sin nombre para el desafío «${p.desafio}»`;
}

/** Everyone holding a draft or a sent perfil, once each, in the order they first appear. */
export function afectadosPorCorte(h: Pick<HechosCorte, "borradores" | "enviados">): Afectado[] {
  const porId = new Map<string, Afectado>();
  const de = (p: Persona) => {
    let a = porId.get(p.userId);
    if (!a) porId.set(p.userId, (a = { ...p, borradores: [], enviados: [] }));
    return a;
  };
  for (const p of h.borradores) de(p.postulante).borradores.push(nombrePerfil(p));
  for (const p of h.enviados) de(p.postulante).enviados.push(nombrePerfil(p));
  return [...porId.values()];
}

/** Is advancing now early, and if so, what does it cut short? */
export function evaluarCorte(h: HechosCorte): Corte {
  if (!h.finPlanificado || h.ahora >= h.finPlanificado) return { anticipado: false };
  const fin = formatearFecha(h.finPlanificado);
  const diasAntes = diasCalendario(h.ahora, h.finPlanificado);
  const avisos = [
    `La etapa ${NOMBRE_ETAPA[h.desde]} está planificada hasta el ${fin}: avanzar ahora la termina ${diasAntes === 0 ? "hoy, antes de la hora planificada" : `${plural(diasAntes, "día", "días")} antes`}.`,
  ];
  if (h.inicioPlanificadoSiguiente && h.ahora < h.inicioPlanificadoSiguiente && !mismoDia(h.ahora, h.inicioPlanificadoSiguiente)) {
    avisos.push(`La etapa ${NOMBRE_ETAPA[h.hacia]} comenzará hoy, ${formatearFecha(h.ahora)}, y no el ${formatearFecha(h.inicioPlanificadoSiguiente)} como estaba planificado.`);
  }
  const afectados = h.desde === "CONVOCATORIA" ? afectadosPorCorte(h) : [];
  if (h.desde === "CONVOCATORIA") {
    const duenos = new Set(h.borradores.map((b) => b.postulante.userId)).size;
    avisos.push(
      h.borradores.length === 0
        ? "No hay borradores abiertos."
        : `${plural(h.borradores.length, "borrador abierto", "borradores abiertos")} (de ${plural(duenos, "persona", "personas")}) ya no se ${h.borradores.length === 1 ? "podrá" : "podrán"} enviar.`,
    );
    if (h.enviados.length > 0) {
      avisos.push(
        `${plural(h.enviados.length, "perfil enviado recibió", "perfiles enviados recibieron")} un correo de confirmación que promete que se puede retirar hasta el ${fin}: ese plazo ya no regirá.`,
      );
    }
    if (h.talleres.length > 0) {
      const lista = h.talleres.map((t) => `«${t.titulo}» (${formatearFecha(t.inicio)})`).join(", ");
      avisos.push(
        `${plural(h.talleres.length, "taller regional está programado", "talleres regionales están programados")} antes del cierre planificado: ${lista}. ${h.talleres.length === 1 ? "Sigue" : "Siguen"} en el calendario de talleres; revise si corresponde ${h.talleres.length === 1 ? "mantenerlo" : "mantenerlos"}.`,
      );
    }
    avisos.push(
      afectados.length === 0
        ? "Nadie recibirá un correo: no hay perfiles en esta convocatoria."
        : `Se avisará por correo a ${plural(afectados.length, "persona", "personas")} con perfiles en esta convocatoria.`,
    );
  }
  return { anticipado: true, desde: h.desde, hacia: h.hacia, finPlanificado: h.finPlanificado, diasAntes, avisos, afectados };
}

/** The e-mail to one person affected by closing the Convocatoria before its planned end. */
export function correoCorteConvocatoria(a: Afectado, d: { convocatoria: string; finPlanificado: Date; cierre: Date; enlace: string }) {
  const parrafos = [
    `Hola, ${a.nombre}:`,
    `La etapa Convocatoria de ${d.convocatoria}, planificada hasta el ${formatearFecha(d.finPlanificado)}, terminó antes: el ${formatearFecha(d.cierre)}. Desde ahora no se pueden crear, modificar, enviar ni retirar perfiles.`,
  ];
  if (a.borradores.length === 1) parrafos.push(`Su borrador ${a.borradores[0]} queda guardado y puede leerlo, pero ya no se puede enviar.`);
  if (a.borradores.length > 1) parrafos.push(`Sus borradores ${a.borradores.join(", ")} quedan guardados y puede leerlos, pero ya no se pueden enviar.`);
  const prometido = formatearFecha(d.finPlanificado);
  if (a.enviados.length === 1) {
    parrafos.push(`Su perfil enviado ${a.enviados[0]} sigue como está. El correo de confirmación decía que podía retirarlo hasta el ${prometido}: ese plazo ya no rige.`);
  }
  if (a.enviados.length > 1) {
    parrafos.push(`Sus perfiles enviados ${a.enviados.join(", ")} siguen como están. El correo de confirmación decía que podía retirarlos hasta el ${prometido}: ese plazo ya no rige.`);
  }
  parrafos.push(`Revise el estado de sus postulaciones en «Mis postulaciones»: ${d.enlace}`, "Fondo IDEA · FOSIS");
  return { asunto: `La Convocatoria de ${d.convocatoria} cerró antes de lo planificado`, cuerpo: parrafos.join("\n\n") };
}
