// Perfiles already sent (as the «Enviar perfil» button leaves them: folio, SHA-256 fingerprint, regions),
// for tests about what happens after: staff follow-up, admissibility, who may see them.
import type { NivelMadurez, TipoEjecutor } from "../../../lib/generated/prisma/client";
import { huellaPerfil } from "../../../lib/domain/huella";
import { slugify } from "../../../lib/domain/slug";
import { CAMPOS_PERFIL } from "../../../lib/postulaciones/schema";
import { baseE2e, expirarCacheE2e, unico } from "./base";
import { postulanteNuevo, type Cuenta } from "./cuentas";
import { convocatoriaActiva } from "./etapa";
import { organizacionDe, type OrganizacionE2e } from "./organizaciones";

type CampoPerfil = keyof typeof CAMPOS_PERFIL;

export type OpcionesPerfil = {
  /** Who sent it (a new applicant by default). */
  postulante?: Cuenta;
  /** Slug of a published desafío ("cuidar-a-quien-cuida" by default). */
  desafio?: string;
  /** Texts of the form; organizacionNombre is the organisation's. */
  campos?: Partial<Record<Exclude<CampoPerfil, "organizacionNombre">, string>>;
  /** Name of the organisation it is sent for (claimed by the applicant). */
  organizacion?: string;
  nivelMadurez?: NivelMadurez;
  tipoEjecutor?: TipoEjecutor;
  montoSolicitado?: number;
  /** Region codes (CUT), "08" by default. */
  regiones?: string[];
  /** Also declared ADMISIBLE by staff, with its public page (/perfiles/<slugPublico>). */
  admisible?: boolean;
};

export type PerfilE2e = {
  id: string;
  folio: number;
  /** "000123": the pages show "Folio N° 000123". */
  folioTexto: string;
  nombreProyecto: string;
  campos: Record<CampoPerfil, string>;
  postulante: Cuenta;
  organizacion: OrganizacionE2e;
  /** The applicant's page of the perfil. */
  url: string;
  slugPublico: string | null;
};

export async function perfilEnviado(o: OpcionesPerfil = {}): Promise<PerfilE2e> {
  const db = baseE2e();
  const conv = await convocatoriaActiva();
  const nivelMadurez = o.nivelMadurez ?? "IDEA_CLARA";
  const tipoEjecutor = o.tipoEjecutor ?? "SIN_FINES_DE_LUCRO";
  const [desafio, linea, postulante] = await Promise.all([
    db.desafio.findFirstOrThrow({ where: { convocatoriaId: conv.id, slug: o.desafio ?? "cuidar-a-quien-cuida" }, select: { id: true } }),
    db.lineaPostulacion.findUniqueOrThrow({
      where: { convocatoriaId_nivelMadurez_tipoEjecutor: { convocatoriaId: conv.id, nivelMadurez, tipoEjecutor } },
      select: { id: true },
    }),
    o.postulante ?? postulanteNuevo(),
  ]);
  const organizacion = await organizacionDe(postulante, { nombre: o.organizacion, tipo: tipoEjecutor });
  const n = unico();
  const campos: Record<CampoPerfil, string> = {
    nombreProyecto: `Proyecto de prueba ${n}`,
    problema: "Las familias del sector no tienen dónde dejar a sus hijos mientras trabajan.",
    solucion: "Un espacio de cuidado comunitario atendido por vecinas capacitadas.",
    usuarios: "Cuarenta familias del sector.",
    coproduccion: "Las familias definen los horarios y evalúan el servicio cada mes.",
    equipo: "Una educadora, una trabajadora social y dos monitoras.",
    ...o.campos,
    organizacionNombre: organizacion.nombre,
  };
  const montoSolicitado = o.montoSolicitado ?? 24_000_000;
  const regiones = o.regiones ?? ["08"];

  // Folios are consecutive per convocatoria: the next one, read and written in one transaction.
  const perfil = await db.$transaction(async (tx) => {
    const ultimo = await tx.postulacion.aggregate({ where: { convocatoriaId: conv.id }, _max: { folio: true } });
    const folio = (ultimo._max.folio ?? 0) + 1;
    const huella = huellaPerfil({
      convocatoria: conv.anio,
      folio,
      desafio: desafio.id,
      campos,
      nivelMadurez,
      tipoEjecutor,
      organizacionRut: organizacion.rut,
      montoSolicitado,
      regiones,
      adjuntos: [],
    });
    const ahora = new Date();
    const slugPublico = o.admisible ? `${slugify(campos.nombreProyecto)}-${folio}` : null;
    const p = await tx.postulacion.create({
      data: {
        convocatoriaId: conv.id,
        desafioId: desafio.id,
        lineaId: linea.id,
        postulanteId: postulante.id,
        organizacionId: organizacion.id,
        ...campos,
        organizacionRut: organizacion.rut,
        nivelMadurez,
        tipoEjecutor,
        montoSolicitado,
        folio,
        huella,
        enviadaEn: ahora,
        regiones: { create: regiones.map((regionCut) => ({ regionCut })) },
        ...(o.admisible
          ? { estado: "ADMISIBLE", admisible: true, admisibilidadMotivos: "Cumple las bases (preparado por la prueba).", admisibilidadEn: ahora, slugPublico }
          : { estado: "ENVIADA" }),
      },
      select: { id: true },
    });
    return {
      id: p.id,
      folio,
      folioTexto: String(folio).padStart(6, "0"),
      nombreProyecto: campos.nombreProyecto,
      campos,
      postulante,
      organizacion,
      url: `/postulante/perfiles/${p.id}`,
      slugPublico,
    };
  });
  await expirarCacheE2e();
  return perfil;
}
