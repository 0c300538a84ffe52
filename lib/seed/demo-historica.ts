// The demo's PAST convocatoria (issue 14, item 7): a complete, closed «Fondo IDEA <año>» beside the current
// demo one, so the learning repository (/aprendizajes) and the results by year (/resultados/<año>) are
// populated on the first start. Sown right after the demo seed on an empty database (prisma/seed.ts, which
// `npm start` runs, and lib/seed/demo-cli.ts, which `npm run demo` runs).
//
// Historical data, not people acting now: the rows are written directly, in one transaction, with ONE audit
// entry saying so (sistema.sembrarDemoHistorica). It holds the current demo's five desafíos as rows of its
// own (with their baselines), nine pilots from several regions owned by synthetic applicants
// (@demo.fondoidea.cl), both selection rounds closed with their decisions, a signed convenio per pilot (a
// small real PDF, stored as lib/adjuntos stores files), its hitos all closed with an approved report, and an
// approved, published final report (sistematización) with per-metric results, costs and a recommendation.
// Deterministic: fixed texts, no randomness. Idempotent: if the past convocatoria exists, nothing.
//
// Its year: one before the earliest year the current demo convocatoria can be named for by `npm run demo`
// (lib/seed/avance-demo.ts renames it for the year its call opens, which is earlier for a later etapa), so
// the two never clash on the unique year. Most of the year that is the current one's year − 1; when the
// seed's call opens in the next calendar year (mid-November to late March) it is one less, until `npm run
// demo` renames the current one.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { appendAudit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/password";
import { ETAPAS, type Etapa } from "@/lib/domain/etapas";
import { instanteEnSantiago } from "@/lib/domain/formato";
import { CATEGORIAS_PRESUPUESTO, type CategoriaPresupuesto } from "@/lib/domain/formulario-completo";
import { huellaPerfil } from "@/lib/domain/huella";
import type { Recomendacion } from "@/lib/domain/sistematizacion";
import { slugify } from "@/lib/domain/slug";
import { CIFRAS_2019, CLAVE_DEMO, DESAFIOS } from "./datos-2019";
import { DOMINIO_SINTETICO, STAFF_DEMO } from "./datos-sinteticos";
import { exigirBaseDeDemostracion } from "./guardia-demo";
import { ETAPAS_DEMO, lineaDeTiempoDemo, nombreConvocatoriaDemo, SEMANAS_ETAPA, sumarDias } from "./linea-de-tiempo";
import { pdfSintetico } from "./pdf-sintetico";

export type ResultadoHistorica = { sembrado: boolean; anio: number | null; motivo: string };

export const ACCION_HISTORICA = "sistema.sembrarDemoHistorica";
const COMITE_DEMO = "comite@fondoidea.cl";
/** lib/convenio/schema.ts CATEGORIA_CONVENIO (not imported: that file pulls the upload schema). */
const CATEGORIA_CONVENIO = "CONVENIO_FIRMADO";

/** The year of the past convocatoria: one before any year the current demo one can take (see above). */
export function anioHistorico(anioActual: number, hoy = new Date()): number {
  return Math.min(anioActual, ...ETAPAS_DEMO.map((e) => lineaDeTiempoDemo(e, hoy).anio)) - 1;
}

/** Its calendar: the 2019 proportions (lib/seed/linea-de-tiempo.ts), from the first Monday of January. */
export function calendarioHistorico(anio: number): Record<Etapa, { inicio: string; fin: string }> {
  const cal = {} as Record<Etapa, { inicio: string; fin: string }>;
  let cursor = `${anio}-01-06`;
  for (const e of ETAPAS) {
    const fin = sumarDias(cursor, SEMANAS_ETAPA[e] * 7 - 1);
    cal[e] = { inicio: cursor, fin };
    cursor = sumarDias(fin, 1);
  }
  return cal;
}

type Metrica = { meta: number; metaTexto: string; resultado: number; comentario: string };
type Piloto = {
  desafio: string;
  region: string;
  nombreProyecto: string;
  persona: string;
  organizacion: string;
  tipo: "SIN_FINES_DE_LUCRO" | "UNIVERSIDAD" | "ORGANISMO_PUBLICO" | "EMPRESA";
  rutOrganizacion: string;
  nivel: "IDEA_CLARA" | "IDEA_PROTOTIPADA";
  monto: number;
  problema: string;
  solucion: string;
  usuarios: string;
  loRealizado: string;
  aprendizajes: string;
  evidenciaCoproduccion: string;
  /** One per baseline metric of the desafío, in its order. */
  metricas: [Metrica, Metrica];
  /** Share of the budget executed, per mille. */
  ejecucion: number;
  recomendacion: Recomendacion;
  fundamento: string;
};

/** The nine pilots: some beat their targets, some fell short, one ended worse than the baseline. */
export const PILOTOS_HISTORICOS: readonly Piloto[] = [
  {
    desafio: "volver-a-la-escuela",
    region: "01",
    nombreProyecto: "Aula puente en Alto Hospicio",
    persona: "Rosa Quispe Mamani",
    organizacion: "Fundación Aula Abierta",
    tipo: "SIN_FINES_DE_LUCRO",
    rutOrganizacion: "65.990.101-3",
    nivel: "IDEA_PROTOTIPADA",
    monto: 28_000_000,
    problema: "En los campamentos de Alto Hospicio hay niños y niñas con dos o más años de rezago que dejaron de ir a clases y no encuentran un curso que los reciba.",
    solucion: "Un aula puente en la sede vecinal, con tutoras de la misma comunidad, que nivela durante un semestre y acompaña el regreso a la escuela del sector.",
    usuarios: "Niños, niñas y adolescentes de 8 a 15 años fuera de la escuela, y sus familias.",
    loRealizado:
      "Funcionaron dos aulas puente en sedes vecinales durante 24 semanas, con cuatro tutoras del barrio y una profesora de apoyo. Participaron 46 niños, niñas y adolescentes; 38 completaron la nivelación y se matricularon en las dos escuelas del sector, que reservaron cupos.",
    aprendizajes:
      "La confianza de las familias se ganó con tutoras del mismo barrio, no con la escuela. La nivelación sirve si la escuela receptora participa desde el inicio: donde el director se sumó tarde, el regreso costó el doble. La asistencia cayó en invierno y se recuperó con la colación.",
    evidenciaCoproduccion: "Las familias definieron el horario y el lugar de las aulas en tres asambleas; dos madres del barrio se formaron como tutoras y siguen en la escuela como asistentes.",
    metricas: [
      { meta: 186_693, metaTexto: "30 NNA reincorporados", resultado: 186_685, comentario: "38 NNA reincorporados a la escuela, sobre la meta de 30." },
      { meta: 28, metaTexto: "28 % de reingreso sostenido", resultado: 34.2, comentario: "Reingreso sostenido a los seis meses, según el registro de matrícula de las dos escuelas." },
    ],
    ejecucion: 985,
    recomendacion: "ESCALAR",
    fundamento: "Superó sus dos metas con un costo por estudiante bajo, y las escuelas del sector pidieron mantener el aula puente: conviene llevarlo a otras comunas del norte con campamentos.",
  },
  {
    desafio: "volver-a-la-escuela",
    region: "13",
    nombreProyecto: "Ruta de regreso en La Pintana",
    persona: "Matías Soto Fuentes",
    organizacion: "Corporación Municipal de La Pintana",
    tipo: "ORGANISMO_PUBLICO",
    rutOrganizacion: "69.990.202-5",
    nivel: "IDEA_CLARA",
    monto: 24_500_000,
    problema: "Los adolescentes que abandonan la escuela en La Pintana no vuelven porque nadie los busca en los primeros meses.",
    solucion: "Duplas de búsqueda activa que visitan a cada adolescente que deja de asistir y acuerdan con la familia un plan de regreso.",
    usuarios: "Adolescentes de 12 a 17 años que dejaron de asistir durante el año escolar.",
    loRealizado: "Tres duplas visitaron a 112 adolescentes que habían dejado de asistir; con 71 se acordó un plan de regreso y 41 volvieron a clases antes de fin de año.",
    aprendizajes:
      "Las visitas funcionan en los primeros tres meses de ausencia; después, el regreso casi no ocurre. El registro de asistencia de las escuelas llegaba con semanas de atraso y retrasó la búsqueda. Los adolescentes que trabajaban necesitaban un horario vespertino que las escuelas no ofrecían.",
    evidenciaCoproduccion: "Un consejo de cinco adolescentes que habían vuelto a clases revisó el guion de las visitas y acompañó algunas de ellas.",
    metricas: [
      { meta: 186_643, metaTexto: "80 adolescentes de regreso", resultado: 186_682, comentario: "41 adolescentes volvieron a clases, la mitad de la meta." },
      { meta: 30, metaTexto: "30 % de reingreso", resultado: 22.5, comentario: "Mejoró el reingreso, pero lejos del 30 % esperado." },
    ],
    ejecucion: 930,
    recomendacion: "AJUSTAR",
    fundamento: "Mostró que la búsqueda temprana funciona, pero solo en los primeros meses: conviene repetirlo con alertas de asistencia semanales y una alternativa vespertina acordada con las escuelas.",
  },
  {
    desafio: "cuidar-a-quien-cuida",
    region: "07",
    nombreProyecto: "Relevo solidario en Talca",
    persona: "Carmen Rojas Pavez",
    organizacion: "Fundación Cuidar Juntos",
    tipo: "SIN_FINES_DE_LUCRO",
    rutOrganizacion: "65.990.303-2",
    nivel: "IDEA_PROTOTIPADA",
    monto: 26_000_000,
    problema: "Las cuidadoras de personas con dependencia severa en Talca no tienen un solo día de descanso al mes.",
    solucion: "Una red de relevo con vecinas capacitadas que reemplazan a la cuidadora medio día a la semana, coordinada por el Cesfam.",
    usuarios: "Cuidadoras de personas con dependencia moderada o severa inscritas en el Cesfam.",
    loRealizado: "Se capacitaron 32 vecinas como relevos; 85 cuidadoras recibieron medio día de relevo semanal durante cinco meses, con 1.630 horas de relevo en total.",
    aprendizajes:
      "El relevo solo se usó cuando la cuidadora conocía a la vecina de antes: las presentaciones en el Cesfam fueron clave. El medio día semanal se usó sobre todo para trámites y controles de salud propios, que las cuidadoras llevaban años postergando.",
    evidenciaCoproduccion: "Las cuidadoras diseñaron la capacitación de las vecinas y evaluaron cada relevo con una tarjeta simple; el protocolo final recoge sus cambios.",
    metricas: [
      { meta: 668_000, metaTexto: "Indicador de contexto", resultado: 668_000, comentario: "Indicador de contexto: el piloto no buscaba moverlo. Las 85 cuidadoras previstas recibieron relevo." },
      { meta: 50, metaTexto: "50 % con sobrecarga intensa", resultado: 44, comentario: "Medido con la escala de Zarit al inicio y al final; bajó más de lo esperado." },
    ],
    ejecucion: 1000,
    recomendacion: "ESCALAR",
    fundamento: "Cumplió y superó sus metas, el Cesfam quiere mantener la red y el costo por hora de relevo es menor que el de un cuidador pagado: conviene escalarlo a otros Cesfam del Maule.",
  },
  {
    desafio: "cuidar-a-quien-cuida",
    region: "05",
    nombreProyecto: "Cuidadoras conectadas de Valparaíso",
    persona: "Javiera Muñoz Lagos",
    organizacion: "Universidad Costa del Pacífico",
    tipo: "UNIVERSIDAD",
    rutOrganizacion: "71.990.404-6",
    nivel: "IDEA_CLARA",
    monto: 22_000_000,
    problema: "Las cuidadoras de los cerros de Valparaíso están aisladas: subir y bajar con la persona a cargo es casi imposible.",
    solucion: "Una aplicación de mensajería con grupos de apoyo entre pares y orientación de estudiantes de enfermería.",
    usuarios: "Cuidadoras de personas con dependencia severa en los cerros de Valparaíso.",
    loRealizado: "Se formaron ocho grupos de apoyo por mensajería con 64 cuidadoras; 23 siguieron participando al final. Estudiantes de enfermería respondieron 410 consultas.",
    aprendizajes:
      "La mayoría de las cuidadoras mayores de 60 años no usaba la aplicación: el teléfono era de un hijo o no tenía datos. Las que sí la usaron valoraron la orientación de enfermería más que los grupos. La sobrecarga no bajó: conversar no reemplaza el descanso.",
    evidenciaCoproduccion: "Cuatro cuidadoras probaron los prototipos de la aplicación y propusieron los mensajes de voz en lugar del texto.",
    metricas: [
      { meta: 668_000, metaTexto: "Indicador de contexto", resultado: 668_000, comentario: "Indicador de contexto: el piloto no buscaba moverlo. De 64 cuidadoras, 23 siguieron activas hasta el final." },
      { meta: 52, metaTexto: "52 % con sobrecarga intensa", resultado: 65, comentario: "La sobrecarga subió en el grupo (invierno y brote de influenza): peor que la línea base." },
    ],
    ejecucion: 870,
    recomendacion: "DESCARTAR",
    fundamento: "La sobrecarga de las cuidadoras empeoró y la participación cayó a un tercio: una solución solo digital no llega a quienes más la necesitan. No conviene repetirlo así; la orientación de enfermería podría sumarse a otro modelo.",
  },
  {
    desafio: "emprendimiento-indigena-sostenible",
    region: "09",
    nombreProyecto: "Tejidos del Lago Budi",
    persona: "Luis Painemal Huenchullán",
    organizacion: "Cooperativa Witral Budi",
    tipo: "EMPRESA",
    rutOrganizacion: "76.990.505-K",
    nivel: "IDEA_PROTOTIPADA",
    monto: 29_000_000,
    problema: "Las tejedoras mapuche del Lago Budi venden a intermediarios a un precio que no paga su trabajo.",
    solucion: "Una cooperativa con marca propia, venta directa en ferias y en línea, y un fondo rotatorio para la lana.",
    usuarios: "Tejedoras y tejedores mapuche de comunidades del Lago Budi.",
    loRealizado: "La cooperativa reunió a 41 tejedoras, registró su marca, vendió en seis ferias y en su tienda en línea, y su fondo rotatorio compró lana para dos temporadas.",
    aprendizajes:
      "El precio justo se sostuvo cuando cada pieza llevaba el nombre de quien la tejió. La venta en línea creció tarde: requiere fotos y despacho que la cooperativa aprendió a hacer en el quinto mes. La asamblea mensual fue lenta, pero evitó los conflictos por el fondo.",
    evidenciaCoproduccion: "La asamblea de tejedoras decidió precios, marca y reglas del fondo; el lonko de la comunidad participó en el diseño del sello.",
    metricas: [
      { meta: 460_000, metaTexto: "$460.000 de ingreso mensual", resultado: 492_000, comentario: "Ingreso autónomo promedio de los hogares de las tejedoras al cierre." },
      { meta: 12, metaTexto: "12 % bajo la línea de pobreza", resultado: 10.5, comentario: "Medido en los hogares participantes." },
    ],
    ejecucion: 990,
    recomendacion: "ESCALAR",
    fundamento: "Superó sus metas de ingreso y pobreza y la cooperativa ya se sostiene con sus ventas: conviene apoyar a otras comunidades de La Araucanía a replicar el modelo.",
  },
  {
    desafio: "emprendimiento-indigena-sostenible",
    region: "15",
    nombreProyecto: "Turismo aymara en Putre",
    persona: "Ana Condori Flores",
    organizacion: "Asociación Indígena Marka Putre",
    tipo: "SIN_FINES_DE_LUCRO",
    rutOrganizacion: "65.990.606-8",
    nivel: "IDEA_CLARA",
    monto: 21_000_000,
    problema: "Las familias aymara de Putre no reciben los ingresos del turismo que pasa por su territorio.",
    solucion: "Rutas de turismo comunitario con alojamiento en casas de familias y guías de la comunidad.",
    usuarios: "Familias aymara de Putre y sus alrededores.",
    loRealizado: "Se diseñaron tres rutas, se habilitaron siete casas para alojar y se formaron nueve guías; llegaron 180 visitantes en la temporada.",
    aprendizajes:
      "La temporada alta llegó cuando el piloto ya estaba terminando: el calendario del fondo no coincide con el del turismo. Las familias necesitaban apoyo para cobrar con tarjeta. Las rutas cortas, de un día, fueron las más pedidas.",
    evidenciaCoproduccion: "Las rutas se trazaron en caminatas con los mayores de la comunidad, que decidieron qué lugares no se muestran.",
    metricas: [
      { meta: 450_000, metaTexto: "$450.000 de ingreso mensual", resultado: 428_000, comentario: "Subió, pero menos de lo esperado: la temporada alta quedó fuera del piloto." },
      { meta: 13, metaTexto: "13 % bajo la línea de pobreza", resultado: 14, comentario: "Casi sin cambios en el periodo medido." },
    ],
    ejecucion: 940,
    recomendacion: "AJUSTAR",
    fundamento: "Las rutas funcionan y las familias quieren seguir, pero el resultado fue parcial porque el piloto terminó antes de la temporada alta: repetirlo con un calendario que la incluya y apoyo para cobrar.",
  },
  {
    desafio: "hacia-la-vida-independiente",
    region: "08",
    nombreProyecto: "Casa de egreso en Concepción",
    persona: "Felipe Contreras Vera",
    organizacion: "Fundación Nuevo Rumbo",
    tipo: "SIN_FINES_DE_LUCRO",
    rutOrganizacion: "65.990.707-4",
    nivel: "IDEA_PROTOTIPADA",
    monto: 30_000_000,
    problema: "Los jóvenes que egresan de residencias en el Biobío a los 18 años quedan sin vivienda ni red.",
    solucion: "Una casa de transición para seis jóvenes por semestre, con una mentora laboral y un plan de ahorro.",
    usuarios: "Jóvenes de 18 a 21 años egresados del cuidado residencial.",
    loRealizado: "Vivieron en la casa 12 jóvenes en dos turnos; 6 tenían empleo formal a los 12 meses y 7 arrendaron una pieza propia con su ahorro al salir.",
    aprendizajes:
      "La mentora laboral fue más importante que la casa: conseguir el primer empleo ordenó todo lo demás. Los jóvenes que llegaron con su documentación al día se insertaron en la mitad del tiempo. La convivencia necesitó reglas acordadas por ellos mismos.",
    evidenciaCoproduccion: "Los propios jóvenes escribieron el reglamento de la casa y eligieron a la mentora entre tres postulantes.",
    metricas: [
      { meta: 1_100, metaTexto: "Indicador de contexto", resultado: 1_100, comentario: "Indicador de contexto: el piloto no buscaba moverlo. 12 jóvenes acompañados en su egreso." },
      { meta: 40, metaTexto: "40 % con empleo formal", resultado: 50, comentario: "6 de los 12 jóvenes acompañados tenían empleo formal a los 12 meses (la línea base es la cifra nacional)." },
    ],
    ejecucion: 995,
    recomendacion: "ESCALAR",
    fundamento: "Superó las metas de empleo y vivienda y su costo por joven es menor que el de una residencia: conviene escalarlo con más casas en otras regiones.",
  },
  {
    desafio: "primer-contrato",
    region: "08",
    nombreProyecto: "Primer contrato en Coronel",
    persona: "Daniela Sepúlveda Ortiz",
    organizacion: "Centro de Formación Costa Biobío",
    tipo: "EMPRESA",
    rutOrganizacion: "76.990.808-1",
    nivel: "IDEA_CLARA",
    monto: 23_000_000,
    problema: "En Coronel, las personas desempleadas del 40 % más pobre solo encuentran trabajos sin contrato en la pesca y la construcción.",
    solucion: "Acuerdos con empresas del puerto para un primer contrato de seis meses, con formación previa de cuatro semanas.",
    usuarios: "Personas desempleadas o sin contrato del 40 % de menores ingresos de Coronel.",
    loRealizado: "Se firmaron acuerdos con cinco empresas; 60 personas terminaron la formación y 33 firmaron un contrato, de las cuales 25 seguían contratadas al cierre.",
    aprendizajes:
      "Las empresas contrataron cuando participaron en la selección; la formación genérica sirvió poco. El cuidado infantil fue la principal razón de abandono de las mujeres. Los contratos a plazo fijo se renovaron en la mitad de los casos.",
    evidenciaCoproduccion: "Un comité de participantes y empresas acordó los contenidos de la formación y los horarios.",
    metricas: [
      { meta: 13.5, metaTexto: "13,5 % de desocupación", resultado: 14.4, comentario: "Bajó menos de lo esperado en el grupo participante." },
      { meta: 20, metaTexto: "20 % sin contrato escrito", resultado: 23, comentario: "Mejoró, pero el cuidado infantil limitó a las mujeres." },
    ],
    ejecucion: 910,
    recomendacion: "AJUSTAR",
    fundamento: "Los resultados son parciales: funciona donde las empresas seleccionan y forman, y se pierde a las mujeres sin cuidado infantil. Conviene repetirlo con formación a cargo de cada empresa y una sala cuna asociada.",
  },
  {
    desafio: "primer-contrato",
    region: "16",
    nombreProyecto: "Cosecha con contrato en Ñuble",
    persona: "Pablo Riquelme Sanhueza",
    organizacion: "Agrupación de Temporeros de Ñuble",
    tipo: "SIN_FINES_DE_LUCRO",
    rutOrganizacion: "65.990.909-7",
    nivel: "IDEA_PROTOTIPADA",
    monto: 25_000_000,
    problema: "Los temporeros de Ñuble trabajan la cosecha sin contrato escrito ni cotizaciones.",
    solucion: "Una bolsa de trabajo que agrupa a los temporeros y negocia contratos escritos con los predios.",
    usuarios: "Temporeros y temporeras del 40 % de menores ingresos de Ñuble.",
    loRealizado: "La bolsa inscribió a 140 temporeros y negoció contratos escritos con 18 predios; 96 personas trabajaron la temporada con contrato y cotizaciones.",
    aprendizajes:
      "Los predios aceptaron el contrato escrito cuando la bolsa se hizo cargo del transporte. El pago por semana, y no por mes, fue la condición de los temporeros para inscribirse. La bolsa necesita ingresos propios para seguir entre temporadas.",
    evidenciaCoproduccion: "La asamblea de temporeros eligió a su directiva y negoció directamente con los predios, acompañada por el equipo.",
    metricas: [
      { meta: 14, metaTexto: "14 % de desocupación", resultado: 13.1, comentario: "Medido al cierre de la temporada en los hogares inscritos." },
      { meta: 22, metaTexto: "22 % sin contrato escrito", resultado: 18, comentario: "96 temporeros con contrato escrito." },
    ],
    ejecucion: 1000,
    recomendacion: "ESCALAR",
    fundamento: "Superó sus metas y los predios pidieron repetir: conviene escalarlo a otras provincias agrícolas, con un aporte de los predios que financie la bolsa entre temporadas.",
  },
];

/** The applicant of pilot i: a synthetic account, as the demo's other synthetic people. */
export function correoHistorico(i: number): string {
  return `piloto${String(i + 1).padStart(2, "0")}@${DOMINIO_SINTETICO}`;
}

const HITOS = [
  { titulo: "Diagnóstico participativo", descripcion: "Levantamiento con las personas usuarias y línea de partida del piloto." },
  { titulo: "Implementación del piloto", descripcion: "La solución funcionando con las personas usuarias." },
  { titulo: "Medición de resultados", descripcion: "Medición de las métricas comprometidas y cierre con la comunidad." },
] as const;

/** Budget shares per category, per mille (the formulario completo's categories). */
const REPARTO: Record<CategoriaPresupuesto, number> = { RECURSOS_HUMANOS: 550, OPERACION: 250, INVERSION: 100, DIFUSION: 50, ADMINISTRACION: 50 };

/** A deterministic storage key of the shape lib/adjuntos/storage.ts makes ("3f/3fa9…", 32 hex digits). */
function claveDocumento(anio: number, folio: number): string {
  const hex = createHash("sha256").update(`fondo-idea-demo-historica:${anio}:${folio}`).digest("hex").slice(0, 32);
  return `${hex.slice(0, 2)}/${hex}`;
}

/** Where lib/adjuntos/storage.ts keeps a key (its module is server-only; `npm start` seeds outside Next). */
function rutaDocumento(clave: string): string {
  return path.join(path.resolve(process.env.STORAGE_DIR || "./storage/adjuntos"), ...clave.split("/"));
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const dia = (fecha: string, hora = "10:00:00") => instanteEnSantiago(fecha, hora);

/**
 * Sows the past convocatoria beside the current demo one. Only on a demo database (lib/seed/guardia-demo.ts:
 * every convocatoria `demo`, every account the demo's); nothing if it exists already.
 */
export async function sembrarDemoHistorica(db: Db, hoy = new Date()): Promise<ResultadoHistorica> {
  const actual = await exigirBaseDeDemostracion(db);
  const anio = anioHistorico(actual.anio, hoy);
  const nombre = nombreConvocatoriaDemo(anio);
  const pasadas = await db.convocatoria.count({ where: { activa: false, demo: true, anio: { lt: actual.anio } } });
  if (pasadas > 0) return { sembrado: false, anio: null, motivo: "La demostración ya tiene su convocatoria pasada: no se siembra de nuevo." };

  const staff = await db.user.findMany({ where: { email: { in: [STAFF_DEMO.admin, STAFF_DEMO.encargado, COMITE_DEMO] } }, select: { id: true, email: true } });
  const idDe = (email: string) => {
    const u = staff.find((x) => x.email === email);
    if (!u) throw new Error(`Falta la cuenta de demostración ${email}: siembre primero la demostración.`);
    return u.id;
  };
  const encargado = idDe(STAFF_DEMO.encargado);
  const comite = idDe(COMITE_DEMO);

  const cal = calendarioHistorico(anio);
  const inicioEtapa = (e: Etapa, dias = 0, hora?: string) => dia(sumarDias(cal[e].inicio, dias), hora);

  // The signed convenios: small real PDFs, written before the rows (the same bytes at the same key on a rerun).
  const documentos = PILOTOS_HISTORICOS.map((p, i) => {
    const folio = i + 1;
    const bytes = pdfSintetico(`Convenio de ejecucion - ${nombre}`, [
      `Proyecto: ${p.nombreProyecto}`,
      `Ejecutor: ${p.organizacion} (RUT ${p.rutOrganizacion})`,
      `Monto adjudicado: $${p.monto.toLocaleString("es-CL")}`,
      `Periodo de ejecucion: ${cal.EJECUCION.inicio} a ${cal.EJECUCION.fin}`,
      "Documento de demostracion: datos sinteticos.",
    ]);
    return { folio, bytes, sha256: sha256(bytes), clave: claveDocumento(anio, folio) };
  });
  for (const d of documentos) {
    const ruta = rutaDocumento(d.clave);
    await fs.mkdir(path.dirname(ruta), { recursive: true });
    await fs.writeFile(ruta, d.bytes);
  }

  const hash = await hashPassword(CLAVE_DEMO);
  await db.$transaction(
    async (tx) => {
      const grupos = new Map((await tx.grupoVulnerable.findMany({ select: { id: true, codigo: true } })).map((g) => [g.codigo, g.id]));
      const conv = await tx.convocatoria.create({
        data: { ...CIFRAS_2019, anio, nombre, demo: true, activa: false, etapaActual: "CIERRE" },
      });
      for (const e of ETAPAS) {
        const inicio = dia(cal[e].inicio, "00:00:00");
        const fin = dia(cal[e].fin, "23:59:59");
        await tx.etapaCalendario.create({ data: { convocatoriaId: conv.id, etapa: e, inicio, fin, inicioReal: inicio, finReal: fin } });
      }

      // Its desafíos: the current demo's texts and baselines, as rows of its own.
      const desafios = new Map<string, { id: string; metricas: { id: string; valor: number; indicador: string; unidad: string }[]; regionCut: string | null }>();
      for (const d of DESAFIOS) {
        const creado = await tx.desafio.create({
          data: {
            convocatoriaId: conv.id,
            slug: d.slug,
            titulo: d.titulo,
            resumen: d.resumen,
            descripcion: d.descripcion,
            grupoVulnerableId: grupos.get(d.grupo)!,
            alcance: d.alcance,
            regionCut: d.regionCut ?? null,
            estado: "PUBLICADO",
            publicadoEn: dia(cal.DESARROLLO_CONCURSO.fin),
            metricas: { create: d.metricas.map((m, orden) => ({ ...m, fecha: instanteEnSantiago(m.fecha, "12:00:00"), orden })) },
          },
          select: { id: true, regionCut: true, metricas: { orderBy: { orden: "asc" }, select: { id: true, valor: true, indicador: true, unidad: true } } },
        });
        desafios.set(d.slug, creado);
      }

      const rondas = {} as Record<"PRESELECCION" | "SELECCION_FINAL", string>;
      for (const [fase, etapa] of [["PRESELECCION", "SELECCION_CONTRATACION"], ["SELECCION_FINAL", "FORMACION_INCUBACION"]] as const) {
        const cerradaEn = dia(cal[etapa].fin, "17:00:00");
        const r = await tx.rondaSeleccion.create({
          data: {
            convocatoriaId: conv.id,
            fase,
            estado: "CERRADA",
            presupuesto: CIFRAS_2019.presupuestoTotal,
            cerradaEn,
            miembros: { create: [{ usuarioId: comite, presente: true, postura: "ACUERDO", firmadaEn: cerradaEn }] },
          },
        });
        rondas[fase] = r.id;
      }

      for (const [i, p] of PILOTOS_HISTORICOS.entries()) {
        const folio = i + 1;
        const d = desafios.get(p.desafio)!;
        const usuario = await tx.user.create({
          data: { email: correoHistorico(i), nombre: p.persona, passwordHash: hash, regionCut: p.region, roles: { create: [{ rol: "POSTULANTE" }] } },
        });
        const campos = {
          nombreProyecto: p.nombreProyecto,
          problema: p.problema,
          solucion: p.solucion,
          usuarios: p.usuarios,
          coproduccion: p.evidenciaCoproduccion,
          equipo: `${p.persona}, coordinación; equipo de ${p.organizacion}.`,
          organizacionNombre: p.organizacion,
        };
        const enviadaEn = inicioEtapa("CONVOCATORIA", 7 + i * 2, "16:30:00");
        const huella = huellaPerfil({
          convocatoria: anio,
          folio,
          desafio: d.id,
          campos,
          nivelMadurez: p.nivel,
          tipoEjecutor: p.tipo,
          organizacionRut: p.rutOrganizacion,
          montoSolicitado: p.monto,
          regiones: [p.region],
          adjuntos: [],
        });
        const perfil = await tx.postulacion.create({
          data: {
            convocatoriaId: conv.id,
            desafioId: d.id,
            postulanteId: usuario.id,
            estado: "FINALIZADA",
            ...campos,
            nivelMadurez: p.nivel,
            tipoEjecutor: p.tipo,
            organizacionRut: p.rutOrganizacion,
            montoSolicitado: p.monto,
            folio,
            huella,
            enviadaEn,
            slugPublico: `${slugify(p.nombreProyecto)}-${folio}-${anio}`,
            admisible: true,
            admisibilidadMotivos: "Cumple todos los requisitos de admisibilidad de las bases.",
            admisibilidadPorId: encargado,
            admisibilidadEn: inicioEtapa("SELECCION_CONTRATACION", 2 + (i % 3), "11:00:00"),
            createdAt: inicioEtapa("CONVOCATORIA", 1 + i, "09:00:00"),
            regiones: { create: [{ regionCut: p.region }] },
          },
        });
        const puntaje = Math.round((88 - i * 1.7) * 10) / 10;
        for (const fase of ["PRESELECCION", "SELECCION_FINAL"] as const) {
          await tx.decisionComite.create({
            data: {
              convocatoriaId: conv.id,
              rondaId: rondas[fase],
              postulacionId: perfil.id,
              fase,
              decision: "SELECCIONADA",
              montoAsignado: fase === "SELECCION_FINAL" ? p.monto : null,
              puntaje,
              sugerida: true,
              decididaPorId: comite,
            },
          });
        }

        const doc = documentos[i];
        const documento = await tx.adjunto.create({
          data: {
            postulacionId: perfil.id,
            subidoPorId: encargado,
            categoria: CATEGORIA_CONVENIO,
            nombreArchivo: `convenio-${slugify(p.nombreProyecto)}.pdf`,
            mime: "application/pdf",
            bytes: doc.bytes.length,
            sha256: doc.sha256,
            clave: doc.clave,
            createdAt: inicioEtapa("EJECUCION", 2),
          },
        });
        const convenio = await tx.convenio.create({
          data: {
            postulacionId: perfil.id,
            montoAdjudicado: p.monto,
            fechaInicio: dia(cal.EJECUCION.inicio, "00:00:00"),
            fechaTermino: dia(cal.EJECUCION.fin, "23:59:59"),
            responsableNombre: p.persona,
            responsableEmail: correoHistorico(i),
            documentoId: documento.id,
            documentoSha256: doc.sha256,
            firmadoEn: inicioEtapa("EJECUCION", 2, "12:00:00"),
            registradoPorId: encargado,
          },
        });
        for (const [orden, h] of HITOS.entries()) {
          // Due at 2, 4 and 6 months into the Ejecución; done (its report approved) a few days before.
          const vence = inicioEtapa("EJECUCION", 60 * (orden + 1) - 1, "23:59:59");
          const enviado = new Date(vence.getTime() - (5 + (i % 4)) * 86_400_000);
          const cumplido = new Date(enviado.getTime() + 2 * 86_400_000);
          const hito = await tx.hito.create({
            data: { convenioId: convenio.id, titulo: h.titulo, descripcion: h.descripcion, orden, vence, cumplidoEn: cumplido },
          });
          await tx.reporteAvance.create({
            data: {
              postulacionId: perfil.id,
              hitoId: hito.id,
              autorId: usuario.id,
              tipo: "AVANCE",
              contenido: `${h.titulo}: completado según el plan del convenio. ${h.descripcion}`,
              avance: 100,
              enviadoEn: enviado,
              estado: "APROBADO",
              revisadoPorId: encargado,
              revisadoEn: cumplido,
            },
          });
        }

        const resultados = d.metricas.map((m, k) => ({
          metricaLineaBaseId: m.id,
          indicador: m.indicador,
          unidad: m.unidad,
          lineaBase: m.valor,
          meta: p.metricas[k].meta,
          metaTexto: p.metricas[k].metaTexto,
          resultado: p.metricas[k].resultado,
          comentario: p.metricas[k].comentario,
        }));
        let resto = Math.round((p.monto * p.ejecucion) / 1000);
        const costos = CATEGORIAS_PRESUPUESTO.map((categoria, k) => {
          const presupuestado = k === CATEGORIAS_PRESUPUESTO.length - 1 ? p.monto - CATEGORIAS_PRESUPUESTO.slice(0, -1).reduce((s, c) => s + Math.round((p.monto * REPARTO[c]) / 1000), 0) : Math.round((p.monto * REPARTO[categoria]) / 1000);
          const ejecutado = k === CATEGORIAS_PRESUPUESTO.length - 1 ? resto : Math.min(resto, Math.round((presupuestado * p.ejecucion) / 1000));
          resto -= ejecutado;
          return { categoria, presupuestado, ejecutado };
        });
        const aprobada = inicioEtapa("CIERRE", 12 + (i % 4), "15:00:00");
        await tx.sistematizacion.create({
          data: {
            postulacionId: perfil.id,
            loRealizado: p.loRealizado,
            aprendizajes: p.aprendizajes,
            evidenciaCoproduccion: p.evidenciaCoproduccion,
            resultadosMetricas: JSON.stringify(resultados),
            costos: JSON.stringify(costos),
            recomendacion: p.recomendacion,
            fundamentoRecomendacion: p.fundamento,
            estado: "APROBADA",
            version: 1,
            enviadaEn: inicioEtapa("CIERRE", 5 + (i % 3), "18:00:00"),
            revisadoPorId: encargado,
            aprobadaEn: aprobada,
            publicadaEn: aprobada,
          },
        });
      }

      await appendAudit(tx, {
        actorId: null,
        accion: ACCION_HISTORICA,
        entidad: "Convocatoria",
        entidadId: conv.id,
        etapa: "CIERRE",
        datos: { nombre, anio, historica: true, desafios: DESAFIOS.length, pilotos: PILOTOS_HISTORICOS.length },
      });
    },
    { timeout: 60_000 },
  );
  return {
    sembrado: true,
    anio,
    motivo: `Convocatoria pasada de demostración «${nombre}» cargada como historia: ${PILOTOS_HISTORICOS.length} pilotos cerrados con sus informes finales publicados (vea /aprendizajes y /resultados/${anio}).`,
  };
}
