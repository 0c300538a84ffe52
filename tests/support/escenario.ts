// Database helpers for integration tests, on `db`: the client of this test file's own database
// (setup-db.ts connects it before each file). Tests pass it to every lib function that takes a Db,
// never relying on lib/db/client's process-wide default.
import type { SessionUser } from "@/lib/auth/session-user";
import { createDb, type Db } from "@/lib/db/client";
import type { Etapa } from "@/lib/domain/etapas";
import { ROLES, type Rol } from "@/lib/domain/roles";
import { CLAVE_DEMO } from "@/lib/seed/datos-2019";

export { CLAVE_DEMO };

// A live binding: test files read it at call time, after setup-db.ts has connected it.
export let db: Db = null as unknown as Db;

export function conectarBase(url: string): void {
  db = createDb(url);
}

export async function desconectarBase(): Promise<void> {
  await db?.$disconnect();
  db = null as unknown as Db;
}

export type Escenario = {
  convocatoriaId: string;
  /** One demo account per role, holding just that role. */
  cuentas: Record<Rol, SessionUser>;
  admin: SessionUser;
  grupoId: string;
  desafios: { id: string; slug: string }[];
};

/**
 * The 2019 demo (lib/seed/demo.ts sembrarDemo) that global-setup.ts seeded into the run's template,
 * so every file's clone starts with it: returns the ids tests need.
 */
export async function prepararDemo(): Promise<Escenario> {
  const [conv, usuarios, grupo, desafios] = await Promise.all([
    db.convocatoria.findFirstOrThrow({ where: { activa: true }, select: { id: true } }),
    db.user.findMany({ select: { id: true, nombre: true, email: true, roles: { select: { rol: true } } } }),
    db.grupoVulnerable.findFirstOrThrow({ orderBy: { codigo: "asc" }, select: { id: true } }),
    db.desafio.findMany({ orderBy: { slug: "asc" }, select: { id: true, slug: true } }),
  ]);
  const cuentas = {} as Record<Rol, SessionUser>;
  for (const rol of ROLES) {
    const u = usuarios.find((x) => x.roles.length === 1 && x.roles[0].rol === rol);
    if (!u) throw new Error(`La demostración no tiene una cuenta con solo el rol ${rol}`);
    cuentas[rol] = sesion(u);
  }
  return { convocatoriaId: conv.id, cuentas, admin: cuentas.ADMIN, grupoId: grupo.id, desafios };
}

export function sesion(u: { id: string; nombre: string; email: string; roles: { rol: Rol }[] | Rol[] }): SessionUser {
  return { id: u.id, nombre: u.nombre, email: u.email, roles: u.roles.map((r) => (typeof r === "string" ? r : r.rol)) };
}

let correlativo = 0;

/** A user with the given roles (no password), as its session; `regionCut` for a regional evaluator. */
export async function crearUsuario(roles: Rol[], datos: { email?: string; nombre?: string; regionCut?: string } = {}): Promise<SessionUser> {
  correlativo += 1;
  const u = await db.user.create({
    data: {
      email: datos.email ?? `persona${correlativo}-${Date.now()}@prueba.cl`,
      nombre: datos.nombre ?? `Persona de prueba ${correlativo}`,
      regionCut: datos.regionCut ?? null,
      roles: { create: roles.map((rol) => ({ rol })) },
    },
    select: { id: true, nombre: true, email: true, roles: { select: { rol: true } } },
  });
  return sesion(u);
}

/** Puts the active convocatoria in `etapa` directly (tests only: the product advances through the action). */
export async function fijarEtapa(etapa: Etapa): Promise<void> {
  const { count } = await db.convocatoria.updateMany({ where: { activa: true }, data: { etapaActual: etapa } });
  if (count !== 1) throw new Error(`Se esperaba una convocatoria activa y hay ${count}`);
}

export async function etapaActual(): Promise<Etapa> {
  return (await db.convocatoria.findFirstOrThrow({ where: { activa: true }, select: { etapaActual: true } })).etapaActual;
}

export type Conteos = { auditoria: number; usuarios: number; desafios: number; roles: number; metricas: number };

/** Row counts of the tables actions write, in one round trip. */
export async function contar(): Promise<Conteos> {
  const [f] = await db.$queryRaw<Record<keyof Conteos, bigint | number>[]>`
    SELECT (SELECT COUNT(*) FROM "AuditLog") AS auditoria,
           (SELECT COUNT(*) FROM "User") AS usuarios,
           (SELECT COUNT(*) FROM "Desafio") AS desafios,
           (SELECT COUNT(*) FROM "UserRol") AS roles,
           (SELECT COUNT(*) FROM "MetricaLineaBase") AS metricas`;
  return {
    auditoria: Number(f.auditoria),
    usuarios: Number(f.usuarios),
    desafios: Number(f.desafios),
    roles: Number(f.roles),
    metricas: Number(f.metricas),
  };
}

export async function contarAuditoria(): Promise<number> {
  return db.auditLog.count();
}

export async function ultimaAuditoria() {
  return db.auditLog.findFirst({ orderBy: { id: "desc" } });
}
