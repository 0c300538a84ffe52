// Derives prisma/postgres/schema.prisma from the SQLite source schema: only the provider and the
// generated client's output path (lib/generated/prisma-pg) change. `--check` exits 1 when the derived file is stale (CI).
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const source = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const target = path.join(root, "prisma/postgres/schema.prisma");

export function derive(text) {
  const out = text
    .replace(/provider = "sqlite"/, 'provider = "postgresql"')
    .replace('output   = "../lib/generated/prisma"', 'output   = "../../lib/generated/prisma-pg"');
  if (out === text) throw new Error("schema.prisma no tiene el proveedor sqlite esperado");
  return "// GENERADO por scripts/derive-postgres-schema.mjs desde prisma/schema.prisma: no editar.\n" + out;
}

const derived = derive(source);
if (process.argv.includes("--check")) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (current !== derived) {
    console.error("prisma/postgres/schema.prisma está desactualizado: ejecute npm run db:derive-pg");
    process.exit(1);
  }
  console.log("prisma/postgres/schema.prisma al día");
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, derived);
  console.log("escrito", path.relative(root, target));
}
