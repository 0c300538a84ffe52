// Sealing votes into the audit chain in batches (lib/votacion/sellado.ts, ADR 0014), on SQLite and
// PostgreSQL: one LoteVotos row, one audit entry and the batch id on exactly its votes; batch size and
// order; never two convocatorias in a batch; and two sealers at once (two clients, as two app instances)
// never seal a vote twice, on both databases.
import { spawn } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { verifyAuditChain } from "@/lib/audit/log";
import { createDb, isPostgres } from "@/lib/db/client";
import { hashHoja, ordenarHojasVoto, pruebaInclusion, raizVotos, textoHojaVoto, verificarInclusion } from "@/lib/domain/merkle";
import { emitirVoto } from "@/lib/votacion/actions/emitir";
import { ACCION_SELLAR_LOTE, iniciarSellador, SelladoConcurrente, sellarLotePendiente, sellarPendientes, type LoteSellado } from "@/lib/votacion/sellado";
import { seudonimoVotante } from "@/lib/votacion/seudonimo";
import { comoExito } from "../support/resultado";
import { db, fijarEtapa, prepararDemo, sesion, type Escenario } from "../support/escenario";
import { perfiles, votantes, votosDirectos } from "../support/votos-integridad";

let e: Escenario;
let perfilA: { id: string; desafioId: string };
let perfilB: { id: string; desafioId: string };

beforeAll(async () => {
  e = await prepararDemo();
  [perfilA, perfilB] = await perfiles(e.convocatoriaId, [e.desafios[0].id, e.desafios[1].id]);
});

/** Every vote unsealed so far, sealed, so each test starts from a clean slate. */
async function sellarTodo() {
  await sellarPendientes(db);
}

/** The root recomputed here from the stored rows, independently of the sealer's code path. */
async function raizRecalculada(lote: number): Promise<string> {
  const filas = await db.voto.findMany({ where: { lote } });
  const hojas = ordenarHojasVoto(
    filas.map((f) => ({ id: f.id, votante: seudonimoVotante(f.convocatoriaId, f.votanteId), postulacionId: f.postulacionId, ambito: f.ambito, createdAt: f.createdAt })),
  );
  return raizVotos(hojas);
}

/** Invariants after any sealing: each vote in at most one batch, each batch's count and root right, one audit entry each. */
async function comprobarInvariantes() {
  const lotes = await db.loteVotos.findMany({ orderBy: { id: "asc" } });
  const sellados = await db.voto.count({ where: { lote: { not: null } } });
  expect(lotes.reduce((s, l) => s + l.cantidad, 0)).toBe(sellados);
  for (const l of lotes) {
    expect(await db.voto.count({ where: { lote: l.id } }), `lote ${l.id}`).toBe(l.cantidad);
    expect(await raizRecalculada(l.id), `raíz del lote ${l.id}`).toBe(l.raiz);
  }
  const entradas = await db.auditLog.findMany({ where: { accion: ACCION_SELLAR_LOTE } });
  expect(entradas.map((a) => Number(a.entidadId)).sort((a, b) => a - b)).toEqual(lotes.map((l) => l.id));
  expect((await verifyAuditChain(db)).ok).toBe(true);
}

describe("sellarLotePendiente", () => {
  it("sella los votos pendientes: una fila LoteVotos, una sola entrada de bitácora y el lote en exactamente esos votos", async () => {
    await sellarTodo();
    const [v1, v2, v3, v4] = await votantes(4);
    const t = Date.now();
    const ids = await votosDirectos(e.convocatoriaId, [
      { votanteId: v1.id, postulacionId: perfilA.id, ambito: perfilA.desafioId, createdAt: new Date(t - 3000) },
      { votanteId: v2.id, postulacionId: perfilA.id, ambito: perfilA.desafioId, createdAt: new Date(t - 2000) },
      { votanteId: v3.id, postulacionId: perfilB.id, ambito: perfilB.desafioId, createdAt: new Date(t - 2000) },
      { votanteId: v4.id, postulacionId: perfilB.id, ambito: perfilB.desafioId, createdAt: new Date(t - 1000) },
    ]);
    const auditoriaAntes = await db.auditLog.count();

    const l = (await sellarLotePendiente(db))!;
    expect(l).not.toBeNull();
    expect(l.cantidad).toBe(4);
    expect(l.convocatoriaId).toBe(e.convocatoriaId);
    expect(l.desde).toEqual(new Date(t - 3000));
    expect(l.hasta).toEqual(new Date(t - 1000));
    const fila = await db.loteVotos.findUniqueOrThrow({ where: { id: l.lote } });
    expect(fila).toMatchObject({ cantidad: 4, raiz: l.raiz, desde: l.desde, hasta: l.hasta });
    expect((await db.voto.findMany({ where: { lote: l.lote }, select: { id: true } })).map((v) => v.id).sort()).toEqual([...ids].sort());

    // The root, recomputed from the rows with the leaf text spelt out here.
    const filas = ordenarHojasVoto(await db.voto.findMany({ where: { id: { in: ids } } }));
    const textos = filas.map((f) => textoHojaVoto({ id: f.id, votante: seudonimoVotante(e.convocatoriaId, f.votanteId), postulacionId: f.postulacionId, ambito: f.ambito, createdAt: f.createdAt }));
    expect(textos[0]).toBe(
      `{"ambito":"${perfilA.desafioId}","createdAt":"${new Date(t - 3000).toISOString()}","id":"${ids[0]}","postulacionId":"${perfilA.id}","votante":"${seudonimoVotante(e.convocatoriaId, v1.id)}"}`,
    );
    expect(await raizRecalculada(l.lote)).toBe(l.raiz);
    // Any vote can be proven to be in the batch.
    const hojas = textos.map(hashHoja);
    for (let i = 0; i < hojas.length; i++) expect(verificarInclusion(hojas[i], pruebaInclusion(hojas, i), l.raiz)).toBe(true);

    // Exactly one audit entry, carrying the root.
    expect(await db.auditLog.count()).toBe(auditoriaAntes + 1);
    const entrada = (await db.auditLog.findFirst({ orderBy: { id: "desc" } }))!;
    expect(entrada).toMatchObject({ accion: "votacion.sellarLote", entidad: "LoteVotos", entidadId: String(l.lote), actorId: null });
    expect(JSON.parse(entrada.datos)).toEqual({
      lote: l.lote,
      convocatoriaId: e.convocatoriaId,
      cantidad: 4,
      desde: new Date(t - 3000).toISOString(),
      hasta: new Date(t - 1000).toISOString(),
      raiz: l.raiz,
    });
    // Neither the RUT, e-mail nor name of a voter is in the chain.
    for (const v of [v1, v2, v3, v4]) for (const dato of [v.rut, v.email, v.nombre, v.id]) expect(entrada.datos).not.toContain(dato);

    // Nothing pending: no batch, no entry.
    expect(await sellarLotePendiente(db)).toBeNull();
    expect(await db.auditLog.count()).toBe(auditoriaAntes + 1);
    await comprobarInvariantes();
  });

  it("respeta el tamaño máximo: 25 votos con lotes de 10 se sellan en 10, 10 y 5, en orden (createdAt, id)", async () => {
    await sellarTodo();
    const gente = await votantes(25);
    const t = Date.now() - 60_000;
    // Pairs share a millisecond, so the id breaks the tie.
    await votosDirectos(
      e.convocatoriaId,
      gente.map((v, i) => ({ votanteId: v.id, postulacionId: perfilA.id, ambito: perfilA.desafioId, createdAt: new Date(t + Math.floor(i / 2)) })),
    );
    const lotes = await sellarPendientes(db, { maximo: 10 });
    expect(lotes.map((l) => l.cantidad)).toEqual([10, 10, 5]);
    const orden = ordenarHojasVoto(await db.voto.findMany({ where: { votanteId: { in: gente.map((g) => g.id) } } }));
    expect(orden.map((v) => v.lote)).toEqual([...Array(10).fill(lotes[0].lote), ...Array(10).fill(lotes[1].lote), ...Array(5).fill(lotes[2].lote)]);
    for (let i = 1; i < lotes.length; i++) expect(lotes[i].desde.getTime()).toBeGreaterThanOrEqual(lotes[i - 1].hasta.getTime());
    await comprobarInvariantes();
  });

  it("un lote nunca mezcla convocatorias: cada una se sella aparte", async () => {
    await sellarTodo();
    const otra = await db.convocatoria.create({
      data: { anio: 2090, nombre: "Convocatoria de otra época", presupuestoTotal: 1, montoMinProyecto: 1, montoMaxProyecto: 1, proyectosObjetivo: 1, activa: false },
      select: { id: true },
    });
    const desafio = await db.desafio.create({
      data: { convocatoriaId: otra.id, slug: "otro", titulo: "Otro", resumen: "r", descripcion: "d", grupoVulnerableId: e.grupoId, alcance: "NACIONAL" },
      select: { id: true },
    });
    const [perfilOtro] = await perfiles(otra.id, [desafio.id]);
    const [a, b, c] = await votantes(3);
    const t = Date.now() - 30_000;
    await votosDirectos(e.convocatoriaId, [{ votanteId: a.id, postulacionId: perfilA.id, ambito: perfilA.desafioId, createdAt: new Date(t) }]);
    await votosDirectos(otra.id, [{ votanteId: b.id, postulacionId: perfilOtro.id, ambito: desafio.id, createdAt: new Date(t + 1) }]);
    await votosDirectos(e.convocatoriaId, [{ votanteId: c.id, postulacionId: perfilA.id, ambito: perfilA.desafioId, createdAt: new Date(t + 2) }]);
    const lotes = await sellarPendientes(db);
    expect(lotes.map((l) => [l.convocatoriaId, l.cantidad])).toEqual([
      [e.convocatoriaId, 2],
      [otra.id, 1],
    ]);
    await comprobarInvariantes();
  });

  it("un voto emitido por la acción real se sella y su raíz se recalcula desde la fila guardada", async () => {
    await sellarTodo();
    await fijarEtapa("SELECCION_CONTRATACION");
    await db.convocatoria.update({ where: { id: e.convocatoriaId }, data: { votacionInicio: new Date(Date.now() - 3_600_000), votacionFin: new Date(Date.now() + 3_600_000) } });
    const [v] = await votantes(1);
    const user = { ...sesion({ id: v.id, nombre: v.nombre, email: v.email, roles: ["AFILIADO"] }), rutVerificado: true };
    const r = comoExito(await executeAction(emitirVoto, { postulacionId: perfilB.id }, { user, db, ip: "203.0.113.7" }));
    const l = (await sellarLotePendiente(db))!;
    expect(l.cantidad).toBe(1);
    expect((await db.voto.findUniqueOrThrow({ where: { id: r.data.id } })).lote).toBe(l.lote);
    await comprobarInvariantes();
  });
});

describe("dos selladores a la vez (dos instancias de la aplicación)", () => {
  /**
   * A second app instance: another Node process sealing the same database (tests/support/sellador-proceso.ts)
   * until `total` votes are sealed. Resolves once it is connected; `fin` gives the batches it sealed.
   */
  type SuResultado = { lotes: { lote: number; cantidad: number }[]; conflictos: number };
  async function otroProceso(total: number, maximo: number): Promise<{ fin: Promise<SuResultado> }> {
    const hijo = spawn(path.join(process.cwd(), "node_modules/.bin/tsx"), [path.join(process.cwd(), "tests/support/sellador-proceso.ts"), String(total), String(maximo), "60000"], {
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let salida = "";
    let errores = "";
    hijo.stderr.on("data", (d) => (errores += String(d)));
    let listo!: () => void;
    const conectado = new Promise<void>((r) => (listo = r));
    hijo.stdout.on("data", (d) => {
      salida += String(d);
      if (salida.includes("listo\n")) listo();
    });
    const fin = new Promise<SuResultado>((resolve, reject) => {
      hijo.on("exit", (code) => {
        listo();
        if (code !== 0) return reject(new Error(`El otro proceso terminó con ${code}: ${errores}`));
        resolve(JSON.parse(salida.split("\n").filter(Boolean).pop()!));
      });
    });
    await conectado;
    return { fin };
  }

  it("otro proceso y este sellan a la vez mientras llegan votos: cada voto queda en exactamente un lote", { timeout: 120_000 }, async () => {
    await sellarTodo();
    const gente = await votantes(240);
    const total = (await db.voto.count()) + 240;
    const otro = await otroProceso(total, 25);
    let escribiendo = true;
    const aqui = (async () => {
      const mios: LoteSellado[] = [];
      while (escribiendo || (await db.voto.count({ where: { lote: null } })) > 0) {
        mios.push(...(await sellarPendientes(db, { maximo: 25 })));
        await new Promise((r) => setTimeout(r, 7));
      }
      return mios;
    })();
    // Votes arrive in 12 waves of 20.
    for (let ola = 0; ola < 12; ola++) {
      const grupo = gente.slice(ola * 20, ola * 20 + 20);
      await votosDirectos(
        e.convocatoriaId,
        grupo.map((v, i) => ({ votanteId: v.id, postulacionId: i % 2 ? perfilA.id : perfilB.id, ambito: i % 2 ? perfilA.desafioId : perfilB.desafioId })),
      );
      await new Promise((r) => setTimeout(r, 40));
    }
    escribiendo = false;
    const [mios, suyos] = await Promise.all([aqui, otro.fin]);
    const lotes = [...mios.map((l) => ({ lote: l.lote, cantidad: l.cantidad })), ...suyos.lotes];
    console.info(`[sellado] este proceso selló ${mios.length} lotes; el otro ${suyos.lotes.length}, y se retiró ${suyos.conflictos} veces`);
    // The other process did take part: it sealed batches or lost races for them.
    expect(suyos.lotes.length + suyos.conflictos).toBeGreaterThan(0);
    // Every batch was reported by one sealer only, and together they hold exactly the 240 new votes.
    expect(new Set(lotes.map((l) => l.lote)).size).toBe(lotes.length);
    expect(lotes.reduce((s, l) => s + l.cantidad, 0)).toBe(240);
    expect(await db.voto.count({ where: { votanteId: { in: gente.map((g) => g.id) }, lote: null } })).toBe(0);
    await comprobarInvariantes();
  });

  it("el mismo conjunto pendiente, disputado por tres selladores a la vez una y otra vez: nunca un voto en dos lotes", { timeout: 120_000 }, async () => {
    await sellarTodo();
    const gente = await votantes(200);
    // PostgreSQL: two pools and NO advisory lock, so only the conditional update stands between them.
    // SQLite: one connection per process (two in one process would block each other's synchronous
    // busy wait); the other process is covered by the test above.
    const url = process.env.DATABASE_URL!;
    const [a, b] = isPostgres() ? [createDb(url), createDb(url)] : [db, db];
    let conflictos = 0;
    try {
      for (let ronda = 0; ronda < 10; ronda++) {
        const grupo = gente.slice(ronda * 20, ronda * 20 + 20);
        await votosDirectos(e.convocatoriaId, grupo.map((v) => ({ votanteId: v.id, postulacionId: perfilA.id, ambito: perfilA.desafioId })));
        const r = await Promise.allSettled([sellarLotePendiente(a, { bloqueo: false }), sellarLotePendiente(b, { bloqueo: false }), sellarLotePendiente(a, { bloqueo: false })]);
        for (const x of r) {
          if (x.status === "rejected") {
            expect(x.reason).toBeInstanceOf(SelladoConcurrente);
            conflictos += 1;
          }
        }
        const sellados = r.flatMap((x) => (x.status === "fulfilled" && x.value ? [x.value] : []));
        expect(sellados.reduce((s, l) => s + l.cantidad, 0)).toBe(20);
      }
    } finally {
      if (a !== db) await Promise.all([a.$disconnect(), b.$disconnect()]);
    }
    console.info(`[sellado] lotes descartados por la actualización condicional: ${conflictos}`);
    // On PostgreSQL the sealers did race (three at once over one pending set, ten times): the backstop acted.
    if (isPostgres()) expect(conflictos).toBeGreaterThan(0);
    // A SelladoConcurrente wrote nothing: no batch row, no audit entry (the invariants count both).
    await comprobarInvariantes();
  });

  it("con el bloqueo de PostgreSQL, cuatro selladores a la vez: uno sella, los demás no encuentran nada o se retiran sin escribir", { timeout: 60_000 }, async () => {
    await sellarTodo();
    const gente = await votantes(60);
    const url = process.env.DATABASE_URL!;
    const [a, b] = isPostgres() ? [createDb(url), createDb(url)] : [db, db];
    const auditoriaAntes = await db.auditLog.count();
    try {
      for (let ronda = 0; ronda < 3; ronda++) {
        await votosDirectos(e.convocatoriaId, gente.slice(ronda * 20, ronda * 20 + 20).map((v) => ({ votanteId: v.id, postulacionId: perfilB.id, ambito: perfilB.desafioId })));
        const r = await Promise.allSettled([sellarLotePendiente(a), sellarLotePendiente(b), sellarLotePendiente(a), sellarLotePendiente(b)]);
        for (const x of r) if (x.status === "rejected") expect(x.reason).toBeInstanceOf(SelladoConcurrente);
        expect(r.flatMap((x) => (x.status === "fulfilled" && x.value ? [x.value.cantidad] : []))).toEqual([20]);
      }
    } finally {
      if (a !== db) await Promise.all([a.$disconnect(), b.$disconnect()]);
    }
    expect(await db.auditLog.count()).toBe(auditoriaAntes + 3);
    await comprobarInvariantes();
  });
});

describe("el sellador en segundo plano", () => {
  it("sella los votos nuevos en su primera vuelta y se detiene", async () => {
    await sellarTodo();
    const [v] = await votantes(1);
    const [id] = await votosDirectos(e.convocatoriaId, [{ votanteId: v.id, postulacionId: perfilA.id, ambito: perfilA.desafioId }]);
    const sellador = iniciarSellador({ db, intervaloMs: 60_000 });
    try {
      for (let i = 0; i < 100 && (await db.voto.findUniqueOrThrow({ where: { id } })).lote === null; i++) await new Promise((r) => setTimeout(r, 50));
      expect((await db.voto.findUniqueOrThrow({ where: { id } })).lote).not.toBeNull();
      expect(iniciarSellador({ db })).toBe(sellador); // idempotent
    } finally {
      await sellador.detener();
    }
    await comprobarInvariantes();
  });
});
