// After signing up, /ingresar has the new e-mail filled in and the focus on the password: one step less
// (issue 8, item 6). Not an automatic sign-in: registration answers the same whether or not the e-mail or
// RUT had an account (ADR 0002), so it cannot tell that the password typed opens one. The e-mail travels
// in this tab's sessionStorage, never in the URL.
import { expect, rutUnico, sinViolacionesAxe, test } from "./fixtures";

const CLAVE = "ClaveSegura2019";

test("después de crear la cuenta, ingresar trae el correo escrito y el foco en la contraseña", async ({ page, browser, vigilar }) => {
  const email = `ingreso.rapido.${Date.now()}@ejemplo.cl`;
  await page.goto("/registro");
  await page.getByLabel("Nombre completo").fill("Inés Ingreso Rápido");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByRole("textbox", { name: "RUT", exact: true }).fill(rutUnico(40_000_000));
  await page.getByLabel(/^Contraseña/).fill(CLAVE);
  await page.getByLabel("Repita la contraseña").fill(CLAVE);
  await page.getByRole("checkbox", { name: /Acepto la política de privacidad/ }).check();
  await page.getByRole("button", { name: "Crear cuenta" }).click();

  await expect(page).toHaveURL(/\/ingresar\?registrado=1$/);
  expect(page.url()).not.toContain(encodeURIComponent(email));
  // The sign-up page stays in the DOM, hidden (Cache Components keeps recent routes in <Activity>): only
  // the visible form counts.
  await expect(page.getByLabel("Correo electrónico").filter({ visible: true })).toHaveValue(email);
  await expect(page.getByLabel("Contraseña").filter({ visible: true })).toBeFocused();
  await sinViolacionesAxe(page);

  await page.keyboard.type(CLAVE);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();

  // Read once: another visit to /ingresar (here, another browser) starts empty.
  const otro = await browser.newContext();
  vigilar(otro);
  const p2 = await otro.newPage();
  await p2.goto("/ingresar?registrado=1");
  await expect(p2.getByLabel("Correo electrónico")).toHaveValue("");
  await otro.close();
});

test("un registro rechazado conserva lo escrito y lleva el foco al primer campo con error", async ({ page }) => {
  await page.goto("/registro");
  await page.getByLabel("Nombre completo").fill("Rut Equivocado");
  await page.getByLabel("Correo electrónico").fill(`rut.equivocado.${Date.now()}@ejemplo.cl`);
  await page.getByRole("textbox", { name: "RUT", exact: true }).fill("12.345.678-9");
  await page.getByLabel(/^Contraseña/).fill(CLAVE);
  await page.getByLabel("Repita la contraseña").fill(CLAVE);
  await page.getByRole("button", { name: "Crear cuenta" }).click();

  const rut = page.getByRole("textbox", { name: "RUT", exact: true });
  await expect(page.getByRole("alert").filter({ hasText: "Revise los campos marcados." })).toBeVisible();
  await expect(rut).toBeFocused();
  await expect(rut).toHaveAccessibleDescription(/dígito verificador/);
  await expect(page.getByRole("checkbox", { name: /Acepto la política de privacidad/ })).toHaveAttribute("aria-invalid", "true");
  await expect(rut).toHaveValue("12.345.678-9");
  await expect(page.getByLabel("Nombre completo")).toHaveValue("Rut Equivocado");
  await expect(page).toHaveURL(/\/registro$/);
  await sinViolacionesAxe(page);
});
