// The recount (lib/votacion/recuento.ts) on SQLite and PostgreSQL: equal to the published counts and every
// batch intact; then rows altered directly in the database (a vote's perfil, time or existence, a fake vote
// in a batch, the batch row, the audit entry) are each reported, and putting them back clears the report.
import { beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/log";
import { isPostgres } from "@/lib/db/client";
import { contarVotos } from "@/lib/votacion/queries";
import { recontar } from "@/lib/votacion/recuento";
import { ACCION_SELLAR_LOTE, sellarPendientes } from "@/lib/votacion/sellado";
import { db, prepararDemo, type Escenario } from "../support/escenario";
import { idVoto, perfiles, votantes, votosDirectos } from "../support/votos-integridad";

let e: Escenario;
let A: { id: string; desafioId: string; folio: number | null };
let B: { id: string; desafioId: string; folio: number | null };
let C: { id: string; desafioId: string; folio: number | null };
let lote: number;
let votoDeA: string;

beforeAll(async () => {
  e = await prepararDemo();
  [A, B, C] = await perfiles(e.convocatoriaId, [e.desafios[0].id, e.desafios[0].id, e.desafios[1].id]);
  const gente = await votantes(6);
  const t = Date.now() - 120_000;
  // A: 3 votes, B: 1, C: 2 (desafío 0 holds A and B; each voter votes once per desafío).
  const ids = await votosDirectos(e.convocatoriaId, [
    { votanteId: gente[0].id, postulacionId: A.id, ambito: A.desafioId, createdAt: new Date(t) },
    { votanteId: gente[1].id, postulacionId: A.id, ambito: A.desafioId, createdAt: new Date(t + 1000) },
    { votanteId: gente[2].id, postulacionId: A.id, ambito: A.desafioId, createdAt: new Date(t + 2000) },
    { votanteId: gente[3].id, postulacionId: B.id, ambito: B.desafioId, createdAt: new Date(t + 3000) },
    { votanteId: gente[0].id, postulacionId: C.id, ambito: C.desafioId, createdAt: new Date(t + 4000) },
  ]);
  votoDeA = ids[1];
  lote = (await sellarPendientes(db))[0].lote;
  // One more, left unsealed: the recount seals it first.
  await votosDirectos(e.convocatoriaId, [{ votanteId: gente[4].id, postulacionId: C.id, ambito: C.desafioId, createdAt: new Date(t + 5000) }]);
});

/**
 * Runs `fn` as an intruder with the table owner's rights: on PostgreSQL the audit log's append-only trigger
 * refuses UPDATE, so the intruder disables it first (as in tests/integration/auditoria.test.ts).
 */
async function comoIntruso<T>(fn: () => Promise<T>): Promise<T> {
  if (isPostgres()) await db.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER USER`);
  try {
    return await fn();
  } finally {
    if (isPostgres()) await db.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER USER`);
  }
}

const fila = (r: Awaited<ReturnType<typeof recontar>>, id: string) => r.conteos.filas.find((f) => f.postulacionId === id)!;

describe("recontar", () => {
  it("sin alteraciones: los conteos desde las filas igualan a los publicados y cada lote es íntegro", async () => {
    const r = await recontar(db, e.convocatoriaId);
    expect(r.selladosAhora).toBeGreaterThanOrEqual(1); // the pending vote was sealed before checking
    expect(r.sinSellar).toBe(0);
    expect(r.ok).toBe(true);
    expect(r.conteos.iguales).toBe(true);
    expect(r.conteos.diferencias).toEqual([]);
    expect([fila(r, A.id).crudos, fila(r, B.id).crudos, fila(r, C.id).crudos]).toEqual([3, 1, 2]);
    const publicados = await contarVotos(db, e.convocatoriaId);
    for (const p of [A, B, C]) expect(fila(r, p.id).publicados).toBe(publicados.get(p.id));
    // Popular score within each desafío: A 7 (max 3), B 1 + 6·1/3 = 3, C 7.
    expect(fila(r, A.id).puntajePopular).toBe(7);
    expect(fila(r, B.id).puntajePopular).toBe(3);
    expect(fila(r, C.id).puntajePopular).toBe(7);
    expect(r.lotes.problemas).toEqual([]);
    expect(r.lotes.revisados).toBeGreaterThanOrEqual(2);
    expect(r.lotes.votosSellados).toBe(await db.voto.count({ where: { convocatoriaId: e.convocatoriaId } }));
    expect(r.resumen.join("\n")).toMatch(/coincide con los conteos publicados/);
    expect(r.resumen.join("\n")).toMatch(/todos íntegros/);
    expect(r.resumen.at(-1)).toBe("Resultado: el recuento es correcto.");
  });

  it("un conteo publicado distinto de las filas se informa, perfil por perfil", async () => {
    // Published counts that missed one of A's votes (e.g. a stale counter).
    const r = await recontar(db, e.convocatoriaId, {
      publicados: async (c, id) => {
        const m = await contarVotos(c, id);
        m.set(A.id, m.get(A.id)! - 1);
        return m;
      },
    });
    expect(r.ok).toBe(false);
    expect(r.conteos.iguales).toBe(false);
    expect(r.conteos.diferencias.map((d) => [d.postulacionId, d.crudos, d.publicados])).toEqual([[A.id, 3, 2]]);
    expect(r.resumen[1]).toContain(`folio ${A.folio} (filas 3, publicado 2)`);
    expect(r.lotes.problemas).toEqual([]);
  });

  it("cambiar el perfil de un voto sellado, directamente en la base: el recuento lo señala; al revertirlo, vuelve a estar correcto", async () => {
    await db.$executeRaw`UPDATE "Voto" SET "postulacionId" = ${B.id} WHERE "id" = ${votoDeA}`;
    const r = await recontar(db, e.convocatoriaId);
    expect(r.ok).toBe(false);
    // The counts still agree (both read the same altered rows): the seal is what catches it.
    expect(r.conteos.iguales).toBe(true);
    expect(fila(r, A.id).crudos).toBe(2);
    expect(r.lotes.problemas).toHaveLength(1);
    expect(r.lotes.problemas[0].lote).toBe(lote);
    expect(r.lotes.problemas[0].motivo).toMatch(/la raíz recalculada desde sus votos no es la registrada en la bitácora/);
    expect(r.resumen.join("\n")).toMatch(new RegExp(`lote ${lote}: `));
    expect(r.resumen.at(-1)).toMatch(/encontró diferencias/);

    await db.voto.update({ where: { id: votoDeA }, data: { postulacionId: A.id } });
    expect((await recontar(db, e.convocatoriaId)).ok).toBe(true);
  });

  it("correr la hora de un voto en un milisegundo también se detecta", async () => {
    const v = await db.voto.findUniqueOrThrow({ where: { id: votoDeA } });
    await db.voto.update({ where: { id: votoDeA }, data: { createdAt: new Date(v.createdAt.getTime() + 1) } });
    const r = await recontar(db, e.convocatoriaId);
    expect(r.lotes.problemas.map((p) => p.lote)).toEqual([lote]);
    await db.voto.update({ where: { id: votoDeA }, data: { createdAt: v.createdAt } });
    expect((await recontar(db, e.convocatoriaId)).ok).toBe(true);
  });

  it("borrar un voto sellado: el lote registra más votos de los que tiene", async () => {
    const v = await db.voto.findUniqueOrThrow({ where: { id: votoDeA } });
    await db.voto.delete({ where: { id: votoDeA } });
    const r = await recontar(db, e.convocatoriaId);
    expect(r.ok).toBe(false);
    expect(r.lotes.problemas[0].motivo).toMatch(/registra 5 votos y hoy tiene 4/);
    await db.voto.create({ data: v });
    expect((await recontar(db, e.convocatoriaId)).ok).toBe(true);
  });

  it("un voto falso agregado a un lote sellado se detecta", async () => {
    const [intruso] = await votantes(1);
    const id = idVoto();
    await db.voto.create({ data: { id, convocatoriaId: e.convocatoriaId, votanteId: intruso.id, postulacionId: B.id, ambito: B.desafioId, createdAt: new Date(Date.now() - 100_000), lote } });
    const r = await recontar(db, e.convocatoriaId);
    expect(r.lotes.problemas.map((p) => p.lote)).toEqual([lote]);
    expect(r.lotes.problemas[0].motivo).toMatch(/registra 5 votos y hoy tiene 6/);
    await db.voto.delete({ where: { id } });
    expect((await recontar(db, e.convocatoriaId)).ok).toBe(true);
  });

  it("reescribir la raíz de LoteVotos para calzar con un voto alterado no basta: la bitácora guarda la original", async () => {
    await db.voto.update({ where: { id: votoDeA }, data: { postulacionId: B.id } });
    const alterada = (await recontar(db, e.convocatoriaId)).lotes.problemas[0];
    expect(alterada.lote).toBe(lote);
    const original = await db.loteVotos.findUniqueOrThrow({ where: { id: lote } });
    // The attacker recomputes the root of the altered batch and writes it into LoteVotos.
    const { raizVotos, ordenarHojasVoto } = await import("@/lib/domain/merkle");
    const { seudonimoVotante } = await import("@/lib/votacion/seudonimo");
    const filas = await db.voto.findMany({ where: { lote } });
    const nueva = raizVotos(ordenarHojasVoto(filas.map((f) => ({ id: f.id, votante: seudonimoVotante(f.convocatoriaId, f.votanteId), postulacionId: f.postulacionId, ambito: f.ambito, createdAt: f.createdAt }))));
    await db.loteVotos.update({ where: { id: lote }, data: { raiz: nueva } });
    const r = await recontar(db, e.convocatoriaId);
    expect(r.ok).toBe(false);
    expect(r.lotes.problemas[0].motivo).toMatch(/no es la registrada en la bitácora/);
    expect(r.lotes.problemas[0].motivo).toMatch(/la fila del lote no coincide con su entrada/);

    // …and rewriting the audit entry's datos as well breaks its hash and MAC.
    const entrada = (await db.auditLog.findFirst({ where: { accion: ACCION_SELLAR_LOTE, entidadId: String(lote) } }))!;
    const datos = JSON.parse(entrada.datos);
    await comoIntruso(() => db.$executeRaw`UPDATE "AuditLog" SET "datos" = ${JSON.stringify({ ...datos, raiz: nueva })} WHERE "id" = ${entrada.id}`);
    const r2 = await recontar(db, e.convocatoriaId);
    expect(r2.ok).toBe(false);
    expect(r2.lotes.problemas[0].motivo).toMatch(new RegExp(`la entrada N° ${entrada.id} de la bitácora fue alterada`));
    expect((await verifyAuditChain(db, { escribirPuntoDeControl: false })).ok).toBe(false);

    // Everything put back: correct again, and the chain verifies.
    await comoIntruso(() => db.$executeRaw`UPDATE "AuditLog" SET "datos" = ${entrada.datos} WHERE "id" = ${entrada.id}`);
    await db.loteVotos.update({ where: { id: lote }, data: { raiz: original.raiz } });
    await db.voto.update({ where: { id: votoDeA }, data: { postulacionId: A.id } });
    expect((await recontar(db, e.convocatoriaId)).ok).toBe(true);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("un voto que apunta a un lote inexistente, o un lote sin su entrada en la bitácora, se informan", async () => {
    await db.voto.update({ where: { id: votoDeA }, data: { lote: 999_999 } });
    const r = await recontar(db, e.convocatoriaId);
    const motivos = Object.fromEntries(r.lotes.problemas.map((p) => [p.lote, p.motivo]));
    expect(motivos[999_999]).toMatch(/su fila en LoteVotos no existe/);
    expect(motivos[999_999]).toMatch(/no tiene su entrada en la bitácora/);
    expect(motivos[lote]).toMatch(/registra 5 votos y hoy tiene 4/);
    await db.voto.update({ where: { id: votoDeA }, data: { lote } });
    expect((await recontar(db, e.convocatoriaId)).ok).toBe(true);
  });
});

describe("la sección de la página", () => {
  it("dice si el recuento es correcto y, si no, qué lote falla y qué perfil difiere", async () => {
    const { createElement } = await import("react");
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { Recuento } = await import("@/components/votacion/integridad/recuento");
    const bien = renderToStaticMarkup(createElement(Recuento, { informe: await recontar(db, e.convocatoriaId) }));
    expect(bien).toContain("El recuento es correcto");
    expect(bien).not.toContain("(difiere)");
    expect(bien).toContain("7,0"); // A's popular score

    await db.voto.update({ where: { id: votoDeA }, data: { postulacionId: B.id } });
    try {
      const informe = await recontar(db, e.convocatoriaId, {
        publicados: async (c, id) => {
          const m = await contarVotos(c, id);
          m.set(C.id, 0);
          return m;
        },
      });
      const mal = renderToStaticMarkup(createElement(Recuento, { informe }));
      expect(mal).toContain("El recuento encontró diferencias");
      expect(mal).toContain(`Lote ${lote}:`);
      expect(mal).toContain("(difiere)");
    } finally {
      await db.voto.update({ where: { id: votoDeA }, data: { postulacionId: A.id } });
    }
  });
});
