// POST /api/votos (lib/votacion/respuesta.ts responderVoto, what app/api/votos/route.ts runs) with the vote
// action through the real pipeline and database: 200 parallel requests of one voter store one vote, and
// every status the endpoint answers, each error with a Spanish `error` and Cache-Control: no-store.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import type { SessionUser } from "@/lib/auth/session-user";
import { emitirVoto } from "@/lib/votacion/actions/emitir";
import { MENSAJES_VOTO } from "@/lib/votacion/reglas";
import { responderVoto } from "@/lib/votacion/respuesta";
import { MENSAJE_ROL } from "../support/mensajes";
import { db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { fijarReglas, perfilVotable, votanteVerificado } from "../fixtures/preparar-votacion";

let e: Escenario;
let n = 0;

function peticion(cuerpo: unknown, cabeceras: Record<string, string> = {}): Request {
  return new Request("http://portal.test/api/votos", {
    method: "POST",
    headers: { host: "portal.test", "content-type": "application/json", ...cabeceras },
    body: typeof cuerpo === "string" ? cuerpo : JSON.stringify(cuerpo),
  });
}

/** The endpoint as the route runs it, with this session and IP instead of the request's cookie. */
function enviar(user: SessionUser | null, cuerpo: unknown, cabeceras: Record<string, string> = {}, ip = `10.8.0.${++n % 250}`) {
  return responderVoto(peticion(cuerpo, cabeceras), (input) => executeAction(emitirVoto, input, { user, ip, db }));
}

async function cuerpo(r: Response) {
  return { status: r.status, cache: r.headers.get("cache-control"), json: (await r.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  e = await prepararDemo();
});

beforeEach(async () => {
  await fijarEtapa("SELECCION_CONTRATACION");
  await fijarReglas(db, e.convocatoriaId);
});

describe("POST /api/votos", () => {
  it("200 peticiones en paralelo de un votante por un desafío: una 201 con el id, 199 409 «Ya votó en este desafío.», un voto guardado", { timeout: 120_000 }, async () => {
    const p = await perfilVotable(db, e, e.desafios[0].id);
    const otro = await perfilVotable(db, e, e.desafios[0].id);
    const v = await votanteVerificado(db);
    const antes = process.env.VOTOS_LIMITE_CUENTA;
    process.env.VOTOS_LIMITE_CUENTA = "10000";
    let respuestas: Awaited<ReturnType<typeof cuerpo>>[];
    try {
      respuestas = await Promise.all(Array.from({ length: 200 }, (_, i) => enviar(v, { postulacionId: i % 3 ? p.id : otro.id }, {}, "10.8.1.1").then(cuerpo)));
    } finally {
      if (antes === undefined) delete process.env.VOTOS_LIMITE_CUENTA;
      else process.env.VOTOS_LIMITE_CUENTA = antes;
    }
    const creadas = respuestas.filter((r) => r.status === 201);
    expect(creadas).toHaveLength(1);
    expect(respuestas.filter((r) => r.status === 409).map((r) => r.json)).toEqual(Array.from({ length: 199 }, () => ({ error: "Ya votó en este desafío." })));
    for (const r of respuestas) expect(r.cache).toBe("no-store");
    const votos = await db.voto.findMany({ where: { votanteId: v.id } });
    expect(votos.map((x) => x.id)).toEqual([creadas[0].json.id]);
  });

  it("201 con el id; 409 al repetir; 401 sin sesión; 403 por rol, RUT sin verificar, ventana, etapa u otro sitio; 422 entrada inválida o perfil no votable; 415 sin JSON", async () => {
    const p = await perfilVotable(db, e, e.desafios[1].id);
    const inadmisible = await perfilVotable(db, e, e.desafios[1].id, { estado: "INADMISIBLE" });
    const v = await votanteVerificado(db);
    const casos: [string, () => Promise<Response>, number, string | RegExp][] = [
      ["primer voto", () => enviar(v, { postulacionId: p.id }), 201, ""],
      ["repetido", () => enviar(v, { postulacionId: p.id }), 409, "Ya votó en este desafío."],
      ["sin sesión", () => enviar(null, { postulacionId: p.id }), 401, "Debe iniciar sesión para realizar esta acción."],
      ["sin rol de afiliado", async () => enviar(await votanteVerificado(db, { roles: ["POSTULANTE"] }), { postulacionId: p.id }), 403, MENSAJE_ROL],
      ["sin RUT verificado", async () => enviar(await votanteVerificado(db, { verificado: false }), { postulacionId: p.id }), 403, MENSAJES_VOTO.sinVerificar],
      ["desde otro sitio", () => enviar(v, { postulacionId: p.id }, { origin: "https://otro-sitio.example" }), 403, "Solicitud no permitida: el voto no se envió desde el portal."],
      ["JSON inválido", () => enviar(v, "{postulacionId:"), 422, 'El cuerpo no es JSON válido: envíe {"postulacionId": "…"}.'],
      ["sin postulacionId", () => enviar(v, {}), 422, "Falta el identificador."],
      ["una lista", () => enviar(v, [p.id]), 422, 'Envíe un objeto JSON: {"postulacionId": "…"}.'],
      ["perfil inadmisible", async () => enviar(await votanteVerificado(db), { postulacionId: inadmisible.id }), 422, MENSAJES_VOTO.noVotable],
      ["sin Content-Type JSON", () => enviar(v, { postulacionId: p.id }, { "content-type": "text/plain" }), 415, /^Envíe el voto como JSON/],
      ["demasiado grande", () => enviar(v, { postulacionId: p.id, relleno: "x".repeat(5000) }), 413, "La solicitud es demasiado grande."],
    ];
    for (const [nombre, llamar, status, mensaje] of casos) {
      const r = await cuerpo(await llamar());
      expect([nombre, r.status, r.cache]).toEqual([nombre, status, "no-store"]);
      if (status === 201) expect(r.json).toEqual({ id: expect.stringMatching(/^[a-z0-9]{20,}$/) });
      else if (typeof mensaje === "string") expect(r.json).toEqual({ error: mensaje });
      else expect(r.json.error).toMatch(mensaje);
    }
    expect(await db.voto.count({ where: { postulacionId: p.id } })).toBe(1);
    expect(await db.voto.count({ where: { postulacionId: inadmisible.id } })).toBe(0);
    // The same site (Origin equal to Host) is accepted like no Origin at all.
    const otraVotante = await votanteVerificado(db);
    expect((await enviar(otraVotante, { postulacionId: p.id }, { origin: "http://portal.test" })).status).toBe(201);
  });

  it("403 fuera de la ventana y en otra etapa; 429 al pasar el límite de intentos de la cuenta, con Retry-After", async () => {
    const p = await perfilVotable(db, e, e.desafios[2].id);
    const v = await votanteVerificado(db);
    await fijarReglas(db, e.convocatoriaId, { votacionInicio: new Date("2019-06-10T13:00:00Z"), votacionFin: new Date(Date.now() - 1000) });
    const cerrada = await cuerpo(await enviar(v, { postulacionId: p.id }));
    expect(cerrada.status).toBe(403);
    expect(cerrada.json.error).toMatch(/^La votación popular ya terminó: cerró el /);
    await fijarReglas(db, e.convocatoriaId);
    await fijarEtapa("FORMACION_INCUBACION");
    const etapa = await cuerpo(await enviar(v, { postulacionId: p.id }));
    expect(etapa.status).toBe(403);
    expect(etapa.json.error).toMatch(/^Esta acción no está disponible en la etapa actual \(Formación e incubación\)/);
    await fijarEtapa("SELECCION_CONTRATACION");

    const antes = process.env.VOTOS_LIMITE_CUENTA;
    process.env.VOTOS_LIMITE_CUENTA = "2";
    try {
      const otros = await Promise.all([perfilVotable(db, e, e.desafios[0].id), perfilVotable(db, e, e.desafios[1].id)]);
      const w = await votanteVerificado(db);
      expect((await enviar(w, { postulacionId: p.id })).status).toBe(201);
      expect((await enviar(w, { postulacionId: otros[0].id })).status).toBe(201);
      const r = await enviar(w, { postulacionId: otros[1].id });
      expect(r.headers.get("retry-after")).toBe("60");
      expect(await cuerpo(r)).toEqual({ status: 429, cache: "no-store", json: { error: MENSAJES_VOTO.limiteCuenta } });
      expect(await db.voto.count({ where: { votanteId: w.id } })).toBe(2);
    } finally {
      if (antes === undefined) delete process.env.VOTOS_LIMITE_CUENTA;
      else process.env.VOTOS_LIMITE_CUENTA = antes;
    }
  });

  it("429 al pasar el límite de intentos de una conexión (IP), aunque sean cuentas distintas", async () => {
    const antes = process.env.VOTOS_LIMITE_IP;
    process.env.VOTOS_LIMITE_IP = "3";
    try {
      const p = await perfilVotable(db, e, e.desafios[0].id);
      const estados: number[] = [];
      for (let i = 0; i < 5; i++) estados.push((await enviar(await votanteVerificado(db), { postulacionId: p.id }, {}, "10.8.9.9")).status);
      expect(estados).toEqual([201, 201, 201, 429, 429]);
      expect(await db.voto.count({ where: { postulacionId: p.id } })).toBe(3);
    } finally {
      if (antes === undefined) delete process.env.VOTOS_LIMITE_IP;
      else process.env.VOTOS_LIMITE_IP = antes;
    }
  });
});
