// `npm test`: one command checks everything, in order, and stops at the first failing stage:
//
//   derive      prisma/postgres/schema.prisma is what scripts/derive-postgres-schema.mjs makes, and the
//               action registry and server-action bindings are what scripts/derivar-acciones.mjs makes
//   generate    both Prisma clients regenerated from the schema (they are git-ignored)
//   drift       no schema change without a migration (scripts/migrate.mjs diff on a throwaway SQLite file)
//   typecheck   tsc --noEmit
//   lint        eslint --max-warnings 0 .
//   unit        vitest project "unit"        } one vitest run when both are selected
//   integration vitest project "integration" }
//   build       next build (skipped with SKIP_BUILD=1)
//   e2e         playwright test (needs a build: run it with `build`, or after one)
//
// TEST_STAGES=unit,integration (comma list of the names above; `vitest` = unit+integration) runs only those.
// The summary always ends with one line `N passed, N failed`: tests counted from the JSON reports of
// vitest (.test-output/vitest.json) and Playwright (.test-output/playwright.json); flaky tests count as
// failed, and a stage that fails without a failing test (tsc, eslint, build, a suite that does not load)
// counts as one failure. Exit code 0 only when everything selected passed.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, ".test-output");
const vitestJson = path.join(outDir, "vitest.json");
const playwrightJson = path.join(outDir, "playwright.json");

const ETAPAS = ["derive", "generate", "drift", "typecheck", "lint", "unit", "integration", "build", "e2e"];
const ALIAS = { vitest: ["unit", "integration"], playwright: ["e2e"], tsc: ["typecheck"], eslint: ["lint"] };

function seleccion() {
  const raw = process.env.TEST_STAGES?.trim();
  if (!raw) return new Set(ETAPAS);
  const out = new Set();
  for (const nombre of raw.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const nombres = ALIAS[nombre] ?? [nombre];
    for (const n of nombres) {
      if (!ETAPAS.includes(n)) {
        console.error(`TEST_STAGES: etapa desconocida "${nombre}". Etapas: ${ETAPAS.join(", ")} (alias: ${Object.keys(ALIAS).join(", ")})`);
        process.exit(2);
      }
      out.add(n);
    }
  }
  return out;
}

const elegidas = seleccion();
const childEnv = { ...process.env };
if (process.env.CI) {
  childEnv.NO_COLOR = "1";
  delete childEnv.FORCE_COLOR;
}
childEnv.PATH = `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`;

let hijoActual = null;
let interrumpido = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    hijoActual?.kill(signal);
    interrumpido = true;
  });
}

/** Runs a command with inherited output; resolves to its exit code (never rejects). */
function ejecutar(cmd, args, env = childEnv) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env });
    hijoActual = child;
    child.on("error", (e) => {
      console.error(`no se pudo ejecutar ${cmd}: ${e.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      hijoActual = null;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function leerJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function tmpSqlite(nombre) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `fondo-idea-${nombre}-`));
  return { url: `file:${path.join(dir, `${nombre}.db`)}`, limpiar: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// Each stage returns { ok, passed?, failed? } (passed/failed: test counts from a JSON report).
const vitestProyectos = ["unit", "integration"].filter((p) => elegidas.has(p));
const etapas = [
  {
    id: "derive",
    nombre: "esquema PostgreSQL y registro de acciones derivados",
    run: async () => {
      const esquema = await ejecutar(process.execPath, ["scripts/derive-postgres-schema.mjs", "--check"]);
      const acciones = await ejecutar(process.execPath, ["scripts/derivar-acciones.mjs", "--check"]);
      return { ok: esquema === 0 && acciones === 0 };
    },
  },
  { id: "generate", nombre: "clientes Prisma", run: async () => ({ ok: (await ejecutar(process.execPath, ["scripts/prisma-generate.mjs"])) === 0 }) },
  {
    id: "drift",
    nombre: "deriva de migraciones (SQLite)",
    run: async () => {
      const db = tmpSqlite("drift");
      try {
        const code = await ejecutar(process.execPath, ["scripts/migrate.mjs", "diff"], { ...childEnv, DATABASE_URL: db.url });
        return { ok: code === 0 };
      } finally {
        db.limpiar();
      }
    },
  },
  { id: "typecheck", nombre: "tipos (tsc --noEmit)", run: async () => ({ ok: (await ejecutar("tsc", ["--noEmit"])) === 0 }) },
  { id: "lint", nombre: "eslint", run: async () => ({ ok: (await ejecutar("eslint", ["--max-warnings", "0", "."])) === 0 }) },
  {
    id: "vitest",
    nombre: `vitest (${vitestProyectos.join(" + ")})`,
    activa: vitestProyectos.length > 0,
    run: async () => {
      fs.rmSync(vitestJson, { force: true });
      const args = ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.relative(root, vitestJson)}`];
      if (vitestProyectos.length === 1) args.push("--project", vitestProyectos[0]);
      const code = await ejecutar("vitest", args);
      const r = leerJson(vitestJson);
      if (!r) return { ok: false, nota: "sin informe JSON" };
      return { ok: code === 0, passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0 };
    },
  },
  {
    id: "build",
    nombre: "next build",
    activa: elegidas.has("build") && process.env.SKIP_BUILD !== "1",
    omitida: elegidas.has("build") && process.env.SKIP_BUILD === "1" ? "SKIP_BUILD=1" : null,
    run: async () => {
      // A throwaway migrated database: pages rendered at build time must never touch a developer's data,
      // and a fresh CI checkout has no database at all.
      const db = tmpSqlite("build");
      const env = { ...childEnv, DATABASE_URL: db.url, AUTH_SECRET: childEnv.AUTH_SECRET || "secreto-de-prueba-solo-para-compilar-0123456789" };
      try {
        if ((await ejecutar(process.execPath, ["scripts/migrate.mjs", "deploy"], env)) !== 0) return { ok: false, nota: "migración de la base temporal" };
        return { ok: (await ejecutar("next", ["build"], env)) === 0 };
      } finally {
        db.limpiar();
      }
    },
  },
  {
    id: "e2e",
    nombre: "playwright (e2e)",
    run: async () => {
      if (!elegidas.has("build") && !fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
        console.error("e2e necesita una compilación: ejecute también la etapa build (o npm run build).");
      }
      fs.rmSync(playwrightJson, { force: true });
      const code = await ejecutar("playwright", ["test", "--reporter=list,json"], {
        ...childEnv,
        PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
      });
      const r = leerJson(playwrightJson);
      if (!r?.stats) return { ok: false, nota: "sin informe JSON" };
      const s = r.stats;
      return { ok: code === 0 && (s.unexpected ?? 0) + (s.flaky ?? 0) === 0, passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) };
    },
  },
];

fs.mkdirSync(outDir, { recursive: true });
const filas = [];
let passed = 0;
let failed = 0;
let detenido = false;
const t0 = Date.now();

for (const e of etapas) {
  const activa = e.activa ?? elegidas.has(e.id);
  if (!activa) {
    if (e.omitida) filas.push({ nombre: e.nombre, estado: `omitida (${e.omitida})` });
    continue;
  }
  if (detenido || interrumpido) {
    filas.push({ nombre: e.nombre, estado: "no ejecutada" });
    continue;
  }
  console.log(`\n━━ ${e.nombre} ━━`);
  const inicio = Date.now();
  const r = await e.run();
  const seg = ((Date.now() - inicio) / 1000).toFixed(1);
  const tieneConteo = typeof r.passed === "number";
  if (tieneConteo) {
    passed += r.passed;
    failed += r.failed;
  }
  // A failure that no test count shows (tsc, eslint, a suite that does not load) still counts once.
  if (!r.ok && !(tieneConteo && r.failed > 0)) failed += 1;
  const conteo = tieneConteo ? `, ${r.passed} pasaron, ${r.failed} fallaron` : "";
  filas.push({ nombre: e.nombre, estado: `${r.ok ? "ok" : "FALLÓ"} (${seg} s${conteo}${r.nota ? `, ${r.nota}` : ""})` });
  if (!r.ok) detenido = true;
}

const ancho = Math.max(...filas.map((f) => f.nombre.length), 10);
console.log(`\n━━ Resumen (${((Date.now() - t0) / 1000).toFixed(0)} s) ━━`);
for (const f of filas) console.log(`  ${f.nombre.padEnd(ancho)}  ${f.estado}`);
if (interrumpido) console.log("  (interrumpido)");
console.log(`${passed} passed, ${failed} failed`);
process.exit(detenido || interrumpido || failed > 0 ? 1 : 0);
