// Anonymised exports of the popular vote (issue 11, item 6) for FOSIS staff: CSV (Excel es-CL), JSON (with
// the sealed batches, so anyone holding it can recompute every Merkle root, ADR 0014) and Pabulib `.pb`
// (lib/domain/pabulib.ts). A voter appears only as a pseudonym (./seudonimo.ts): never the RUT, e-mail,
// name or account id; the IP hash is not exported either.
import "server-only";
import { alcances } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import { aFechaInput, formatearFechaHora } from "@/lib/domain/formato";
import { textoHojaVoto } from "@/lib/domain/merkle";
import { documentoPabulib, fechaPb } from "@/lib/domain/pabulib";
import { documentoCsv } from "@/lib/seguimiento/csv";
import { claveSeudonimos, seudonimizador } from "./seudonimo";

export const FORMATOS_EXPORTE = ["csv", "json", "pb"] as const;
export type FormatoExporte = (typeof FORMATOS_EXPORTE)[number];

export type VotoAnonimo = {
  id: string;
  votante: string;
  postulacionId: string;
  folio: number | null;
  desafio: string;
  ambito: string;
  /** ISO 8601 UTC, milliseconds: the text that enters the Merkle leaf. */
  createdAt: string;
  lote: number | null;
};

export type LoteExportado = { lote: number; desde: string; hasta: string; cantidad: number; raiz: string };

type ConvocatoriaExporte = {
  id: string;
  anio: number;
  nombre: string;
  presupuestoTotal: number;
  votacionInicio: Date | null;
  votacionFin: Date | null;
  votoAmbito: string;
  votosPorDesafio: number;
  votosPorConvocatoria: number;
  pesoVotacion: number;
};

const SELECT_CONVOCATORIA = {
  id: true,
  anio: true,
  nombre: true,
  presupuestoTotal: true,
  votacionInicio: true,
  votacionFin: true,
  votoAmbito: true,
  votosPorDesafio: true,
  votosPorConvocatoria: true,
  pesoVotacion: true,
} as const;

/** The convocatoria of year `anio`, or the active one when no year is given. */
export async function convocatoriaDelExporte(client: Db, anio?: number | null): Promise<ConvocatoriaExporte | null> {
  if (anio) return client.convocatoria.findUnique({ where: { anio }, select: SELECT_CONVOCATORIA });
  return leerConvocatoriaActiva(client, SELECT_CONVOCATORIA);
}

/** The convocatoria's votes, anonymised, in (createdAt, id) order, and its sealed batches. */
export async function votosAnonimizados(client: Db, convocatoriaId: string, clave?: Uint8Array): Promise<{ votos: VotoAnonimo[]; lotes: LoteExportado[] }> {
  const seudonimo = seudonimizador(clave ?? claveSeudonimos());
  const filas = await client.voto.findMany({
    where: { convocatoriaId },
    select: {
      id: true,
      votanteId: true,
      postulacionId: true,
      ambito: true,
      createdAt: true,
      lote: true,
      postulacion: { select: { folio: true, desafio: { select: { slug: true } } } },
    },
  });
  const votos = filas
    .map((f) => ({
      id: f.id,
      votante: seudonimo(convocatoriaId, f.votanteId),
      postulacionId: f.postulacionId,
      folio: f.postulacion.folio,
      desafio: f.postulacion.desafio.slug,
      ambito: f.ambito,
      createdAt: f.createdAt.toISOString(),
      lote: f.lote,
    }))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = [...new Set(votos.map((v) => v.lote).filter((l): l is number => l !== null))];
  const lotes = (await client.loteVotos.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } })).map((l) => ({
    lote: l.id,
    desde: l.desde.toISOString(),
    hasta: l.hasta.toISOString(),
    cantidad: l.cantidad,
    raiz: l.raiz,
  }));
  return { votos, lotes };
}

export const ENCABEZADOS_CSV_VOTOS = [
  "Voto",
  "Votante (seudónimo)",
  "Postulación",
  "Folio",
  "Desafío",
  "Ámbito",
  "Emitido (ISO 8601, UTC)",
  "Emitido (hora de Chile)",
  "Lote sellado",
] as const;

export function csvVotos(votos: readonly VotoAnonimo[]): string {
  return documentoCsv(
    [...ENCABEZADOS_CSV_VOTOS],
    votos.map((v) => [v.id, v.votante, v.postulacionId, v.folio, v.desafio, v.ambito, v.createdAt, formatearFechaHora(new Date(v.createdAt)), v.lote]),
  );
}

export function jsonVotos(c: Pick<ConvocatoriaExporte, "anio" | "nombre">, datos: { votos: VotoAnonimo[]; lotes: LoteExportado[] }, generadoEn = new Date()): string {
  const ejemplo = datos.votos[0];
  return JSON.stringify(
    {
      convocatoria: { anio: c.anio, nombre: c.nombre },
      generadoEn: generadoEn.toISOString(),
      descripcion:
        "Votos de la votación popular, anonimizados: cada votante aparece con un identificador seudónimo, estable dentro de la convocatoria. " +
        "Para verificar un lote: tome sus votos, ordénelos por createdAt y luego por id, escriba cada uno como el JSON canónico (claves en orden) " +
        "de {ambito, createdAt, id, postulacionId, votante}, y calcule la raíz Merkle SHA-256 de RFC 6962 (hoja: SHA-256(0x00 ‖ texto); nodo: " +
        "SHA-256(0x01 ‖ izquierdo ‖ derecho); un nodo impar sube sin duplicarse). Debe ser igual a la raíz del lote, que también está en la bitácora de auditoría.",
      hojaDeEjemplo: ejemplo ? textoHojaVoto({ ...ejemplo, createdAt: new Date(ejemplo.createdAt) }) : null,
      lotes: datos.lotes,
      votos: datos.votos,
    },
    null,
    2,
  );
}

/** The Pabulib file of the convocatoria: projects = admissible perfiles (and any perfil with votes), approval votes per pseudonymous voter. */
export async function pabulibVotos(client: Db, c: ConvocatoriaExporte, votos: readonly VotoAnonimo[]): Promise<string> {
  const perfiles = await client.postulacion.findMany({
    where: { convocatoriaId: c.id, OR: [{ admisible: true }, { votos: { some: {} } }] },
    select: { id: true, folio: true, nombreProyecto: true, montoSolicitado: true, desafio: { select: { slug: true } } },
  });
  perfiles.sort((a, b) => (a.folio ?? Number.MAX_SAFE_INTEGER) - (b.folio ?? Number.MAX_SAFE_INTEGER) || (a.id < b.id ? -1 : 1));
  const idProyecto = new Map(perfiles.map((p) => [p.id, p.folio !== null ? String(p.folio) : p.id]));
  const porVotante = new Map<string, string[]>();
  for (const v of votos) {
    const p = idProyecto.get(v.postulacionId);
    if (!p) continue;
    const lista = porVotante.get(v.votante);
    if (lista) lista.push(p);
    else porVotante.set(v.votante, [p]);
  }
  const desafios = new Set(perfiles.map((p) => p.desafio.slug)).size;
  const maxLargo = c.votoAmbito === "convocatoria" ? c.votosPorConvocatoria : c.votosPorDesafio * Math.max(desafios, 1);
  const fecha = (d: Date | null) => {
    if (!d) return String(c.anio);
    const [a, m, dia] = aFechaInput(d).split("-").map(Number);
    return fechaPb(a, m, dia);
  };
  const reglaVoto = c.votoAmbito === "convocatoria" ? `hasta ${c.votosPorConvocatoria} votos en toda la convocatoria` : `hasta ${c.votosPorDesafio} voto(s) por desafío`;
  return documentoPabulib({
    descripcion: `Votación popular ${c.nombre}`,
    pais: "Chile",
    unidad: "Fondo IDEA (FOSIS)",
    instancia: String(c.anio),
    presupuesto: c.presupuestoTotal,
    regla: "unknown",
    fechaInicio: fecha(c.votacionInicio),
    fechaFin: fecha(c.votacionFin),
    metaAdicional: [
      ["min_length", 1],
      ["max_length", maxLargo],
      ["language", "es"],
      ["currency", "CLP"],
      [
        "comment",
        `#1: Votación popular de afiliados verificados (${reglaVoto}); pesa ${c.pesoVotacion} % en el puntaje consolidado y no asigna presupuesto por sí sola. ` +
          "Proyectos: perfiles admisibles (project_id = folio, cost = monto solicitado en pesos, category = desafío). Votantes con identificador seudónimo.",
      ],
    ],
    proyectos: perfiles.map((p) => ({ id: idProyecto.get(p.id)!, costo: p.montoSolicitado ?? 0, nombre: p.nombreProyecto, categoria: p.desafio.slug })),
    votantes: [...porVotante].map(([id, proyectos]) => ({ id, proyectos: [...new Set(proyectos)] })),
  });
}

const noEncontrado = () => new Response("No encontrado.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** May these roles download the vote exports? FOSIS staff over every row (VISTAS.exporteVotos). */
export function puedeExportarVotos(user: SessionUser | null): boolean {
  return !!user && alcances("exporteVotos", user.roles).includes("todos");
}

/**
 * The export route's answer (app/api/exportes/votos/route.ts): ?formato=csv (default), json or pb, and
 * optionally ?anio=2019 (the active convocatoria otherwise). A 404 for anyone not allowed, signed in or not,
 * so the export's existence is not revealed; a 400 for an unknown format.
 */
export async function respuestaExporteVotos(user: SessionUser | null, url: URL, client: Db = dbPorDefecto): Promise<Response> {
  if (!puedeExportarVotos(user)) return noEncontrado();
  const formato = (url.searchParams.get("formato") ?? "csv") as FormatoExporte;
  if (!FORMATOS_EXPORTE.includes(formato)) {
    return new Response("Formato desconocido: use csv, json o pb.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const anioTexto = url.searchParams.get("anio");
  const anio = anioTexto && /^\d{4}$/.test(anioTexto) ? Number(anioTexto) : null;
  if (anioTexto && anio === null) return noEncontrado();
  const c = await convocatoriaDelExporte(client, anio);
  if (!c) return noEncontrado();
  const datos = await votosAnonimizados(client, c.id);
  const cuerpo = formato === "csv" ? csvVotos(datos.votos) : formato === "json" ? jsonVotos(c, datos) : await pabulibVotos(client, c, datos.votos);
  const tipo = formato === "csv" ? "text/csv" : formato === "json" ? "application/json" : "text/plain";
  return new Response(cuerpo, {
    headers: {
      "Content-Type": `${tipo}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="votos-${c.anio}.${formato}"`,
      // Pseudonymous, but per-voter records: never kept by a shared cache.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
