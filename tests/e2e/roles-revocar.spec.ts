// Each revoke button says, in its accessible name, which role of which person it revokes (issue 8, item 6):
// a screen reader in the users list hears «Revocar Evaluador regional a …», not «Evaluador regional ✕».
import { cuentaNueva, expect, ingresar, sinViolacionesAxe, test } from "./fixtures";

test("el botón de revocar nombra el rol y la persona, y revoca solo ese rol", async ({ page }) => {
  const persona = await cuentaNueva({ nombre: `Rebeca Revocable ${Date.now()}`, roles: ["POSTULANTE", "EVALUADOR"] });
  await ingresar(page, "admin@fondoidea.cl");
  await page.goto(`/admin/usuarios?q=${encodeURIComponent(persona.email)}`);

  const evaluador = page.getByRole("button", { name: `Revocar Evaluador regional a ${persona.nombre}`, exact: true });
  const postulante = page.getByRole("button", { name: `Revocar Postulante a ${persona.nombre}`, exact: true });
  await expect(evaluador).toBeVisible();
  await expect(postulante).toBeVisible();
  // What the eye reads is part of the name (WCAG 2.5.3): the role; the ✕ is decoration.
  await expect(evaluador).toHaveText(/Evaluador regional/);
  await sinViolacionesAxe(page);

  let pregunta = "";
  page.once("dialog", (d) => {
    pregunta = d.message();
    void d.accept();
  });
  await evaluador.click();
  await expect(evaluador).toHaveCount(0);
  expect(pregunta).toBe(`¿Revocar el rol Evaluador regional a ${persona.nombre}? Sus sesiones abiertas se cerrarán.`);
  await expect(postulante).toBeVisible();
});
