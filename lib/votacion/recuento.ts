// The recount (issue 11, item 6): anyone on the staff can check that the published counts are right and
// that no sealed vote was altered, removed or added since it was sealed (ADR 0014). It
// 1. seals whatever is pending (so every vote so far is covered);
// 2. counts the votes from the raw rows and compares them with the published counts (contarVotos, the
//    function the public pages use): they must be equal for every perfil;
// 3. for every sealed batch of the convocatoria, recomputes the Merkle root from its votes and compares it
//    with the root stored in LoteVotos and with the one in its audit entry, whose own hash and MAC (server
//    key) are checked too, so the entry cannot have been rewritten to match a tampered batch.
// It returns the findings and a report in Spanish (resumen). It never changes a vote.
import "server-only";
import { claveAuditoria } from "@/lib/audit/clave";
import { macEntradaValido } from "@/lib/audit/firma";
import { entradaDeFila, hashEntrada } from "@/lib/audit/hash";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { formatearFechaHora, formatearNumero } from "@/lib/domain/formato";
import { raizVotos } from "@/lib/domain/merkle";
import { puntajesPopulares } from "@/lib/domain/puntaje-popular";
import { contarVotos } from "./queries";
import { ACCION_SELLAR_LOTE, hojasDeVotos, sellarPendientes, type DatosSelloLote } from "./sellado";
import { claveSeudonimos, seudonimizador } from "./seudonimo";

export type FilaRecuento = {
  postulacionId: string;
  folio: number | null;
  nombreProyecto: string;
  desafio: string;
  admisible: boolean;
  /** Counted here from the vote rows. */
  crudos: number;
  /** What contarVotos publishes. */
  publicados: number;
  /** Popular score (lib/domain/puntaje-popular.ts) from the raw counts; null for a non-admissible perfil. */
  puntajePopular: number | null;
};

export type ProblemaLote = { lote: number; motivo: string };

export type InformeRecuento = {
  ok: boolean;
  convocatoria: { id: string; anio: number; nombre: string };
  generadoEn: Date;
  /** Batches this recount sealed before checking. */
  selladosAhora: number;
  conteos: { iguales: boolean; totalCrudos: number; totalPublicados: number; filas: FilaRecuento[]; diferencias: FilaRecuento[] };
  lotes: { revisados: number; correctos: number; votosSellados: number; problemas: ProblemaLote[] };
  /** Votes of the convocatoria still unsealed (cast while the recount ran): checked by the next recount. */
  sinSellar: number;
  resumen: string[];
};

type FilaVoto = { id: string; votanteId: string; convocatoriaId: string; postulacionId: string; ambito: string; createdAt: Date; lote: number | null };

/** The audit entries of the batches, by batch id, with their own integrity (hash and MAC) checked. */
async function entradasDeSellado(db: Db, clave: Uint8Array) {
  const filas = await db.auditLog.findMany({ where: { accion: ACCION_SELLAR_LOTE }, orderBy: { id: "asc" } });
  const porLote = new Map<number, { entradaId: number; datos: Partial<DatosSelloLote> | null; integra: boolean; motivo?: string }[]>();
  for (const f of filas) {
    const r = entradaDeFila(f as unknown as Record<string, unknown>);
    let integra = false;
    let datos: Partial<DatosSelloLote> | null = null;
    if (r.ok) {
      integra = hashEntrada(r.entrada.prevHash, r.entrada) === r.entrada.hash && macEntradaValido(clave, r.entrada.hash, r.entrada.mac);
      try {
        const d = JSON.parse(r.entrada.datos) as unknown;
        datos = d && typeof d === "object" ? (d as Partial<DatosSelloLote>) : null;
      } catch {
        datos = null;
      }
    }
    const lote = Number(datos?.lote ?? f.entidadId);
    if (!Number.isSafeInteger(lote)) continue;
    const lista = porLote.get(lote) ?? [];
    lista.push({ entradaId: f.id, datos, integra });
    porLote.set(lote, lista);
  }
  return porLote;
}

/** Recounts the convocatoria's votes and verifies its sealed batches. See the file's header. */
export type OpcionesRecuento = {
  /** Pseudonym key (claveSeudonimos() by default). */
  clave?: Uint8Array;
  /** Audit key (claveAuditoria() by default). */
  claveAuditoria?: Uint8Array;
  /** Where the published counts come from: contarVotos, what the public pages show. */
  publicados?: (db: Db, convocatoriaId: string) => Promise<Map<string, number>>;
};

export async function recontar(db: Db, convocatoriaId: string, opciones: OpcionesRecuento = {}): Promise<InformeRecuento> {
  const convocatoria = await db.convocatoria.findUniqueOrThrow({ where: { id: convocatoriaId }, select: { id: true, anio: true, nombre: true } });
  const selladosAhora = (await sellarPendientes(db, { clave: opciones.clave })).length;
  const generadoEn = new Date();
  const seudonimo = seudonimizador(opciones.clave ?? claveSeudonimos());

  // 2. Counts.
  const [porPerfil, publicados, perfiles] = await Promise.all([
    db.voto.groupBy({ by: ["postulacionId"], where: { convocatoriaId }, _count: { _all: true } }),
    (opciones.publicados ?? contarVotos)(db, convocatoriaId),
    db.postulacion.findMany({
      where: { convocatoriaId, OR: [{ admisible: true }, { votos: { some: {} } }] },
      select: { id: true, folio: true, nombreProyecto: true, admisible: true, desafioId: true, desafio: { select: { titulo: true } } },
    }),
  ]);
  const crudos = new Map(porPerfil.map((g) => [g.postulacionId, g._count._all]));
  const populares = puntajesPopulares(perfiles.filter((p) => p.admisible === true).map((p) => ({ postulacionId: p.id, desafioId: p.desafioId, votos: crudos.get(p.id) ?? 0 })));
  const info = new Map(perfiles.map((p) => [p.id, p]));
  const ids = new Set([...crudos.keys(), ...publicados.keys(), ...perfiles.map((p) => p.id)]);
  const filas: FilaRecuento[] = [...ids].map((id) => {
    const p = info.get(id);
    return {
      postulacionId: id,
      folio: p?.folio ?? null,
      nombreProyecto: p?.nombreProyecto ?? "(perfil desconocido)",
      desafio: p?.desafio.titulo ?? "—",
      admisible: p?.admisible === true,
      crudos: crudos.get(id) ?? 0,
      publicados: publicados.get(id) ?? 0,
      puntajePopular: populares.get(id) ?? null,
    };
  });
  filas.sort((a, b) => a.desafio.localeCompare(b.desafio, "es") || b.crudos - a.crudos || (a.folio ?? Infinity) - (b.folio ?? Infinity));
  const diferencias = filas.filter((f) => f.crudos !== f.publicados);
  const totalCrudos = filas.reduce((s, f) => s + f.crudos, 0);
  const totalPublicados = filas.reduce((s, f) => s + f.publicados, 0);

  // 3. Sealed batches: those the convocatoria's votes point to, and those its audit entries name.
  const votos: FilaVoto[] = await db.voto.findMany({
    where: { convocatoriaId },
    select: { id: true, votanteId: true, convocatoriaId: true, postulacionId: true, ambito: true, createdAt: true, lote: true },
  });
  const entradas = await entradasDeSellado(db, opciones.claveAuditoria ?? claveAuditoria());
  const lotesIds = new Set<number>();
  for (const v of votos) if (v.lote !== null) lotesIds.add(v.lote);
  for (const [lote, lista] of entradas) if (lista.some((e) => e.datos?.convocatoriaId === convocatoriaId)) lotesIds.add(lote);
  const lotes = await db.loteVotos.findMany({ where: { id: { in: [...lotesIds] } } });
  const filaLote = new Map(lotes.map((l) => [l.id, l]));
  // A batch's votes, whatever convocatoria they now claim: a vote moved elsewhere must still be found.
  const enLotes: FilaVoto[] = await db.voto.findMany({
    where: { lote: { in: [...lotesIds] } },
    select: { id: true, votanteId: true, convocatoriaId: true, postulacionId: true, ambito: true, createdAt: true, lote: true },
  });
  const votosPorLote = new Map<number, FilaVoto[]>();
  for (const v of enLotes) {
    const lista = votosPorLote.get(v.lote!);
    if (lista) lista.push(v);
    else votosPorLote.set(v.lote!, [v]);
  }

  const problemas: ProblemaLote[] = [];
  let votosSellados = 0;
  for (const lote of [...lotesIds].sort((a, b) => a - b)) {
    const motivos: string[] = [];
    const fila = filaLote.get(lote);
    const suyos = votosPorLote.get(lote) ?? [];
    votosSellados += suyos.length;
    const raiz = suyos.length > 0 ? raizVotos(hojasDeVotos(suyos, seudonimo)) : null;
    const lista = entradas.get(lote) ?? [];
    if (!fila) motivos.push("los votos o la bitácora nombran este lote, pero su fila en LoteVotos no existe");
    if (lista.length === 0) motivos.push("no tiene su entrada en la bitácora de auditoría");
    if (lista.length > 1) motivos.push(`tiene ${lista.length} entradas en la bitácora (N° ${lista.map((e) => e.entradaId).join(", ")}); debe tener una`);
    for (const e of lista) {
      if (!e.integra) motivos.push(`la entrada N° ${e.entradaId} de la bitácora fue alterada (su hash o su firma no corresponden)`);
      else if (e.datos?.raiz !== raiz) motivos.push(`la raíz recalculada desde sus votos no es la registrada en la bitácora (entrada N° ${e.entradaId})`);
      if (fila && e.integra && (e.datos?.raiz !== fila.raiz || e.datos?.cantidad !== fila.cantidad || e.datos?.desde !== fila.desde.toISOString() || e.datos?.hasta !== fila.hasta.toISOString())) {
        motivos.push(`la fila del lote no coincide con su entrada N° ${e.entradaId} de la bitácora`);
      }
    }
    if (fila) {
      if (suyos.length !== fila.cantidad) motivos.push(`registra ${formatearNumero(fila.cantidad)} votos y hoy tiene ${formatearNumero(suyos.length)}`);
      if (raiz !== fila.raiz) motivos.push("la raíz recalculada desde sus votos no es la guardada en LoteVotos");
    }
    if (motivos.length > 0) problemas.push({ lote, motivo: [...new Set(motivos)].join("; ") });
  }
  const sinSellar = votos.filter((v) => v.lote === null).length;

  const iguales = diferencias.length === 0;
  const ok = iguales && problemas.length === 0;
  const resumen = [
    `Recuento de la votación popular de ${convocatoria.nombre}, ${formatearFechaHora(generadoEn)} (hora de Chile).`,
    iguales
      ? `Conteo desde las filas de votos: ${formatearNumero(totalCrudos)} votos; coincide con los conteos publicados en cada uno de los ${formatearNumero(filas.length)} perfiles.`
      : `Conteo desde las filas de votos: ${formatearNumero(totalCrudos)} votos; los conteos publicados suman ${formatearNumero(totalPublicados)}. ` +
        `Difieren en ${formatearNumero(diferencias.length)} perfil(es): ` +
        diferencias.map((d) => `${d.folio !== null ? `folio ${d.folio}` : d.postulacionId} (filas ${formatearNumero(d.crudos)}, publicado ${formatearNumero(d.publicados)})`).join("; ") +
        ".",
    problemas.length === 0
      ? `Lotes sellados: ${formatearNumero(lotesIds.size)} revisados, todos íntegros (${formatearNumero(votosSellados)} votos): cada raíz recalculada coincide con la de su lote y la de la bitácora.`
      : `Lotes sellados: ${formatearNumero(lotesIds.size)} revisados, ${formatearNumero(problemas.length)} con problemas: ` + problemas.map((p) => `lote ${p.lote}: ${p.motivo}`).join(". ") + ".",
    sinSellar === 0 ? "Todos los votos están sellados." : `${formatearNumero(sinSellar)} voto(s) llegaron durante el recuento y aún no están sellados: los revisará el próximo recuento.`,
    ok ? "Resultado: el recuento es correcto." : "Resultado: el recuento encontró diferencias; revise los detalles.",
  ];
  return {
    ok,
    convocatoria,
    generadoEn,
    selladosAhora,
    conteos: { iguales, totalCrudos, totalPublicados, filas, diferencias },
    lotes: { revisados: lotesIds.size, correctos: lotesIds.size - problemas.length, votosSellados, problemas },
    sinSellar,
    resumen,
  };
}

/** The recount of the active convocatoria (the staff page's), or null when there is none. */
export async function recontarActiva(client: Db = dbPorDefecto): Promise<InformeRecuento | null> {
  const c = await leerConvocatoriaActiva(client, { id: true });
  return c ? recontar(client, c.id) : null;
}
