// The popular vote (voto.emitir) through the real pipeline and database, SQLite and PostgreSQL: one vote per
// scope under real concurrency (the unique indexes decide, not a read), refusals in Spanish that write
// nothing, the convocatoria mode's N slots, the rules frozen by the first vote, staff RUT verification, the
// voter's own votes and the public counts, and the pipeline's `auditoria: "fila"` option.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction, executeAction, mensajeEtapa } from "@/lib/actions/pipeline";
import { verifyAuditChain } from "@/lib/audit/log";
import { verificarRut } from "@/lib/usuarios/actions/verificar-rut";
import { configurarVotacion } from "@/lib/votacion/actions/configurar";
import { emitirVoto } from "@/lib/votacion/actions/emitir";
import { hashIp } from "@/lib/votacion/ip-hash";
import { contarVotos, getEstadoVoto, getMisVotos, getRanking, getVotacionDePerfil } from "@/lib/votacion/queries";
import { MENSAJES_VOTO } from "@/lib/votacion/reglas";
import type { SessionUser } from "@/lib/auth/session-user";
import { comoError, comoExito } from "../support/resultado";
import { MENSAJE_ROL } from "../support/mensajes";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { reglasAbiertas } from "../fixtures/acciones/votacion";
import { fijarReglas, perfilVotable, rutLibre, votanteVerificado } from "../fixtures/preparar-votacion";

let e: Escenario;
let ipSiguiente = 0;
const ipNueva = () => `10.7.${Math.floor(++ipSiguiente / 250)}.${ipSiguiente % 250}`;

const votar = (user: SessionUser | null, postulacionId: string, ip: string | null = ipNueva()) => executeAction(emitirVoto, { postulacionId }, { user, ip, db });

/** Counts that a refusal must leave untouched: votes (all, and this voter's) and the audit log. */
async function foto(votanteId?: string) {
  const [votos, mios, auditoria] = await Promise.all([db.voto.count(), votanteId ? db.voto.count({ where: { votanteId } }) : 0, contarAuditoria()]);
  return { votos, mios, auditoria };
}

/** Runs `fn` with these environment variables, restored afterwards (workers are shared between files). */
async function conEntorno<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const antes = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(antes)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

beforeAll(async () => {
  e = await prepararDemo();
  await fijarEtapa("SELECCION_CONTRATACION");
});

beforeEach(async () => {
  await fijarEtapa("SELECCION_CONTRATACION");
  await fijarReglas(db, e.convocatoriaId);
});

describe("un voto por desafío bajo concurrencia real", () => {
  it("200 votos en paralelo de un votante por un desafío (la acción): exactamente uno guardado; el resto, «Ya votó en este desafío.»", { timeout: 120_000 }, async () => {
    const p = await perfilVotable(db, e, e.desafios[0].id);
    const otro = await perfilVotable(db, e, e.desafios[0].id);
    const v = await votanteVerificado(db);
    // Attempt limits out of the way, so that all 200 reach the unique index.
    const r = await conEntorno({ VOTOS_LIMITE_CUENTA: "10000" }, () =>
      Promise.all(Array.from({ length: 200 }, (_, i) => votar(v, i % 2 ? p.id : otro.id, "10.9.9.9"))),
    );
    expect(r.filter((x) => x.ok)).toHaveLength(1);
    expect(new Set(r.filter((x) => !x.ok).map((x) => comoError(x).error))).toEqual(new Set(["Ya votó en este desafío."]));
    const guardados = await db.voto.findMany({ where: { votanteId: v.id } });
    expect(guardados).toHaveLength(1);
    expect(guardados[0]).toMatchObject({ id: comoExito(r.find((x) => x.ok)!).data.id, ambito: e.desafios[0].id, lote: null, ipHash: hashIp("10.9.9.9") });
  });

  it("200 en paralelo con los límites de intentos por omisión: uno guardado, los demás «ya votó» o «demasiados intentos»", { timeout: 120_000 }, async () => {
    const p = await perfilVotable(db, e, e.desafios[1].id);
    const v = await votanteVerificado(db);
    const r = await Promise.all(Array.from({ length: 200 }, () => votar(v, p.id)));
    expect(r.filter((x) => x.ok)).toHaveLength(1);
    const errores = r.filter((x) => !x.ok).map((x) => comoError(x).error);
    expect(new Set(errores)).toEqual(new Set(["Ya votó en este desafío.", MENSAJES_VOTO.limiteCuenta]));
    // The account's budget (30) was counted before the transaction: the other 170 never reached it.
    expect(errores.filter((m) => m === MENSAJES_VOTO.limiteCuenta)).toHaveLength(170);
    expect(await db.voto.count({ where: { votanteId: v.id } })).toBe(1);
  });

  it("dos votantes distintos por el mismo perfil: cuentan los dos; un votante en dos desafíos: un voto en cada uno", async () => {
    const [a, b] = [await perfilVotable(db, e, e.desafios[0].id), await perfilVotable(db, e, e.desafios[1].id)];
    const [v1, v2] = [await votanteVerificado(db), await votanteVerificado(db)];
    for (const r of await Promise.all([votar(v1, a.id), votar(v2, a.id), votar(v1, b.id)])) comoExito(r);
    expect(await db.voto.count({ where: { postulacionId: a.id } })).toBe(2);
    expect((await db.voto.findMany({ where: { votanteId: v1.id }, orderBy: { ambito: "asc" } })).map((x) => x.ambito).sort()).toEqual([e.desafios[0].id, e.desafios[1].id].sort());
  });

  it("el voto confirma en español, no escribe en la cadena de auditoría (su fila es el registro) y la cadena sigue íntegra", async () => {
    const p = await perfilVotable(db, e, e.desafios[2].id, { nombre: "Huertos comunitarios" });
    const v = await votanteVerificado(db);
    const antes = await contarAuditoria();
    const r = comoExito(await votar(v, p.id, "200.1.2.3"));
    expect(r.mensaje).toBe("Su voto por «Huertos comunitarios» quedó registrado. Puede ver sus votos en «Mi cuenta».");
    expect(await contarAuditoria()).toBe(antes);
    const fila = await db.voto.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(fila).toMatchObject({ votanteId: v.id, postulacionId: p.id, convocatoriaId: e.convocatoriaId, ipHash: hashIp("200.1.2.3"), lote: null });
    expect(fila.ipHash).not.toContain("200.1.2.3");
    expect(fila.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});

describe("rechazos en español que no escriben nada", () => {
  async function rechazado(user: SessionUser | null, postulacionId: string, mensaje: string | RegExp) {
    const antes = await foto(user?.id);
    const r = comoError(await votar(user, postulacionId));
    if (typeof mensaje === "string") expect(r.error).toBe(mensaje);
    else expect(r.error).toMatch(mensaje);
    expect(await foto(user?.id)).toEqual(antes);
  }

  it("fuera de la ventana: antes de abrir, después de cerrar, y sin fechas", async () => {
    const p = await perfilVotable(db, e, e.desafios[0].id);
    const v = await votanteVerificado(db);
    const inicio = new Date("2099-06-10T13:00:00Z");
    await fijarReglas(db, e.convocatoriaId, { votacionInicio: inicio, votacionFin: new Date("2099-06-20T22:00:00Z") });
    await rechazado(v, p.id, "La votación popular aún no comienza: abre el 10-06-2099 09:00 (hora de Chile continental).");
    await fijarReglas(db, e.convocatoriaId, { votacionInicio: new Date("2019-06-10T13:00:00Z"), votacionFin: new Date(Date.now() - 1000) });
    await rechazado(v, p.id, /^La votación popular ya terminó: cerró el \d\d-\d\d-\d{4} \d\d:\d\d \(hora de Chile continental\)\.$/);
    await fijarReglas(db, e.convocatoriaId, { votacionInicio: null, votacionFin: null });
    await rechazado(v, p.id, MENSAJES_VOTO.sinFechas);
  });

  it("sin RUT verificado (un RUT escrito al registrarse no basta), aunque tenga el rol de afiliado", async () => {
    const p = await perfilVotable(db, e, e.desafios[0].id);
    await rechazado(await votanteVerificado(db, { verificado: false }), p.id, MENSAJES_VOTO.sinVerificar);
  });

  it("sin el rol de afiliado (un postulante verificado), o sin sesión", async () => {
    const p = await perfilVotable(db, e, e.desafios[0].id);
    await rechazado(await votanteVerificado(db, { roles: ["POSTULANTE"] }), p.id, MENSAJE_ROL);
    await rechazado(null, p.id, "Debe iniciar sesión para realizar esta acción.");
  });

  it("dos veces: el segundo voto se rechaza y el primero queda igual (inmutable)", async () => {
    const p = await perfilVotable(db, e, e.desafios[0].id);
    const v = await votanteVerificado(db);
    const primero = comoExito(await votar(v, p.id)).data;
    const fila = await db.voto.findUniqueOrThrow({ where: { id: primero.id } });
    await rechazado(v, p.id, "Ya votó en este desafío.");
    // Another perfil of the same desafío: the scope is used up.
    await rechazado(v, (await perfilVotable(db, e, e.desafios[0].id)).id, "Ya votó en este desafío.");
    expect(await db.voto.findUniqueOrThrow({ where: { id: primero.id } })).toEqual(fila);
  });

  it("un perfil no admisible (enviado, inadmisible, retirado), inexistente o de otra convocatoria", async () => {
    const v = await votanteVerificado(db);
    for (const estado of ["ENVIADA", "INADMISIBLE", "RETIRADA"] as const) {
      await rechazado(v, (await perfilVotable(db, e, e.desafios[0].id, { estado })).id, MENSAJES_VOTO.noVotable);
    }
    await rechazado(v, "perfil-que-no-existe", MENSAJES_VOTO.noVotable);
    const vieja = await db.convocatoria.create({ data: { anio: 2001, nombre: "Convocatoria antigua", presupuestoTotal: 1, montoMinProyecto: 1, montoMaxProyecto: 1, proyectosObjetivo: 1, activa: false } });
    const desafio = await db.desafio.create({ data: { convocatoriaId: vieja.id, slug: "antiguo", titulo: "Antiguo", resumen: "r", descripcion: "d", grupoVulnerableId: e.grupoId, alcance: "NACIONAL" } });
    const postulante = await crearUsuario(["POSTULANTE"]);
    const ajeno = await db.postulacion.create({ data: { convocatoriaId: vieja.id, desafioId: desafio.id, postulanteId: postulante.id, estado: "ADMISIBLE", admisible: true, nombreProyecto: "Antiguo" } });
    await rechazado(v, ajeno.id, MENSAJES_VOTO.noVotable);
  });

  it("en otra etapa: el rechazo de etapa del pipeline, y nada contado en los límites", async () => {
    const p = await perfilVotable(db, e, e.desafios[0].id);
    const v = await votanteVerificado(db);
    for (const etapa of ["CONVOCATORIA", "FORMACION_INCUBACION"] as const) {
      await fijarEtapa(etapa);
      await rechazado(v, p.id, mensajeEtapa("voto.emitir", etapa));
    }
    expect(await db.limiteIntentos.count({ where: { clave: `voto:cuenta:${v.id}` } })).toBe(0);
  });
});

describe("N votos por convocatoria, y varios por desafío", () => {
  it("por convocatoria con N = 3: 8 votos en paralelo por perfiles distintos guardan exactamente 3, en los cupos conv:1..3", { timeout: 120_000 }, async () => {
    await fijarReglas(db, e.convocatoriaId, { votoAmbito: "convocatoria", votosPorConvocatoria: 3 });
    const perfiles = await Promise.all(Array.from({ length: 8 }, (_, i) => perfilVotable(db, e, e.desafios[i % 3].id)));
    const v = await votanteVerificado(db);
    const r = await Promise.all(perfiles.map((p) => votar(v, p.id)));
    expect(r.filter((x) => x.ok)).toHaveLength(3);
    expect(new Set(r.filter((x) => !x.ok).map((x) => comoError(x).error))).toEqual(new Set(["Ya usó sus 3 votos en esta convocatoria."]));
    const guardados = await db.voto.findMany({ where: { votanteId: v.id }, orderBy: { ambito: "asc" } });
    expect(guardados.map((g) => g.ambito)).toEqual(["conv:1", "conv:2", "conv:3"]);
    expect(new Set(guardados.map((g) => g.postulacionId)).size).toBe(3);
  });

  it("por convocatoria: 30 votos en paralelo por el mismo perfil guardan uno («Ya votó por este proyecto.»), y quedan cupos para otros", { timeout: 120_000 }, async () => {
    await fijarReglas(db, e.convocatoriaId, { votoAmbito: "convocatoria", votosPorConvocatoria: 3 });
    const p = await perfilVotable(db, e, e.desafios[0].id);
    const v = await votanteVerificado(db);
    const otro = await perfilVotable(db, e, e.desafios[0].id);
    await conEntorno({ VOTOS_LIMITE_CUENTA: "100" }, async () => {
      const r = await Promise.all(Array.from({ length: 30 }, () => votar(v, p.id)));
      expect(r.filter((x) => x.ok)).toHaveLength(1);
      expect(new Set(r.filter((x) => !x.ok).map((x) => comoError(x).error))).toEqual(new Set([MENSAJES_VOTO.yaVotoPerfil]));
      expect(await db.voto.count({ where: { votanteId: v.id } })).toBe(1);
      comoExito(await votar(v, otro.id));
    });
    expect(await db.voto.count({ where: { votanteId: v.id } })).toBe(2);
  });

  it("2 votos por desafío: 5 en paralelo por perfiles del mismo desafío guardan 2; otro desafío tiene sus propios 2", { timeout: 120_000 }, async () => {
    await fijarReglas(db, e.convocatoriaId, { votosPorDesafio: 2 });
    const d0 = e.desafios[0].id;
    const perfiles = await Promise.all(Array.from({ length: 5 }, () => perfilVotable(db, e, d0)));
    const v = await votanteVerificado(db);
    const r = await Promise.all(perfiles.map((p) => votar(v, p.id)));
    expect(r.filter((x) => x.ok)).toHaveLength(2);
    expect(new Set(r.filter((x) => !x.ok).map((x) => comoError(x).error))).toEqual(new Set(["Ya usó sus 2 votos en este desafío."]));
    expect((await db.voto.findMany({ where: { votanteId: v.id } })).map((x) => x.ambito).sort()).toEqual([d0, `${d0}:2`]);
    comoExito(await votar(v, (await perfilVotable(db, e, e.desafios[1].id)).id));
  });
});

describe("las reglas se congelan con el primer voto", () => {
  it("se configuran (hora de Chile) antes del primer voto; después, el cambio se rechaza y no se escribe", async () => {
    await fijarReglas(db, e.convocatoriaId);
    const r = comoExito(await executeAction(configurarVotacion, reglasAbiertas({ votoAmbito: "convocatoria", votosPorConvocatoria: "2", ocultarConteos: "on", finHora: "20:30" }), { user: e.admin, db }));
    expect(r.mensaje).toMatch(/^Reglas de la votación guardadas: 2 votos en toda la convocatoria, cada uno por un proyecto distinto, del \d\d-\d\d-\d{4} 09:00 al \d\d-\d\d-\d{4} 20:30\./);
    const conv = await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId } });
    expect(conv).toMatchObject({ votoAmbito: "convocatoria", votosPorConvocatoria: 2, ocultarConteos: true });
    expect(new Intl.DateTimeFormat("es-CL", { timeZone: "America/Santiago", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(conv.votacionFin!)).toBe("20:30");
    expect(await ultimaAuditoria()).toMatchObject({ accion: "votacion.configurar", entidad: "Convocatoria", actorId: e.admin.id });

    comoExito(await votar(await votanteVerificado(db), (await perfilVotable(db, e, e.desafios[0].id)).id));
    const antes = await foto();
    expect(comoError(await executeAction(configurarVotacion, reglasAbiertas(), { user: e.admin, db })).error).toBe(MENSAJES_VOTO.reglasCongeladas);
    expect(await foto()).toEqual(antes);
    expect(await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId } })).toEqual(conv);
  });

  it("un cambio de reglas en paralelo con el primer voto: o el voto sigue las reglas nuevas, o el cambio se rechaza (10 rondas)", { timeout: 120_000 }, async () => {
    for (let ronda = 0; ronda < 10; ronda++) {
      await fijarReglas(db, e.convocatoriaId);
      const p = await perfilVotable(db, e, e.desafios[ronda % 3].id);
      const v = await votanteVerificado(db);
      // New rules that close the window: a vote that succeeds after they are stored breaks them.
      const cerrar = reglasAbiertas({ inicioFecha: "2019-06-01", finFecha: "2019-06-02" });
      const [voto, cambio] = await Promise.all([votar(v, p.id), executeAction(configurarVotacion, cerrar, { user: e.admin, db })]);
      expect(voto.ok && cambio.ok, `ronda ${ronda}: voto y cambio de reglas aceptados a la vez`).toBe(false);
      expect(voto.ok || cambio.ok).toBe(true);
      if (!cambio.ok) expect(cambio.error).toBe(MENSAJES_VOTO.reglasCongeladas);
      if (!voto.ok) expect(voto.error).toMatch(/^La votación popular ya terminó/);
    }
  });
});

describe("verificación del RUT por el personal", () => {
  it("el equipo verifica en persona: RUT verificado, rol de afiliado, sesiones anteriores terminadas, motivo auditado sin el RUT; luego vota", async () => {
    const persona = await crearUsuario(["POSTULANTE"]);
    const rut = await rutLibre(db);
    const antes = await db.user.findUniqueOrThrow({ where: { id: persona.id } });
    const r = comoExito(await executeAction(verificarRut, { email: persona.email, rut, motivo: "Cédula revisada en la oficina de Concepción." }, { user: e.admin, db }));
    expect(r.mensaje).toBe("RUT verificado. La cuenta recibió el rol de afiliado y ya puede votar.");
    const despues = await db.user.findUniqueOrThrow({ where: { id: persona.id }, include: { roles: true } });
    expect(despues).toMatchObject({ rut, rutVerificado: true, sessionVersion: antes.sessionVersion + 1 });
    expect(despues.roles.map((x) => x.rol).sort()).toEqual(["AFILIADO", "POSTULANTE"]);
    const entrada = (await ultimaAuditoria())!;
    expect(entrada).toMatchObject({ accion: "usuario.verificarRut", entidad: "User", entidadId: persona.id, actorId: e.admin.id });
    expect(JSON.parse(entrada.datos)).toEqual({ motivo: "Cédula revisada en la oficina de Concepción.", reemplazaRutEscrito: false, otorga: "AFILIADO" });
    expect(entrada.datos).not.toContain(rut.split("-")[0]);
    comoExito(await votar({ ...persona, roles: ["POSTULANTE", "AFILIADO"] }, (await perfilVotable(db, e, e.desafios[0].id)).id));
  });

  it("un RUT escrito al registrarse por otra cuenta pasa a la verificada; uno verificado en otra cuenta, una cuenta ya verificada o un correo desconocido se rechazan sin escribir", async () => {
    const rut = await rutLibre(db);
    const escribio = await db.user.create({ data: { email: `escribio-${Date.now()}@prueba.cl`, nombre: "Escribió el RUT", rut, roles: { create: [{ rol: "POSTULANTE" }] } } });
    const titular = await crearUsuario(["POSTULANTE"]);
    comoExito(await executeAction(verificarRut, { email: titular.email, rut, motivo: "Cédula revisada." }, { user: e.admin, db }));
    expect(await db.user.findUniqueOrThrow({ where: { id: escribio.id } })).toMatchObject({ rut: null, rutVerificado: false });
    expect(JSON.parse((await ultimaAuditoria())!.datos)).toMatchObject({ rutLiberadoDe: escribio.id });

    const otra = await crearUsuario(["POSTULANTE"]);
    const antes = await contarAuditoria();
    const casos: [Record<string, unknown>, string][] = [
      [{ email: otra.email, rut, motivo: "x" }, "Ese RUT ya está verificado en otra cuenta: una persona tiene una sola cuenta."],
      [{ email: titular.email, rut: await rutLibre(db), motivo: "x" }, "Esa cuenta ya tiene su RUT verificado."],
      [{ email: "nadie-con-este-correo@prueba.cl", rut: await rutLibre(db), motivo: "x" }, "No hay una cuenta con ese correo."],
    ];
    for (const [entrada, mensaje] of casos) expect(comoError(await executeAction(verificarRut, entrada, { user: e.admin, db })).error).toBe(mensaje);
    expect(await contarAuditoria()).toBe(antes);
    expect(await db.user.findUniqueOrThrow({ where: { id: otra.id } })).toMatchObject({ rut: null, rutVerificado: false });
    // Only staff: an afiliado cannot verify anyone.
    expect(comoError(await executeAction(verificarRut, { email: otra.email, rut: await rutLibre(db), motivo: "x" }, { user: e.cuentas.AFILIADO, db })).error).toBe(MENSAJE_ROL);
  });
});

describe("«Mis votos» y conteos públicos", () => {
  it("cada votante ve solo sus votos; quien no es afiliado, ninguno", async () => {
    const [a, b] = [await perfilVotable(db, e, e.desafios[0].id, { nombre: "Proyecto A" }), await perfilVotable(db, e, e.desafios[1].id, { nombre: "Proyecto B" })];
    const [v1, v2] = [await votanteVerificado(db), await votanteVerificado(db)];
    comoExito(await votar(v1, a.id));
    comoExito(await votar(v1, b.id));
    comoExito(await votar(v2, a.id));
    expect((await getMisVotos(v1, db)).map((x) => x.proyecto).sort()).toEqual(["Proyecto A", "Proyecto B"]);
    expect((await getMisVotos(v2, db)).map((x) => x.proyecto)).toEqual(["Proyecto A"]);
    expect(await getMisVotos({ ...v1, roles: ["POSTULANTE"] }, db)).toEqual([]);
    expect(await getMisVotos(e.admin, db)).toEqual([]);
  });

  it("los conteos publicados (por perfil, ranking por desafío y por región) son los de las filas crudas; nunca quién votó", async () => {
    const perfiles = [
      await perfilVotable(db, e, e.desafios[0].id, { regiones: ["08", "13"] }),
      await perfilVotable(db, e, e.desafios[0].id, { regiones: ["08"] }),
      await perfilVotable(db, e, e.desafios[1].id, { regiones: ["05"] }),
    ];
    const votos = [3, 1, 2];
    const votantes: SessionUser[] = [];
    for (const [i, n] of votos.entries())
      for (let k = 0; k < n; k++) {
        const v = await votanteVerificado(db);
        votantes.push(v);
        comoExito(await votar(v, perfiles[i].id));
      }
    const crudas = await db.$queryRaw<{ postulacionId: string; n: bigint | number }[]>`SELECT "postulacionId", COUNT(*) AS n FROM "Voto" WHERE "convocatoriaId" = ${e.convocatoriaId} GROUP BY "postulacionId"`;
    const publicados = await contarVotos(db, e.convocatoriaId);
    expect(Object.fromEntries(publicados)).toEqual(Object.fromEntries(crudas.map((c) => [c.postulacionId, Number(c.n)])));
    for (const [i, p] of perfiles.entries()) expect((await getVotacionDePerfil(p.slugPublico!, db))?.votos).toBe(votos[i]);

    const ranking = (await getRanking(db))!;
    const desafio0 = ranking.porDesafio.find((d) => d.id === e.desafios[0].id)!;
    const mios = desafio0.perfiles.filter((x) => perfiles.some((p) => p.id === x.postulacionId));
    expect(mios.map((x) => x.votos)).toEqual([3, 1]);
    const biobio = ranking.porRegion.find((r) => r.cut === "08")!;
    expect(biobio.perfiles.filter((x) => perfiles.some((p) => p.id === x.postulacionId)).map((x) => x.votos)).toEqual([3, 1]);
    expect(ranking.total).toBe([...publicados.values()].reduce((s, n) => s + n, 0));
    // Never who voted: no field about voters, and none of these voters' ids, e-mails or RUTs anywhere.
    // (Matched on field names, not on the whole text: a random cuid may well contain "rut".)
    const claves = (x: unknown): string[] => (x && typeof x === "object" ? Object.entries(x).flatMap(([k, v]) => [k, ...claves(v)]) : []);
    expect(claves(ranking).filter((k) => /votante|rut|email/i.test(k))).toEqual([]);
    const texto = JSON.stringify(ranking);
    const ruts = await db.user.findMany({ where: { id: { in: votantes.map((v) => v.id) } }, select: { rut: true } });
    for (const dato of [...votantes.flatMap((v) => [v.id, v.email]), ...ruts.map((r) => r.rut).filter((r): r is string => !!r)]) expect(texto).not.toContain(dato);
  });

  it("con ocultarConteos, nada de conteos mientras la ventana está abierta; al cerrar, los mismos de las filas", async () => {
    await fijarReglas(db, e.convocatoriaId, { ocultarConteos: true });
    const p = await perfilVotable(db, e, e.desafios[0].id);
    comoExito(await votar(await votanteVerificado(db), p.id));
    expect((await getVotacionDePerfil(p.slugPublico!, db))?.votos).toBeNull();
    const r = (await getRanking(db))!;
    expect(r.visibles).toBe(false);
    expect(r.total).toBeNull();
    expect(r.porDesafio.flatMap((d) => d.perfiles).every((x) => x.votos === null)).toBe(true);
    const despues = new Date(Date.now() + 31 * 86_400_000);
    expect((await getVotacionDePerfil(p.slugPublico!, db, despues))?.votos).toBe(1);
    expect((await getRanking(db, despues))!.porDesafio.flatMap((d) => d.perfiles).find((x) => x.postulacionId === p.id)?.votos).toBe(1);
  });

  it("el estado de la isla «Votar»: puede votar, ya votó aquí, sin verificar, sin sesión", async () => {
    const p = await perfilVotable(db, e, e.desafios[0].id);
    const v = await votanteVerificado(db);
    expect(await getEstadoVoto(v, p.id, db)).toMatchObject({ sesion: true, puedeVotar: true, motivo: null, verificado: true, ventana: "ABIERTA", usados: 0, cupo: 1 });
    const id = comoExito(await votar(v, p.id)).data.id;
    expect(await getEstadoVoto(v, p.id, db)).toMatchObject({ puedeVotar: false, motivo: MENSAJES_VOTO.yaVotoPerfil, votoAqui: { id }, usados: 1 });
    expect(await getEstadoVoto(await votanteVerificado(db, { verificado: false }), p.id, db)).toMatchObject({ puedeVotar: false, motivo: MENSAJES_VOTO.sinVerificar, verificado: false });
    expect(await getEstadoVoto(null, p.id, db)).toMatchObject({ sesion: false, puedeVotar: false });
    expect(await getEstadoVoto(v, "no-existe", db)).toBeNull();
    expect((await getEstadoVoto(await votanteVerificado(db, { roles: ["POSTULANTE"] }), p.id, db))?.motivo).toBe(
      "Su cuenta no tiene el rol de afiliado, que permite votar. Consulte en una oficina del FOSIS.",
    );
    await fijarReglas(db, e.convocatoriaId, { votacionInicio: new Date("2099-06-10T13:00:00Z"), votacionFin: new Date("2099-06-20T22:00:00Z") });
    expect(await getEstadoVoto(await votanteVerificado(db), p.id, db)).toMatchObject({ puedeVotar: false, ventana: "ANTES", motivo: expect.stringMatching(/^La votación popular aún no comienza/) });
    await fijarEtapa("FORMACION_INCUBACION");
    expect((await getEstadoVoto(await votanteVerificado(db), p.id, db))?.motivo).toBe("La votación popular no está abierta en la etapa actual de la convocatoria.");
  });
});

describe('pipeline: auditoria "fila"', () => {
  const esquema = z.object({ valor: z.string() });
  const conFila = defineAction({
    name: "voto.emitir",
    schema: esquema,
    auditoria: "fila",
    async run({ input, tx, convocatoria }) {
      if (input.valor === "rechazar") {
        await tx.convocatoria.update({ where: { id: convocatoria.id }, data: { votosPorConvocatoria: 99 } });
        throw new Error("falla después de escribir");
      }
      return { data: input.valor, mensaje: "hecho" };
    },
  });
  const enCadena = defineAction({
    name: "voto.emitir",
    schema: esquema,
    async run({ input }) {
      return { data: input.valor, audit: { entidad: "Prueba", datos: { valor: input.valor } } };
    },
  });
  let v: SessionUser;
  beforeEach(async () => {
    v = await votanteVerificado(db);
  });
  afterEach(async () => {
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("con auditoria: \"fila\" el pipeline no agrega una entrada a la cadena; sin la opción, una", async () => {
    const antes = await contarAuditoria();
    expect(await executeAction(conFila, { valor: "a" }, { user: v, db })).toEqual({ ok: true, data: "a", mensaje: "hecho" });
    expect(await contarAuditoria()).toBe(antes);
    comoExito(await executeAction(enCadena, { valor: "b" }, { user: v, db }));
    expect(await contarAuditoria()).toBe(antes + 1);
    expect(await ultimaAuditoria()).toMatchObject({ accion: "voto.emitir", entidad: "Prueba", actorId: v.id });
  });

  it("con auditoria: \"fila\" una falla del cuerpo deshace lo escrito, igual que sin la opción", async () => {
    const antes = await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId } });
    expect(comoError(await executeAction(conFila, { valor: "rechazar" }, { user: v, db })).error).toBe("Ocurrió un error inesperado y no se guardó ningún cambio. Intente nuevamente.");
    expect(await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId } })).toEqual(antes);
  });
});
