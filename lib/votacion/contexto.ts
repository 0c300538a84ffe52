// What the vote action (lib/votacion/actions/emitir.ts) must know before it inserts, read in ONE statement
// inside its transaction: the convocatoria's rules, whether they are frozen (a vote of it is committed:
// lib/votacion/bloqueo.ts says why one snapshot of both lets the vote skip the lock), whether the voter's
// RUT is verified, and the perfil if it may receive votes (PERFIL_VOTABLE, the same filter as the public
// pages). One statement instead of four: each one is a round trip and, on the app side, a Prisma query
// to plan and decode, paid by every vote.
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { PERFIL_VOTABLE } from "./queries";
import type { ReglasVotacion } from "./reglas";

export type PerfilVotado = { id: string; desafioId: string; nombreProyecto: string };

export type ContextoVoto = {
  reglas: ReglasVotacion;
  /** A vote of this convocatoria is committed: the rules can no longer change. */
  congeladas: boolean;
  /** The voter's RUT is verified now (read in the transaction: the session's copy could be a request old). */
  rutVerificado: boolean;
  /** The perfil voted for, if it belongs to the convocatoria and may receive votes; null otherwise. */
  perfil: PerfilVotado | null;
};

type Fila = {
  votacionInicio: Date | string | null;
  votacionFin: Date | string | null;
  votoAmbito: string;
  votosPorDesafio: number | bigint;
  votosPorConvocatoria: number | bigint;
  ocultarConteos: boolean | number | bigint;
  congeladas: boolean | number | bigint;
  rutVerificado: boolean | number | bigint | null;
  perfilId: string | null;
  desafioId: string | null;
  nombreProyecto: string | null;
};

// A raw row carries each provider's own types: SQLite gives 0/1 for booleans and may give dates as text.
const verdadero = (x: boolean | number | bigint | null) => x === true || Number(x) === 1;
const fecha = (x: Date | string | null) => (x === null ? null : x instanceof Date ? x : new Date(x));

export async function leerContextoVoto(tx: Tx, q: { convocatoriaId: string; votanteId: string; postulacionId: string }): Promise<ContextoVoto> {
  const filas = await tx.$queryRaw<Fila[]>`
    SELECT c."votacionInicio", c."votacionFin", c."votoAmbito", c."votosPorDesafio", c."votosPorConvocatoria", c."ocultarConteos",
      EXISTS (SELECT 1 FROM "Voto" v WHERE v."convocatoriaId" = c."id") AS "congeladas",
      (SELECT u."rutVerificado" FROM "User" u WHERE u."id" = ${q.votanteId}) AS "rutVerificado",
      p."id" AS "perfilId", p."desafioId", p."nombreProyecto"
    FROM "Convocatoria" c
    LEFT JOIN "Postulacion" p ON p."id" = ${q.postulacionId} AND p."convocatoriaId" = c."id"
      AND p."admisible" = ${PERFIL_VOTABLE.admisible} AND p."estado" NOT IN (${Prisma.join(PERFIL_VOTABLE.estado.notIn)})
    WHERE c."id" = ${q.convocatoriaId}`;
  if (filas.length !== 1) throw new Error(`[voto] la convocatoria ${q.convocatoriaId} no está (leída en la misma transacción)`);
  const f = filas[0];
  return {
    reglas: {
      votacionInicio: fecha(f.votacionInicio),
      votacionFin: fecha(f.votacionFin),
      votoAmbito: f.votoAmbito,
      votosPorDesafio: Number(f.votosPorDesafio),
      votosPorConvocatoria: Number(f.votosPorConvocatoria),
      ocultarConteos: verdadero(f.ocultarConteos),
    },
    congeladas: verdadero(f.congeladas),
    rutVerificado: verdadero(f.rutVerificado),
    perfil: f.perfilId === null ? null : { id: f.perfilId, desafioId: f.desafioId!, nombreProyecto: f.nombreProyecto! },
  };
}
