// The admin's main path, in order, on the shared database. This file runs LAST (z-…): it publishes a sixth
// desafío and advances the convocatoria to "Convocatoria", which the other files' assertions do not expect.
import { expect, ingresar, test } from "./fixtures";

const ADMIN = "admin@fondoidea.cl";
const TITULO = `Huertos comunitarios en campamentos ${Date.now()}`;

test.describe.serial("administración: del taller de desafíos a la convocatoria", () => {
  test("crea un desafío con una métrica y lo publica", async ({ page }) => {
    await ingresar(page, ADMIN);
    await page.goto("/admin/desafios");
    await expect(page.getByRole("heading", { level: 1, name: "Desafíos" })).toBeVisible();
    await page.getByRole("link", { name: "Nuevo desafío" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nuevo desafío" })).toBeVisible();

    const form = page.getByRole("form", { name: "Nuevo desafío" });
    await form.getByLabel(/^Título/).fill(TITULO);
    await form.getByLabel("Resumen").fill("¿Cómo pueden las familias de campamentos producir parte de sus alimentos?");
    await form.getByLabel("Descripción").fill("Muchas familias de campamentos gastan gran parte de su ingreso en alimentos.\nBuscamos pilotos de huertos comunitarios.");
    await form.getByLabel("Grupo vulnerable").selectOption({ label: "Personas con dependencia moderada o severa" });
    await form.getByLabel("Alcance").selectOption({ label: "Nacional" });
    const metrica = form.getByRole("group", { name: "Métrica 1" });
    await metrica.getByLabel("Indicador").fill("Hogares de campamentos con inseguridad alimentaria");
    await metrica.getByLabel("Valor").fill("38");
    await metrica.getByLabel("Unidad").fill("%");
    await metrica.getByLabel("Fuente").fill("Catastro Nacional de Campamentos 2019");
    await metrica.getByLabel("Fecha de la medición").fill("2019-03-01");
    await form.getByRole("button", { name: "Crear desafío" }).click();

    await expect(page).toHaveURL(/\/admin\/desafios\/[^/]+\?creado=1$/);
    await expect(page.getByRole("heading", { level: 1, name: TITULO })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Desafío creado como borrador" })).toBeVisible();
    await expect(page.getByText("Estado: Borrador")).toBeVisible();

    await page.getByRole("button", { name: "Publicar desafío" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Desafío publicado." })).toBeVisible();
    await expect(page.getByText("Estado: Publicado")).toBeVisible();
    await expect(page.getByRole("button", { name: "Retirar publicación" })).toBeVisible();

    // It is public now, with its baseline.
    await page.getByRole("link", { name: "Ver página pública" }).click();
    await expect(page.getByRole("heading", { level: 1, name: TITULO })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Hogares de campamentos con inseguridad alimentaria" })).toContainText(/38\s*%/);
  });

  test("otorga «Evaluador regional» a Pedro y eso cierra la sesión abierta de Pedro", async ({ page, browser, vigilar }) => {
    // Pedro signs in first, in his own browser context.
    const contextoPedro = await browser.newContext();
    vigilar(contextoPedro);
    const pedro = await contextoPedro.newPage();
    await ingresar(pedro, "postulante@fondoidea.cl");
    await pedro.goto("/cuenta");
    await expect(pedro.getByRole("heading", { level: 1, name: "Hola, Pedro Postulante" })).toBeVisible();

    await ingresar(page, ADMIN);
    await page.goto("/admin/usuarios");
    await page.getByLabel("Rol para Pedro Postulante").selectOption({ label: "Evaluador regional" });
    await page.getByRole("form", { name: "Otorgar rol a Pedro Postulante" }).getByRole("button", { name: "Otorgar" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Rol otorgado." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Revocar Evaluador regional a Pedro Postulante" })).toBeVisible();

    // Pedro's old session no longer counts: /cuenta sends him to sign in again.
    await pedro.goto("/cuenta");
    await expect(pedro).toHaveURL(/\/ingresar\?volver=(%2F|\/)cuenta$/);
    await expect(pedro.getByRole("heading", { level: 1, name: "Ingresar" })).toBeVisible();

    // Signing in again, he has the new role.
    await ingresar(pedro, "postulante@fondoidea.cl");
    await pedro.goto("/cuenta");
    await expect(pedro.getByRole("listitem").filter({ hasText: "Evaluador regional" })).toBeVisible();
    await contextoPedro.close();
  });

  test("avanza a la etapa Convocatoria", async ({ page }) => {
    await ingresar(page, ADMIN);
    await page.goto("/admin/convocatoria");
    await expect(page.getByText("Se cumplen todas las condiciones para avanzar.")).toBeVisible();
    let confirmacion = "";
    page.once("dialog", (d) => {
      confirmacion = d.message();
      void d.accept();
    });
    await page.getByRole("button", { name: "Avanzar a Convocatoria" }).click();
    await expect(page.getByRole("status").filter({ hasText: "La convocatoria pasó a la etapa Convocatoria." })).toBeVisible();
    expect(confirmacion).toContain("Convocatoria");
    await expect(page.getByText(/etapa actual:\s*Convocatoria/)).toBeVisible();

    await page.goto("/");
    await expect(page.getByRole("definition").filter({ hasText: /^Convocatoria$/ })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "Desarrollo del concurso" })).toHaveCount(0);
  });

  test("en Convocatoria los desafíos ya no se pueden editar", async ({ page }) => {
    await ingresar(page, ADMIN);
    await page.goto("/admin/desafios");
    await expect(page.getByRole("link", { name: "Nuevo desafío" })).toHaveCount(0);
    await page.getByRole("link", { name: "Volver a la escuela" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Volver a la escuela" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Este desafío ya no se puede editar" })).toBeVisible();

    const form = page.getByRole("form", { name: "Editar desafío" });
    for (const campo of [/^Título/, /^Resumen/, /^Descripción/, /^Grupo vulnerable/, /^Alcance/]) {
      await expect(form.getByLabel(campo)).toBeDisabled();
    }
    await expect(form.getByLabel("Indicador").first()).toBeDisabled();
    await expect(form.getByRole("button", { name: "Guardar cambios" })).toBeDisabled();
    await expect(page.getByRole("button", { name: /Publicar desafío|Retirar publicación/ })).toHaveCount(0);
  });

  test("la bitácora está íntegra y registra el avance de etapa", async ({ page }) => {
    await ingresar(page, ADMIN);
    await page.goto("/admin/auditoria");
    await expect(page.getByRole("status").filter({ hasText: "Cadena verificada" })).toBeVisible();
    const tabla = page.getByRole("table", { name: /entradas de la bitácora/ });
    await expect(tabla.getByRole("cell", { name: "convocatoria.avanzarEtapa", exact: true })).toHaveCount(1);
    for (const accion of ["desafio.crear", "desafio.publicar", "usuario.otorgarRol"]) {
      await expect(tabla.getByRole("cell", { name: accion, exact: true }).first()).toBeAttached();
    }
  });
});
