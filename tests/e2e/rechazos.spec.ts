// Refusals: private pages are not shown to the wrong people.
import { expect, ingresar, test } from "./fixtures";

test.describe("acceso denegado", () => {
  test("un visitante anónimo que abre /admin va a /ingresar", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/ingresar\?volver=%2Fadmin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Ingresar" })).toBeVisible();
  });

  test("un postulante que abre /admin/convocatoria recibe la página 404", async ({ page, permitirErrorConsola }) => {
    // Chromium logs the document's own 404 status: that status is what this test expects.
    permitirErrorConsola(/status of 404/);
    await ingresar(page, "postulante@fondoidea.cl");
    const r = await page.goto("/admin/convocatoria");
    expect(r?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
    await expect(page.getByText("Avanzar de etapa")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Administración" })).toHaveCount(0);
  });
});
