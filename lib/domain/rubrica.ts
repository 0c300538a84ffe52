// The evaluación técnica rubric (issue 10): criteria with description, guidance and weight, per convocatoria.
// Weights are whole percentages that add up to exactly 100; the final grade of one evaluation is the
// weighted mean of its criterion grades on the Chilean 1,0–7,0 scale. Pure.
import { enEscala } from "./nota";

/** A worked example shown in training and next to the grade: what a perfil of that grade looks like. */
export type EjemploCriterio = { nota: number; texto: string };

export type CriterioBase = {
  /** Stable key across edits (reference grades of the calibration are stored by key). */
  clave: string;
  nombre: string;
  descripcion: string;
  /** How to grade it: what to look at, what 4,0 and 6,0 mean, what not to reward. */
  orientacion: string;
  /** Whole percentage, 1–100; the criteria of a rubric add up to 100. */
  peso: number;
  ejemplos: EjemploCriterio[];
};

// Deep freeze: the defaults are shared by every caller (seed, admin form, tests); nobody may edit them in place.
function congelar(criterios: CriterioBase[]): readonly CriterioBase[] {
  for (const c of criterios) {
    for (const e of c.ejemplos) Object.freeze(e);
    Object.freeze(c.ejemplos);
    Object.freeze(c);
  }
  return Object.freeze(criterios);
}

/** The six default criteria of a new convocatoria's rubric (the admin may edit them before evaluation). */
export const CRITERIOS_POR_DEFECTO: readonly CriterioBase[] = congelar([
  {
    clave: "pertinencia",
    nombre: "Pertinencia al desafío",
    descripcion:
      "Qué tan directamente la idea responde al desafío elegido: a las personas del grupo vulnerable, al problema y a la métrica de línea base que el desafío declara.",
    orientacion:
      "Lea primero el desafío y su línea base. Pregúntese si el perfil nombra a las personas del grupo del desafío y explica cómo llegará a ellas, y si el cambio que propone movería el indicador de la línea base, aunque sea en un territorio acotado. Una idea valiosa para otro problema no es pertinente a este desafío: califique el ajuste, no el mérito general. Un 4,0 responde al desafío pero deja implícito el vínculo con el indicador; un 6,0 o más hace coincidir el problema, las personas y el cambio esperado con el desafío, y dice cómo sabrá si movió el indicador.",
    peso: 25,
    ejemplos: [
      {
        nota: 2.5,
        texto:
          "Desafío «Niños, niñas y adolescentes fuera de la escuela». El perfil propone un centro cultural comunitario abierto a todas las edades en una comuna de Valparaíso; menciona la deserción escolar una sola vez, sin decir cómo llegará a quienes dejaron la escuela ni qué pasaría con su reingreso. Es una buena idea para otro problema.",
      },
      {
        nota: 6.5,
        texto:
          "Mismo desafío. Una fundación de La Araucanía propone acompañar a adolescentes de 14 a 17 años que dejaron la escuela hace menos de un año, ubicados con los registros de inasistencia de dos liceos, con tutorías en su territorio hasta su reingreso o su matrícula en una modalidad flexible, y usa como métrica la tasa de reingreso que el desafío da como línea base.",
      },
    ],
  },
  {
    clave: "innovacion",
    nombre: "Innovación",
    descripcion:
      "Qué aporta la idea respecto de lo que ya se hace para este problema y este grupo, en el territorio o en la oferta pública.",
    orientacion:
      "Innovar no exige tecnología ni que la idea sea inédita en el mundo: puede ser nueva para el territorio, para el grupo o para la forma en que el Estado llega a él. Valore que el perfil conozca la oferta existente (programas del FOSIS, de la municipalidad, de otras instituciones) y diga qué hará distinto y por qué eso debería funcionar mejor. No premie la novedad por sí sola: una aplicación móvil para personas sin conectividad no es innovadora, es inadecuada.",
    peso: 15,
    ejemplos: [
      {
        nota: 3,
        texto:
          "Desafío «Adultos desocupados o sin contrato del 40 % más vulnerable». El perfil propone cursos de computación básica en una sede vecinal, iguales a los que ya ofrece la OMIL de la comuna, sin explicar en qué se diferencian ni por qué esta vez tendrían otro resultado.",
      },
      {
        nota: 6,
        texto:
          "Mismo desafío. Una cooperativa del Biobío propone que empleadores locales diseñen junto a personas desocupadas pruebas de trabajo pagadas de dos semanas que reemplazan la entrevista, y reconoce que en la comuna ya hay cursos de capacitación que no terminan en contratos: su propuesta ataca justamente ese paso.",
      },
    ],
  },
  {
    clave: "factibilidad",
    nombre: "Factibilidad",
    descripcion:
      "Si el equipo puede llevar a cabo el piloto con los recursos, los plazos y las alianzas que declara.",
    orientacion:
      "Mire la experiencia del equipo con este grupo o en este territorio, las alianzas ya conseguidas (cartas de compromiso, no intenciones), el calendario frente al período de ejecución y los riesgos que el propio perfil reconoce. Una «idea vaga» puede ser factible si sabe qué necesita aprender primero: no castigue la madurez de la idea, castigue los supuestos que no se dicen.",
    peso: 20,
    ejemplos: [
      {
        nota: 2,
        texto:
          "Desafío «Personas con dependencia moderada o severa». Una persona natural sin experiencia en salud propone instalar en cuatro meses un servicio de respiro para cuidadoras en tres regiones, con un solo coordinador y sin acuerdo con los CESFAM que derivarían a las familias.",
      },
      {
        nota: 6.5,
        texto:
          "Mismo desafío. Una ONG que trabaja con cuidadoras en el Maule desde 2015 propone el servicio en dos comunas, con carta de compromiso del CESFAM para la derivación, un equipo de cuatro personas que ya trabaja en la ONG y un plan por si la derivación tarda más de lo previsto.",
      },
    ],
  },
  {
    clave: "coproduccion",
    nombre: "Co-producción con usuarios",
    descripcion:
      "Cuánto participan las personas del grupo del desafío en diseñar, ejecutar y evaluar el piloto, y no solo en recibirlo.",
    orientacion:
      "El modelo de pilotaje del Fondo IDEA pide que las personas usuarias co-produzcan el piloto. Busque evidencia concreta: conversaciones ya realizadas con el grupo, roles remunerados o reconocidos para personas usuarias, instancias en que su opinión cambia el diseño y cómo participarán en medir los resultados. Una encuesta de satisfacción al final o «talleres participativos» sin decir qué se decide en ellos cuentan poco.",
    peso: 15,
    ejemplos: [
      {
        nota: 2.5,
        texto:
          "Desafío «Consumo problemático de alcohol y drogas». El perfil describe un programa diseñado por profesionales y dice que las personas usuarias «serán consultadas mediante una encuesta de satisfacción al término del piloto».",
      },
      {
        nota: 6.5,
        texto:
          "Mismo desafío. Una agrupación de Antofagasta diseñó su propuesta con ocho personas en recuperación; dos de ellas integrarán el equipo como monitores pares remunerados, y un consejo de usuarios revisa cada mes qué ajustar y define con el equipo los indicadores de seguimiento.",
      },
    ],
  },
  {
    clave: "aprendizaje-escalamiento",
    nombre: "Potencial de aprendizaje y escalamiento",
    descripcion:
      "Qué aprenderá el Estado del piloto, aun si no funciona, y si lo que funcione podría llevarse a más territorios o a la oferta pública.",
    orientacion:
      "Un buen piloto formula una hipótesis que se puede poner a prueba y dice cómo la medirá: métricas con línea base, registro de lo que ocurre y a quién servirá lo aprendido. Para el escalamiento, pregúntese quién podría adoptarlo (un servicio público, municipios, otras organizaciones) y cuánto costaría por persona atendida. No exija un escalamiento nacional; exija que el perfil sepa qué tendría que resultar cierto para escalar.",
    peso: 15,
    ejemplos: [
      {
        nota: 3,
        texto:
          "Desafío «Personas indígenas del 40 % más vulnerable». El perfil propone una feria anual de emprendimiento en Los Lagos; no dice qué se medirá ni qué se espera aprender, y su continuidad depende de que el fondo se renueve cada año.",
      },
      {
        nota: 6,
        texto:
          "Mismo desafío. Una universidad regional propone probar en dos comunidades williche si la venta conjunta aumenta los ingresos, comparándolas con dos comunidades que comienzan seis meses después, con ingresos medidos antes y después; ya conversa con INDAP para incorporarlo a su oferta si funciona.",
      },
    ],
  },
  {
    clave: "presupuesto",
    nombre: "Coherencia del presupuesto",
    descripcion:
      "Si los montos solicitados corresponden a las actividades del piloto, son realistas y están dentro del rango de la línea de postulación.",
    orientacion:
      "Compare cada ítem con las actividades descritas: todo gasto debe servir a una actividad y toda actividad principal debe tener su gasto. Revise que los honorarios y precios sean razonables para la región, que haya recursos para la participación de las personas usuarias y para medir resultados, y que el monto esté dentro del rango de la línea. Un presupuesto ajustado y bien explicado vale más que uno holgado.",
    peso: 10,
    ejemplos: [
      {
        nota: 2,
        texto:
          "El perfil pide $30.000.000, de los cuales $18.000.000 son computadores y un vehículo que ninguna actividad descrita usa, y no destina recursos al traslado de las familias rurales que el propio perfil dice atender.",
      },
      {
        nota: 6.5,
        texto:
          "El perfil pide $24.500.000: honorarios del equipo (55 %), traslados y colaciones de las personas usuarias (15 %), materiales (12 %), medición de resultados (10 %) e imprevistos (8 %); cada ítem indica la actividad a la que sirve y los precios vienen de cotizaciones de la región.",
      },
    ],
  },
]);

/**
 * Spanish message when the weights are not whole numbers from 1 to 100 adding up to exactly 100; null when they are.
 * [25, 15, 20, 15, 15, 10] → null; [50, 40] → "Los pesos de los criterios deben sumar 100 %; ahora suman 90 %."
 */
export function errorPesos(pesos: readonly number[]): string | null {
  if (pesos.length === 0) return "La rúbrica necesita al menos un criterio con peso.";
  for (let i = 0; i < pesos.length; i++) {
    const p = pesos[i];
    if (!Number.isInteger(p) || p < 1 || p > 100) {
      const valor = Number.isFinite(p) ? String(p).replace(".", ",") : "un valor no numérico";
      return `Cada peso debe ser un número entero entre 1 y 100 %; el criterio ${i + 1} tiene ${valor}.`;
    }
  }
  const suma = pesos.reduce((a, b) => a + b, 0);
  if (suma !== 100) return `Los pesos de los criterios deben sumar 100 %; ahora suman ${suma} %.`;
  return null;
}

/**
 * Final grade of one evaluation: Σ nota·peso / 100 over the criteria, unrounded.
 * Throws Error when a criterion has no grade, a grade is outside 1–7, a criterion is repeated or the
 * weights are invalid (errorPesos). Grades of keys that are not criteria are ignored.
 */
export function notaPonderada(notas: Readonly<Record<string, number>>, criterios: readonly { id: string; peso: number }[]): number {
  const error = errorPesos(criterios.map((c) => c.peso));
  if (error) throw new Error(error);
  const vistos = new Set<string>();
  let suma = 0;
  for (const c of criterios) {
    if (vistos.has(c.id)) throw new Error(`El criterio ${c.id} está repetido en la rúbrica.`);
    vistos.add(c.id);
    if (!Object.hasOwn(notas, c.id)) throw new Error(`Falta la nota del criterio ${c.id}.`);
    const nota = notas[c.id];
    if (!enEscala(nota)) throw new Error(`La nota del criterio ${c.id} debe estar entre 1,0 y 7,0 (es ${nota}).`);
    suma += nota * c.peso;
  }
  return suma / 100;
}
