// Rows for the vote-integrity tests (sealing, recount, bursts, exports), on the test file's own database:
// verified voters with a recognisable RUT, e-mail and name (so a test can prove none leaks into an export),
// admissible perfiles, and votes written directly when a test needs many of them. The vote action has its
// own tests (tests/integration/votos*.test.ts); one test here also votes through it.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { db } from "./escenario";
import { perfilAdmisible } from "./evaluacion";
import { rutValido } from "./rut";

let correlativo = 0;
let rut = 21_000_000 + Math.floor(Math.random() * 1_000_000);

export type Votante = { id: string; email: string; nombre: string; rut: string };

/** `n` verified afiliados (AFILIADO, rutVerificado) created `creadaEn` (now by default). */
export async function votantes(n: number, { creadaEn }: { creadaEn?: Date } = {}): Promise<Votante[]> {
  const filas = Array.from({ length: n }, () => {
    correlativo += 1;
    rut += 1;
    return {
      id: `votante${correlativo}x${randomBytes(4).toString("hex")}`,
      email: `votante.secreto${correlativo}.${randomBytes(3).toString("hex")}@correo-privado.cl`,
      nombre: `Votante Apellidosecreto ${correlativo}`,
      rut: rutValido(rut),
      rutVerificado: true,
      ...(creadaEn ? { createdAt: creadaEn } : {}),
    };
  });
  await db.user.createMany({ data: filas });
  await db.userRol.createMany({ data: filas.map((f) => ({ userId: f.id, rol: "AFILIADO" as const })) });
  return filas.map(({ id, email, nombre, rut }) => ({ id, email, nombre, rut }));
}

/** Admissible perfiles, one per desafío given (with a known monto). */
export async function perfiles(convocatoriaId: string, desafioIds: string[]) {
  const creados = [];
  for (const d of desafioIds) {
    const p = await perfilAdmisible(convocatoriaId, d);
    await db.postulacion.update({ where: { id: p.id }, data: { montoSolicitado: 25_000_000 } });
    creados.push({ ...p, desafioId: d });
  }
  return creados;
}

let n = 0;
/** A vote id like the action's (lowercase letters and digits). */
export const idVoto = () => `v${(++n).toString(36).padStart(4, "0")}${randomBytes(8).toString("hex")}`;

export type VotoDirecto = { votanteId: string; postulacionId: string; ambito: string; createdAt?: Date; ipHash?: string | null };

/** Votes written directly (createMany), as the action would store them; returns their ids. */
export async function votosDirectos(convocatoriaId: string, votos: VotoDirecto[], client: Db = db): Promise<string[]> {
  const filas = votos.map((v) => ({ id: idVoto(), convocatoriaId, votanteId: v.votanteId, postulacionId: v.postulacionId, ambito: v.ambito, createdAt: v.createdAt ?? new Date(), ipHash: v.ipHash ?? null }));
  await client.voto.createMany({ data: filas });
  return filas.map((f) => f.id);
}
