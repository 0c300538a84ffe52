// Generates both Prisma clients (postinstall/build/test): lib/generated/prisma for SQLite and
// lib/generated/prisma-pg for PostgreSQL. A client is bound to its provider; lib/db picks one by DATABASE_URL.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
if (!fs.existsSync(path.join(root, "node_modules/prisma"))) process.exit(0);
execFileSync(process.execPath, [path.join(root, "scripts/derive-postgres-schema.mjs")], { stdio: "inherit" });
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate", "--schema", schema], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(root, "scripts/no-schema-engine.sh"),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
}
console.log("clientes Prisma generados (SQLite y PostgreSQL)");
