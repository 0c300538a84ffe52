// Shared test fixtures and helpers for the e2e specs.
//
// INDEPENDENT SPECS (the e2e "definition of done"). The specs share one database (tests/e2e/serve.mjs
// makes it fresh on every run: migrated, demo seed) and run one file at a time, in ANY order: CI also runs
// them in reverse file order (E2E_ORDEN=inverso, playwright.config.ts). So a spec never relies on what
// another one did or left behind, and a new spec must pass alone:
//     npx playwright test tests/e2e/<file>.spec.ts
// and with the whole suite in both orders. To get there, a spec PUTS THE DATABASE IN THE STATE IT NEEDS,
// through these fixtures (tests/e2e/estado/*: direct writes through Prisma to the same SQLite file):
//   test.use({ etapa: "CONVOCATORIA" })   before each test, the active convocatoria is in that etapa, with
//                                         a calendar in which it runs today (deadlines open). A spec that
//                                         depends on the etapa declares it; one that does not, does not.
//   enEtapa(etapa, { vencida })           the same, by hand (beforeAll of a serial spec that then changes
//                                         the etapa itself); `vencida`: its planned end was yesterday.
//   postulanteNuevo() / cuentaNueva({ roles })  a new account, password CLAVE_E2E, hashed as the product does;
//                                         sign in with ingresar(page, cuenta.email, cuenta.clave).
//   organizacionDe(cuenta)                an organisation that account claimed (its ACTIVO member).
//   perfilEnviado({ ... , admisible })    a sent perfil (folio, fingerprint, regions) of a new applicant.
//   tallerCon({ capacidad, inscripciones })  a taller a month ahead with those inscriptions.
//   desafiosDeLaDemo()                    exactly the demo's five desafíos published (for tests that count).
//   fijarLinea(nivel, tipo, datos)        one cell of the líneas matrix as the test needs it.
//   convocatoriaActiva(), entradasEnBitacora(accion), idDeCuenta(email)   reads for assertions.
//   correosPara(email) + textoDeCorreo(eml)  the mails the SMTP catcher got, and their decoded text part.
// Rules: unique data per test (unico(), rutUnico(), or these fixtures); never change a demo account
// (grant roles to a cuentaNueva instead); a test that counts or lists global things (published desafíos,
// the etapa) sets them first. No file-name prefixes for ordering.
// Why one worker and not parallel files: the etapa belongs to the whole database, so specs needing
// different etapas cannot overlap on one; a database per worker means a portal server per worker
// (migrations, seed, a production server each), too heavy for the 2-core machines. Setting the state per
// spec keeps one server and makes the order irrelevant.
//
// Every test FAILS if the browser logs an unexpected console.error or throws an uncaught page error, in
// its own context and in any extra context it watches with `vigilar(context)`.
//
// Allow-list: EMPTY. No browser noise is accepted globally. Notes on what was considered:
//   - /favicon.ico 404: app/icon.svg makes Next emit <link rel="icon">, but Chromium still asks for
//     /favicon.ico now and then (during a client-side navigation); next.config.ts answers it with the
//     site's icon (publico.spec.ts checks it), so no 404 is logged.
//   - the not-found pages (notFound() in a guard or page) answer HTTP 404, and Chromium logs that status
//     as an error: the tests that expect a 404 allow exactly that message for themselves.
// If a test ever has to provoke genuinely expected noise, it declares it for itself only with
// `permitirErrorConsola(/pattern/)`, matched against "<message> @ <url>", and says why in a comment. The
// call returns a function that withdraws the permission, for noise expected only during one step.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import type { Etapa } from "../../lib/domain/etapas";
import { calcularDv } from "../../lib/domain/rut";
import { cerrarBaseE2e } from "./estado/base";
import { enEtapa } from "./estado/etapa";

export { rutUnico, unico } from "./estado/base";
export { CLAVE_E2E, cuentaNueva, idDeCuenta, postulanteNuevo, type Cuenta } from "./estado/cuentas";
export { desafiosDeLaDemo } from "./estado/desafios";
export { convocatoriaActiva, enEtapa } from "./estado/etapa";
export { fijarLinea } from "./estado/lineas";
export { organizacionDe } from "./estado/organizaciones";
export { perfilEnviado } from "./estado/perfiles";
export { tallerCon } from "./estado/talleres";
export { asignacionesDe, asignarPerfil, evaluadorNuevo, rubricaConReferencias } from "./estado/evaluacion";
export { afiliadaNueva, ventanaDeVotacion } from "./estado/votacion";
export { integranteComite, preseleccionPorPreparar } from "./estado/seleccion";
export { entradasEnBitacora } from "./estado/bitacora";

export const CLAVE_DEMO = "FondoIdea2019!";

type Fixtures = {
  /** Watches an extra browser context (e.g. a second user's) for console errors and page errors. */
  vigilar: (context: BrowserContext) => void;
  /** Declares an expected console.error for this test only (matched against "text @ url"); the function it returns withdraws it. */
  permitirErrorConsola: (patron: RegExp) => () => void;
  _sinErroresDeNavegador: void;
  _etapaFijada: void;
};

type Opciones = {
  /** The etapa every test of the file runs in (set before each test); null: the spec does not depend on it. */
  etapa: Etapa | null;
};

type FixturesDeWorker = { _baseCerrada: void };

type Estado = { errores: string[]; permitidos: RegExp[]; vigilar: (context: BrowserContext) => void };

export const test = base.extend<Fixtures & Opciones & { _estado: Estado }, FixturesDeWorker>({
  etapa: [null, { option: true }],
  _etapaFijada: [
    async ({ etapa }, usar) => {
      if (etapa) await enEtapa(etapa);
      await usar();
    },
    { auto: true },
  ],
  _baseCerrada: [
    async ({}, usar) => {
      await usar();
      await cerrarBaseE2e();
    },
    { scope: "worker", auto: true },
  ],
  _estado: async ({}, usar) => {
    const estado: Estado = {
      errores: [],
      permitidos: [],
      vigilar: (context) => {
        context.on("console", (msg) => {
          if (msg.type() !== "error") return;
          const texto = `${msg.text()} @ ${msg.location().url || msg.page()?.url() || "?"}`;
          if (estado.permitidos.some((p) => p.test(texto))) return;
          estado.errores.push(`console.error: ${texto}`);
        });
        context.on("weberror", (e) => {
          estado.errores.push(`error de página: ${e.error().message} @ ${e.page()?.url() ?? "?"}`);
        });
      },
    };
    await usar(estado);
  },
  vigilar: async ({ _estado }, usar) => {
    await usar(_estado.vigilar);
  },
  permitirErrorConsola: async ({ _estado }, usar) => {
    await usar((patron) => {
      _estado.permitidos.push(patron);
      return () => {
        _estado.permitidos = _estado.permitidos.filter((p) => p !== patron);
      };
    });
  },
  _sinErroresDeNavegador: [
    async ({ context, _estado }, usar) => {
      _estado.vigilar(context);
      await usar();
      expect(_estado.errores, "errores inesperados en la consola del navegador").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Signs in through the form and waits until the header shows the signed-in state. */
export async function ingresar(page: Page, email: string, password = CLAVE_DEMO) {
  await page.goto("/ingresar");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Ingresar", exact: true }).click();
  await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
}

/** axe with the WCAG 2.0/2.1 A and AA rules; fails listing every violation and its nodes. */
export async function sinViolacionesAxe(page: Page) {
  // Next 16 streams a dynamic page's metadata after its body: wait for the <title> to arrive rather than
  // let axe race it (seen in a CI run on a loaded machine). A page that never gets one still fails here.
  await expect(page).toHaveTitle(/\S/);
  // Colours mid-transition (a button going back from its disabled colour after a submit) are not the
  // page's colours: axe measured #3f7ea8 under white text once, on a loaded CI machine. Let them finish.
  // Only finite ones, and at most 3 s: an endless animation (a spinner) must not hold the check forever.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((listo) => setTimeout(listo, 3_000)),
    ]),
  );
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const detalle = r.violations
    .map((v) => `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.replace(/\n/g, " ")}`).join("\n")}`)
    .join("\n");
  expect(r.violations, `axe encontró ${r.violations.length} violaciones en ${page.url()}:\n${detalle}`).toEqual([]);
}

/** No horizontal scroll at the phone width. */
export async function sinScrollHorizontal(page: Page, ancho = 375) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${page.url()} tiene scroll horizontal (scrollWidth ${scrollWidth} > ${ancho})`).toBeLessThanOrEqual(ancho);
}

/** Check digit of a Chilean RUT (módulo 11): the product's own function. */
export const digitoVerificador = calcularDv;

/** E-mails the e2e SMTP server (tests/e2e/serve.mjs) received for this address, as raw text, oldest first. */
export async function correosPara(direccion: string, { esperarAlMenos = 1, timeoutMs = 15_000 } = {}): Promise<string[]> {
  const fs = await import("node:fs");
  const path = await import("node:path");
  const dir = path.resolve(".test-output/correos");
  const limite = Date.now() + timeoutMs;
  for (;;) {
    const todos = fs.existsSync(dir) ? fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), "utf8")) : [];
    const suyos = todos.filter((t) => new RegExp(`^To:.*${direccion.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "mi").test(t));
    if (suyos.length >= esperarAlMenos || Date.now() > limite) return suyos;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * What a person reads in an e-mail (.eml from correosPara): its text/plain part (the mails are
 * multipart/alternative, text and HTML), decoded from quoted-printable or base64, soft line breaks joined.
 * Search this, not the raw .eml: a line break of the encoding may fall inside any word or number.
 */
export function textoDeCorreo(eml: string): string {
  const partir = (parte: string) => {
    const corte = parte.search(/\r?\n\r?\n/);
    return corte < 0 ? { cabeceras: parte, cuerpo: "" } : { cabeceras: parte.slice(0, corte), cuerpo: parte.slice(corte).replace(/^\r?\n\r?\n/, "") };
  };
  const decodificar = ({ cabeceras, cuerpo }: { cabeceras: string; cuerpo: string }) => {
    const codificacion = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(cabeceras)?.[1]?.toLowerCase();
    if (codificacion === "base64") return Buffer.from(cuerpo.replace(/\s+/g, ""), "base64").toString("utf8");
    if (codificacion !== "quoted-printable") return cuerpo;
    const bytes = cuerpo.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  };
  const texto = (parte: string): string | null => {
    const { cabeceras, cuerpo } = partir(parte);
    const tipo = /^Content-Type:\s*([^;\s]+)/im.exec(cabeceras)?.[1]?.toLowerCase() ?? "text/plain";
    if (tipo.startsWith("multipart/")) {
      const frontera = /boundary="?([^";\r\n]+)"?/i.exec(cabeceras)?.[1];
      if (!frontera) return null;
      for (const sub of cuerpo.split(`--${frontera}`).slice(1)) {
        if (sub.startsWith("--")) break;
        const t = texto(sub.replace(/^\r?\n/, ""));
        if (t !== null) return t;
      }
      return null;
    }
    return tipo === "text/plain" ? decodificar({ cabeceras, cuerpo }) : null;
  };
  return texto(eml) ?? "";
}

/** Creates an account through /registro (a valid RUT) and signs in with it. */
export async function registrarseEIngresar(page: Page, datos: { nombre: string; email: string; rut: string; clave: string }) {
  await page.goto("/registro");
  await page.getByLabel("Nombre completo").fill(datos.nombre);
  await page.getByLabel("Correo electrónico").fill(datos.email);
  await page.getByRole("textbox", { name: "RUT", exact: true }).fill(datos.rut);
  await page.getByLabel(/^Contraseña/).fill(datos.clave);
  await page.getByLabel("Repita la contraseña").fill(datos.clave);
  await page.getByRole("checkbox", { name: /Acepto la política de privacidad/ }).check();
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  await expect(page).toHaveURL(/\/ingresar\?registrado=1$/);
  await ingresar(page, datos.email, datos.clave);
}
