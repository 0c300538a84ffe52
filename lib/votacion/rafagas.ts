// The staff report of suspicious bursts (issue 11, item 5) over the stored votes: lib/domain/rafagas.ts
// decides, this file reads. When an account was verified is not a column: it is the time of the audit entry
// that verified it (ClaveÚnica sign-in or staff), which the chain protects. The report names voters only
// by their pseudonymous id and the IP only by a prefix of its keyed hash.
import "server-only";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { detectarRafagas, PARAMETROS_RAFAGA_POR_OMISION, validarParametros, type ParametrosRafaga, type Rafaga, type VotoParaRafaga } from "@/lib/domain/rafagas";
import { claveSeudonimos, seudonimizador } from "./seudonimo";

/**
 * Audit actions on a User (entidadId = the user id) that verify its identity: the ClaveÚnica sign-in that
 * verifies an existing account or creates a verified one (lib/auth/claveunica.ts), and verification by staff.
 */
export const ACCIONES_VERIFICACION = ["claveunica.verificarCuenta", "claveunica.crearCuenta", "usuario.verificarRut"] as const;

export type RafagaConPerfil = Rafaga & { folio: number | null; nombreProyecto: string; desafio: string; slugPublico: string | null };

export type InformeRafagas = { parametros: ParametrosRafaga; votosRevisados: number; rafagas: RafagaConPerfil[] };

/** Parses W, H and the threshold from a query string, falling back to the defaults; invalid values are ignored. */
export function parametrosDeBusqueda(sp: Record<string, string | string[] | undefined>): ParametrosRafaga {
  const leer = (k: string, porOmision: number) => {
    const v = sp[k];
    const n = Number(Array.isArray(v) ? v[0] : v);
    return v !== undefined && v !== "" && Number.isFinite(n) ? n : porOmision;
  };
  const p = {
    ventanaMinutos: leer("ventana", PARAMETROS_RAFAGA_POR_OMISION.ventanaMinutos),
    horasCuentaNueva: leer("horas", PARAMETROS_RAFAGA_POR_OMISION.horasCuentaNueva),
    umbral: leer("umbral", PARAMETROS_RAFAGA_POR_OMISION.umbral),
  };
  try {
    validarParametros(p);
    return p;
  } catch {
    return { ...PARAMETROS_RAFAGA_POR_OMISION };
  }
}

/** The bursts among the convocatoria's votes, with each perfil's folio, name and desafío. */
export async function informeRafagas(db: Db, convocatoriaId: string, parametros: ParametrosRafaga = PARAMETROS_RAFAGA_POR_OMISION, clave?: Uint8Array): Promise<InformeRafagas> {
  validarParametros(parametros);
  const votos = await db.voto.findMany({
    where: { convocatoriaId },
    select: { id: true, votanteId: true, postulacionId: true, createdAt: true, ipHash: true, votante: { select: { createdAt: true } } },
  });
  if (votos.length === 0) return { parametros, votosRevisados: 0, rafagas: [] };

  // Verification entries that can matter: from H hours before the first vote on.
  const primero = votos.reduce((m, v) => (v.createdAt < m ? v.createdAt : m), votos[0].createdAt);
  const desde = new Date(primero.getTime() - parametros.horasCuentaNueva * 3_600_000);
  const verificaciones = await db.auditLog.findMany({
    where: { entidad: "User", accion: { in: [...ACCIONES_VERIFICACION] }, createdAt: { gte: desde }, entidadId: { not: null } },
    select: { entidadId: true, createdAt: true },
    orderBy: { id: "asc" },
  });
  // Each account's verification times, oldest first (entries are read in id order).
  const verificadas = new Map<string, Date[]>();
  for (const v of verificaciones) {
    const lista = verificadas.get(v.entidadId!);
    if (lista) lista.push(v.createdAt);
    else verificadas.set(v.entidadId!, [v.createdAt]);
  }

  const seudonimo = seudonimizador(clave ?? claveSeudonimos());
  const entrada: VotoParaRafaga[] = votos.map((v) => {
    // The latest verification at or before the vote: what made the account new for this vote.
    const antes = (verificadas.get(v.votanteId) ?? []).filter((d) => d.getTime() <= v.createdAt.getTime());
    return {
      id: v.id,
      votante: seudonimo(convocatoriaId, v.votanteId),
      postulacionId: v.postulacionId,
      createdAt: v.createdAt,
      ipHash: v.ipHash,
      cuentaCreadaEn: v.votante.createdAt,
      cuentaVerificadaEn: antes.length > 0 ? antes[antes.length - 1] : null,
    };
  });
  const rafagas = detectarRafagas(entrada, parametros);
  const perfiles = await db.postulacion.findMany({
    where: { id: { in: [...new Set(rafagas.map((r) => r.postulacionId))] } },
    select: { id: true, folio: true, nombreProyecto: true, slugPublico: true, desafio: { select: { titulo: true } } },
  });
  const porId = new Map(perfiles.map((p) => [p.id, p]));
  return {
    parametros,
    votosRevisados: votos.length,
    rafagas: rafagas.map((r) => {
      const p = porId.get(r.postulacionId);
      return { ...r, folio: p?.folio ?? null, nombreProyecto: p?.nombreProyecto ?? "(perfil desconocido)", desafio: p?.desafio.titulo ?? "—", slugPublico: p?.slugPublico ?? null };
    }),
  };
}

/** The burst report of the active convocatoria (the staff page's), or null when there is none. */
export async function informeRafagasActiva(parametros: ParametrosRafaga, client: Db = dbPorDefecto): Promise<InformeRafagas | null> {
  const c = await leerConvocatoriaActiva(client, { id: true });
  return c ? informeRafagas(client, c.id, parametros) : null;
}
