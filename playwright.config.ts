import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";

// E2E on the production build (`next build` first), phone-first: 375 × 812.
// The specs share one database, freshly migrated and seeded by tests/e2e/serve.mjs on every run, and the
// convocatoria's etapa in it is global: so one worker, one file at a time. Each spec puts the database in
// the state it needs (tests/e2e/fixtures.ts, tests/e2e/estado/), so ANY file order works: with
// E2E_ORDEN=inverso (npm run test:e2e:inverso; run it before adding or changing a spec) the files run in reverse order, each as its
// own project, listed last to first (Playwright runs projects in the order listed when nothing depends on
// anything; a file path on the command line only filters, it does not order).
// E2E_PORT / E2E_SMTP_PORT move the run off 3210 / 2526 (tests/e2e/serve.mjs reads both), so two
// checkouts can run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${PORT}`;
const testDir = "tests/e2e";

const movil: NonNullable<PlaywrightTestConfig["projects"]>[number] = {
  name: "chromium-movil",
  use: {
    ...devices["Desktop Chrome"],
    viewport: { width: 375, height: 812 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
};

/** The spec files, last to first, one project each (same settings; the file's name added to the project's). */
function proyectosEnOrdenInverso() {
  const archivos = fs
    .readdirSync(path.join(import.meta.dirname, testDir))
    .filter((f) => f.endsWith(".spec.ts"))
    .sort((a, b) => a.localeCompare(b))
    .reverse();
  return archivos.map((archivo) => ({ ...movil, name: `${movil.name} ${archivo}`, testMatch: archivo }));
}

export default defineConfig({
  testDir,
  outputDir: ".test-output/playwright",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL,
    locale: "es-CL",
    timezoneId: "America/Santiago",
    // Traces of failed tests keep the DOM snapshots and the network, not the screencast (its frames cost
    // CPU in every test, failing or not); the failure's own screenshot is taken below.
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: true, sources: true },
    // A step that waits too long fails with its own name (which locator, which URL) instead of running into
    // the test's timeout, whose message does not say where it stood.
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    screenshot: "only-on-failure",
  },
  projects: process.env.E2E_ORDEN === "inverso" ? proyectosEnOrdenInverso() : [movil],
  webServer: {
    command: "node tests/e2e/serve.mjs",
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { DATABASE_URL: "file:./.test-output/e2e.db", AUTH_SECRET: "e2e-secret" },
  },
});
