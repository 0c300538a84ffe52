// Staff follow-up of postulaciones in etapa Convocatoria: the list with its chart and filters, the CSV
// export, the automatic checks and the ADMISIBLE decision with its e-mail; and an applicant who tries the
// staff pages gets a 404. Each test starts from its own sent perfil (perfilEnviado: a new applicant, in La
// Araucanía, no documents), so it does not depend on the applicant's UI nor on another test.
import fs from "node:fs";
import { correosPara, expect, ingresar, perfilEnviado, sinScrollHorizontal, sinViolacionesAxe, test, textoDeCorreo } from "./fixtures";

test.use({ etapa: "CONVOCATORIA" });

const sello = Date.now();

/** A sent perfil of a new applicant, for one test. */
function perfilEnLaAraucania(n: number) {
  return perfilEnviado({
    campos: {
      nombreProyecto: `Cocinas comunitarias ${sello}-${n}`,
      problema: "Familias del campamento gastan la mitad de su ingreso en alimentos.",
      solucion: "Cocinas comunitarias administradas por las vecinas, con compras en conjunto.",
    },
    organizacion: "Junta de Vecinos Los Aromos",
    nivelMadurez: "IDEA_CLARA",
    tipoEjecutor: "SIN_FINES_DE_LUCRO",
    montoSolicitado: 23_500_000,
    regiones: ["09"],
  });
}

test.describe("seguimiento: postulaciones y admisibilidad", () => {
  test("el encargado técnico ve el listado con el gráfico, filtra y descarga el CSV", async ({ page }) => {
    const perfil = await perfilEnLaAraucania(1);
    const PROYECTO = perfil.nombreProyecto;
    await ingresar(page, "encargado@fondoidea.cl");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Seguimiento" }).click();
    await expect(page).toHaveURL(/\/seguimiento\/postulaciones$/);
    await expect(page.getByRole("heading", { level: 1, name: "Postulaciones" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Seguimiento" }).getByRole("link", { name: "Talleres" })).toBeVisible();

    // The chart names every region, north to south, with its number; the numbers are also a table.
    const grafico = page.getByRole("img", { name: /^Postulaciones por región\./ });
    await expect(grafico).toBeVisible();
    const nombre = (await grafico.getAttribute("aria-label")) ?? "";
    expect(nombre).toMatch(/^Postulaciones por región\. Arica y Parinacota: \d+; Tarapacá: \d+;.*Magallanes y de la Antártica Chilena: \d+\. Total: \d+\.$/);
    expect(nombre).toMatch(/La Araucanía: [1-9]\d*;/);
    await page.getByText("Ver los datos como tabla").click();
    await expect(page.getByRole("table", { name: "Postulaciones por región" }).getByRole("row", { name: /La Araucanía/ })).toBeVisible();

    const tarjeta = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: PROYECTO }) });
    await expect(tarjeta).toContainText(`Folio N° ${perfil.folioTexto}`);
    await expect(tarjeta).toContainText("Enviada, sin decisión de admisibilidad");
    await expect(tarjeta).toContainText("$23.500.000");
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // Filters in the URL (GET form).
    const filtros = page.getByRole("search", { name: "Filtrar postulaciones" });
    await filtros.getByLabel("Región").selectOption({ label: "La Araucanía" });
    await filtros.getByLabel("Estado").selectOption({ label: "Enviada, sin decisión de admisibilidad" });
    await filtros.getByRole("button", { name: "Filtrar" }).click();
    await expect(page).toHaveURL(/\?region=09&.*estado=ENVIADA/);
    await expect(page.getByRole("link", { name: PROYECTO })).toBeVisible();
    await filtros.getByLabel("Región").selectOption({ label: "Magallanes y de la Antártica Chilena" });
    await filtros.getByRole("button", { name: "Filtrar" }).click();
    await expect(page.getByText("No hay postulaciones que coincidan con estos filtros.")).toBeVisible();
    await expect(page.getByRole("link", { name: PROYECTO })).toHaveCount(0);

    // The CSV carries the same filters: back to La Araucanía and download.
    await page.goto("/seguimiento/postulaciones?region=09&estado=ENVIADA");
    const enlace = page.getByRole("link", { name: /Descargar CSV/ });
    await expect(enlace).toHaveAttribute("href", "/api/exportes/postulaciones?region=09&estado=ENVIADA");
    const [descarga] = await Promise.all([page.waitForEvent("download"), enlace.click()]);
    expect(descarga.suggestedFilename()).toMatch(/^postulaciones-\d{4}\.csv$/);
    const csv = fs.readFileSync((await descarga.path())!, "utf8");
    expect(csv.startsWith("\uFEFFFolio;Proyecto;Organización;RUT organización;")).toBe(true);
    const fila = csv.split("\r\n").find((l) => l.startsWith(`${perfil.folio};`));
    expect(fila).toContain(`${perfil.folio};${PROYECTO};Junta de Vecinos Los Aromos;`);
    expect(fila).toContain(";La Araucanía;Idea clara;Organización sin fines de lucro;23500000;Enviada, sin decisión de admisibilidad;");
  });

  test("revisa los chequeos automáticos y declara el perfil ADMISIBLE con motivos", async ({ page }) => {
    const perfil = await perfilEnLaAraucania(2);
    const PROYECTO = perfil.nombreProyecto;
    await ingresar(page, "encargado@fondoidea.cl");
    await page.goto("/seguimiento/postulaciones");
    await page.getByRole("link", { name: PROYECTO }).click();
    await expect(page.getByRole("heading", { level: 1, name: PROYECTO })).toBeVisible();
    // The list stays in the DOM, hidden (Cache Components keeps recent routes in <Activity>), with the same folio.
    await expect(page.getByText(`Folio N° ${perfil.folioTexto}`).filter({ visible: true })).toBeVisible();

    const chequeos = page.getByRole("list", { name: "Chequeos automáticos" });
    await expect(chequeos.getByRole("listitem").filter({ hasText: "RUT de la organización: Cumple" })).toBeVisible();
    await expect(chequeos.getByRole("listitem").filter({ hasText: "Monto solicitado: Cumple" })).toBeVisible();
    // No documents were attached to this perfil: that check fails, in words.
    await expect(chequeos.getByRole("listitem").filter({ hasText: "Documentos exigidos: No cumple. Faltan: Estatutos de la organización, Certificado de vigencia." })).toBeVisible();
    await expect(page.getByText("El perfil no tiene documentos adjuntos.")).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    const form = page.getByRole("form", { name: "Decisión de admisibilidad" });
    // Too-short reasons are refused in the browser with the action's own message; nothing is asked or sent.
    await form.getByRole("radio", { name: /^Admisible/ }).check();
    await form.getByLabel(/^Motivos/).fill("Bien");
    await form.getByRole("button", { name: "Registrar decisión" }).click();
    await expect(form.getByText("Los motivos deben tener al menos 10 caracteres.")).toBeVisible();
    await sinViolacionesAxe(page);

    let pregunta = "";
    page.once("dialog", (d) => {
      pregunta = d.message();
      void d.accept();
    });
    await form.getByLabel(/^Motivos/).fill("La organización acredita su experiencia y los documentos se completarán en la siguiente etapa.");
    await form.getByRole("button", { name: "Registrar decisión" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Decisión registrada: el perfil quedó admisible." })).toBeVisible();
    expect(pregunta).toContain("ADMISIBLE");
    await expect(page.getByText(/^Decisión vigente: Admisible, por Ernesto Encargado Técnico el \d\d-\d\d-\d{4} \d\d:\d\d\.$/)).toBeVisible();
    await expect(page.getByText("Estado: Admisible", { exact: false })).toBeVisible();
    await expect(form.getByRole("button", { name: "Cambiar decisión" })).toBeVisible();
    await sinViolacionesAxe(page);

    // The applicant is told over SMTP.
    const correos = await correosPara(perfil.postulante.email);
    expect(correos).toHaveLength(1);
    expect(textoDeCorreo(correos[0])).toContain(perfil.folioTexto);

    // The list shows the new estado.
    await page.goto("/seguimiento/postulaciones");
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: PROYECTO }) })).toContainText("Admisible");
  });

  test("una postulante recibe 404 en las páginas y la exportación del equipo, incluso las de su propio perfil", async ({ page, permitirErrorConsola, playwright, baseURL }) => {
    // Chromium logs the document's own 404 status: that status is what this test expects.
    permitirErrorConsola(/status of 404/);
    const perfil = await perfilEnLaAraucania(3);
    const PROYECTO = perfil.nombreProyecto;
    await ingresar(page, perfil.postulante.email, perfil.postulante.clave);
    await expect(page.getByRole("link", { name: "Seguimiento" })).toHaveCount(0);
    for (const ruta of ["/seguimiento/postulaciones", `/seguimiento/postulaciones/${perfil.id}`]) {
      const r = await page.goto(ruta);
      expect(r?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
      await expect(page.getByText(PROYECTO)).toHaveCount(0);
    }
    const csv = await page.request.get("/api/exportes/postulaciones");
    expect(csv.status()).toBe(404);
    expect(await csv.text()).not.toContain(PROYECTO);
    // Anonymous: the export is a 404 too, and the pages send to sign-in.
    const anonimo = await playwright.request.newContext({ baseURL });
    const r2 = await anonimo.get("/api/exportes/postulaciones");
    expect(r2.status()).toBe(404);
    await anonimo.dispose();
    await page.context().clearCookies();
    await page.goto("/seguimiento/postulaciones");
    await expect(page).toHaveURL(/\/ingresar\?volver=%2Fseguimiento%2Fpostulaciones$/);
  });
});
