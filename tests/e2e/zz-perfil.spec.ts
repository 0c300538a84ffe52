// An applicant on a phone, from sign-up to a submitted perfil, in etapa Convocatoria (z-admin.spec.ts
// advanced it): reload midway, type offline, come back online, attach documents, submit; then the
// confirmation e-mail over SMTP, the PDF receipt, and what other people may not see.
import { PDFParse } from "pdf-parse";
import { createDb } from "../../lib/db/client";
import { correosPara, digitoVerificador, expect, ingresar, sinScrollHorizontal, sinViolacionesAxe, test, registrarseEIngresar } from "./fixtures";

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

let perfilUrl = "";

async function esperarGuardado(page: import("@playwright/test").Page) {
  await expect(page.locator('[data-estado="guardado"]')).toBeVisible({ timeout: 15_000 });
}

test.describe.serial("postulante: el perfil de punta a punta", () => {
  test("registro, borrador que sobrevive a una recarga y a la falta de conexión, documentos y envío", async ({ page, context }) => {
    test.setTimeout(120_000);
    await registrarseEIngresar(page, { nombre: "Rosa Postulante", email: EMAIL, rut: `${RUT_PERSONA.slice(0, 2)}.${RUT_PERSONA.slice(2, 5)}.${RUT_PERSONA.slice(5)}`, clave: CLAVE });

    await page.goto("/desafios/cuidar-a-quien-cuida");
    await page.getByRole("button", { name: "Postular a este desafío" }).click();
    await expect(page).toHaveURL(/\/postulante\/perfiles\/[^/]+$/);
    perfilUrl = new URL(page.url()).pathname;
    await sinScrollHorizontal(page);

    await page.getByLabel(/^Nombre del proyecto/).fill(NOMBRE);
    await page.getByLabel(/^Problema/).fill(PROBLEMA);
    await page.getByLabel(/^Solución propuesta/).fill(SOLUCION_1);
    await esperarGuardado(page);

    // Reload midway: what was typed is there.
    await page.reload();
    await expect(page.getByLabel(/^Nombre del proyecto/)).toHaveValue(NOMBRE);
    await expect(page.getByLabel(/^Solución propuesta/)).toHaveValue(SOLUCION_1);

    // Offline: keep typing; the page says so and keeps it on the device.
    await context.setOffline(true);
    await page.getByLabel(/^Solución propuesta/).pressSequentially(SOLUCION_OFFLINE, { delay: 5 });
    await expect(page.getByRole("status").filter({ hasText: "Sin conexión" })).toBeVisible({ timeout: 10_000 });
    await context.setOffline(false);
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
    await expect(page.getByLabel(/^Monto solicitado/)).toHaveValue("24000000");
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
    const correo = (await correosPara(EMAIL, { esperarAlMenos: 2 })).find((c) => c.includes(folio));
    expect(correo, "no llegó el correo de confirmación").toBeTruthy();
    expect(correo).toContain(folio);

    // The PDF receipt opens and shows the folio.
    const pdf = await page.request.get(`${perfilUrl}/comprobante`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const texto = (await new PDFParse({ data: new Uint8Array(await pdf.body()) }).getText()).text;
    expect(texto).toContain(folio);
    expect(texto).toContain(NOMBRE);
  });

  test("otro postulante no ve ni descarga el perfil ajeno (404), y un anónimo va a ingresar", async ({ page, browser, permitirErrorConsola }) => {
    permitirErrorConsola(/status of 404/);
    await ingresar(page, "postulante@fondoidea.cl");
    const r = await page.goto(perfilUrl);
    expect(r?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
    expect((await page.request.get(`${perfilUrl}/comprobante`)).status()).toBe(404);

    const anonimo = await browser.newContext();
    const p2 = await anonimo.newPage();
    await p2.goto(perfilUrl);
    await expect(p2).toHaveURL(/\/ingresar\?volver=/);
    expect((await p2.request.get(`${perfilUrl}/comprobante`)).status()).toBe(404);
    await anonimo.close();
  });

  test("la página pública del perfil admisible no muestra RUT ni correo y es accesible", async ({ page }) => {
    // Arrange: the staff decision has its own e2e (zz-seguimiento); here the perfil is marked admissible directly.
    const db = createDb("file:./.test-output/e2e.db");
    const id = perfilUrl.split("/").pop()!;
    const slug = `respiro-en-casa-${sello}`;
    await db.postulacion.update({ where: { id }, data: { estado: "ADMISIBLE", admisible: true, slugPublico: slug } });
    await db.$disconnect();

    await page.goto(`/perfiles/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: NOMBRE })).toBeVisible();
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", new RegExp(NOMBRE));
    const html = await page.content();
    for (const privado of [EMAIL, RUT_ORG, cuerpoRut, cuerpoPersona, "Rosa Postulante", "trabajadora social"]) expect(html).not.toContain(privado);
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });
});
