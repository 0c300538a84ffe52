// Demo data from "Innovación FOSIS" (marzo 2019): figures of the fund, the Compromiso País groups and
// five desafíos. Baseline values are demonstration values (marked as such in their source), not statistics.
import type { Rol } from "@/lib/domain/roles";

/**
 * The fund's 2019 figures. The demo convocatoria keeps them, but is named for the year its calendar runs
 * in (lib/seed/linea-de-tiempo.ts), so a visitor never reads «Fondo IDEA 2019» over dates of another year.
 */
export const CIFRAS_2019 = {
  presupuestoTotal: 650_000_000,
  montoMinProyecto: 20_000_000,
  montoMaxProyecto: 30_000_000,
  proyectosObjetivo: 26, // "30/22 proyectos aprox."
  pesoTecnico: 70,
  pesoVotacion: 10, // "poco peso y harta visibilidad"
  pesoDemoDay: 20,
};

export const GRUPOS = [
  { codigo: "NNA_FUERA_ESCUELA", nombre: "Niños, niñas y adolescentes que no asisten a un establecimiento educacional", ministerio: "Educación", mesaNombre: "Mesa Compromiso País: niños fuera de la escuela" },
  { codigo: "ALCOHOL_DROGAS", nombre: "Personas con consumo problemático de alcohol y drogas", ministerio: "Interior y Seguridad Pública", mesaNombre: "Mesa Compromiso País: consumo problemático" },
  { codigo: "DEPENDENCIA", nombre: "Personas con dependencia moderada o severa", ministerio: "Desarrollo Social", mesaNombre: "Mesa Compromiso País: dependencia" },
  { codigo: "INDIGENAS_40", nombre: "Personas de pueblos indígenas del 40% más pobre", ministerio: "Desarrollo Social", mesaNombre: "Mesa Compromiso País: pueblos indígenas" },
  { codigo: "NNA_SENAME", nombre: "Niños, niñas y adolescentes bajo cuidado de Sename", ministerio: "Justicia", mesaNombre: "Mesa Compromiso País: niñez protegida" },
  { codigo: "DESEMPLEO_40", nombre: "Personas mayores de 18 años desempleadas o sin contrato, del 40% de menores ingresos", ministerio: "Trabajo y Previsión Social", mesaNombre: "Mesa Compromiso País: empleo" },
] as const;

type DesafioSeed = {
  slug: string;
  titulo: string;
  resumen: string;
  descripcion: string;
  grupo: (typeof GRUPOS)[number]["codigo"];
  alcance: "NACIONAL" | "REGIONAL";
  regionCut?: string;
  metricas: { indicador: string; valor: number; unidad: string; fuente: string; fecha: string }[];
};

const DEMO = "(valor de demostración)";

export const DESAFIOS: DesafioSeed[] = [
  {
    slug: "volver-a-la-escuela",
    titulo: "Volver a la escuela",
    resumen: "¿Cómo lograr que niños, niñas y adolescentes con más de dos años de rezago vuelvan y se queden en la escuela?",
    descripcion:
      "Miles de niños, niñas y adolescentes entre 5 y 17 años no asisten a un establecimiento educacional. Buscamos soluciones que les permitan reincorporarse al sistema educativo y prevengan el abandono, trabajando con sus familias y comunidades.",
    grupo: "NNA_FUERA_ESCUELA",
    alcance: "NACIONAL",
    metricas: [
      { indicador: "NNA de 5 a 17 años fuera del sistema escolar", valor: 186_723, unidad: "personas", fuente: `Mineduc ${DEMO}`, fecha: "2018-12-31" },
      { indicador: "Tasa de reingreso tras un año", valor: 18.5, unidad: "%", fuente: `Mineduc ${DEMO}`, fecha: "2018-12-31" },
    ],
  },
  {
    slug: "cuidar-a-quien-cuida",
    titulo: "Cuidar a quien cuida",
    resumen: "¿Cómo apoyar a las personas cuidadoras de quienes viven con dependencia moderada o severa?",
    descripcion:
      "Las personas con dependencia moderada o severa necesitan apoyo diario, que suele recaer en una mujer de la familia sin ingresos ni descanso. Buscamos soluciones que mejoren el cuidado y la calidad de vida de quien cuida.",
    grupo: "DEPENDENCIA",
    alcance: "NACIONAL",
    metricas: [
      { indicador: "Personas con dependencia moderada o severa", valor: 668_000, unidad: "personas", fuente: `Ministerio de Desarrollo Social ${DEMO}`, fecha: "2017-11-30" },
      { indicador: "Cuidadoras que reportan sobrecarga intensa", valor: 62, unidad: "%", fuente: `Senadis ${DEMO}`, fecha: "2017-11-30" },
    ],
  },
  {
    slug: "emprendimiento-indigena-sostenible",
    titulo: "Emprendimiento indígena sostenible",
    resumen: "¿Cómo aumentar los ingresos autónomos de familias indígenas del 40% más pobre respetando su cultura?",
    descripcion:
      "Las familias de pueblos indígenas del 40% más pobre enfrentan barreras de acceso a mercados y financiamiento. Buscamos soluciones que fortalezcan microemprendimientos con pertinencia cultural, por ejemplo en gastronomía y turismo.",
    grupo: "INDIGENAS_40",
    alcance: "REGIONAL",
    regionCut: "09",
    metricas: [
      { indicador: "Ingreso autónomo promedio del hogar", valor: 410_000, unidad: "CLP mensuales", fuente: `Casen ${DEMO}`, fecha: "2017-12-31" },
      { indicador: "Hogares indígenas bajo la línea de pobreza", valor: 14.5, unidad: "%", fuente: `Casen ${DEMO}`, fecha: "2017-12-31" },
    ],
  },
  {
    slug: "hacia-la-vida-independiente",
    titulo: "Hacia la vida independiente",
    resumen: "¿Cómo preparar a jóvenes que egresan de Sename para su primer empleo y una vida autónoma?",
    descripcion:
      "Al cumplir 18 años, muchos jóvenes egresan del cuidado residencial sin redes ni experiencia laboral. Buscamos soluciones de capacitación, acompañamiento e inserción laboral que funcionen en los primeros meses tras el egreso.",
    grupo: "NNA_SENAME",
    alcance: "NACIONAL",
    metricas: [
      { indicador: "Jóvenes que egresan cada año del cuidado residencial", valor: 1_100, unidad: "personas", fuente: `Sename ${DEMO}`, fecha: "2018-06-30" },
      { indicador: "Egresados con empleo formal a los 12 meses", valor: 21, unidad: "%", fuente: `Sename ${DEMO}`, fecha: "2018-06-30" },
    ],
  },
  {
    slug: "primer-contrato",
    titulo: "Primer contrato",
    resumen: "¿Cómo lograr que personas desempleadas o sin contrato del 40% de menores ingresos consigan un trabajo formal?",
    descripcion:
      "Las personas mayores de 18 años del 40% de menores ingresos que están desempleadas o trabajan sin contrato tienen pocas vías hacia un empleo formal. Buscamos soluciones de intermediación, formación y acompañamiento sociolaboral.",
    grupo: "DESEMPLEO_40",
    alcance: "REGIONAL",
    regionCut: "08",
    metricas: [
      { indicador: "Tasa de desocupación del 40% de menores ingresos", valor: 15.2, unidad: "%", fuente: `INE ${DEMO}`, fecha: "2018-12-31" },
      { indicador: "Ocupados sin contrato escrito", valor: 28, unidad: "%", fuente: `INE ${DEMO}`, fecha: "2018-12-31" },
    ],
  },
];

const NIVELES = ["IDEA_VAGA", "IDEA_CLARA", "IDEA_PROTOTIPADA"] as const;
const TIPOS = ["ORGANISMO_PUBLICO", "SIN_FINES_DE_LUCRO", "EMPRESA", "UNIVERSIDAD", "PERSONA_NATURAL"] as const;
const MAXIMO_POR_NIVEL = { IDEA_VAGA: 20_000_000, IDEA_CLARA: 25_000_000, IDEA_PROTOTIPADA: 30_000_000 } as const;

export type LineaSeed = {
  nivelMadurez: (typeof NIVELES)[number];
  tipoEjecutor: (typeof TIPOS)[number];
  habilitada: boolean;
  montoMaximo: number;
  adjuntosRequeridos: ("ESTATUTOS" | "CERTIFICADO_VIGENCIA" | "CEDULA")[];
};

/** Líneas: every cell of maturity × executor, with a maximum inside the 20–30 MM band. */
export const LINEAS_2019: LineaSeed[] = NIVELES.flatMap((nivelMadurez) =>
  TIPOS.map((tipoEjecutor) => ({
    nivelMadurez,
    tipoEjecutor,
    habilitada: !(tipoEjecutor === "PERSONA_NATURAL" && nivelMadurez === "IDEA_VAGA"),
    montoMaximo: MAXIMO_POR_NIVEL[nivelMadurez],
    adjuntosRequeridos: tipoEjecutor === "PERSONA_NATURAL" ? ["CEDULA" as const] : ["ESTATUTOS" as const, "CERTIFICADO_VIGENCIA" as const],
  })),
);

export const CLAVE_DEMO = "FondoIdea2019!";

/** One demo account per role (README lists them). RUT bodies get their check digit at seeding. */
export const CUENTAS_DEMO: { email: string; nombre: string; rutCuerpo: string; roles: Rol[]; regionCut?: string }[] = [
  { email: "admin@fondoidea.cl", nombre: "Ana Administradora", rutCuerpo: "11111111", roles: ["ADMIN"] },
  { email: "postulante@fondoidea.cl", nombre: "Pedro Postulante", rutCuerpo: "12345678", roles: ["POSTULANTE"], regionCut: "08" },
  { email: "afiliado@fondoidea.cl", nombre: "Alicia Afiliada", rutCuerpo: "18972631", roles: ["AFILIADO"], regionCut: "13" },
  { email: "evaluador@fondoidea.cl", nombre: "Eva Evaluadora", rutCuerpo: "13131313", roles: ["EVALUADOR"], regionCut: "09" },
  { email: "encargado@fondoidea.cl", nombre: "Ernesto Encargado Técnico", rutCuerpo: "14141414", roles: ["ENCARGADO_TECNICO"] },
  { email: "comite@fondoidea.cl", nombre: "Camila Comité", rutCuerpo: "15151515", roles: ["COMITE"] },
  { email: "jurado@fondoidea.cl", nombre: "Julio Jurado", rutCuerpo: "16161616", roles: ["JURADO"] },
  { email: "mentor@fondoidea.cl", nombre: "Marta Mentora", rutCuerpo: "17171717", roles: ["MENTOR"] },
];
