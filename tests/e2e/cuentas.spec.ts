// Sign-up: an invalid RUT is refused next to its field and creates nothing; a valid one creates the
// account, and the new user can sign in.
import { digitoVerificador, expect, ingresar, test } from "./fixtures";

const CLAVE = "ClaveSegura2019";

async function llenarRegistro(page: import("@playwright/test").Page, datos: { nombre: string; email: string; rut: string }) {
  await page.goto("/registro");
  await page.getByLabel("Nombre completo").fill(datos.nombre);
  await page.getByLabel("Correo electrónico").fill(datos.email);
  await page.getByLabel("RUT").fill(datos.rut);
  await page.getByLabel(/^Contraseña/).fill(CLAVE);
  await page.getByLabel("Repita la contraseña").fill(CLAVE);
  await page.getByRole("checkbox", { name: /Acepto la política de privacidad/ }).check();
}

test.describe("registro", () => {
  test("un RUT inválido muestra el error junto al campo y no crea la cuenta", async ({ page }) => {
    const email = `rut-invalido-${Date.now()}@ejemplo.cl`;
    await llenarRegistro(page, { nombre: "Rosa Rut Inválido", email, rut: "12.345.678-9" });
    await page.getByRole("button", { name: "Crear cuenta" }).click();

    const rut = page.getByLabel("RUT");
    await expect(rut).toHaveAttribute("aria-invalid", "true");
    await expect(rut).toHaveAccessibleDescription(/RUT/);
    await expect(rut).toHaveAccessibleDescription(/dígito verificador/);
    await expect(page).toHaveURL(/\/registro$/);

    // Nothing was created: signing in with that e-mail fails.
    await page.goto("/ingresar");
    await page.getByLabel("Correo electrónico").fill(email);
    await page.getByLabel("Contraseña").fill(CLAVE);
    await page.getByRole("button", { name: "Ingresar", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Correo o contraseña incorrectos." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Cerrar sesión" })).toHaveCount(0);
  });

  test("un registro válido lleva a ingresar y la cuenta nueva puede ingresar", async ({ page }) => {
    const sello = String(Date.now());
    const cuerpo = `2${sello.slice(-7)}`; // 8 digits, different on every run
    const rut = `${cuerpo}-${digitoVerificador(cuerpo)}`;
    const email = `nueva-${sello}@ejemplo.cl`;
    await llenarRegistro(page, { nombre: "Nora Nueva Cuenta", email, rut });
    await page.getByRole("button", { name: "Crear cuenta" }).click();

    await expect(page).toHaveURL(/\/ingresar\?registrado=1$/);
    await expect(page.getByRole("status").filter({ hasText: "su cuenta quedó creada" })).toBeVisible();

    await ingresar(page, email, CLAVE);
    await page.goto("/cuenta");
    await expect(page.getByRole("heading", { level: 1, name: "Hola, Nora Nueva Cuenta" })).toBeVisible();
    await expect(page.getByText(`Correo: ${email}`)).toBeVisible();
    // Her home has the card of her only role.
    await expect(page.getByRole("listitem", { name: "Postulante", exact: true })).toBeVisible();
  });
});
