// Signing in with ClaveÚnica in the browser, against the local OpenID provider that tests/e2e/serve.mjs
// starts (tests/oidc/claveunica-local.mjs: ClaveÚnica's paths and claims, an HTML form to pick the
// identity). The RUNs are CHILE.md's test RUNs, which no other spec uses.
import type { Page } from "@playwright/test";
import { baseE2e } from "./estado/base";
import { correosPara, cuentaNueva, expect, ingresar, sinViolacionesAxe, test, textoDeCorreo } from "./fixtures";

/** On the local provider's page: picks the identity whose label shows `run` and authorizes. */
async function elegirIdentidad(page: Page, run: string) {
  await expect(page).toHaveURL(/\/openid\/interaction\//);
  await expect(page.getByRole("heading", { name: "ClaveÚnica local de pruebas" })).toBeVisible();
  await page.getByRole("radio", { name: new RegExp(`RUN ${run}`) }).check();
  await page.getByRole("button", { name: "Autorizar e ingresar" }).click();
}

/** Frees a test RUN (a spec may run twice against one database): no account holds it. */
async function liberarRun(rut: string) {
  await baseE2e().user.updateMany({ where: { rut }, data: { rut: null, rutVerificado: false, claveUnicaSub: null } });
}

test("ingresar con ClaveÚnica deja la sesión iniciada en la cuenta de ese RUN, verificada", async ({ page }) => {
  await page.goto("/ingresar");
  const boton = page.getByRole("button", { name: "Ingresar con ClaveÚnica" });
  await expect(boton).toBeVisible();
  await sinViolacionesAxe(page);
  await boton.click();

  await elegirIdentidad(page, "55555555-5");

  await expect(page).toHaveURL(/\/cuenta$/);
  await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Hola, Juan Soto Muñoz" })).toBeVisible();
  await expect(page.getByText("RUT verificado con ClaveÚnica")).toBeVisible();
  // ClaveÚnica gives no e-mail: the page says so instead of showing the placeholder.
  await expect(page.getByText("Su cuenta no tiene correo electrónico")).toBeVisible();
  await expect(page.getByText("sin-correo.invalid")).toHaveCount(0);
  await sinViolacionesAxe(page);

  const u = await baseE2e().user.findUniqueOrThrow({ where: { rut: "55555555-5" }, select: { rutVerificado: true, roles: { select: { rol: true } } } });
  expect(u.rutVerificado).toBe(true);
  expect(u.roles.map((r) => r.rol)).toContain("AFILIADO");

  // Signing out of a ClaveÚnica session also goes through ClaveÚnica's logout, which sends the person
  // back to the portal's home, signed out.
  const salidas: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/v1/accounts/app/logout")) salidas.push(r.url());
  });
  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(salidas).toHaveLength(1);
  expect(new URL(salidas[0]).searchParams.get("redirect")).toBe(new URL(page.url()).href);
  await expect(page.getByRole("link", { name: "Ingresar" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Cerrar sesión" })).toHaveCount(0);
});

test("una cuenta de ClaveÚnica agrega su correo: pide el enlace en «Mi cuenta» y lo confirma; un enlace alterado no sirve", async ({ page }) => {
  await liberarRun("99999999-9");
  const correo = `pedro.${Date.now()}@prueba.cl`;
  await page.goto("/ingresar");
  await page.getByRole("button", { name: "Ingresar con ClaveÚnica" }).click();
  await elegirIdentidad(page, "99999999-9");
  await expect(page).toHaveURL(/\/cuenta$/);
  await expect(page.getByText("Su cuenta no tiene correo electrónico")).toBeVisible();

  const form = page.getByRole("form", { name: "Agregar mi correo" });
  await form.getByLabel("Su correo electrónico").fill("pedro-sin-arroba");
  await form.getByRole("button", { name: "Enviar el enlace de confirmación" }).click();
  await expect(form.getByText("Ingrese un correo electrónico válido.")).toBeVisible();
  await form.getByLabel("Su correo electrónico").fill(correo);
  await form.getByRole("button", { name: "Enviar el enlace de confirmación" }).click();
  await expect(page.getByText(`Le enviamos un enlace a ${correo}.`)).toBeVisible();
  await sinViolacionesAxe(page);

  const [eml] = await correosPara(correo);
  const ruta = /\/cuenta\/correo\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/.exec(textoDeCorreo(eml))?.[0];
  expect(ruta, "el correo trae el enlace").toBeTruthy();

  // A link with one character changed: refused, nothing to confirm.
  const alterada = ruta!.slice(0, -1) + (ruta!.endsWith("A") ? "B" : "A");
  await page.goto(alterada);
  await expect(page.getByText("El enlace no es válido")).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirmar mi correo" })).toHaveCount(0);

  await page.goto(ruta!);
  await expect(page.getByText(`Se agregará a su cuenta el correo ${correo}.`)).toBeVisible();
  await sinViolacionesAxe(page);
  await page.getByRole("button", { name: "Confirmar mi correo" }).click();
  await expect(page.getByText(`Listo: su correo es ${correo}.`)).toBeVisible();
  await page.getByRole("link", { name: "Volver a «Mi cuenta»" }).click();
  await expect(page.getByText(`Correo: ${correo}`)).toBeVisible();
  await expect(page.getByText("Su cuenta no tiene correo electrónico")).toHaveCount(0);
  const u = await baseE2e().user.findUniqueOrThrow({ where: { rut: "99999999-9" }, select: { email: true } });
  expect(u.email).toBe(correo);
});

test("con la sesión de contraseña abierta, «Verificar mi RUT con ClaveÚnica» verifica esa misma cuenta", async ({ page }) => {
  await liberarRun("88888888-8");
  const cuenta = await cuentaNueva({ nombre: "Verónica Verifica" });
  await ingresar(page, cuenta.email, cuenta.clave);
  await page.goto("/cuenta");
  await expect(page.getByText("Su RUT no está verificado")).toBeVisible();
  await page.getByRole("button", { name: "Verificar mi RUT con ClaveÚnica" }).click();

  await elegirIdentidad(page, "88888888-8");

  await expect(page).toHaveURL(/\/cuenta$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hola, Verónica Verifica" })).toBeVisible();
  await expect(page.getByText("RUT verificado con ClaveÚnica")).toBeVisible();
  await expect(page.getByText(`Correo: ${cuenta.email}`)).toBeVisible();
  const u = await baseE2e().user.findUniqueOrThrow({ where: { id: cuenta.id }, select: { rut: true, rutVerificado: true } });
  expect(u).toEqual({ rut: "88888888-8", rutVerificado: true });
});

test("cancelar en ClaveÚnica vuelve a Ingresar con un aviso, sin sesión", async ({ page }) => {
  await page.goto("/ingresar");
  await page.getByRole("button", { name: "Ingresar con ClaveÚnica" }).click();
  await expect(page).toHaveURL(/\/openid\/interaction\//);
  await page.getByRole("button", { name: "Cancelar" }).click();

  await expect(page).toHaveURL(/\/ingresar\?error=/);
  await expect(page.getByRole("alert").filter({ hasText: "No pudo ingresar con ClaveÚnica" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cerrar sesión" })).toHaveCount(0);
  await sinViolacionesAxe(page);
});
