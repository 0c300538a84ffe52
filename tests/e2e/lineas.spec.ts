// Líneas de postulación, in "Desarrollo del concurso" (the only etapa they can be configured in): the
// admin closes a cell of the matrix and changes its amount; an amount outside the band is refused. Before
// each test the two cells it reads are as the demo seeds them.
import { expect, fijarLinea, ingresar, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

test.use({ etapa: "DESARROLLO_CONCURSO" });

test.beforeEach(async () => {
  await fijarLinea("IDEA_VAGA", "PERSONA_NATURAL", { habilitada: false, montoMaximo: 20_000_000, adjuntosRequeridos: ["CEDULA"] });
  await fijarLinea("IDEA_PROTOTIPADA", "UNIVERSIDAD", { habilitada: true, montoMaximo: 30_000_000, adjuntosRequeridos: ["ESTATUTOS", "CERTIFICADO_VIGENCIA"] });
});

const CELDA = "Idea estudiada y prototipada, Universidad";

test.describe("líneas de postulación", () => {
  test("la matriz se lee en el teléfono como una lista por nivel de madurez", async ({ page }) => {
    await ingresar(page, "admin@fondoidea.cl");
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Administración" }).getByRole("link", { name: "Líneas de postulación" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Líneas de postulación" })).toBeVisible();
    for (const nivel of ["Idea vaga", "Idea clara", "Idea estudiada y prototipada"]) {
      await expect(page.getByRole("heading", { level: 2, name: nivel })).toBeVisible();
    }
    // The demo leaves one cell closed: Idea vaga × Persona natural.
    await expect(page.getByRole("listitem", { name: "Idea vaga, Persona natural" })).toContainText("✕ Cerrada");
    const celda = page.getByRole("listitem", { name: CELDA });
    await expect(celda).toContainText("✓ Abierta");
    await expect(celda).toContainText("Hasta $30 MM");
    await expect(celda).toContainText("Documentos: Estatutos de la organización, Certificado de vigencia");
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });

  test("un monto fuera de la banda se rechaza; cerrar la línea y cambiar su monto se guarda", async ({ page }) => {
    await ingresar(page, "admin@fondoidea.cl");
    await page.goto("/admin/lineas");
    await page.getByRole("link", { name: `Configurar la línea ${CELDA}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Línea ${CELDA}` })).toBeVisible();
    const form = page.getByRole("form", { name: `Configurar la línea ${CELDA}` });
    const abierta = form.getByRole("checkbox", { name: "Línea abierta" });
    const monto = form.getByLabel("Monto máximo (pesos)");
    await expect(abierta).toBeChecked();
    await expect(monto).toHaveValue("30000000");
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // Refusal: over the convocatoria's band, with the band in pesos; what was typed stays.
    await abierta.uncheck();
    await monto.fill("35000000");
    await form.getByRole("button", { name: "Guardar línea" }).click();
    const mensaje = "El monto máximo debe estar entre $20.000.000 y $30.000.000, la banda por proyecto de la convocatoria.";
    await expect(page.getByRole("alert").filter({ hasText: mensaje })).toBeVisible();
    await expect(monto).toHaveAttribute("aria-invalid", "true");
    await expect(monto).toHaveAccessibleDescription(/entre \$20\.000\.000 y \$30\.000\.000/);
    await expect(monto).toHaveValue("35000000");
    await expect(abierta).not.toBeChecked();
    await sinViolacionesAxe(page);

    // Main path: closed, 22.5 MM, only the certificate.
    await monto.fill("22500000");
    await form.getByRole("checkbox", { name: "Estatutos de la organización" }).uncheck();
    await form.getByRole("button", { name: "Guardar línea" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Línea guardada: queda cerrada." })).toBeVisible();

    await page.getByRole("link", { name: "← Líneas de postulación" }).click();
    const celda = page.getByRole("listitem", { name: CELDA });
    await expect(celda).toContainText("✕ Cerrada");
    await expect(celda).toContainText("Hasta $22,5 MM");
    await expect(celda).toContainText("Documentos: Certificado de vigencia");

    // Opened again, with both documents: saved as open.
    await page.getByRole("link", { name: `Configurar la línea ${CELDA}` }).click();
    await form.getByRole("checkbox", { name: "Línea abierta" }).check();
    await form.getByLabel("Monto máximo (pesos)").fill("30000000");
    await form.getByRole("checkbox", { name: "Estatutos de la organización" }).check();
    await form.getByRole("button", { name: "Guardar línea" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Línea guardada: queda abierta." })).toBeVisible();
  });
});
