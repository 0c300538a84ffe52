// Reminders of a pilot's hitos (ejecucion.enviarRecordatorios, sent by FOSIS staff), to the team: hitos
// due within a week and hitos already late, each named once in all the reminders it ever gets.
import { urlPortal } from "@/lib/config/url-portal";
import { formatearFecha } from "@/lib/domain/formato";
import { FIRMA, mensaje } from "../mensaje";

export type HitoRecordado = { titulo: string; vence: Date };

export type DatosHitoRecordatorio = {
  nombre: string;
  proyecto: string;
  porVencer: HitoRecordado[];
  atrasados: HitoRecordado[];
};

const linea = (h: HitoRecordado) => `- «${h.titulo}», vence el ${formatearFecha(h.vence)}`;

export function correoHitoRecordatorio(d: DatosHitoRecordatorio) {
  const partes: string[] = [];
  if (d.atrasados.length > 0) {
    partes.push(d.atrasados.length === 1 ? "Este hito ya venció y no está cumplido:" : "Estos hitos ya vencieron y no están cumplidos:", ...d.atrasados.map(linea), "");
  }
  if (d.porVencer.length > 0) {
    partes.push(d.porVencer.length === 1 ? "Este hito vence en los próximos 7 días:" : "Estos hitos vencen en los próximos 7 días:", ...d.porVencer.map(linea), "");
  }
  const asunto = d.atrasados.length > 0 ? `Fondo IDEA: hitos atrasados de «${d.proyecto}»` : `Fondo IDEA: hitos por vencer de «${d.proyecto}»`;
  return mensaje(asunto, [
    `Hola ${d.nombre}:`,
    "",
    `Le recordamos el cronograma de su piloto «${d.proyecto}».`,
    "",
    ...partes,
    "Reporte el avance de cada hito, con su evidencia, en el portal; el equipo FOSIS lo revisa y, al aprobarlo, el hito queda cumplido:",
    urlPortal("/postulante/piloto"),
    "",
    FIRMA,
  ]);
}
