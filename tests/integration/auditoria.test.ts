import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { vueltaCentinela } from "@/lib/audit/centinela";
import { claveAuditoria } from "@/lib/audit/clave";
import { macEntrada } from "@/lib/audit/firma";
import { avanzarPuntoDeControl, verifyAuditChain } from "@/lib/audit/log";
import { GENESIS_HASH, hashEntrada, motivoFirma } from "@/lib/audit/hash";
import { avanzarArchivo, leerPuntoDeControlArchivo, rutaPuntoDeControl } from "@/lib/audit/punto-de-control";
import { isPostgres } from "@/lib/db/client";
import { registrar } from "@/lib/cuentas/actions/registrar";
import { crearDesafio } from "@/lib/desafios/actions/crear";
import { publicarDesafio } from "@/lib/desafios/actions/publicar";
import { otorgarRol } from "@/lib/usuarios/actions/otorgar-rol";
import { comoExito } from "../support/resultado";
import { rutValido } from "../support/rut";
import { contarAuditoria, db, prepararDemo, type Escenario } from "../support/escenario";
import { camposDesafio } from "../fixtures/acciones";

let e: Escenario;

beforeAll(async () => {
  e = await prepararDemo();
});

const pg = isPostgres();

/**
 * Runs `fn` as an intruder with the table owner's rights: on PostgreSQL the append-only trigger refuses
 * UPDATE and DELETE, so the intruder first disables it (and the MAC and the checkpoint must still catch
 * what follows). SQLite has no such trigger.
 */
async function comoIntruso<T>(fn: () => Promise<T>): Promise<T> {
  if (pg) await db.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER USER`);
  try {
    return await fn();
  } finally {
    if (pg) await db.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER USER`);
  }
}

type Fila = Awaited<ReturnType<typeof db.auditLog.findFirstOrThrow>>;

/** Puts deleted rows back exactly as they were (ids included), so later tests start from a sound chain. */
async function reponer(filas: Fila[]) {
  await comoIntruso(async () => {
    for (const f of filas) await db.auditLog.create({ data: f });
  });
}

const ultimas = async (n: number) => (await db.auditLog.findMany({ orderBy: { id: "desc" }, take: n })).reverse();

async function puntoVigente() {
  const p = await leerPuntoDeControlArchivo(claveAuditoria());
  if (p.estado !== "valido") throw new Error(`Se esperaba un punto de control válido: ${JSON.stringify(p)}`);
  return p.punto;
}

const registro = (n: number) => ({
  nombre: `Persona ${n}`,
  email: `persona${n}@concurrencia.cl`,
  rut: rutValido(20_000_000 + n),
  password: "una clave larga 123",
  confirmacion: "una clave larga 123",
  aceptaPrivacidad: "on",
});

describe("cadena de auditoría", () => {
  it("después de varias acciones la cadena verifica y cada entrada apunta a la anterior", async () => {
    const d = comoExito(await executeAction(crearDesafio, camposDesafio(e.grupoId), { user: e.admin, db }));
    comoExito(await executeAction(publicarDesafio, { id: d.data.id, publicar: "si" }, { user: e.admin, db }));
    comoExito(await executeAction(otorgarRol, { userId: e.cuentas.POSTULANTE.id, rol: "MENTOR" }, { user: e.admin, db }));
    comoExito(await executeAction(registrar, registro(0), { user: null, db }));

    const entradas = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(entradas.map((x) => x.accion)).toEqual(["sistema.sembrarDemo", "desafio.crear", "desafio.publicar", "usuario.otorgarRol", "cuenta.registrar"]);
    expect(entradas[0].prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < entradas.length; i++) expect(entradas[i].prevHash).toBe(entradas[i - 1].hash);
    // Every entry carries the MAC of its hash with the server key.
    const clave = claveAuditoria();
    for (const x of entradas) expect(x.mac).toBe(macEntrada(clave, x.hash));
    const ultima = entradas[entradas.length - 1];
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, estado: "integra", total: 5, cabeza: { id: ultima.id, hash: ultima.hash } });
    // Small pages walk the same chain.
    expect(await verifyAuditChain(db, { pagina: 2 })).toMatchObject({ ok: true, estado: "integra", total: 5 });
    // A successful verification leaves a signed checkpoint of the head, outside the database.
    expect(await puntoVigente()).toMatchObject({ id: ultima.id, hash: ultima.hash });
  });

  it("20 acciones simultáneas quedan todas en una sola cadena, sin bifurcarse", async () => {
    const antes = await contarAuditoria();
    const resultados = await Promise.all(Array.from({ length: 20 }, (_, i) => executeAction(registrar, registro(i + 1), { user: null, db })));
    expect(resultados.filter((r) => !r.ok)).toEqual([]);
    expect(await contarAuditoria()).toBe(antes + 20);
    const entradas = await db.auditLog.findMany({ orderBy: { id: "asc" }, select: { prevHash: true } });
    expect(new Set(entradas.map((x) => x.prevHash)).size).toBe(entradas.length);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, estado: "integra", total: antes + 20 });
  });

  // The trigger exists only on PostgreSQL (SQLite's file owner can do anything): this case is defined in
  // the PostgreSQL run of this file (CI runs the integration suite on both), not skipped on SQLite.
  if (pg) it("en PostgreSQL, el disparador rechaza UPDATE, DELETE y TRUNCATE sobre la bitácora", async () => {
    const antes = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    const victima = antes[1];
    await expect(db.$executeRaw`UPDATE "AuditLog" SET "datos" = '{}' WHERE "id" = ${victima.id}`).rejects.toThrow(/solo agregar/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${victima.id}`).rejects.toThrow(/solo agregar/);
    await expect(db.auditLog.deleteMany({ where: { id: { gt: victima.id } } })).rejects.toThrow(/solo agregar/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/solo agregar/);
    expect(await db.auditLog.findMany({ orderBy: { id: "asc" } })).toEqual(antes);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("una fila alterada por fuera rompe la cadena justo en esa entrada", async () => {
    const victima = await db.auditLog.findFirstOrThrow({ where: { accion: "desafio.publicar" } });
    await comoIntruso(() => db.$executeRaw`UPDATE "AuditLog" SET "datos" = ${'{"estado":"BORRADOR"}'} WHERE "id" = ${victima.id}`);
    const r = await verifyAuditChain(db);
    expect(r.ok).toBe(false);
    expect(r).toMatchObject({ estado: "rota", rotaEn: victima.id, motivo: "El contenido de la entrada fue alterado." });
    expect(await verifyAuditChain(db, { pagina: 1 })).toMatchObject({ ok: false, estado: "rota", rotaEn: victima.id });

    await comoIntruso(() => db.$executeRaw`UPDATE "AuditLog" SET "datos" = ${victima.datos} WHERE "id" = ${victima.id}`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("la última entrada reescrita con su hash recalculado (sin la clave) no verifica: falta su firma", async () => {
    const ultima = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    const datos = JSON.stringify({ falsificado: true });
    const hash = hashEntrada(ultima.prevHash, { ...ultima, datos });
    // The hash and the link are right: only the MAC (which needs AUDIT_KEY) is missing.
    await comoIntruso(() => db.$executeRaw`UPDATE "AuditLog" SET "datos" = ${datos}, "hash" = ${hash} WHERE "id" = ${ultima.id}`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, estado: "rota", rotaEn: ultima.id, motivo: motivoFirma(ultima.id) });
    // Even with no checkpoint to compare against.
    const vacia = await fs.mkdtemp(path.join(os.tmpdir(), "fondo-idea-sin-punto-"));
    expect(await verifyAuditChain(db, { carpeta: vacia, escribirPuntoDeControl: false })).toMatchObject({ estado: "rota", rotaEn: ultima.id, motivo: motivoFirma(ultima.id) });
    await fs.rm(vacia, { recursive: true, force: true });
    // The background loop does not checkpoint it either.
    const antes = await puntoVigente();
    expect(await avanzarPuntoDeControl(db)).toMatchObject({ ok: false });
    expect(await puntoVigente()).toEqual(antes);

    await comoIntruso(() => db.$executeRaw`UPDATE "AuditLog" SET "datos" = ${ultima.datos}, "hash" = ${ultima.hash} WHERE "id" = ${ultima.id}`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("borrar las entradas más recientes se detecta con el punto de control firmado, aunque después se agreguen otras", async () => {
    const verificada = await verifyAuditChain(db);
    expect(verificada.ok).toBe(true);
    const punto = await puntoVigente();
    const borradas = await ultimas(2);
    expect(borradas[1].id).toBe(punto.id);
    await comoIntruso(() => db.auditLog.deleteMany({ where: { id: { in: borradas.map((x) => x.id) } } }));

    // The chain alone is still sound: only the checkpoint shows the loss.
    const vacia = await fs.mkdtemp(path.join(os.tmpdir(), "fondo-idea-sin-punto-"));
    expect(await verifyAuditChain(db, { carpeta: vacia, escribirPuntoDeControl: false })).toMatchObject({ ok: true });
    await fs.rm(vacia, { recursive: true, force: true });
    const faltan = new RegExp(`^Faltan entradas: el punto de control firmado del .+ registra la entrada ${punto.id} \\(hash ${punto.hash.slice(0, 12)}…\\)`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, estado: "truncada", motivo: expect.stringMatching(faltan), puntoDeControl: punto });

    // New entries chained onto the shortened log (with valid MACs: the portal signs them) do not hide it.
    comoExito(await executeAction(registrar, registro(100), { user: null, db }));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, estado: "truncada", motivo: expect.stringMatching(faltan) });
    expect(await avanzarPuntoDeControl(db)).toMatchObject({ ok: false, motivo: expect.stringMatching(faltan) });
    expect(await puntoVigente()).toEqual(punto);

    // Undo: drop the new entry and put the deleted ones back.
    const nueva = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    await comoIntruso(() => db.auditLog.delete({ where: { id: nueva.id } }));
    await reponer(borradas);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, estado: "integra" });
  });

  it("un punto de control alterado se informa, no se sobrescribe, y nunca retrocede", async () => {
    const clave = claveAuditoria();
    await verifyAuditChain(db);
    const punto = await puntoVigente();
    const ruta = rutaPuntoDeControl();
    const original = await fs.readFile(ruta, "utf8");

    // Only moves forward: an older head does not replace it.
    expect(await avanzarArchivo(clave, { id: punto.id - 1, hash: "ab".repeat(32) })).toMatchObject({ escrito: false });
    expect(await fs.readFile(ruta, "utf8")).toBe(original);

    // Edited without the key (here: pointing at an older entry, to hide a truncation).
    const anterior = (await ultimas(2))[0];
    await fs.writeFile(ruta, JSON.stringify({ ...JSON.parse(original), id: anterior.id, hash: anterior.hash }));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, estado: "punto-de-control-invalido", motivo: expect.stringContaining("no tiene una firma válida"), puntoDeControl: null });
    expect(await avanzarPuntoDeControl(db)).toMatchObject({ ok: false });
    expect(JSON.parse(await fs.readFile(ruta, "utf8"))).toMatchObject({ id: anterior.id });
    await fs.writeFile(ruta, "{ roto");
    expect(await verifyAuditChain(db)).toMatchObject({ estado: "punto-de-control-invalido", motivo: expect.stringContaining("no es JSON") });

    await fs.writeFile(ruta, original);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, puntoDeControl: punto });
  });

  // A row edited outside the portal may hold what Prisma cannot read as its field's type. SQLite stores a
  // BLOB in any column; on PostgreSQL the columns are typed, so the intruder changes `datos` to bytea.
  const malformadas: [string, string, string][] = pg
    ? [["datos como bytea (tipo de la columna cambiado)", `ALTER TABLE "AuditLog" ALTER COLUMN "datos" TYPE bytea USING convert_to("datos", 'UTF8')`, `ALTER TABLE "AuditLog" ALTER COLUMN "datos" TYPE text USING convert_from("datos", 'UTF8')`]]
    : [
        ["un BLOB en datos", `UPDATE "AuditLog" SET "datos" = X'00FF10' WHERE "id" = $ID`, ""],
        ["un BLOB en hash", `UPDATE "AuditLog" SET "hash" = X'DEADBEEF' WHERE "id" = $ID`, ""],
        ["una fecha que no es fecha", `UPDATE "AuditLog" SET "createdAt" = 'no es una fecha' WHERE "id" = $ID`, ""],
      ];

  it.each(malformadas)("una fila con %s se informa como cadena rota en esa entrada, sin lanzar", async (_caso, dañar, reparar) => {
    const victima = await db.auditLog.findFirstOrThrow({ where: { accion: "desafio.publicar" } });
    // With bytea every row is malformed, so the first one is reported.
    const esperada = pg ? (await db.auditLog.findFirstOrThrow({ orderBy: { id: "asc" } })).id : victima.id;
    await comoIntruso(() => db.$executeRawUnsafe(dañar.replace("$ID", String(victima.id))));
    try {
      const r = await verifyAuditChain(db);
      expect(r).toMatchObject({ ok: false, estado: "rota", rotaEn: esperada, motivo: expect.stringMatching(/formato inválido|no se puede leer/) });
      expect(await verifyAuditChain(db, { pagina: 1 })).toMatchObject({ estado: "rota", rotaEn: esperada });
    } finally {
      if (reparar) await db.$executeRawUnsafe(reparar);
      else
        await comoIntruso(async () => {
          await db.$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${victima.id}`;
          await db.auditLog.create({ data: victima });
        });
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("el centinela avanza el punto de control y encola un correo diario con la cabeza para cada administrador, una sola vez", async () => {
    comoExito(await executeAction(registrar, registro(200), { user: null, db }));
    const cabeza = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    const admins = await db.user.findMany({ where: { roles: { some: { rol: "ADMIN" } } }, select: { email: true } });
    expect(admins.length).toBeGreaterThan(0);
    const hoy = new Date("2026-03-10T15:00:00Z");
    const correosDeAuditoria = () => db.notificacion.findMany({ where: { id: { startsWith: "auditoria-" } }, orderBy: { para: "asc" } });

    // Two instances in the same round, then a later round the same day: one mail per admin.
    await Promise.all([vueltaCentinela(db, hoy), vueltaCentinela(db, hoy)]);
    await vueltaCentinela(db, new Date(hoy.getTime() + 3_600_000));
    expect(await puntoVigente()).toMatchObject({ id: cabeza.id, hash: cabeza.hash });
    const correos = await correosDeAuditoria();
    expect(correos.map((c) => c.para).sort()).toEqual(admins.map((a) => a.email).sort());
    for (const c of correos) {
      expect(c.asunto).toBe("Bitácora de auditoría: cabeza del 2026-03-10");
      expect(c.cuerpo).toContain(`N° ${cabeza.id}`);
      expect(c.cuerpo).toContain(`Hash: ${cabeza.hash}`);
    }
    // The next day, another one each.
    await vueltaCentinela(db, new Date(hoy.getTime() + 86_400_000));
    expect(await correosDeAuditoria()).toHaveLength(2 * admins.length);
  });

  it("una fila borrada rompe la cadena en la entrada siguiente", async () => {
    const [, segunda, tercera] = await db.auditLog.findMany({ orderBy: { id: "asc" }, take: 3 });
    await comoIntruso(() => db.$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${segunda.id}`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, estado: "rota", rotaEn: tercera.id, motivo: "El hash anterior no coincide con la entrada previa." });
    await reponer([segunda]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
