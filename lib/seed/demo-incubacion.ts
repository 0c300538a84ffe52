// The demo's incubation (issue 13), once the preselection acta is signed and Formación e incubación began.
// Everyone acts through the product's actions, as in the other demo steps:
//   1. FOSIS staff load the four base formation modules (formacion.guardarModulo);
//   2. the demo mentor (mentor@fondoidea.cl) and synthetic mentors register in the pool
//      (mentor.registrarse) and staff approve them (mentor.revisar);
//   3. staff assign each preselected team the first mentor suggested with spare capacity (mentoria.asignar);
//   4. each mentor logs the first weekly session (dated the day Formación began) and two of every three teams
//      confirm it (mentoria.confirmarSesion); teams complete their first modules (formacion.completarModulo);
//   5. one of every two teams writes its formulario completo and sends it (formulario.guardarBorrador,
//      formulario.enviar), the rest keep a draft;
//   6. staff seat a demo-day jury of the four helices in each region with teams (demoDay.asignarJurado on
//      the region's DEMO_DAY event) and the jurors grade the pitches (demoDay.calificar).
// The demo's Formación begins when the admin advances, so its 8 weeks lie ahead: the first week is logged,
// the other seven are the mentors' to log. Each step is skipped where it was done: running it again adds nothing.
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";
import { aFechaInput } from "@/lib/domain/formato";
import { CLAVES_DEMO_DAY, type NotasDemoDay } from "@/lib/domain/demo-day";
import type { Helice } from "@/lib/domain/helices";
import { CLAVES_TEMAS } from "@/lib/domain/mentores";
import { nombreRegion, regionDelPerfil } from "@/lib/domain/regiones";
import { calcularDv } from "@/lib/domain/rut";
import { completarModulo } from "@/lib/formacion/actions/completar-modulo";
import { guardarModulo } from "@/lib/formacion/actions/guardar-modulo";
import { enviarFormulario } from "@/lib/formulario/actions/enviar";
import { guardarBorradorFormulario } from "@/lib/formulario/actions/guardar-borrador";
import { wherePreseleccionadas } from "@/lib/incubacion/preseleccionadas";
import { registrarMentor } from "@/lib/mentores/actions/registrarse";
import { revisarMentor } from "@/lib/mentores/actions/revisar";
import { asignarMentoria } from "@/lib/mentoria/actions/asignar";
import { confirmarSesion } from "@/lib/mentoria/actions/confirmar-sesion";
import { registrarSesion } from "@/lib/mentoria/actions/registrar-sesion";
import { asignarJurado } from "@/lib/demo-day/actions/asignar-jurado";
import { calificar } from "@/lib/demo-day/actions/calificar";
import { crearTaller } from "@/lib/talleres/actions/crear";
import { CLAVE_DEMO } from "./datos-2019";
import { DOMINIO_SINTETICO, STAFF_DEMO } from "./datos-sinteticos";
import { cargarSesiones, ejecutar } from "./demo-acciones";
import { crearAzar } from "./prng";

export type ResultadoIncubacionDemo = {
  modulos: number;
  mentores: number;
  mentorias: number;
  sesiones: number;
  formulariosEnviados: number;
  demoDays: number;
  notasDemoDay: number;
};

const MAX_EQUIPOS_DEMO = 5;

/** The demo's mentors: the seeded mentor account and synthetic ones, north to south. */
const MENTORES: { email: string; nombre: string; helice: Helice; institucion: string; regionCut: string }[] = [
  { email: "mentor@fondoidea.cl", nombre: "Marta Mentora", helice: "ACADEMIA", institucion: "Universidad de Concepción", regionCut: "08" },
  { email: `mentor.norte@${DOMINIO_SINTETICO}`, nombre: "Rodrigo Araya Tapia", helice: "EMPRESA", institucion: "Asociación de Industriales de Antofagasta", regionCut: "02" },
  { email: `mentora.valpo@${DOMINIO_SINTETICO}`, nombre: "Camila Fuentes Rojas", helice: "ACADEMIA", institucion: "Pontificia Universidad Católica de Valparaíso", regionCut: "05" },
  { email: `mentor.rm@${DOMINIO_SINTETICO}`, nombre: "Felipe Contreras Soto", helice: "SOCIEDAD_CIVIL", institucion: "Fundación Superación de la Pobreza", regionCut: "13" },
  { email: `mentora.maule@${DOMINIO_SINTETICO}`, nombre: "Javiera Muñoz Lagos", helice: "ESTADO", institucion: "Gobierno Regional del Maule", regionCut: "07" },
  { email: `mentora.araucania@${DOMINIO_SINTETICO}`, nombre: "Daniela Huenchumilla Paine", helice: "SOCIEDAD_CIVIL", institucion: "Corporación de Desarrollo Mapuche", regionCut: "09" },
  { email: `mentor.lagos@${DOMINIO_SINTETICO}`, nombre: "Tomás Vera Oyarzún", helice: "EMPRESA", institucion: "Cámara de Comercio de Puerto Montt", regionCut: "10" },
  { email: `mentora.sur@${DOMINIO_SINTETICO}`, nombre: "Paula Barrientos Alvarado", helice: "ACADEMIA", institucion: "Universidad de Magallanes", regionCut: "12" },
];

/** The jurors of every demo day, one per helix (the demo juror account is the State's). */
const JURADOS: { email: string; nombre: string; helice: Helice }[] = [
  { email: "jurado@fondoidea.cl", nombre: "Julio Jurado", helice: "ESTADO" },
  { email: `jurada.academia@${DOMINIO_SINTETICO}`, nombre: "Inés Carrasco Vidal", helice: "ACADEMIA" },
  { email: `jurado.empresa@${DOMINIO_SINTETICO}`, nombre: "Andrés Pizarro Núñez", helice: "EMPRESA" },
  { email: `jurada.sociedad@${DOMINIO_SINTETICO}`, nombre: "Soledad Quiroga Millán", helice: "SOCIEDAD_CIVIL" },
];

export async function prepararIncubacion(db: Db, convocatoriaId: string, informar: (l: string) => void): Promise<ResultadoIncubacionDemo> {
  const azar = crearAzar(2019_13);
  const r: ResultadoIncubacionDemo = { modulos: 0, mentores: 0, mentorias: 0, sesiones: 0, formulariosEnviados: 0, demoDays: 0, notasDemoDay: 0 };
  await crearCuentas(db, [...MENTORES, ...JURADOS]);
  const staff = await cargarSesiones(db, [STAFF_DEMO.admin]);
  const admin = staff.de(STAFF_DEMO.admin);

  // 1. Formation modules.
  if ((await db.moduloFormacion.count({ where: { convocatoriaId } })) === 0) await ejecutar(db, guardarModulo, { base: "si" }, admin);
  const modulos = await db.moduloFormacion.findMany({ where: { convocatoriaId }, orderBy: { orden: "asc" }, select: { id: true } });
  r.modulos = modulos.length;

  // 2. The mentor pool.
  const mentores = await cargarSesiones(db, MENTORES.map((m) => m.email));
  for (const m of MENTORES) {
    const user = mentores.de(m.email);
    let perfil = await db.mentorPerfil.findUnique({ where: { userId: user.id }, select: { id: true, estado: true } });
    if (!perfil) {
      await ejecutar(
        db,
        registrarMentor,
        {
          helice: m.helice,
          institucion: m.institucion,
          regionCut: m.regionCut,
          experiencia: `Acompaña emprendimientos sociales y proyectos comunitarios en ${nombreRegion(m.regionCut)} desde hace más de diez años.`,
          temas: [...new Set([azar.elegir(CLAVES_TEMAS), azar.elegir(CLAVES_TEMAS), azar.elegir(CLAVES_TEMAS)])],
          horasSemana: 3,
          maxEquipos: MAX_EQUIPOS_DEMO,
        },
        user,
      );
      perfil = await db.mentorPerfil.findUniqueOrThrow({ where: { userId: user.id }, select: { id: true, estado: true } });
    }
    if (perfil.estado === "PENDIENTE") await ejecutar(db, revisarMentor, { mentorPerfilId: perfil.id, decision: "APROBAR" }, admin);
  }
  r.mentores = MENTORES.length;

  // 3–5. Each preselected team: a mentor, the first session, the first modules, the formulario.
  const equipos = await db.postulacion.findMany({
    where: wherePreseleccionadas(convocatoriaId),
    orderBy: { folio: "asc" },
    select: {
      id: true,
      montoSolicitado: true,
      nombreProyecto: true,
      regiones: { select: { regionCut: true } },
      desafio: { select: { regionCut: true, metricas: { select: { id: true, indicador: true, valor: true, unidad: true, fuente: true } } } },
      postulante: { select: { email: true } },
      mentorias: { where: { recusadaEn: null }, select: { id: true } },
    },
  });
  const duenas = await cargarSesiones(db, equipos.map((e) => e.postulante.email));
  const mentoresConRol = await cargarSesiones(db, MENTORES.map((m) => m.email));
  const inicioFormacion = (await db.etapaCalendario.findUnique({ where: { convocatoriaId_etapa: { convocatoriaId, etapa: "FORMACION_INCUBACION" } }, select: { inicioReal: true } }))?.inicioReal ?? new Date();
  const regionesConEquipos = new Map<string, string[]>();
  for (const [i, e] of equipos.entries()) {
    const duena = duenas.de(e.postulante.email);
    const region = regionDelPerfil(e.regiones.map((x) => x.regionCut), e.desafio.regionCut);
    if (region) regionesConEquipos.set(region, [...(regionesConEquipos.get(region) ?? []), e.id]);

    let mentoriaId = e.mentorias[0]?.id;
    if (!mentoriaId) {
      const vivas = await db.mentoria.groupBy({ by: ["mentorId"], where: { recusadaEn: null }, _count: { _all: true } });
      const carga = new Map(vivas.map((v) => [v.mentorId, v._count._all]));
      const mentor = mentorParaEquipo(MENTORES, region, (m) => carga.get(mentoresConRol.de(m.email).id) ?? 0);
      mentoriaId = (await ejecutar(db, asignarMentoria, { postulacionId: e.id, mentorId: mentoresConRol.de(mentor.email).id }, admin)).mentoriaId;
    }
    const m = await db.mentoria.findUniqueOrThrow({ where: { id: mentoriaId }, select: { mentor: { select: { email: true } }, sesiones: { select: { id: true, semana: true, confirmadaEn: true } } } });
    let sesion = m.sesiones.find((s) => s.semana === 1);
    if (!sesion) {
      await ejecutar(
        db,
        registrarSesion,
        {
          mentoriaId,
          semana: 1,
          fecha: aFechaInput(inicioFormacion),
          temas: "Presentación del equipo y de su desafío; repaso del perfil y de la teoría de cambio.",
          acuerdos: "Reunirse cada semana por videollamada; el equipo revisa el módulo de teoría de cambio.",
          proximosPasos: "Dibujar el árbol de problemas con dos usuarias del piloto.",
        },
        mentoresConRol.de(m.mentor.email),
      );
      sesion = (await db.sesionMentoria.findUniqueOrThrow({ where: { mentoriaId_semana: { mentoriaId, semana: 1 } }, select: { id: true, semana: true, confirmadaEn: true } }));
      r.sesiones++;
    }
    if (!sesion.confirmadaEn && i % 3 !== 2) await ejecutar(db, confirmarSesion, { sesionId: sesion.id }, duena);

    const hechos = new Set((await db.avanceModulo.findMany({ where: { postulacionId: e.id }, select: { moduloId: true } })).map((a) => a.moduloId));
    for (const modulo of modulos.slice(0, 1 + (i % modulos.length))) {
      if (!hechos.has(modulo.id)) await ejecutar(db, completarModulo, { postulacionId: e.id, moduloId: modulo.id }, duena);
    }

    const formulario = await db.formularioCompleto.findUnique({ where: { postulacionId: e.id }, select: { version: true, enviadoEn: true } });
    if (!formulario) {
      const contenido = contenidoDemo(e.nombreProyecto, e.montoSolicitado ?? 0, e.desafio.metricas);
      const { version } = await ejecutar(db, guardarBorradorFormulario, { id: e.id, version: 0, ...contenido }, duena);
      if (i % 2 === 0) {
        await ejecutar(db, enviarFormulario, { id: e.id, version }, duena);
        r.formulariosEnviados++;
      }
    } else if (formulario.enviadoEn) r.formulariosEnviados++;
  }
  r.mentorias = await db.mentoria.count({ where: { recusadaEn: null, postulacion: { convocatoriaId } } });
  informar(`Incubación: ${r.modulos} módulos, ${r.mentores} mentores aprobados, ${r.mentorias} mentorías, ${r.sesiones} sesiones nuevas, ${r.formulariosEnviados} formularios completos enviados.`);

  // 6. Demo days: one per region with teams, a jury of the four helices, every pitch graded.
  const jurados = await cargarSesiones(db, JURADOS.map((j) => j.email));
  for (const [regionCut, pitches] of regionesConEquipos) {
    const evento = await demoDayDeRegion(db, convocatoriaId, regionCut, inicioFormacion, admin);
    r.demoDays++;
    for (const j of JURADOS) {
      const sentado = await db.juradoDemoDay.findUnique({ where: { eventoId_juradoId: { eventoId: evento, juradoId: jurados.de(j.email).id } }, select: { id: true } });
      if (!sentado) await ejecutar(db, asignarJurado, { eventoId: evento, email: j.email, helice: j.helice }, admin);
    }
    const conRol = await cargarSesiones(db, JURADOS.map((j) => j.email));
    for (const postulacionId of pitches) {
      for (const j of JURADOS) {
        const juez = conRol.de(j.email);
        if (await db.puntajeDemoDay.findUnique({ where: { postulacionId_juradoId: { postulacionId, juradoId: juez.id } }, select: { id: true } })) continue;
        const base = 4.5 + azar.entero(0, 20) / 10;
        const notas = Object.fromEntries(CLAVES_DEMO_DAY.map((c) => [c, Math.min(7, Math.round((base + azar.entero(-5, 5) / 10) * 10) / 10).toFixed(1)])) as unknown as NotasDemoDay;
        await ejecutar(db, calificar, { eventoId: evento, postulacionId, notas, comentario: "Pitch claro; falta precisar cómo se sostendrá el piloto después del financiamiento." }, juez);
        r.notasDemoDay++;
      }
    }
  }
  informar(`Demo day: ${r.demoDays} regiones con jurado de las cuatro hélices; ${r.notasDemoDay} notas nuevas.`);
  return r;
}

/** The mentor of the team's region while they have room (5 teams, as they registered), else the least loaded one. */
function mentorParaEquipo(lista: typeof MENTORES, region: string | null, carga: (m: (typeof MENTORES)[number]) => number) {
  const libres = lista.filter((m) => carga(m) < MAX_EQUIPOS_DEMO);
  return libres.find((m) => m.regionCut === region) ?? libres.reduce((a, b) => (carga(b) < carga(a) ? b : a));
}

/** The region's DEMO_DAY event of this convocatoria, created by staff (taller.crear) for the week after the mentoring. */
async function demoDayDeRegion(db: Db, convocatoriaId: string, regionCut: string, inicio: Date, staff: SessionUser): Promise<string> {
  const existente = await db.evento.findFirst({ where: { convocatoriaId, tipo: "DEMO_DAY", regionCut }, select: { id: true } });
  if (existente) return existente.id;
  const fecha = new Date(Math.max(inicio.getTime(), Date.now()) + 9 * 7 * 86_400_000);
  const e = await ejecutar(
    db,
    crearTaller,
    {
      tipo: "DEMO_DAY",
      titulo: `Demo day de ${nombreRegion(regionCut)}`,
      descripcion: "Los equipos preseleccionados de la región presentan su piloto ante un jurado de la cuarta hélice: Estado, academia, empresa y sociedad civil.",
      regionCut,
      fecha: aFechaInput(fecha),
      hora: "10:00",
      lugar: "Dirección Regional del FOSIS",
      capacidad: 80,
    },
    staff,
  );
  return e.id;
}

/** A complete formulario for the demo: every section, a target per baseline metric, a budget adding up exactly. */
function contenidoDemo(proyecto: string, monto: number, metricas: { id: string; indicador: string; valor: number; unidad: string; fuente: string }[]) {
  const rrhh = Math.round(monto * 0.55);
  const operacion = Math.round(monto * 0.3);
  return {
    teoriaCambio: {
      problema: `Las familias del territorio no acceden a los apoyos que necesitan; «${proyecto}» parte de lo que ellas mismas describieron.`,
      actividades: "Talleres quincenales con las familias, acompañamiento en terreno y una red de vecinas y vecinos capacitados.",
      resultados: "Familias con un plan propio, redes de apoyo activas y servicios públicos más cercanos.",
      impacto: "Menos familias en situación de pobreza y vulnerabilidad en el territorio del piloto.",
    },
    modeloSostenibilidad: "El municipio y dos organizaciones vecinales asumen la coordinación al terminar el piloto; los costos de operación se cubren con el programa regional.",
    planCoproduccion: "Las usuarias participan en el diseño de cada actividad, evalúan cada mes y dos de ellas integran el equipo del proyecto.",
    metricas: metricas.map((m) => ({ metricaLineaBaseId: m.id, lineaBase: `${m.valor} ${m.unidad}`, meta: `Mejorar un 15 % respecto de ${m.valor} ${m.unidad}`, unidad: m.unidad, medioVerificacion: `Medición al inicio y al cierre con el instrumento de ${m.fuente}` })),
    presupuesto: [
      { item: "Equipo del proyecto (coordinación y monitoras)", categoria: "RECURSOS_HUMANOS", monto: rrhh },
      { item: "Materiales, traslados y colaciones de los talleres", categoria: "OPERACION", monto: operacion },
      { item: "Difusión y materiales para las familias", categoria: "DIFUSION", monto: monto - rrhh - operacion },
    ],
    cronograma: [
      { titulo: "Línea base con las familias", descripcion: "Aplicación del instrumento de medición", semana: 2, fecha: "" },
      { titulo: "Talleres y acompañamiento", descripcion: "Ciclo completo de actividades", semana: 12, fecha: "" },
      { titulo: "Medición de cierre y sistematización", descripcion: "Resultados frente a la línea base", semana: 24, fecha: "" },
    ],
    equipo: [
      { nombre: "Coordinadora del proyecto", rol: "Coordinación", dedicacion: "Jornada completa" },
      { nombre: "Monitora comunitaria", rol: "Trabajo en terreno", dedicacion: "Media jornada" },
    ],
    riesgos: [{ riesgo: "Baja asistencia en invierno", mitigacion: "Actividades en las sedes vecinales y traslado coordinado." }],
  };
}

/**
 * Accounts the demo's incubation needs (mentors and jurors), with the demo password and a RUT, as made by
 * the public sign-up (POSTULANTE): approval in the pool and a seat on a jury grant MENTOR and JURADO.
 */
async function crearCuentas(db: Db, personas: { email: string; nombre: string; regionCut?: string }[]): Promise<void> {
  const existentes = new Set((await db.user.findMany({ where: { email: { in: personas.map((p) => p.email) } }, select: { email: true } })).map((u) => u.email));
  const faltan = personas.filter((p) => !existentes.has(p.email));
  if (faltan.length === 0) return;
  const passwordHash = await hashPassword(CLAVE_DEMO);
  for (const [i, p] of faltan.entries()) {
    const cuerpo = String(19_130_000 + i + (await db.user.count()));
    await db.user.create({ data: { email: p.email, nombre: p.nombre, passwordHash, rut: `${cuerpo}-${calcularDv(cuerpo)}`, regionCut: p.regionCut ?? null, roles: { create: [{ rol: "POSTULANTE" }] } } });
  }
}
