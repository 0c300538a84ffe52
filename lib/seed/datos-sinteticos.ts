// The demo's synthetic applicants, perfiles and talleres, generated from a fixed seed: the same data on
// every run and every machine. Pure (no I/O): lib/seed/avance-demo.ts writes it through the actions.
// Every synthetic account has an address @demo.fondoidea.cl, which is how the demo recognises its rows.
import { REGIONES, type CodigoRegion } from "@/lib/domain/regiones";
import { calcularDv } from "@/lib/domain/rut";
import { CIFRAS_2019, CUENTAS_DEMO, DESAFIOS, LINEAS_2019, type LineaSeed } from "./datos-2019";
import { EVALUADORES_DEMO } from "./datos-evaluacion";
import { crearAzar, type Azar } from "./prng";
import * as T from "./textos-sinteticos";

export const DOMINIO_SINTETICO = "demo.fondoidea.cl";
export const SEMILLA_DEMO = 2019;

/** The demo's own applicant account (README): it gets a sent perfil and a draft too. */
export const POSTULANTE_DEMO = "postulante@fondoidea.cl";
/** Staff of the demo who act on every region: create talleres, take attendance, decide admissibility. */
export const STAFF_DEMO = { admin: "admin@fondoidea.cl", encargado: "encargado@fondoidea.cl" } as const;

export function esCorreoSintetico(email: string): boolean {
  return email.trim().toLowerCase().endsWith(`@${DOMINIO_SINTETICO}`);
}

const CORREOS_DEMO = new Set([...CUENTAS_DEMO, ...EVALUADORES_DEMO].map((c) => c.email));

/** An account of the demo: one of the seeded accounts or demo evaluators (README) or a synthetic one. */
export function esCuentaDeDemostracion(email: string): boolean {
  return CORREOS_DEMO.has(email.trim().toLowerCase()) || esCorreoSintetico(email);
}

export type Tipo = LineaSeed["tipoEjecutor"];
export type Nivel = LineaSeed["nivelMadurez"];
export type Documento = LineaSeed["adjuntosRequeridos"][number];

export type PersonaSintetica = { email: string; nombre: string; rut: string; regionCut: CodigoRegion };

export type Decision = { decision: "ADMISIBLE" | "INADMISIBLE"; motivos: string; por: string; /** 0–1 through the review window. */ momento: number };

export type PerfilSintetico = {
  email: string;
  desafio: string;
  /** What the perfil ends as: sent, sent and withdrawn, or a draft never sent. */
  estado: "ENVIADA" | "RETIRADA" | "BORRADOR";
  /** 0–1 through the sending window; perfiles are sent in this order, so folios follow it. */
  envio: number;
  /** Days the draft was open before it was sent. */
  diasBorrador: number;
  campos: { nombreProyecto: string; problema: string; solucion: string; usuarios: string; coproduccion: string; equipo: string; organizacionNombre: string };
  organizacionRut: string;
  nivelMadurez: Nivel;
  tipoEjecutor: Tipo;
  montoSolicitado: number;
  regiones: CodigoRegion[];
  /** Documents uploaded: the línea's required ones (a draft may have fewer). */
  documentos: Documento[];
  decision: Decision | null;
};

export type Inscrito = { email: string; nombre: string; presente: boolean };

export type TallerSintetico = (typeof T.TALLERES)[number] & { descripcion: string; inscritos: Inscrito[] };

export type DatosSinteticos = { personas: PersonaSintetica[]; perfiles: PerfilSintetico[]; talleres: TallerSintetico[] };

/** "José Muñoz" → "jose.munoz" */
function usuarioCorreo(...partes: string[]): string {
  return partes
    .map((p) => p.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, ""))
    .join(".");
}

/** Who sends: the person or their organisation. A municipality works in its own commune. */
type Ejecutor = { tipo: Tipo; nombre: string; rut: string; comuna?: string };

const RANGO_RUT_ORGANIZACION: Record<Exclude<Tipo, "PERSONA_NATURAL">, [number, number]> = {
  SIN_FINES_DE_LUCRO: [65_000_000, 65_999_999],
  EMPRESA: [76_000_000, 77_999_999],
  UNIVERSIDAD: [71_000_000, 73_999_999],
  ORGANISMO_PUBLICO: [69_000_000, 69_999_999],
};

const UNIVERSIDADES = ["Universidad Costa del Pacífico", "Universidad Andina del Norte", "Universidad Valle Central", "Universidad del Sur Austral"] as const;

function elegirTipo(azar: Azar): Tipo {
  const x = azar.fraccion();
  if (x < 0.4) return "SIN_FINES_DE_LUCRO";
  if (x < 0.6) return "PERSONA_NATURAL";
  if (x < 0.75) return "EMPRESA";
  if (x < 0.88) return "ORGANISMO_PUBLICO";
  return "UNIVERSIDAD";
}

export function datosSinteticos(semilla = SEMILLA_DEMO): DatosSinteticos {
  const azar = crearAzar(semilla);
  const rutsUsados = new Set([...CUENTAS_DEMO, ...EVALUADORES_DEMO].map((c) => c.rutCuerpo));
  const rutNuevo = (min: number, max: number) => {
    for (;;) {
      const cuerpo = String(azar.entero(min, max));
      if (!rutsUsados.has(cuerpo)) {
        rutsUsados.add(cuerpo);
        return `${cuerpo}-${calcularDv(cuerpo)}`;
      }
    }
  };
  const correosUsados = new Set<string>();
  const nombresOrganizacion = new Set<string>();

  // Where perfiles are sent: 36 to the national desafíos, covering the 16 regions twice over, and 6 to
  // each regional desafío, in its region.
  const nacionales = DESAFIOS.filter((d) => d.alcance === "NACIONAL").map((d) => d.slug);
  const regionales = DESAFIOS.filter((d) => d.alcance === "REGIONAL" && d.regionCut);
  type Cupo = { desafio: string; region: CodigoRegion; estado: PerfilSintetico["estado"]; nacional: boolean };
  const cupos: Cupo[] = [];
  for (let j = 0; j < 36; j++) cupos.push({ desafio: nacionales[j % nacionales.length], region: REGIONES[j % 16].cut, estado: "ENVIADA", nacional: true });
  for (const d of regionales) for (let j = 0; j < 6; j++) cupos.push({ desafio: d.slug, region: d.regionCut as CodigoRegion, estado: "ENVIADA", nacional: false });
  cupos.push({ desafio: nacionales[1], region: REGIONES[5].cut, estado: "RETIRADA", nacional: true });
  cupos.push({ desafio: nacionales[0], region: REGIONES[9].cut, estado: "BORRADOR", nacional: true });
  cupos.push({ desafio: nacionales[2], region: REGIONES[13].cut, estado: "BORRADOR", nacional: true });

  const personas: PersonaSintetica[] = [];
  const ejecutorDe = new Map<string, Ejecutor>();
  const desafiosDe = new Map<string, Set<string>>();

  const nuevaPersona = (region: CodigoRegion): PersonaSintetica => {
    const nombre = azar.elegir(T.NOMBRES);
    const [ap1, ap2] = [azar.elegir(T.APELLIDOS), azar.elegir(T.APELLIDOS)];
    let email = `${usuarioCorreo(nombre, ap1)}@${DOMINIO_SINTETICO}`;
    for (let n = 2; correosUsados.has(email); n++) email = `${usuarioCorreo(nombre, ap1)}${n}@${DOMINIO_SINTETICO}`;
    correosUsados.add(email);
    const p = { email, nombre: `${nombre} ${ap1} ${ap2}`, rut: rutNuevo(8_000_000, 24_999_999), regionCut: region };
    personas.push(p);
    return p;
  };

  const nuevoEjecutor = (p: PersonaSintetica, tipo: Tipo): Ejecutor => {
    if (tipo === "PERSONA_NATURAL") return { tipo, nombre: p.nombre, rut: p.rut };
    const comuna = azar.elegir(T.COMUNAS[p.regionCut]);
    let nombre = "";
    for (let intento = 0; !nombre || nombresOrganizacion.has(nombre); intento++) {
      const base = azar.elegir(T.NOMBRES_ORGANIZACION);
      nombre = {
        SIN_FINES_DE_LUCRO: `${azar.elegir(["Fundación", "Corporación", "ONG", "Agrupación"])} ${base}`,
        EMPRESA: azar.siOno(0.5) ? `${base} SpA` : `Consultora ${base} Ltda.`,
        UNIVERSIDAD: `Centro de Innovación Social, ${azar.elegir(UNIVERSIDADES)}`,
        ORGANISMO_PUBLICO: `Municipalidad de ${comuna}`,
      }[tipo];
      if (intento > 3) nombre = `${nombre} (${comuna})`;
    }
    nombresOrganizacion.add(nombre);
    return { tipo, nombre, rut: rutNuevo(...RANGO_RUT_ORGANIZACION[tipo]), ...(tipo === "ORGANISMO_PUBLICO" ? { comuna } : {}) };
  };

  const perfiles: PerfilSintetico[] = [];
  const ideasUsadas = new Map<string, number>();
  let pedroEnviado = false;
  let anterior = null as PersonaSintetica | null;

  for (const cupo of cupos) {
    // The demo applicant (Biobío) sends the first perfil of his region's desafío; a few people send to
    // two desafíos (with the same organisation: one perfil per organisation per desafío).
    let email: string;
    let persona: PersonaSintetica | null = null;
    if (!pedroEnviado && !cupo.nacional && cupo.region === "08") {
      email = POSTULANTE_DEMO;
      pedroEnviado = true;
    } else {
      const repite: boolean =
        !!anterior &&
        cupo.estado === "ENVIADA" &&
        !desafiosDe.get(anterior.email)?.has(cupo.desafio) &&
        ejecutorDe.get(anterior.email)?.tipo !== "ORGANISMO_PUBLICO" &&
        azar.siOno(0.15);
      persona = repite ? anterior! : nuevaPersona(cupo.region);
      email = persona.email;
      anterior = persona;
    }
    if (!ejecutorDe.has(email)) {
      const duena = persona ?? { email, nombre: "Pedro Postulante", rut: "", regionCut: "08" as CodigoRegion };
      ejecutorDe.set(email, nuevoEjecutor(duena, persona ? elegirTipo(azar) : "SIN_FINES_DE_LUCRO"));
    }
    desafiosDe.set(email, new Set([...(desafiosDe.get(email) ?? []), cupo.desafio]));
    const ejecutor = ejecutorDe.get(email)!;
    perfiles.push(perfilPara(azar, cupo, email, ejecutor, ideasUsadas));
  }

  // The demo applicant also keeps a draft, to walk the autosaved form while the Convocatoria is open.
  perfiles.push(
    perfilPara(azar, { desafio: nacionales[1], region: "08", estado: "BORRADOR", nacional: true }, POSTULANTE_DEMO, ejecutorDe.get(POSTULANTE_DEMO)!, ideasUsadas),
  );

  const talleres = T.TALLERES.map((t): TallerSintetico => {
    const locales = personas.filter((p) => p.regionCut === t.regionCut);
    const otras = personas.filter((p) => p.regionCut !== t.regionCut);
    // The Metropolitana taller has more people than seats: two end on the waitlist.
    const meta = t.capacidad <= 10 ? t.capacidad + 2 : Math.min(t.capacidad, azar.entero(6, 14));
    const elegidas = [...locales];
    while (elegidas.length < meta && otras.length) elegidas.push(otras.splice(azar.entero(0, otras.length - 1), 1)[0]);
    return {
      ...t,
      descripcion: T.DESCRIPCION_TALLER,
      inscritos: elegidas.slice(0, meta).map((p) => ({ email: p.email, nombre: p.nombre, presente: azar.siOno(0.8) })),
    };
  });

  return { personas, perfiles, talleres };
}

function perfilPara(
  azar: Azar,
  cupo: { desafio: string; region: CodigoRegion; estado: PerfilSintetico["estado"]; nacional: boolean },
  email: string,
  ejecutor: Ejecutor,
  ideasUsadas: Map<string, number>,
): PerfilSintetico {
  const usadas = ideasUsadas.get(cupo.desafio) ?? 0;
  ideasUsadas.set(cupo.desafio, usadas + 1);
  const ideas = T.IDEAS_POR_DESAFIO[cupo.desafio];
  const idea = ideas[usadas % ideas.length];
  const comuna = ejecutor.comuna ?? azar.elegir(T.COMUNAS[cupo.region]);

  const lineas = LINEAS_2019.filter((l) => l.tipoEjecutor === ejecutor.tipo && l.habilitada);
  const linea = azar.elegir(lineas);
  const min = CIFRAS_2019.montoMinProyecto;
  const max = Math.min(linea.montoMaximo, CIFRAS_2019.montoMaxProyecto);
  const montoSolicitado = min + Math.round((azar.fraccion() * (max - min)) / 500_000) * 500_000;

  const regiones = new Set<CodigoRegion>([cupo.region]);
  if (cupo.nacional && azar.siOno(0.25)) {
    const i = REGIONES.findIndex((r) => r.cut === cupo.region);
    for (let k = 1; k <= azar.entero(1, 2); k++) regiones.add(REGIONES[(i + k) % REGIONES.length].cut);
  }

  const inadmisible = cupo.estado === "ENVIADA" && email !== POSTULANTE_DEMO && azar.siOno(0.15);
  const motivos = inadmisible ? azar.elegir(T.MOTIVOS_INADMISIBLE[ejecutor.tipo === "PERSONA_NATURAL" ? "persona" : "organizacion"]) : azar.elegir(T.MOTIVOS_ADMISIBLE);
  const borrador = cupo.estado === "BORRADOR";

  return {
    email,
    desafio: cupo.desafio,
    estado: cupo.estado,
    envio: azar.fraccion() ** 0.7, // more perfiles arrive near the close
    diasBorrador: azar.entero(1, 6),
    campos: {
      nombreProyecto: `${idea.nombre} en ${comuna}`,
      problema: `${T.PROBLEMA_POR_DESAFIO[cupo.desafio]} En ${comuna} estimamos que hay unas ${azar.entero(4, 40) * 10} personas en esta situación.`,
      solucion: idea.solucion,
      // A draft is half written: the rest is still empty.
      usuarios: borrador ? "" : `Trabajaremos en ${comuna} con ${azar.entero(3, 15) * 10} ${idea.usuarios}.`,
      coproduccion: borrador ? "" : azar.elegir(T.COPRODUCCION).replace("{comuna}", comuna),
      equipo: borrador ? "" : azar.elegir(T.EQUIPOS[ejecutor.tipo]),
      organizacionNombre: ejecutor.nombre,
    },
    organizacionRut: ejecutor.rut,
    nivelMadurez: linea.nivelMadurez,
    tipoEjecutor: ejecutor.tipo,
    montoSolicitado,
    regiones: [...regiones],
    documentos: borrador ? linea.adjuntosRequeridos.slice(0, 1) : [...linea.adjuntosRequeridos],
    decision:
      cupo.estado === "ENVIADA"
        ? { decision: inadmisible ? "INADMISIBLE" : "ADMISIBLE", motivos, por: azar.siOno(0.7) ? STAFF_DEMO.encargado : STAFF_DEMO.admin, momento: azar.fraccion() }
        : null,
  };
}
