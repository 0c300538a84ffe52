// Reads of the popular vote: the published counts (from the raw vote rows), the rankings, a perfil's count,
// what a caller may do on a perfil's page, and the voter's own votes. Never who voted for what, except the
// caller's own (lib/votacion/alcance.ts). Every function takes the client, so tests pass theirs.
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import type { SessionUser } from "@/lib/auth/session-user";
import { permiteEtapa, permiteRol } from "@/lib/auth/permissions";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { whereVotos } from "./alcance";
import { ambitosDelVoto, conteosVisibles, cupoDeVotos, estadoVentana, mensajeCupoAgotado, mensajeVentana, MENSAJES_VOTO, SELECT_REGLAS, type EstadoVentana, type ReglasVotacion } from "./reglas";

/** A perfil that may receive votes (and has a public page): admissible and still in the call. */
export const PERFIL_VOTABLE = {
  admisible: true,
  estado: { notIn: ["BORRADOR", "RETIRADA", "INADMISIBLE"] },
} as const satisfies Prisma.PostulacionWhereInput;

/**
 * The published counts of a convocatoria: postulacionId → number of vote rows. Straight from the raw rows
 * (one GROUP BY), so a recount (lib/votacion/recuento.ts) must give the same numbers.
 */
export async function contarVotos(client: Db, convocatoriaId: string): Promise<Map<string, number>> {
  const grupos = await client.voto.groupBy({ by: ["postulacionId"], where: { convocatoriaId }, _count: { _all: true } });
  return new Map(grupos.map((g) => [g.postulacionId, g._count._all]));
}

/** The rules of the active convocatoria, its planned SELECCION_CONTRATACION dates and whether a vote exists (the admin's form). */
export async function getReglasVotacion(client: Db = dbPorDefecto) {
  const c = await leerConvocatoriaActiva(client, {
    id: true,
    nombre: true,
    etapaActual: true,
    ...SELECT_REGLAS,
    calendario: { where: { etapa: "SELECCION_CONTRATACION" }, select: { inicio: true, fin: true } },
  });
  if (!c) return null;
  const primerVoto = await client.voto.findFirst({ where: { convocatoriaId: c.id }, orderBy: { createdAt: "asc" }, select: { createdAt: true } });
  const { calendario, ...resto } = c;
  return { ...resto, etapaSeleccion: calendario[0] ?? null, primerVoto: primerVoto?.createdAt ?? null };
}

export type PerfilEnRanking = {
  postulacionId: string;
  nombreProyecto: string;
  slug: string | null;
  /** null while the counts are hidden (ocultarConteos, window not closed). */
  votos: number | null;
};

export type Ranking = {
  convocatoria: { nombre: string; anio: number };
  reglas: ReglasVotacion;
  ventana: EstadoVentana;
  visibles: boolean;
  total: number | null;
  porDesafio: { id: string; titulo: string; slug: string; perfiles: PerfilEnRanking[] }[];
  porRegion: { cut: string; nombre: string; perfiles: PerfilEnRanking[] }[];
};

/** Most votes first; ties (and hidden counts) by name. */
function ordenar(a: PerfilEnRanking, b: PerfilEnRanking): number {
  return (b.votos ?? 0) - (a.votos ?? 0) || a.nombreProyecto.localeCompare(b.nombreProyecto, "es");
}

/** The public rankings of the active convocatoria's votable perfiles, by desafío and by region. */
export async function getRanking(client: Db = dbPorDefecto, ahora: Date = new Date()): Promise<Ranking | null> {
  const c = await leerConvocatoriaActiva(client, { id: true, nombre: true, anio: true, ...SELECT_REGLAS });
  if (!c) return null;
  const { id, nombre, anio, ...reglas } = c;
  const [perfiles, conteos] = await Promise.all([
    client.postulacion.findMany({
      where: { convocatoriaId: id, ...PERFIL_VOTABLE },
      select: {
        id: true,
        nombreProyecto: true,
        slugPublico: true,
        desafio: { select: { id: true, titulo: true, slug: true } },
        regiones: { select: { region: { select: { cut: true, nombre: true, orden: true } } } },
      },
    }),
    contarVotos(client, id),
  ]);
  const visibles = conteosVisibles(reglas, ahora);
  const fila = (p: (typeof perfiles)[number]): PerfilEnRanking => ({
    postulacionId: p.id,
    nombreProyecto: p.nombreProyecto,
    slug: p.slugPublico,
    votos: visibles ? (conteos.get(p.id) ?? 0) : null,
  });
  const desafios = new Map<string, Ranking["porDesafio"][number]>();
  const regiones = new Map<string, Ranking["porRegion"][number] & { orden: number }>();
  for (const p of perfiles) {
    const d = desafios.get(p.desafio.id) ?? { ...p.desafio, perfiles: [] };
    d.perfiles.push(fila(p));
    desafios.set(p.desafio.id, d);
    for (const { region } of p.regiones) {
      const r = regiones.get(region.cut) ?? { cut: region.cut, nombre: region.nombre, orden: region.orden, perfiles: [] };
      r.perfiles.push(fila(p));
      regiones.set(region.cut, r);
    }
  }
  for (const d of desafios.values()) d.perfiles.sort(ordenar);
  for (const r of regiones.values()) r.perfiles.sort(ordenar);
  const total = visibles ? perfiles.reduce((s, p) => s + (conteos.get(p.id) ?? 0), 0) : null;
  return {
    convocatoria: { nombre, anio },
    reglas,
    ventana: estadoVentana(reglas, ahora),
    visibles,
    total,
    porDesafio: [...desafios.values()].sort((a, b) => a.titulo.localeCompare(b.titulo, "es")),
    porRegion: [...regiones.values()].sort((a, b) => a.orden - b.orden).map(({ orden: _, ...r }) => r),
  };
}

/** A public perfil's vote facts for its page: its id, its count (null while hidden) and the rules' state. */
export async function getVotacionDePerfil(slug: string, client: Db = dbPorDefecto, ahora: Date = new Date()) {
  const p = await client.postulacion.findFirst({
    where: { slugPublico: slug, ...PERFIL_VOTABLE },
    select: { id: true, convocatoria: { select: { activa: true, ...SELECT_REGLAS } } },
  });
  if (!p) return null;
  const { activa, ...reglas } = p.convocatoria;
  const visibles = conteosVisibles(reglas, ahora);
  // A count by postulacionId (its index), not a relation _count: Prisma writes that one as a GROUP BY over
  // every vote joined to this perfil, which grows with the whole table (bench/escala.mjs).
  const votos = visibles ? await client.voto.count({ where: { postulacionId: p.id } }) : null;
  return {
    postulacionId: p.id,
    votos,
    ventana: estadoVentana(reglas, ahora),
    activa,
    reglas,
  };
}

/** What the "Votar" island of a perfil's page shows to this caller (GET /api/votos/estado). */
export type EstadoVotoCliente = {
  /** Signed in. */
  sesion: boolean;
  /** May vote for this perfil now (the action still decides). */
  puedeVotar: boolean;
  /** Why not, in Spanish (null when puedeVotar, or when not signed in). */
  motivo: string | null;
  /** The caller's vote for this perfil, if any. */
  votoAqui: { id: string; createdAt: string } | null;
  /** The caller's RUT is verified (else the island links to /cuenta). */
  verificado: boolean;
  /** Window state, and the scope's text ("Un voto por desafío"). */
  ventana: EstadoVentana;
  usados: number;
  cupo: number;
};

export async function getEstadoVoto(user: SessionUser | null, postulacionId: string, client: Db = dbPorDefecto, ahora: Date = new Date()): Promise<EstadoVotoCliente | null> {
  const conv = await leerConvocatoriaActiva(client, { id: true, etapaActual: true, ...SELECT_REGLAS });
  const perfil = conv
    ? await client.postulacion.findFirst({ where: { id: postulacionId, convocatoriaId: conv.id, ...PERFIL_VOTABLE }, select: { id: true, desafioId: true } })
    : null;
  if (!conv || !perfil) return null;
  const { id: convocatoriaId, etapaActual, ...reglas } = conv;
  const ventana = estadoVentana(reglas, ahora);
  const cupo = cupoDeVotos(reglas);
  const base: EstadoVotoCliente = { sesion: !!user, puedeVotar: false, motivo: null, votoAqui: null, verificado: false, ventana, usados: 0, cupo };
  if (!user) return base;
  const ambitos = ambitosDelVoto(reglas, perfil.desafioId);
  const [cuenta, mios] = await Promise.all([
    client.user.findUnique({ where: { id: user.id }, select: { rutVerificado: true } }),
    client.voto.findMany({
      where: { AND: [whereVotos(user, "voto.emitir"), { convocatoriaId, OR: [{ ambito: { in: ambitos } }, { postulacionId: perfil.id }] }] },
      select: { id: true, ambito: true, postulacionId: true, createdAt: true },
    }),
  ]);
  const aqui = mios.find((v) => v.postulacionId === perfil.id) ?? null;
  const usados = mios.filter((v) => ambitos.includes(v.ambito)).length;
  const verificado = cuenta?.rutVerificado === true;
  // In the order the action refuses, except that an unverified person is first told how to verify (verifying
  // grants the afiliado role).
  let motivo: string | null = null;
  if (!permiteEtapa("voto.emitir", etapaActual)) motivo = "La votación popular no está abierta en la etapa actual de la convocatoria.";
  else if (!verificado) motivo = MENSAJES_VOTO.sinVerificar;
  else if (!permiteRol("voto.emitir", user.roles).ok) motivo = "Su cuenta no tiene el rol de afiliado, que permite votar. Consulte en una oficina del FOSIS.";
  motivo ??= mensajeVentana(reglas, ahora);
  if (!motivo && aqui) motivo = MENSAJES_VOTO.yaVotoPerfil;
  if (!motivo && usados >= ambitos.length) motivo = mensajeCupoAgotado(reglas);
  return {
    ...base,
    puedeVotar: motivo === null,
    motivo,
    verificado,
    usados,
    votoAqui: aqui ? { id: aqui.id, createdAt: aqui.createdAt.toISOString() } : null,
  };
}

/** «Mis votos»: the caller's own votes (the scope of voto.emitir), newest first, with the perfil voted for. */
export async function getMisVotos(user: SessionUser, client: Db = dbPorDefecto) {
  const votos = await client.voto.findMany({
    where: whereVotos(user, "voto.emitir"),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      createdAt: true,
      postulacion: { select: { nombreProyecto: true, slugPublico: true, desafio: { select: { titulo: true } } } },
      convocatoria: { select: { nombre: true } },
    },
  });
  return votos.map((v) => ({
    id: v.id,
    createdAt: v.createdAt,
    proyecto: v.postulacion.nombreProyecto,
    slug: v.postulacion.slugPublico,
    desafio: v.postulacion.desafio.titulo,
    convocatoria: v.convocatoria.nombre,
  }));
}
