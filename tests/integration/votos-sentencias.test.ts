// How many SQL statements one vote costs, counted at the driver adapter (tests/support/contador-sentencias.ts),
// on SQLite and PostgreSQL: the request's whole database work as POST /api/votos does it — the session
// from its cookie (lib/auth/token-sesion.ts, then lib/auth/usuario-sesion.ts: what lib/auth/session.ts
// getSessionUser runs) and the pipeline with the vote action (what lib/actions/next.ts ejecutarDesdeRuta
// runs). Every statement is a round trip and a Prisma query on the app's one busy thread: the benchmark
// (bench/votos.mjs) lost half its rate to them. A change that adds one fails here; if it is worth it,
// change the number and say why.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { tokenDeCookies } from "@/lib/auth/token-sesion";
import { usuarioDeSesion } from "@/lib/auth/usuario-sesion";
import { createDb, databaseUrl, isPostgres, type Db } from "@/lib/db/client";
import { emitirVoto } from "@/lib/votacion/actions/emitir";
import { MENSAJES_VOTO } from "@/lib/votacion/reglas";
import { comoError, comoExito } from "../support/resultado";
import { contadorDeSentencias } from "../support/contador-sentencias";
import { db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { fijarReglas, perfilVotable, votanteVerificado } from "../fixtures/preparar-votacion";

const SECRETO = "secreto-de-las-sesiones-de-prueba-0123456789";
const COOKIE = "authjs.session-token";
const ENTORNO = { AUTH_SECRET: SECRETO };

let e: Escenario;
const { sentencias, envolver } = contadorDeSentencias();
let contado: Db;

beforeAll(async () => {
  e = await prepararDemo();
  contado = createDb(databaseUrl(), { envolver });
});
beforeEach(async () => {
  await fijarEtapa("SELECCION_CONTRATACION");
  // No vote in the convocatoria: its rules are not frozen yet.
  await fijarReglas(db, e.convocatoriaId);
});
afterAll(async () => {
  await contado?.$disconnect();
});

/** A session cookie as next-auth writes it after our jwt callback (lib/auth/auth.ts). */
async function cookieDe(userId: string): Promise<string> {
  const token = { sub: userId, uid: userId, sv: 0, sid: randomUUID(), via: "credenciales" };
  return `${COOKIE}=${await encode({ token, secret: SECRETO, salt: COOKIE, maxAge: 60 * 60 })}`;
}

/** One POST /api/votos's database work, counted: the statements it sent, in order. */
async function votarContando(cookie: string, postulacionId: string) {
  const headers = new Headers({ cookie, "x-forwarded-proto": "http" });
  sentencias.reiniciar();
  const user = await usuarioDeSesion(contado, await tokenDeCookies(headers, null, ENTORNO));
  const r = await executeAction(emitirVoto, { postulacionId }, { user, ip: "10.66.0.1", db: contado });
  return { r, lista: [...sentencias.lista] };
}

const enTransaccion = (lista: string[]) => lista.slice(lista.indexOf("BEGIN"));
const bloqueos = (lista: string[]) => lista.filter((s) => s.includes("pg_advisory_xact_lock")).length;

describe("sentencias SQL de un voto", () => {
  it("un voto aceptado: 8 sentencias con las reglas congeladas (sesión 1, etapa 1, límites 1, transacción 5); el primero, en PostgreSQL, 10 (bloqueo y relectura)", async () => {
    const [p0, p1] = [await perfilVotable(db, e, e.desafios[0].id), await perfilVotable(db, e, e.desafios[1].id)];
    const [v0, v1] = [await votanteVerificado(db), await votanteVerificado(db)];

    // The convocatoria's first vote: on PostgreSQL, the shared lock against a concurrent rules change, then the rules again.
    const primero = await votarContando(await cookieDe(v0.id), p0.id);
    comoExito(primero.r);
    expect(bloqueos(primero.lista)).toBe(isPostgres() ? 1 : 0);
    expect(primero.lista, primero.lista.join("\n")).toHaveLength(isPostgres() ? 10 : 8);

    // The rules are frozen now (a vote is committed): no lock, on both databases.
    const segundo = await votarContando(await cookieDe(v1.id), p1.id);
    comoExito(segundo.r);
    const lista = segundo.lista;
    expect(lista, lista.join("\n")).toHaveLength(8);
    expect(bloqueos(lista)).toBe(0);
    // Before the transaction: the session (user, roles and revocation at once), the etapa, both attempt counts at once.
    expect(lista.indexOf("BEGIN")).toBe(3);
    expect(lista[0]).toMatch(/FROM "User" u LEFT JOIN "UserRol"/);
    expect(lista[0]).toMatch(/"SesionRevocada"/);
    expect(lista.filter((s) => s.includes("LimiteIntentos"))).toHaveLength(1);
    expect(lista[2]).toMatch(/^INSERT INTO "LimiteIntentos" .* VALUES \(\S+, 1, \S+\),\s?\(\S+, 1, \S+\) ON CONFLICT/);
    // The transaction: its convocatoria and etapa, what the vote needs to know (one read), the INSERT, COMMIT.
    expect(enTransaccion(lista)).toHaveLength(5);
    expect(enTransaccion(lista).at(-2)).toMatch(/^INSERT INTO "Voto"/);
    expect(enTransaccion(lista).at(-1)).toBe("COMMIT");
    expect(await db.voto.count({ where: { votanteId: { in: [v0.id, v1.id] } } })).toBe(2);
  });

  it("un segundo voto en el mismo desafío: rechazado con 9 sentencias (el INSERT no toma el cupo, se leen los cupos usados, ROLLBACK)", async () => {
    const [p, otro] = [await perfilVotable(db, e, e.desafios[2].id), await perfilVotable(db, e, e.desafios[2].id)];
    const v = await votanteVerificado(db);
    const cookie = await cookieDe(v.id);
    comoExito((await votarContando(cookie, p.id)).r);
    const { r, lista } = await votarContando(cookie, otro.id);
    expect(comoError(r).error).toBe("Ya votó en este desafío.");
    expect(lista, lista.join("\n")).toHaveLength(9);
    expect(lista.at(-1)).toBe("ROLLBACK");
    expect(await db.voto.count({ where: { votanteId: v.id } })).toBe(1);
  });

  it("sin sesión válida (cookie ajena o ausente): ninguna sentencia de la acción, a lo sumo la lectura de la sesión", async () => {
    const p = await perfilVotable(db, e, e.desafios[0].id);
    const ajena = `${COOKIE}=${await encode({ token: { uid: "x", sid: "y" }, secret: "otro-secreto-que-no-es-el-del-portal-0123", salt: COOKIE, maxAge: 60 })}`;
    for (const cookie of [ajena, "otra=1"]) {
      const { r, lista } = await votarContando(cookie, p.id);
      expect(comoError(r).error).toBe("Debe iniciar sesión para realizar esta acción.");
      expect(lista).toEqual([]);
    }
    // A RUT not verified: refused in the transaction, after the same 7 statements, and rolled back.
    const sinVerificar = await votanteVerificado(db, { verificado: false });
    const { r, lista } = await votarContando(await cookieDe(sinVerificar.id), p.id);
    expect(comoError(r).error).toBe(MENSAJES_VOTO.sinVerificar);
    expect(lista.at(-1)).toBe("ROLLBACK");
    expect(lista.length).toBe(isPostgres() ? 9 : 7);
  });
});
