// An applicant on a phone, from sign-up to a submitted perfil, in etapa Convocatoria: reload midway, type
// offline, come back online, attach documents, submit; then the confirmation e-mail over SMTP and the PDF
// receipt. And, on perfiles sent beforehand (perfilEnviado), what other people may not see.
import { PDFParse } from "pdf-parse";
import { formatearRut } from "../../lib/domain/rut";
import {
  correosPara,
  digitoVerificador,
  expect,
  ingresar,
  perfilEnviado,
  postulanteNuevo,
  registrarseEIngresar,
  sinScrollHorizontal,
  sinViolacionesAxe,
  test,
  textoDeCorreo,
} from "./fixtures";

test.use({ etapa: "CONVOCATORIA" });

const sello = Date.now();
const EMAIL = `rosa.${sello}@prueba.cl`;
const CLAVE = "FondoIdea2019!";
const cuerpoRut = String(10_000_000 + (sello % 9_000_000));
const RUT_ORG = `${cuerpoRut}-${digitoVerificador(cuerpoRut)}`;
const cuerpoPersona = String(20_000_000 + (sello % 9_000_000));
const RUT_PERSONA = `${cuerpoPersona}-${digitoVerificador(cuerpoPersona)}`;
const NOMBRE = `Respiro en casa ${sello}`;
const PROBLEMA = "Las cuidadoras de personas con dependencia severa no tienen descanso: el 62 % reporta sobrecarga intensa.";
const SOLUCION_1 = "Una red de vecinas capacitadas cubre turnos de cuatro horas";
const SOLUCION_OFFLINE = ", coordinadas por WhatsApp y con pago por turno.";
const PDF = (titulo: string) => Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${titulo}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

async function esperarGuardado(page: import("@playwright/test").Page) {
  await expect(page.locator('[data-estado="guardado"]')).toBeVisible({ timeout: 15_000 });
}

test.describe("postulante: el perfil de punta a punta", () => {
  test("registro, borrador que sobrevive a una recarga y a la falta de conexión, documentos y envío", async ({ page, context, permitirErrorConsola }) => {
    test.setTimeout(120_000);
    await registrarseEIngresar(page, { nombre: "Rosa Postulante", email: EMAIL, rut: `${RUT_PERSONA.slice(0, 2)}.${RUT_PERSONA.slice(2, 5)}.${RUT_PERSONA.slice(5)}`, clave: CLAVE });

    await page.goto("/desafios/cuidar-a-quien-cuida");
    await page.getByRole("button", { name: "Postular a este desafío" }).click();
    await expect(page).toHaveURL(/\/postulante\/perfiles\/[^/]+$/);
    const perfilUrl = new URL(page.url()).pathname;
    await sinScrollHorizontal(page);

    await page.getByLabel(/^Nombre del proyecto/).fill(NOMBRE);
    await page.getByLabel(/^Problema/).fill(PROBLEMA);
    await page.getByLabel(/^Solución propuesta/).fill(SOLUCION_1);
    await esperarGuardado(page);

    // Reload midway: what was typed is there.
    await page.reload();
    await expect(page.getByLabel(/^Nombre del proyecto/)).toHaveValue(NOMBRE);
    await expect(page.getByLabel(/^Solución propuesta/)).toHaveValue(SOLUCION_1);

    // Offline: keep typing; the page says so and keeps it on the device. Autosave sends nothing while
    // offline; what could (a link prefetch Next starts when a link scrolls into view) is let finish first:
    // the field is scrolled to and the network left idle. Anything still requested while offline fails
    // with exactly ERR_INTERNET_DISCONNECTED, which Chromium logs as a console error: allowed only then.
    const solucion = page.getByLabel(/^Solución propuesta/);
    await solucion.scrollIntoViewIfNeeded();
    await page.waitForLoadState("networkidle");
    const finSinConexion = permitirErrorConsola(/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED @ /);
    await context.setOffline(true);
    await solucion.pressSequentially(SOLUCION_OFFLINE, { delay: 5 });
    await expect(page.getByRole("status").filter({ hasText: "Sin conexión" })).toBeVisible({ timeout: 10_000 });
    await context.setOffline(false);
    finSinConexion();
    await esperarGuardado(page);

    await page.getByLabel(/^Personas usuarias/).fill("Cuarenta cuidadoras de Concepción y sus familias.");
    await page.getByLabel(/^Co-producción/).fill("Las cuidadoras diseñan los turnos y evalúan cada mes.");
    await page.getByLabel(/^Equipo/).fill("Una trabajadora social, una enfermera y dos monitoras.");
    await page.getByRole("checkbox", { name: "Biobío" }).check();
    await page.getByLabel(/^Nombre de la organización/).fill("Fundación Respiro");
    await page.getByLabel(/^RUT de la organización/).fill(RUT_ORG);
    await page.getByLabel(/^Tipo de ejecutor/).selectOption({ label: "Organización sin fines de lucro" });
    await page.getByLabel(/^Nivel de madurez/).selectOption({ label: "Idea clara" });
    await page.getByLabel(/^Monto solicitado/).fill("24000000");
    await esperarGuardado(page);

    for (const [tipo, archivo] of [
      ["Estatutos de la organización", "estatutos.pdf"],
      ["Certificado de vigencia", "vigencia.pdf"],
    ] as const) {
      const form = page.getByRole("form", { name: "Adjuntar documento" });
      await form.getByLabel("Tipo de documento").selectOption({ label: tipo });
      await form.getByLabel("Archivo").setInputFiles({ name: archivo, mimeType: "application/pdf", buffer: PDF(archivo) });
      await form.getByRole("button", { name: "Subir documento" }).click();
      await expect(page.getByRole("list", { name: "Documentos adjuntados" }).getByText(archivo)).toBeVisible({ timeout: 15_000 });
    }

    // Nothing lost: after another reload every character is there.
    await page.reload();
    await expect(page.getByLabel(/^Solución propuesta/)).toHaveValue(SOLUCION_1 + SOLUCION_OFFLINE);
    // Typed "24000000": shown as Chileans write it (the dots appear as one types), stored as pesos.
    await expect(page.getByLabel(/^Monto solicitado/)).toHaveValue("24.000.000");
    await expect(page.getByRole("checkbox", { name: "Biobío" })).toBeChecked();
    await sinViolacionesAxe(page);

    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Enviar perfil" }).click();
    await expect(page).toHaveURL(/\?enviado=1$/, { timeout: 15_000 });
    const aviso = page.getByRole("status").filter({ hasText: /Perfil enviado\. Folio N° \d{6}/ });
    await expect(aviso).toBeVisible();
    const folio = /N° (\d{6})/.exec((await aviso.textContent()) ?? "")![1];

    // The confirmation e-mail, received by a real SMTP server.
    // The first mail is the welcome of the new account; the second, the receipt of the perfil.
    const correo = (await correosPara(EMAIL, { esperarAlMenos: 2 })).map(textoDeCorreo).find((c) => c.includes(`Folio: N° ${folio}`));
    expect(correo, "no llegó el correo de confirmación").toBeTruthy();
    expect(correo).toContain(`«${NOMBRE}»`);

    // The PDF receipt opens and shows the folio.
    const pdf = await page.request.get(`${perfilUrl}/comprobante`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const texto = (await new PDFParse({ data: new Uint8Array(await pdf.body()) }).getText()).text;
    expect(texto).toContain(folio);
    expect(texto).toContain(NOMBRE);
  });

  test("otro postulante no ve ni descarga el perfil ajeno (404), y un anónimo va a ingresar", async ({ page, browser, vigilar, permitirErrorConsola }) => {
    permitirErrorConsola(/status of 404/);
    const perfil = await perfilEnviado();
    const otro = await postulanteNuevo();
    await ingresar(page, otro.email, otro.clave);
    const r = await page.goto(perfil.url);
    expect(r?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
    await expect(page.getByText(perfil.nombreProyecto)).toHaveCount(0);
    expect((await page.request.get(`${perfil.url}/comprobante`)).status()).toBe(404);

    const anonimo = await browser.newContext();
    vigilar(anonimo);
    const p2 = await anonimo.newPage();
    await p2.goto(perfil.url);
    await expect(p2).toHaveURL(/\/ingresar\?volver=/);
    expect((await p2.request.get(`${perfil.url}/comprobante`)).status()).toBe(404);
    await anonimo.close();

    // Its owner does see it: the 404 above is about who asks.
    await page.context().clearCookies();
    await ingresar(page, perfil.postulante.email, perfil.postulante.clave);
    await page.goto(perfil.url);
    await expect(page.getByRole("heading", { level: 1, name: perfil.nombreProyecto })).toBeVisible();
  });

  test("la página pública del perfil admisible no muestra RUT ni correo y es accesible", async ({ page }) => {
    const perfil = await perfilEnviado({ admisible: true, campos: { equipo: "Una trabajadora social y dos monitoras." } });
    await page.goto(`/perfiles/${perfil.slugPublico}`);
    await expect(page.getByRole("heading", { level: 1, name: perfil.nombreProyecto })).toBeVisible();
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", new RegExp(perfil.nombreProyecto));
    const html = await page.content();
    const ruts = [perfil.organizacion.rut, perfil.postulante.rut].flatMap((rut) => [rut, formatearRut(rut), rut.split("-")[0]]);
    for (const privado of [perfil.postulante.email, ...ruts, perfil.postulante.nombre, "trabajadora social"]) {
      expect(html).not.toContain(privado);
    }
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });
});
