// The formation programme of incubation (issue 13, etapa 4): the four base modules every preselected team
// takes, as pure data, and each team's progress through the modules of its convocatoria. No I/O:
// formacion.guardarModulo loads the base modules, the team's and staff's pages compute progress with it.

export type ModuloBase = { clave: string; titulo: string; resumen: string; material: string; orden: number };

/** Limits of a module's fields (the action's schema and the form read them). */
export const LARGO_MODULO = { clave: 60, titulo: 150, resumen: 600, material: 20_000 } as const;
/** A module's key: lower-case letters, digits and hyphens (it names the module in URLs and in the audit). */
export const PATRON_CLAVE_MODULO = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The four modules of the base programme (SPEC.md, etapa 4), in their order. Paragraphs are separated by a blank line. */
export const MODULOS_BASE: readonly ModuloBase[] = [
  {
    clave: "teoria-de-cambio",
    orden: 1,
    titulo: "Teoría de cambio",
    resumen: "Cómo su solución produce el cambio que busca el desafío: del problema a los resultados, paso a paso y con supuestos explícitos.",
    material: [
      "Una teoría de cambio es la explicación, en pocas líneas, de por qué lo que ustedes harán producirá el cambio que el desafío busca. Parte del resultado de largo plazo (por ejemplo, «las cuidadoras de la comuna reducen su sobrecarga») y se recorre hacia atrás: qué tiene que ocurrir antes para que eso pase, y qué tiene que ocurrir antes de eso, hasta llegar a las actividades del proyecto.",
      "Ordénela en una cadena: actividades (lo que el equipo hace: talleres, visitas, una plataforma), productos (lo que queda hecho y se puede contar: 40 cuidadoras capacitadas, 200 horas de relevo entregadas), resultados intermedios (cambios en las personas: conocen la red, la usan, tienen horas libres) y resultado final (el cambio en el problema del desafío). Cada flecha de la cadena es una afirmación que alguien podría discutir.",
      "Esas afirmaciones son los supuestos. Escríbalos: «las cuidadoras confiarán en dejar a su familiar con una vecina capacitada», «el municipio prestará la sede los sábados». Para cada supuesto pregúntese qué evidencia tiene (una encuesta, la experiencia de otro programa, conversaciones con usuarias) y qué hará si resulta falso. Los supuestos más frágiles son los primeros que el piloto debe poner a prueba.",
      "Ejercicio para el equipo: en una hoja, dibujen la cadena de su proyecto con no más de cinco cajas y marquen con rojo los dos supuestos de los que están menos seguros. Lleven esa hoja a la primera sesión con su mentor o mentora; será la base del formulario completo, que pide la teoría de cambio de forma explícita.",
    ].join("\n\n"),
  },
  {
    clave: "modelo-de-sostenibilidad",
    orden: 2,
    titulo: "Modelo de sostenibilidad",
    resumen: "Cómo seguirá funcionando la solución cuando termine el financiamiento del piloto: costos, fuentes de recursos y alianzas.",
    material: [
      "El Fondo IDEA financia un piloto, no una operación permanente. El modelo de sostenibilidad responde una pregunta simple: si el piloto funciona, ¿quién pagará para que siga funcionando, y por qué lo haría? Un buen piloto que desaparece al terminar el convenio deja a las personas usuarias peor que antes, porque generó expectativas.",
      "Comience por los costos: separe los costos de poner en marcha (diseño, equipamiento, capacitación inicial) de los costos de operar un mes más (personal, arriendo, materiales, traslados). Solo los segundos deben financiarse después del piloto. Calcule el costo por persona atendida; es la cifra que cualquier financista le preguntará.",
      "Luego identifique las fuentes posibles: programas públicos que podrían absorber la solución (municipio, servicios regionales, ministerios), venta de servicios a instituciones, aportes de empresas de la región, cuotas de las propias personas usuarias cuando sea razonable, voluntariado organizado o una combinación. Para cada fuente, anote qué tendría que demostrar el piloto para convencerla: por eso las métricas del módulo 4 y la sostenibilidad se diseñan juntas.",
      "Ejercicio para el equipo: completen una tabla con tres columnas (fuente, qué aportaría, qué evidencia necesita) y elijan una fuente principal y una de respaldo. Identifiquen a una persona concreta de esa institución con quien conversar durante la incubación.",
    ].join("\n\n"),
  },
  {
    clave: "coproduccion-con-usuarios",
    orden: 3,
    titulo: "Co-producción con usuarios",
    resumen: "Diseñar y ajustar la solución junto a las personas que la usarán: quiénes participan, cómo y qué cambia con lo que dicen.",
    material: [
      "Co-producir es diseñar, entregar y mejorar la solución con las personas a quienes está dirigida, no solo para ellas. No se trata de una encuesta al final, sino de que las personas usuarias tengan un papel en decisiones reales: qué horario sirve, qué lenguaje usar, qué parte del servicio sobra. En programas sociales esto mejora la pertinencia, la confianza y el uso; también es una exigencia del desafío.",
      "Defina primero quiénes participan: personas usuarias directas, sus familias, dirigentes de organizaciones territoriales, funcionarios que las atienden. Cuide que no participen solo quienes tienen más tiempo o más voz; piense en horarios, traslados, cuidado de hijos o familiares dependientes, accesibilidad y lengua (por ejemplo, pueblos originarios o personas migrantes).",
      "Elija métodos simples y repetibles: conversaciones breves en terreno, un grupo de usuarias que se reúne una vez al mes, prototipos en papel que se prueban antes de construir, un buzón o un número de WhatsApp para comentarios. Lo importante es cerrar el ciclo: registrar qué se escuchó, qué se cambió por eso y contárselo a quienes participaron.",
      "Ejercicio para el equipo: escriban un plan de co-producción de media página con tres actividades durante el piloto, quiénes participan en cada una, cuándo y qué decisión se tomará con lo que resulte. Ese plan es una sección del formulario completo.",
    ].join("\n\n"),
  },
  {
    clave: "metricas-y-linea-de-base",
    orden: 4,
    titulo: "Métricas y línea de base",
    resumen: "Cómo medir si el piloto funciona: indicadores ligados a las métricas del desafío, la situación inicial y metas realistas.",
    material: [
      "Cada desafío del Fondo IDEA publica métricas de línea de base: la situación del problema antes de la intervención, con su fuente y fecha. Su piloto debe decir cuánto espera mover alguna de ellas (o un indicador cercano que pueda medir en la escala del piloto) y cómo lo sabrá. Sin una línea de base no hay forma de mostrar un cambio.",
      "Escoja pocos indicadores, entre dos y cinco: al menos uno de resultado (un cambio en las personas, por ejemplo el porcentaje de cuidadoras con sobrecarga intensa) y algunos de proceso (lo que el equipo controla: horas de relevo entregadas, personas inscritas, asistencia). Para cada uno defina la fórmula, la fuente del dato, quién lo registra y cada cuánto.",
      "Mida la línea de base de su grupo al comenzar, con el mismo instrumento que usará al final. Si el desafío usa una encuesta conocida (por ejemplo, la escala de Zarit para sobrecarga), úsela. Fije metas realistas para la duración del piloto: es mejor prometer una mejora modesta que pueda demostrar que una ambiciosa que nadie pueda verificar.",
      "Ejercicio para el equipo: armen una tabla con indicador, valor de línea de base, meta al final del piloto, fuente y responsable. Revisen que cada indicador se relacione con una caja de su teoría de cambio. Esta tabla va tal cual en el formulario completo.",
    ].join("\n\n"),
  },
];

/** The material's paragraphs (separated by blank lines), trimmed, without empty ones. */
export function parrafos(material: string): string[] {
  return material
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The base modules not yet in a convocatoria that has modules with these keys. */
export function modulosBaseFaltantes(clavesExistentes: Iterable<string>): ModuloBase[] {
  const hay = new Set(clavesExistentes);
  return MODULOS_BASE.filter((m) => !hay.has(m.clave));
}

export type ProgresoFormacion = {
  completados: number;
  total: number;
  /** 0–100, rounded down (100 only when every module is done). */
  porcentaje: number;
  /** The first module in order not yet done, or null when all are (or there are none). */
  siguienteId: string | null;
  terminado: boolean;
};

/**
 * A team's progress through the modules of its convocatoria: how many of `modulos` it completed (a
 * completion of a module no longer in the list does not count), the percentage and the next one to take.
 */
export function progresoFormacion(modulos: readonly { id: string; orden: number }[], completados: Iterable<string>): ProgresoFormacion {
  const hechos = new Set(completados);
  const ordenados = [...modulos].sort((a, b) => a.orden - b.orden || a.id.localeCompare(b.id));
  const n = ordenados.filter((m) => hechos.has(m.id)).length;
  const total = ordenados.length;
  return {
    completados: n,
    total,
    porcentaje: total === 0 ? 0 : Math.floor((n * 100) / total),
    siguienteId: ordenados.find((m) => !hechos.has(m.id))?.id ?? null,
    terminado: total > 0 && n === total,
  };
}

export type AsistenciaFormacion = { eventos: number; inscritos: number; presentes: number };

/**
 * A team's attendance at the FORMACION events (talleres of the programme): of the events held, in how many
 * its account registered (a live registration) and in how many it was marked present.
 */
export function asistenciaFormacion(
  eventos: readonly { id: string }[],
  inscripciones: readonly { eventoId: string; estado: string; presente: boolean | null }[],
): AsistenciaFormacion {
  const ids = new Set(eventos.map((e) => e.id));
  const propias = inscripciones.filter((i) => ids.has(i.eventoId));
  return {
    eventos: ids.size,
    inscritos: new Set(propias.filter((i) => i.estado === "CONFIRMADA").map((i) => i.eventoId)).size,
    presentes: new Set(propias.filter((i) => i.presente === true).map((i) => i.eventoId)).size,
  };
}
