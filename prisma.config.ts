// Prisma 7 configuration. It picks the SQLite source schema or the derived PostgreSQL one by DATABASE_URL.
import path from "node:path";
import { defineConfig } from "prisma/config";

try {
  process.loadEnvFile?.(".env");
} catch {
  // no .env: the environment alone decides
}

// The native schema engine cannot be downloaded here; a stub keeps generate/validate working.
// A real engine in the environment still wins. See docs/decisions/0001-dos-proveedores-y-migraciones-wasm.md
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/no-schema-engine.sh");

const url = process.env.DATABASE_URL ?? "file:./data/fondo-idea.db";
const isPg = /^postgres(ql)?:/.test(url);

export default defineConfig({
  schema: isPg ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: isPg ? "prisma/postgres/migrations" : "prisma/migrations" },
});
