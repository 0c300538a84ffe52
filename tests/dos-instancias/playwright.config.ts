import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The smoke e2e across two app instances on one PostgreSQL: scripts/dos-instancias.mjs starts the database,
// the SMTP catcher and both instances, then runs this config (no webServer here). Instance A is the
// baseURL; the spec reaches B by its own URL. Ports come from DOS_INSTANCIAS_PUERTO_A / _B.
// Same phone viewport and Chromium launch as /playwright.config.ts.
const PUERTO_A = Number(process.env.DOS_INSTANCIAS_PUERTO_A ?? 3610);

export default defineConfig({
  testDir: import.meta.dirname,
  outputDir: path.resolve(import.meta.dirname, "../../.test-output/dos-instancias/playwright"),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${PUERTO_A}`,
    locale: "es-CL",
    timezoneId: "America/Santiago",
    trace: "retain-on-failure",
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium-movil",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 375, height: 812 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        },
      },
    },
  ],
});
