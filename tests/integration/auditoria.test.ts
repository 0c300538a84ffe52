import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { verifyAuditChain } from "@/lib/audit/log";
import { GENESIS_HASH } from "@/lib/audit/hash";
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
    expect(await verifyAuditChain(db)).toEqual({ ok: true, total: 5 });
    // Small pages walk the same chain.
    expect(await verifyAuditChain(db, 2)).toEqual({ ok: true, total: 5 });
  });

  it("20 acciones simultáneas quedan todas en una sola cadena, sin bifurcarse", async () => {
    const antes = await contarAuditoria();
    const resultados = await Promise.all(Array.from({ length: 20 }, (_, i) => executeAction(registrar, registro(i + 1), { user: null, db })));
    expect(resultados.filter((r) => !r.ok)).toEqual([]);
    expect(await contarAuditoria()).toBe(antes + 20);
    const entradas = await db.auditLog.findMany({ orderBy: { id: "asc" }, select: { prevHash: true } });
    expect(new Set(entradas.map((x) => x.prevHash)).size).toBe(entradas.length);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, total: antes + 20 });
  });

  it("una fila alterada por fuera rompe la cadena justo en esa entrada", async () => {
    const victima = await db.auditLog.findFirstOrThrow({ where: { accion: "desafio.publicar" } });
    await db.$executeRaw`UPDATE "AuditLog" SET "datos" = ${'{"estado":"BORRADOR"}'} WHERE "id" = ${victima.id}`;
    const r = await verifyAuditChain(db);
    expect(r.ok).toBe(false);
    expect(r).toMatchObject({ rotaEn: victima.id, motivo: "El contenido de la entrada fue alterado." });
    expect(await verifyAuditChain(db, 1)).toMatchObject({ ok: false, rotaEn: victima.id });

    await db.$executeRaw`UPDATE "AuditLog" SET "datos" = ${victima.datos} WHERE "id" = ${victima.id}`;
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("una fila borrada rompe la cadena en la entrada siguiente", async () => {
    const [, segunda, tercera] = await db.auditLog.findMany({ orderBy: { id: "asc" }, take: 3 });
    await db.$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${segunda.id}`;
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, rotaEn: tercera.id, motivo: "El hash anterior no coincide con la entrada previa." });
  });
});
