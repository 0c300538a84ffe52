// The demo's preselection (issue 12), when it goes past Selección y contratación: the committee members
// present, the decisions they take against the optimiser's suggestion with their reasons, and how each
// signs the acta. Pure: lib/seed/demo-seleccion.ts acts it out through the product's actions.
//
// The departures follow from the data, so their reasons are true whatever the suggestion: one project is
// added to strengthen a region the suggested portfolio covers with a single project, and the money comes
// from one suggested project put on the waiting list (the lowest-scoring of those whose region keeps another
// project and whose amount is enough). The budget still holds, and every region stays covered.
import { formatearClp } from "@/lib/domain/formato";
import { formatoNota } from "@/lib/domain/nota";
import { nombreRegion } from "@/lib/domain/regiones";
import type { Rol } from "@/lib/domain/roles";
import { CUENTAS_DEMO } from "./datos-2019";
import { DOMINIO_SINTETICO } from "./datos-sinteticos";

/** The demo's committee account (README): she chairs the session, prepares the round and signs last. */
export const COMITE_DEMO = CUENTAS_DEMO.find((c) => c.roles.includes("COMITE"))!.email;

/** The other members present, synthetic accounts created when the demo goes past Selección. */
export const MIEMBROS_COMITE_DEMO: { email: string; nombre: string; rutCuerpo: string; roles: Rol[]; regionCut: string }[] = [
  { email: `comite2@${DOMINIO_SINTETICO}`, nombre: "Rosa Huenchumilla Paredes", rutCuerpo: "5151522", roles: ["COMITE"], regionCut: "09" },
  { email: `comite3@${DOMINIO_SINTETICO}`, nombre: "Tomás Echeverría Salinas", rutCuerpo: "5151533", roles: ["COMITE"], regionCut: "05" },
];

/** Who records the addition (the departure that selects) and who dissents when signing. */
export const MIEMBRO_QUE_AGREGA = MIEMBROS_COMITE_DEMO[0].email;
export const MIEMBRO_DISIDENTE = MIEMBROS_COMITE_DEMO[1].email;

/** Everyone present, in the order they sign: the chair last, her signature closes the round. */
export const FIRMANTES = [MIEMBROS_COMITE_DEMO[0].email, MIEMBROS_COMITE_DEMO[1].email, COMITE_DEMO] as const;

/** A candidate of the round, as the optimiser saw it (eligible: with a consolidated score and an amount). */
export type CandidatoDemo = { postulacionId: string; nombre: string; desafio: string; regionCut: string; monto: number; puntaje: number; folio: number | null };

export type Apartamiento = {
  postulacionId: string;
  decision: "SELECCIONADA" | "LISTA_ESPERA";
  fundamento: string;
  /** The member who records it. */
  por: string;
};

export type PlanComite = {
  /** Decisions departing from the suggestion, in the order they are recorded. */
  apartamientos: Apartamiento[];
  /** The dissent's note, printed in the acta. */
  disidencia: string;
};

const puntos = (p: number) => formatoNota(p);

/** "la Región de Valparaíso", "la Región del Maule", "la Región Metropolitana de Santiago". */
export function laRegion(cut: string): string {
  if (cut === "13") return "la Región Metropolitana de Santiago";
  return `la Región ${["06", "07", "08"].includes(cut) ? "del" : "de"} ${nombreRegion(cut)}`;
}
const porPuntaje = (a: CandidatoDemo, b: CandidatoDemo) => b.puntaje - a.puntaje || (a.folio ?? Infinity) - (b.folio ?? Infinity) || (a.postulacionId < b.postulacionId ? -1 : 1);

/**
 * The committee's departures from a feasible suggestion (`seleccion`, `montoTotal`) under `presupuesto`.
 * Null when there is nothing to depart from (no candidate outside the suggestion, or none inside it whose
 * region keeps another project).
 */
export function planComite(candidatos: readonly CandidatoDemo[], sugerencia: { seleccion: readonly string[]; montoTotal: number }, presupuesto: number): PlanComite | null {
  const sugeridas = new Set(sugerencia.seleccion);
  const dentro = candidatos.filter((c) => sugeridas.has(c.postulacionId));
  const fuera = candidatos.filter((c) => !sugeridas.has(c.postulacionId)).sort(porPuntaje);
  const enRegion = new Map<string, number>();
  for (const c of dentro) enRegion.set(c.regionCut, (enRegion.get(c.regionCut) ?? 0) + 1);
  const holgura = presupuesto - sugerencia.montoTotal;
  // Suggested projects whose region keeps another one: the lowest score first.
  const prescindibles = dentro.filter((c) => (enRegion.get(c.regionCut) ?? 0) >= 2).sort((a, b) => porPuntaje(b, a));
  if (prescindibles.length === 0) return null;

  // Regions with a single suggested project first (then the least covered), the best score first within each.
  const porCobertura = [...fuera].sort((a, b) => (enRegion.get(a.regionCut) ?? 0) - (enRegion.get(b.regionCut) ?? 0) || porPuntaje(a, b));
  for (const agregado of porCobertura.filter((c) => (enRegion.get(c.regionCut) ?? 0) >= 1)) {
    const espera = prescindibles.find((c) => c.regionCut !== agregado.regionCut && c.monto + holgura >= agregado.monto);
    if (!espera) continue;
    const region = laRegion(agregado.regionCut);
    const quedan = enRegion.get(espera.regionCut)! - 1;
    const unico = enRegion.get(agregado.regionCut) === 1;
    return {
      apartamientos: [
        {
          postulacionId: agregado.postulacionId,
          decision: "SELECCIONADA",
          por: MIEMBRO_QUE_AGREGA,
          fundamento:
            `Se agrega para reforzar ${region}, que en la cartera sugerida ${unico ? "tenía un solo proyecto" : `tenía ${enRegion.get(agregado.regionCut)} proyectos`}: ` +
            `con puntaje consolidado ${puntos(agregado.puntaje)}, permite probar en ese territorio ${unico ? "una segunda solución" : "otra solución"}, para el desafío «${agregado.desafio}». ` +
            `Sus ${formatearClp(agregado.monto)} se financian con lo que libera el proyecto que pasa a lista de espera.`,
        },
        {
          postulacionId: espera.postulacionId,
          decision: "LISTA_ESPERA",
          por: COMITE_DEMO,
          fundamento:
            `Pasa a lista de espera para financiar el proyecto agregado en ${region}. Entre los proyectos sugeridos cuya región conserva otro ` +
            `y cuyo monto alcanza para ese cambio, es el de menor puntaje consolidado (${puntos(espera.puntaje)}); ` +
            `${laRegion(espera.regionCut)} mantiene ${quedan === 1 ? "1 proyecto" : `${quedan} proyectos`} en la cartera. Si se libera presupuesto, es el primero en la lista.`,
        },
      ],
      disidencia:
        `Disiento de apartarse de la cartera sugerida: la cobertura regional ya estaba asegurada, y habría preferido mantener «${espera.nombre}» ` +
        `(puntaje ${puntos(espera.puntaje)}) y reforzar ${region} en la selección final, después del demo day.`,
    };
  }

  // No addition fits the budget: only the waiting list, for the lowest-scoring suggested project that can go.
  const espera = prescindibles[0];
  return {
    apartamientos: [
      {
        postulacionId: espera.postulacionId,
        decision: "LISTA_ESPERA",
        por: COMITE_DEMO,
        fundamento:
          `Pasa a lista de espera: es el proyecto de menor puntaje consolidado de la cartera sugerida (${puntos(espera.puntaje)}) entre los de regiones con más de un proyecto, ` +
          "y el comité prefiere reservar ese monto hasta conocer los ajustes de presupuesto de los preseleccionados en la incubación.",
      },
    ],
    disidencia: `Disiento de dejar en lista de espera «${espera.nombre}»: la cartera sugerida cabía en el presupuesto y ese proyecto cumple con todo lo que pide la convocatoria.`,
  };
}
