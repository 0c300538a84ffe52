// Word banks for the demo's synthetic applicants, perfiles and talleres (lib/seed/datos-sinteticos.ts
// combines them). Invented people and organisations; places are real communes, so the data reads as Chile.
import type { CodigoRegion } from "@/lib/domain/regiones";

export const NOMBRES = [
  "Camila", "Valentina", "Francisca", "Javiera", "Constanza", "Catalina", "Fernanda", "Daniela", "Carolina", "Paulina",
  "Macarena", "Antonia", "Isidora", "Gabriela", "Marcela", "Rocío", "Ximena", "Patricia", "Soledad", "Loreto",
  "Matías", "Sebastián", "Nicolás", "Felipe", "Diego", "Cristóbal", "Joaquín", "Tomás", "Rodrigo", "Gonzalo",
  "Ignacio", "Benjamín", "Vicente", "Claudio", "Mauricio", "Héctor", "Álvaro", "Pablo", "Esteban", "Andrés",
] as const;

export const APELLIDOS = [
  "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda",
  "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela",
  "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández",
  "Ramírez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez", "Jara", "Vergara", "Rivera", "Figueroa",
  "Huenchumilla", "Painemal", "Millalén", "Catrileo", "Ñancupil",
] as const;

/** Two communes of each region, for the places in perfiles and talleres. */
export const COMUNAS: Record<CodigoRegion, readonly [string, string]> = {
  "15": ["Arica", "Putre"],
  "01": ["Alto Hospicio", "Pozo Almonte"],
  "02": ["Calama", "Antofagasta"],
  "03": ["Copiapó", "Vallenar"],
  "04": ["Ovalle", "La Serena"],
  "05": ["San Antonio", "Quilpué"],
  "13": ["La Pintana", "Puente Alto"],
  "06": ["San Fernando", "Rancagua"],
  "07": ["Linares", "Talca"],
  "16": ["San Carlos", "Chillán"],
  "08": ["Coronel", "Lota"],
  "09": ["Ercilla", "Temuco"],
  "14": ["La Unión", "Valdivia"],
  "10": ["Castro", "Puerto Montt"],
  "11": ["Coyhaique", "Aysén"],
  "12": ["Punta Arenas", "Porvenir"],
};

/** Second words of invented organisation names. */
export const NOMBRES_ORGANIZACION = [
  "Raíces del Sur", "Manos Unidas", "Nuevo Horizonte", "Tejiendo Redes", "Semilla Viva", "Puente Comunitario", "Brotes",
  "Camino Propio", "Vínculos", "Sembrar Futuro", "Rayén", "Kimün", "Lafken", "Andes Solidario", "Costa Viva", "Valle Abierto",
] as const;

export type IdeaProyecto = { nombre: string; solucion: string; usuarios: string };

/** The problem each desafío poses, told by an applicant (the commune is added after it). */
export const PROBLEMA_POR_DESAFIO: Record<string, string> = {
  "volver-a-la-escuela":
    "Hay niños, niñas y adolescentes que dejaron de ir a la escuela hace más de dos años y ningún programa llega a buscarlos: la escuela los da de baja y la familia no sabe cómo volver a matricularlos.",
  "cuidar-a-quien-cuida":
    "Las cuidadoras de personas con dependencia severa trabajan todos los días sin descanso ni ingresos propios; muchas dejaron su empleo y se enferman por la sobrecarga.",
  "hacia-la-vida-independiente":
    "Al cumplir 18 años, los jóvenes que egresan del cuidado residencial quedan sin vivienda, sin redes y sin experiencia laboral, y en pocos meses pierden lo avanzado.",
  "emprendimiento-indigena-sostenible":
    "Las familias mapuche que viven de la cocina, la textilería o el turismo venden poco y a intermediarios: no llegan a los mercados ni a financiamiento que respete su forma de trabajar.",
  "primer-contrato":
    "Las personas desempleadas o que trabajan sin contrato en los barrios de menores ingresos no tienen quién las conecte con las empresas que sí buscan personal, y las ofertas piden experiencia formal que no pueden acreditar.",
};

export const IDEAS_POR_DESAFIO: Record<string, IdeaProyecto[]> = {
  "volver-a-la-escuela": [
    { nombre: "Aula Puente", solucion: "Un aula de reingreso en la sede vecinal, con tutores jóvenes y una profesora, que nivela en un semestre y acompaña el paso a un curso regular.", usuarios: "niños, niñas y adolescentes de 10 a 17 años con más de dos años de rezago" },
    { nombre: "Ruta de Regreso", solucion: "Duplas psicosociales que ubican a cada estudiante desertor, visitan a su familia y acompañan el primer semestre de vuelta a clases.", usuarios: "estudiantes que dejaron la escuela en los últimos tres años y sus familias" },
    { nombre: "Escuela sobre Ruedas", solucion: "Un bus equipado como sala de clases que recorre sectores rurales tres días por semana y prepara exámenes libres.", usuarios: "adolescentes de sectores rurales sin transporte escolar" },
    { nombre: "Mentores de Barrio", solucion: "Estudiantes universitarios del mismo barrio como mentores semanales, con metas de asistencia acordadas con la escuela.", usuarios: "adolescentes en riesgo de abandonar la enseñanza media" },
    { nombre: "Alerta Temprana Comunal", solucion: "Un registro compartido entre escuelas, consultorio y municipio que avisa al tercer día de inasistencia y activa una visita.", usuarios: "estudiantes con inasistencia crónica de las escuelas municipales" },
    { nombre: "Aprender Jugando", solucion: "Talleres deportivos y de música por las tardes que enganchan a quienes no van a la escuela y los derivan a un programa de reingreso.", usuarios: "niños y niñas de 8 a 14 años fuera del sistema escolar" },
  ],
  "cuidar-a-quien-cuida": [
    { nombre: "Respiro en Casa", solucion: "Cuidadoras formadas que relevan a la cuidadora principal dos tardes por semana, con un plan de cuidado acordado con la familia.", usuarios: "cuidadoras principales de personas con dependencia severa" },
    { nombre: "Red de Cuidadoras", solucion: "Grupos de apoyo mutuo mensuales y una línea de mensajería atendida por una trabajadora social.", usuarios: "mujeres que cuidan a un familiar postrado o con demencia" },
    { nombre: "Escuela de Cuidados", solucion: "Un curso práctico de cuidados (movilización, medicamentos, autocuidado) con certificación de competencias laborales.", usuarios: "cuidadoras sin formación que quieren cuidar mejor y trabajar como cuidadoras" },
    { nombre: "Banco de Horas de Cuidado", solucion: "Un intercambio de horas de cuidado entre vecinas, coordinado desde la junta de vecinos, para que cada cuidadora tenga tiempo propio.", usuarios: "cuidadoras de un mismo barrio" },
    { nombre: "Cuidadoras Emprenden", solucion: "Capacitación en oficios que se pueden hacer desde la casa y un fondo semilla para comenzar un emprendimiento.", usuarios: "cuidadoras que dejaron su trabajo para cuidar" },
    { nombre: "Teleasistencia Cercana", solucion: "Un botón de aviso para la persona cuidada y llamadas semanales de seguimiento, que permiten a la cuidadora salir de la casa.", usuarios: "personas con dependencia moderada que viven con una sola cuidadora" },
  ],
  "hacia-la-vida-independiente": [
    { nombre: "Primer Hogar", solucion: "Viviendas compartidas de transición por un año, con una educadora que acompaña el presupuesto, el trabajo y los estudios.", usuarios: "jóvenes de 18 a 21 años que egresan de residencias" },
    { nombre: "Padrinos Laborales", solucion: "Empresas locales que ofrecen un primer empleo con un tutor dentro de la empresa y seguimiento durante seis meses.", usuarios: "jóvenes egresados del cuidado residencial sin experiencia laboral" },
    { nombre: "Egreso Acompañado", solucion: "Una gestora de caso que trabaja con cada joven desde seis meses antes del egreso hasta un año después.", usuarios: "adolescentes de 17 años que egresarán de una residencia" },
    { nombre: "Oficios Digitales", solucion: "Formación en oficios digitales (soporte, diseño, comercio electrónico) con práctica pagada.", usuarios: "jóvenes egresados con enseñanza media completa" },
    { nombre: "Finanzas para Empezar", solucion: "Educación financiera práctica y una cuenta de ahorro con aporte igual al que el joven ahorre durante un año.", usuarios: "jóvenes que egresan y reciben su primer sueldo" },
    { nombre: "Red de Egresados", solucion: "Jóvenes que egresaron hace años como mentores de los que egresan ahora, con encuentros mensuales.", usuarios: "jóvenes recién egresados del cuidado residencial" },
  ],
  "emprendimiento-indigena-sostenible": [
    { nombre: "Cocina Mapuche de Temporada", solucion: "Una ruta gastronómica con cocineras mapuche, reservas en línea y compras conjuntas de insumos.", usuarios: "cocineras mapuche que venden en ferias" },
    { nombre: "Turismo Comunitario Lafkenche", solucion: "Circuitos de turismo comunitario con reservas compartidas y formación en atención a visitantes.", usuarios: "familias lafkenche con emprendimientos de turismo" },
    { nombre: "Mercado Digital Mapuche", solucion: "Una tienda en línea compartida con despacho conjunto y precios justos para la artesanía.", usuarios: "artesanas y artesanos mapuche de comunidades rurales" },
    { nombre: "Semillas Propias", solucion: "Un banco de semillas tradicionales y huertas familiares con venta asociativa a restoranes de la región.", usuarios: "familias hortaliceras de comunidades mapuche" },
    { nombre: "Textiles con Historia", solucion: "Textilería mapuche con diseño, etiquetado que cuenta su origen y venta a tiendas de diseño.", usuarios: "tejedoras mapuche de la comuna" },
  ],
  "primer-contrato": [
    { nombre: "Empleo con Apoyo", solucion: "Intermediación laboral con una gestora que prepara, acompaña a la entrevista y sigue a la persona seis meses en su nuevo empleo.", usuarios: "personas desempleadas del 40% de menores ingresos" },
    { nombre: "Oficios Portuarios", solucion: "Formación en oficios portuarios diseñada con las empresas del puerto, que se comprometen a contratar a quienes egresen.", usuarios: "hombres y mujeres sin contrato que viven cerca del puerto" },
    { nombre: "Primer Contrato Verde", solucion: "Una cooperativa de reciclaje que formaliza a recicladores de base con contrato y previsión.", usuarios: "recicladores de base que trabajan sin contrato" },
    { nombre: "Listos para la Entrevista", solucion: "Talleres de preparación, ropa para la entrevista y pasajes pagados, con empresas que garantizan una entrevista.", usuarios: "jóvenes y adultos que buscan trabajo hace más de seis meses" },
    { nombre: "Certifica tu Oficio", solucion: "Certificación de competencias para quienes saben un oficio pero no pueden demostrarlo, con colocación en empresas.", usuarios: "maestros y maestras que trabajan por su cuenta sin contrato" },
  ],
};

/** Co-production with users: `{comuna}` is replaced. */
export const COPRODUCCION = [
  "Diseñamos el piloto en tres encuentros con las personas usuarias en {comuna}; dos de ellas forman parte del equipo y revisan cada mes si funciona.",
  "Un comité de personas usuarias decide con nosotros los horarios, los contenidos y cómo se mide el avance; se reúne cada quince días en {comuna}.",
  "Antes de postular hicimos entrevistas y un prototipo de dos semanas con familias de {comuna}; lo que aprendimos cambió la propuesta.",
  "Las personas usuarias participan como monitoras pagadas del piloto y evalúan con nosotros los resultados al cierre.",
  "Trabajamos con la junta de vecinos y las organizaciones de {comuna}, que convocan, prestan la sede y opinan en cada etapa.",
] as const;

/** The team, by kind of executor. */
export const EQUIPOS: Record<string, readonly string[]> = {
  PERSONA_NATURAL: [
    "Soy trabajadora social con diez años de experiencia en la comuna; me acompañan dos monitoras que viven en el sector.",
    "Soy profesor de enseñanza básica y coordino desde hace cinco años un grupo de voluntarios del barrio.",
  ],
  SIN_FINES_DE_LUCRO: [
    "Una coordinadora, una psicóloga y dos monitoras comunitarias de la organización, con experiencia en programas sociales en la región.",
    "La directora de la fundación, un trabajador social y tres voluntarios formados, que ya trabajan con estas familias.",
  ],
  EMPRESA: [
    "Un equipo de cuatro personas con experiencia en empleo y capacitación, y alianzas con empresas de la zona.",
    "Dos ingenieras y un diseñador de servicios, con experiencia en proyectos de innovación social.",
  ],
  UNIVERSIDAD: [
    "Un equipo del centro de estudios sociales de la universidad: una académica, dos investigadores y estudiantes en práctica.",
  ],
  ORGANISMO_PUBLICO: [
    "El equipo de la oficina municipal: una coordinadora, una asistente social y dos técnicos territoriales.",
  ],
};

/** Reasons staff write when a perfil is admissible. */
export const MOTIVOS_ADMISIBLE = [
  "Cumple los requisitos de admisibilidad: campos completos, línea abierta, monto dentro de la banda y documentos exigidos vigentes.",
  "Revisamos los documentos adjuntos y corresponden a la organización indicada. El perfil cumple las bases y pasa a evaluación técnica.",
  "Perfil completo y enviado dentro del plazo; los documentos están vigentes y el monto se ajusta a la línea.",
] as const;

/** Reasons staff write when a perfil is not admissible (the automatic checks all passed: these are human ones). */
export const MOTIVOS_INADMISIBLE: Record<"organizacion" | "persona", readonly string[]> = {
  organizacion: [
    "El certificado de vigencia adjunto fue emitido hace más de seis meses; las bases exigen uno con menos de 60 días.",
    "Los estatutos adjuntos corresponden a otra organización que la indicada en el perfil.",
    "El perfil describe la continuación de un programa que la organización ya ejecuta con financiamiento público, no un piloto nuevo.",
  ],
  persona: ["La cédula de identidad adjunta está vencida; las bases exigen un documento vigente."],
};

/** Talleres regionales of the Convocatoria etapa: `dia` counts from its opening. */
export const TALLERES: {
  tipo: "TALLER_REGIONAL" | "TALLER_IDEACION";
  titulo: string;
  regionCut: CodigoRegion | null;
  lugar: string | null;
  enlace: string | null;
  dia: number;
  hora: string;
  capacidad: number;
}[] = [
  { tipo: "TALLER_REGIONAL", titulo: "Taller regional de postulación — Antofagasta", regionCut: "02", lugar: "Sede regional FOSIS, Antofagasta", enlace: null, dia: 2, hora: "10:00", capacidad: 25 },
  { tipo: "TALLER_REGIONAL", titulo: "Taller regional de postulación — Valparaíso", regionCut: "05", lugar: "Biblioteca municipal de Quilpué", enlace: null, dia: 4, hora: "18:30", capacidad: 20 },
  { tipo: "TALLER_REGIONAL", titulo: "Taller regional de postulación — Metropolitana", regionCut: "13", lugar: "Centro comunitario de La Pintana", enlace: null, dia: 6, hora: "10:00", capacidad: 8 },
  { tipo: "TALLER_REGIONAL", titulo: "Taller regional de postulación — Biobío", regionCut: "08", lugar: "Sede regional FOSIS, Concepción", enlace: null, dia: 8, hora: "10:00", capacidad: 30 },
  { tipo: "TALLER_REGIONAL", titulo: "Taller regional de postulación — La Araucanía", regionCut: "09", lugar: "Ruka comunitaria de Ercilla", enlace: null, dia: 10, hora: "11:00", capacidad: 20 },
  { tipo: "TALLER_IDEACION", titulo: "Taller en línea: cómo escribir un buen perfil", regionCut: null, lugar: null, enlace: "https://reuniones.demo.fondoidea.cl/taller-perfil", dia: 12, hora: "19:00", capacidad: 60 },
  { tipo: "TALLER_REGIONAL", titulo: "Taller regional de postulación — Los Lagos", regionCut: "10", lugar: "Centro cultural de Castro", enlace: null, dia: 19, hora: "10:00", capacidad: 20 },
  { tipo: "TALLER_REGIONAL", titulo: "Taller regional de postulación — Magallanes", regionCut: "12", lugar: "Sede regional FOSIS, Punta Arenas", enlace: null, dia: 24, hora: "18:00", capacidad: 15 },
];

export const DESCRIPCION_TALLER =
  "Presentamos los desafíos del Fondo IDEA, las líneas de postulación y cómo completar el perfil; al final, resolvemos dudas de cada proyecto.";
