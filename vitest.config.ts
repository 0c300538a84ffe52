// Two projects: `unit` (pure modules, no database) and `integration` (a fresh, migrated database per
// run, cloned once per test file so files run in parallel without sharing state).
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Dates in tests are read as in production: Chilean time. Set before workers start so they inherit it.
process.env.TZ = "America/Santiago";
// The audit log's MAC key (lib/audit/clave.ts has no built-in fallback): a fixed test value, set before
// the global setup seeds the template, so the seed's entry and every test worker use the same key.
process.env.AUDIT_KEY ||= "clave-de-auditoria-solo-para-pruebas-0123456789";

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // The real package throws when imported outside React Server Components.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    env: { TZ: "America/Santiago" },
    // Shared by both projects (vitest requires it when they run in one command, as npm test does).
    maxWorkers: 2,
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses outside
    // Next's bundler: processed by Vite instead (the ClaveÚnica sign-in tests run next-auth's handlers).
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // Before each file: a clone of the run's database, with the tests' client connected to it.
          setupFiles: ["tests/integration/setup-db.ts"],
          pool: "forks",
          // Each file has its own database, so files run in parallel (maxWorkers above); workers are
          // reused across files, loading Prisma and zod once per worker instead of once per file.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
