// Before each integration test file: its own clone of the run's database, and the tests' client
// (tests/support/escenario.ts `db`) connected to it. Files share worker processes (isolate: false), so
// the client is swapped per file; DATABASE_URL is set too, for code that reads it (isPostgres, migrate).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { clonarBase } from "../support/base-de-datos";
import { conectarBase, desconectarBase } from "../support/escenario";

const url = await clonarBase(inject("baseDePruebas"));
process.env.DATABASE_URL = url;
conectarBase(url);

// Attachments uploaded by any test land in a temp folder of this file, never in ./storage.
const almacenamiento = fs.mkdtempSync(path.join(os.tmpdir(), "fondo-idea-adjuntos-"));
process.env.STORAGE_DIR = almacenamiento;
// The audit log's signed checkpoint (written by every verifyAuditChain that succeeds) belongs to this
// file's database: its own temp folder too.
const puntoDeControl = fs.mkdtempSync(path.join(os.tmpdir(), "fondo-idea-auditoria-"));
process.env.AUDIT_CHECKPOINT_DIR = puntoDeControl;

afterAll(async () => {
  await desconectarBase();
  fs.rmSync(almacenamiento, { recursive: true, force: true });
  fs.rmSync(puntoDeControl, { recursive: true, force: true });
});
