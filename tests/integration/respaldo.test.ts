// Backup and restore round trip (scripts/respaldo.mjs, scripts/restaurar.mjs) run as child processes, as an
// operator runs them: this file's database (the demo plus perfiles, real attachments on disk and a signed
// audit checkpoint, all made through the product's own actions) is backed up and restored into an empty
// place (a new SQLite file, or a new PostgreSQL database made here and dropped at the end). The restored
// place is compared here, independently of the scripts: every table's row count, the audit head, every
// attachment's SHA-256, and the audit chain verifies there. Then the refusals: a target holding data
// without --forzar, and a tampered or incomplete backup, leave the target as it was.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { subirAdjunto } from "@/lib/adjuntos/actions/subir";
import { verifyAuditChain } from "@/lib/audit/log";
import { createDb, type Db } from "@/lib/db/client";
import { crearBorrador } from "@/lib/postulaciones/actions/crear-borrador";
import { archivo, bytesPdf, bytesPng } from "../fixtures/acciones/adjuntos";
import { RAIZ, clienteServidor, esPostgres, sufijo, urlConBase, urlSqlite } from "../support/base-de-datos";
import { crearUsuario, db, fijarEtapa, prepararDemo } from "../support/escenario";
import { comoExito } from "../support/resultado";

type Estado = { tablas: Record<string, number>; cabeza: { id: number; hash: string } | null; archivos: Record<string, string> };

const origen = { DATABASE_URL: process.env.DATABASE_URL!, STORAGE_DIR: process.env.STORAGE_DIR!, AUDIT_CHECKPOINT_DIR: process.env.AUDIT_CHECKPOINT_DIR! };
const pg = esPostgres(origen.DATABASE_URL);

let tmp: string;
let respaldo: string;
let destino: typeof origen;
let basePgDestino: string | null = null;
let fuente: Estado;

function correr(script: "respaldo" | "restaurar", args: string[], entorno: typeof origen): Promise<{ code: number | null; salida: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(RAIZ, `scripts/${script}.mjs`), ...args], {
      cwd: RAIZ,
      env: { ...process.env, ...entorno },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let salida = "";
    p.stdout.on("data", (d: Buffer) => (salida += d.toString()));
    p.stderr.on("data", (d: Buffer) => (salida += d.toString()));
    p.on("error", reject);
    p.on("close", (code) => resolve({ code, salida }));
  });
}

/** Relative path → SHA-256 of every file under `carpeta`. */
async function huellas(carpeta: string): Promise<Record<string, string>> {
  const todos = await fs.readdir(carpeta, { recursive: true, withFileTypes: true }).catch(() => []);
  const r: Record<string, string> = {};
  for (const d of todos.filter((x) => x.isFile())) {
    const ruta = path.join(d.parentPath, d.name);
    r[path.relative(carpeta, ruta).split(path.sep).join("/")] = createHash("sha256").update(await fs.readFile(ruta)).digest("hex");
  }
  return r;
}

/** Row count of every table, the audit head and the attachments of the place `entorno` names. */
async function estado(entorno: typeof origen, cliente?: Db): Promise<Estado> {
  const c = cliente ?? createDb(entorno.DATABASE_URL);
  try {
    const nombres = await c.$queryRawUnsafe<{ n: string }[]>(
      pg
        ? "SELECT table_name::text AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        : "SELECT name AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    );
    const tablas: Record<string, number> = {};
    for (const { n } of nombres) tablas[n] = Number((await c.$queryRawUnsafe<{ c: bigint }[]>(`SELECT COUNT(*) AS c FROM "${n}"`))[0].c);
    const cabeza = await c.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true, hash: true } });
    return { tablas, cabeza, archivos: await huellas(entorno.STORAGE_DIR) };
  } finally {
    if (!cliente) await c.$disconnect();
  }
}

/** Files and folders moved aside by a forced restore (<name>.antes-<time>) next to the target's places. */
async function apartados(): Promise<string[]> {
  return (await fs.readdir(tmp)).filter((n) => n.includes(".antes-")).sort();
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "fondo-respaldo-"));
  respaldo = path.join(tmp, "respaldo");
  const e = await prepararDemo();
  await fijarEtapa("CONVOCATORIA");
  // Three applicants, each with a draft perfil and two real documents (PDF and PNG) stored on disk.
  for (let i = 0; i < 3; i++) {
    const user = await crearUsuario(["POSTULANTE"]);
    const postulacionId = comoExito(await executeAction(crearBorrador, { desafioId: e.desafios[i].id }, { user, db })).data.id;
    for (const [bytes, nombre, categoria] of [
      [bytesPdf(), `estatutos-${i}.pdf`, "ESTATUTOS"],
      [bytesPng(), `cedula-${i}.png`, "CEDULA"],
    ] as const) {
      const fd = new FormData();
      fd.set("postulacionId", postulacionId);
      fd.set("categoria", categoria);
      fd.set("archivo", archivo(bytes, nombre));
      comoExito(await executeAction(subirAdjunto, fd, { user, db }));
    }
  }
  // Verifying the chain writes the signed checkpoint into AUDIT_CHECKPOINT_DIR.
  expect(await verifyAuditChain(db)).toMatchObject({ ok: true, estado: "integra" });
  fuente = await estado(origen, db);

  if (pg) {
    basePgDestino = `fondo_test_restaurada_${sufijo()}`;
    const c = await clienteServidor(origen.DATABASE_URL);
    try {
      await c.query(`CREATE DATABASE "${basePgDestino}"`);
    } finally {
      await c.end();
    }
  }
  destino = {
    DATABASE_URL: pg ? urlConBase(origen.DATABASE_URL, basePgDestino!) : urlSqlite(path.join(tmp, "restaurada.db")),
    STORAGE_DIR: path.join(tmp, "restaurada-adjuntos"),
    AUDIT_CHECKPOINT_DIR: path.join(tmp, "restaurada-auditoria"),
  };
});

afterAll(async () => {
  if (basePgDestino) {
    const c = await clienteServidor(origen.DATABASE_URL);
    try {
      await c.query(`DROP DATABASE IF EXISTS "${basePgDestino}" WITH (FORCE)`);
    } finally {
      await c.end();
    }
  }
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe(`respaldo y restauración (${pg ? "PostgreSQL" : "SQLite"})`, () => {
  it("respalda base, adjuntos y punto de control con un manifiesto de sumas SHA-256", async () => {
    expect(fuente.tablas.Postulacion).toBeGreaterThanOrEqual(3);
    expect(fuente.tablas.Adjunto).toBeGreaterThanOrEqual(6);
    expect(Object.keys(fuente.archivos)).toHaveLength(6);
    expect(fuente.cabeza).not.toBeNull();

    const r = await correr("respaldo", [respaldo], origen);
    expect(r.salida).toContain("Respaldo completo.");
    expect(r.code).toBe(0);

    const m = JSON.parse(await fs.readFile(path.join(respaldo, "manifiesto.json"), "utf8"));
    expect(m).toMatchObject({ formato: 1, base: { tipo: pg ? "postgres" : "sqlite" }, tablas: fuente.tablas });
    expect(m.bitacora).toMatchObject({ tabla: "AuditLog", ultimoId: fuente.cabeza!.id, hash: fuente.cabeza!.hash });
    const enManifiesto = Object.fromEntries(m.archivos.map((a: { ruta: string; sha256: string }) => [a.ruta, a.sha256]));
    for (const [ruta, h] of Object.entries(fuente.archivos)) expect(enManifiesto[`adjuntos/${ruta}`]).toBe(h);
    expect(enManifiesto["auditoria/punto-de-control.json"]).toMatch(/^[0-9a-f]{64}$/);
    expect(enManifiesto[pg ? "base.dump" : "base.sqlite"]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("restaura en un lugar vacío: mismas filas por tabla, misma cabeza de bitácora, mismos adjuntos", async () => {
    const r = await correr("restaurar", [respaldo], destino);
    expect(r.salida).toMatch(/^OK: /m);
    expect(r.code).toBe(0);

    const restaurado = createDb(destino.DATABASE_URL);
    try {
      expect(await estado(destino, restaurado)).toEqual(fuente);
      // The restored log and its restored checkpoint verify together (without moving the checkpoint).
      const v = await verifyAuditChain(restaurado, { carpeta: destino.AUDIT_CHECKPOINT_DIR, escribirPuntoDeControl: false });
      expect(v).toMatchObject({ ok: true, estado: "integra", cabeza: fuente.cabeza, puntoDeControl: { id: fuente.cabeza!.id } });
    } finally {
      await restaurado.$disconnect();
    }
  });

  it("no reemplaza un destino con datos sin --forzar", async () => {
    const r = await correr("restaurar", [respaldo], destino);
    expect(r.code).toBe(2);
    expect(r.salida).toContain("El destino no está vacío");
    expect(r.salida).toContain("--forzar");
    expect(await apartados()).toEqual([]);
    expect(await estado(destino)).toEqual(fuente);
  });

  it("rechaza un respaldo alterado o incompleto, aun con --forzar, y deja el destino como estaba", async () => {
    // Any change in the destination shows up in its counts, its files or the folders moved aside.
    await fs.writeFile(path.join(destino.STORAGE_DIR, "marca.txt"), "sigo aquí");
    const antes = await estado(destino);

    const alterado = path.join(tmp, "alterado");
    await fs.cp(respaldo, alterado, { recursive: true });
    const unAdjunto = `adjuntos/${Object.keys(fuente.archivos)[0]}`;
    const bytes = await fs.readFile(path.join(alterado, unAdjunto));
    bytes[0] ^= 0xff; // same size, other content
    await fs.writeFile(path.join(alterado, unAdjunto), bytes);
    const r = await correr("restaurar", [alterado, "--forzar"], destino);
    expect(r.code).toBe(2);
    expect(r.salida).toContain("El respaldo está dañado o incompleto; no se cambió nada");
    expect(r.salida).toContain(`${unAdjunto}: la suma SHA-256 no coincide con el manifiesto.`);

    const incompleto = path.join(tmp, "incompleto");
    await fs.cp(respaldo, incompleto, { recursive: true });
    const base = pg ? "base.dump" : "base.sqlite";
    await fs.rm(path.join(incompleto, base));
    const r2 = await correr("restaurar", [incompleto, "--forzar"], destino);
    expect(r2.code).toBe(2);
    expect(r2.salida).toContain(`Falta ${base}.`);

    expect(await apartados()).toEqual([]);
    expect(await estado(destino)).toEqual(antes);
  });

  it("con --forzar reemplaza el destino y aparta lo anterior", async () => {
    const r = await correr("restaurar", [respaldo, "--forzar"], destino);
    expect(r.salida).toMatch(/^OK: /m);
    expect(r.code).toBe(0);
    expect(await estado(destino)).toEqual(fuente);
    // The SQLite file and the attachments folder (with its extra file) were moved aside, not deleted.
    const aparte = await apartados();
    expect(aparte.some((n) => n.startsWith("restaurada-adjuntos.antes-"))).toBe(true);
    if (!pg) expect(aparte.some((n) => n.startsWith("restaurada.db.antes-"))).toBe(true);
  });
});
