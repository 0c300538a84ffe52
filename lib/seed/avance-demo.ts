// `npm run demo -- --etapa X`: brings the demo convocatoria to etapa X with plausible synthetic data, so
// each role's screens can be walked populated. People act through the product's actions (as the demo's
// applicants and staff), the admin advances the etapa as in /admin/convocatoria, and the demo then places
// its rows in a calendar where X is the current etapa (lib/seed/demo-fechas.ts). Idempotent: running it
// again, for the same or a later etapa, adds nothing twice. It refuses a database with real data
// (lib/seed/guardia-demo.ts). Each later issue extends it to its etapa: add it to ETAPAS_DEMO and a step below.
import { avanzarEtapa } from "@/lib/convocatoria/actions/avanzar-etapa";
import { appendAudit } from "@/lib/audit/log";
import type { Db } from "@/lib/db/client";
import { indiceEtapa, NOMBRE_ETAPA, type Etapa } from "@/lib/domain/etapas";
import { datosSinteticos, POSTULANTE_DEMO, STAFF_DEMO } from "./datos-sinteticos";
import { cargarSesiones, ejecutar, type Sesiones } from "./demo-acciones";
import { prepararEvaluacion, type ResultadoEvaluacionDemo } from "./demo-evaluacion";
import { prepararIncubacion, type ResultadoIncubacionDemo } from "./demo-incubacion";
import { prepararSeleccion, type ResultadoSeleccionDemo } from "./demo-seleccion";
import { prepararVotacion, type ResultadoVotacionDemo } from "./demo-votacion";
import { escribirCalendario, ubicarEnElCalendario } from "./demo-fechas";
import { crearCuentasSinteticas, decidirAdmisibilidades, prepararPerfiles } from "./demo-perfiles";
import { prepararTalleres, tomarAsistencia } from "./demo-talleres";
import { etapaObjetivo } from "./etapa-demo";
import { exigirBaseDeDemostracion } from "./guardia-demo";
import { lineaDeTiempoDemo, nombreConvocatoriaDemo, type EtapaDemo } from "./linea-de-tiempo";
import { RechazoDemo } from "./rechazo-demo";

export type OpcionesDemo = {
  /** Target etapa, as typed after --etapa. */
  etapa: string;
  ahora?: Date;
  /** Progress lines, in Spanish. */
  informar?: (linea: string) => void;
};

export type ResumenDemo = {
  etapa: EtapaDemo;
  convocatoria: string;
  cuentasNuevas: number;
  enviados: number;
  decididos: number;
  talleresNuevos: number;
  asistencias: number;
  /** Selección y contratación: calibration, assignment and evaluations (lib/seed/demo-evaluacion.ts). */
  evaluacion: ResultadoEvaluacionDemo | null;
  /** Selección y contratación: the popular vote's rules, voters and sealed votes (lib/seed/demo-votacion.ts). */
  votacion: ResultadoVotacionDemo | null;
  /** Formación e incubación: evaluations finished, vote closed, the committee's signed preselection (lib/seed/demo-seleccion.ts). */
  seleccion: ResultadoSeleccionDemo | null;
  /** Formación e incubación: modules, mentors, sessions, formularios and demo-day grades (lib/seed/demo-incubacion.ts). */
  incubacion: ResultadoIncubacionDemo | null;
};

export async function avanzarDemo(db: Db, opciones: OpcionesDemo): Promise<ResumenDemo> {
  const etapa = etapaObjetivo(opciones.etapa);
  const informar = opciones.informar ?? (() => {});
  const ahora = opciones.ahora ?? new Date();
  const conv = await exigirBaseDeDemostracion(db);
  const actual = async () => (await db.convocatoria.findUniqueOrThrow({ where: { id: conv.id }, select: { etapaActual: true } })).etapaActual;

  const desde = await actual();
  if (indiceEtapa(desde) > indiceEtapa(etapa)) {
    throw new RechazoDemo(
      `La demostración ya está en ${NOMBRE_ETAPA[desde]}, después de ${NOMBRE_ETAPA[etapa]}: no se puede volver atrás. ` +
        "Para empezar de nuevo: detenga el servidor, borre data/ y storage/ y ejecute npm run demo.",
    );
  }

  let final = lineaDeTiempoDemo(etapa, ahora);
  const datos = datosSinteticos();
  const resumen: ResumenDemo = { etapa, convocatoria: conv.nombre, cuentasNuevas: 0, enviados: 0, decididos: 0, talleresNuevos: 0, asistencias: 0, evaluacion: null, votacion: null, seleccion: null, incubacion: null };
  const seleccion = indiceEtapa("SELECCION_CONTRATACION");
  resumen.convocatoria = await nombrarConvocatoria(db, conv, final.anio, desde, informar);

  if (indiceEtapa(etapa) >= indiceEtapa("CONVOCATORIA")) {
    const sesiones = await prepararConvocatoria(db, conv.id, etapa, ahora, datos, resumen, informar);
    if (indiceEtapa(etapa) >= seleccion && (await actual()) === "CONVOCATORIA") {
      resumen.decididos = await decidirAdmisibilidades(db, conv.id, datos.perfiles, sesiones);
      informar(`Admisibilidad decidida por el equipo: ${resumen.decididos} perfiles.`);
      // Applications closed as planned, before the decisions; the admin advances once every perfil has one.
      // Not an early advance, then: nothing is cut short and no one is told it was.
      await escribirCalendario(db, conv.id, final, "CONVOCATORIA", "cierre de la convocatoria");
      await avanzar(db, "CONVOCATORIA", sesiones, informar);
    }
    resumen.asistencias = await tomarAsistencia(db, conv.id, datos.talleres, sesiones, final, ahora);
    informar(`Asistencia tomada en los talleres ya realizados: ${resumen.asistencias} inscripciones nuevas marcadas.`);
  }
  if (indiceEtapa(etapa) >= seleccion && (await actual()) === "SELECCION_CONTRATACION") {
    resumen.evaluacion = await prepararEvaluacion(db, conv.id, informar);
    // Past Selección, the votes are cast as of the evening the vote closed (final.cierreVotacion).
    resumen.votacion = await prepararVotacion(db, conv.id, final, final.cierreVotacion ?? ahora, informar);
  }
  if (etapa === "FORMACION_INCUBACION") {
    resumen.seleccion = await prepararSeleccion(db, conv.id, final, informar);
    if ((await actual()) === "SELECCION_CONTRATACION") {
      // Selección's planned dates are over (the advance is not an early one); the admin advances.
      await escribirCalendario(db, conv.id, final, "SELECCION_CONTRATACION", "cierre de la selección");
      await avanzar(db, "SELECCION_CONTRATACION", await cargarSesiones(db, [STAFF_DEMO.admin]), informar);
    }
    // Formación started when the admin advanced (after the last signature): the calendar is placed from
    // that instant, on this run and on any later one.
    const inicio = (await db.etapaCalendario.findUniqueOrThrow({ where: { convocatoriaId_etapa: { convocatoriaId: conv.id, etapa } }, select: { inicioReal: true } })).inicioReal;
    if (inicio) final = lineaDeTiempoDemo(etapa, inicio);
    resumen.incubacion = await prepararIncubacion(db, conv.id, informar);
  }

  const fechas = await ubicarEnElCalendario(db, conv.id, final, datos, await actual(), etapa === "FORMACION_INCUBACION" ? (final.fechas.FORMACION_INCUBACION.inicioReal ?? ahora) : ahora);
  informar(
    `Calendario: ${NOMBRE_ETAPA[etapa]} es la etapa en curso; ${fechas.perfiles} perfiles, ${fechas.talleres} talleres` +
      (fechas.evaluaciones ? ` y ${fechas.evaluaciones} evaluaciones` : "") +
      " ubicados en sus fechas.",
  );
  return resumen;
}

/**
 * The Convocatoria: accounts, perfiles and talleres, made while it is open. The calendar is first set so
 * the call opened two weeks ago and is still open (perfiles can only be sent before the close).
 */
async function prepararConvocatoria(
  db: Db,
  convocatoriaId: string,
  etapa: EtapaDemo,
  ahora: Date,
  datos: ReturnType<typeof datosSinteticos>,
  resumen: ResumenDemo,
  informar: (l: string) => void,
): Promise<Sesiones> {
  const correos = [...Object.values(STAFF_DEMO), POSTULANTE_DEMO, ...datos.personas.map((p) => p.email)];
  const desde = (await db.convocatoria.findUniqueOrThrow({ where: { id: convocatoriaId }, select: { etapaActual: true } })).etapaActual;
  if (desde !== "DESARROLLO_CONCURSO" && desde !== "CONVOCATORIA") return cargarSesiones(db, correos);

  const final = lineaDeTiempoDemo(etapa, ahora);
  await escribirCalendario(db, convocatoriaId, lineaDeTiempoDemo("CONVOCATORIA", ahora), desde, "convocatoria abierta");
  if (desde === "DESARROLLO_CONCURSO") await avanzar(db, desde, await cargarSesiones(db, [STAFF_DEMO.admin]), informar);

  resumen.cuentasNuevas = await crearCuentasSinteticas(db, datos.personas, "CONVOCATORIA");
  informar(`Cuentas sintéticas (@demo.fondoidea.cl): ${datos.personas.length}, ${resumen.cuentasNuevas} nuevas.`);
  const sesiones = await cargarSesiones(db, correos);

  const perfiles = await prepararPerfiles(db, convocatoriaId, datos.perfiles, sesiones);
  resumen.enviados = perfiles.enviados;
  const retirados = perfiles.retirados === 1 ? "1 retirado" : `${perfiles.retirados} retirados`;
  informar(`Perfiles nuevos: ${perfiles.enviados} enviados (de ellos, ${retirados} después) y ${perfiles.borradores} borradores.`);

  const talleres = await prepararTalleres(db, convocatoriaId, datos.talleres, sesiones, final, ahora);
  resumen.talleresNuevos = talleres.creados;
  informar(`Talleres: ${talleres.creados} nuevos, ${talleres.inscripciones} inscripciones nuevas.`);
  return sesiones;
}

/** As the admin in /admin/convocatoria: the etapa's preconditions are the action's. */
async function avanzar(db: Db, desde: Etapa, sesiones: Sesiones, informar: (l: string) => void): Promise<void> {
  const { etapa } = await ejecutar(db, avanzarEtapa, { desde }, sesiones.de(STAFF_DEMO.admin));
  informar(`El administrador avanzó la convocatoria a ${NOMBRE_ETAPA[etapa]}.`);
}

/**
 * The convocatoria is named for the year its call opens (the 2019 figures stay). Renamed only while no
 * perfil was sent: a perfil's fingerprint covers the year, and must keep proving what was sent.
 */
async function nombrarConvocatoria(db: Db, conv: { id: string; anio: number; nombre: string }, anio: number, etapa: Etapa, informar: (l: string) => void): Promise<string> {
  const nombre = nombreConvocatoriaDemo(anio);
  if (conv.anio === anio && conv.nombre === nombre) return nombre;
  const enviados = await db.postulacion.count({ where: { convocatoriaId: conv.id, folio: { not: null } } });
  if (enviados > 0) {
    informar(`La convocatoria conserva su nombre, «${conv.nombre}»: ya tiene perfiles enviados, cuya huella incluye el año.`);
    return conv.nombre;
  }
  await db.$transaction(async (tx) => {
    await tx.convocatoria.update({ where: { id: conv.id }, data: { anio, nombre } });
    await appendAudit(tx, { actorId: null, accion: "sistema.demoNombrar", entidad: "Convocatoria", entidadId: conv.id, etapa, datos: { antes: conv.nombre, nombre, anio } });
  });
  informar(`La convocatoria se llama ahora «${nombre}», por el año de su calendario.`);
  return nombre;
}
