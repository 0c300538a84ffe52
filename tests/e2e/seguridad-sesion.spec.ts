// Sign-in and sign-out as an attacker would probe them: an off-site ?volver= is not followed, and a
// copy of a session cookie stops working once its owner signs out.
import { CLAVE_DEMO, expect, test } from "./fixtures";

test.describe("ingreso y salida", () => {
  for (const volver of ["/\\evil.example", "/\\/evil.example", "//evil.example", "/\t/evil.example"]) {
    test(`?volver=${volver} no saca al navegador del portal`, async ({ page, baseURL }) => {
      await page.goto(`/ingresar?volver=${encodeURIComponent(volver)}`);
      await page.getByLabel("Correo electrónico").fill("jurado@fondoidea.cl");
      await page.getByLabel("Contraseña").fill(CLAVE_DEMO);
      await page.getByRole("button", { name: "Ingresar", exact: true }).click();
      await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test("?volver= a una página del portal sí se sigue", async ({ page }) => {
    await page.goto(`/ingresar?volver=${encodeURIComponent("/desafios")}`);
    await page.getByLabel("Correo electrónico").fill("jurado@fondoidea.cl");
    await page.getByLabel("Contraseña").fill(CLAVE_DEMO);
    await page.getByRole("button", { name: "Ingresar", exact: true }).click();
    await expect(page).toHaveURL(/\/desafios$/);
  });

  test("una copia de la cookie de sesión deja de valer al cerrar sesión", async ({ page, browser, vigilar }) => {
    await page.goto("/ingresar");
    await page.getByLabel("Correo electrónico").fill("comite@fondoidea.cl");
    await page.getByLabel("Contraseña").fill(CLAVE_DEMO);
    await page.getByRole("button", { name: "Ingresar", exact: true }).click();
    await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
    const copia = await page.context().cookies();
    expect(copia.some((c) => c.name.includes("authjs.session-token"))).toBe(true);

    // The copy works while the session is open…
    const otro = await browser.newContext();
    vigilar(otro);
    await otro.addCookies(copia);
    const pestaña = await otro.newPage();
    await pestaña.goto("/cuenta");
    await expect(pestaña.getByText("Correo: comite@fondoidea.cl")).toBeVisible();

    // …and not after its owner signs out.
    await page.getByRole("button", { name: "Cerrar sesión" }).click();
    await expect(page.getByRole("link", { name: "Ingresar" }).first()).toBeVisible();
    await pestaña.goto("/cuenta");
    await expect(pestaña).toHaveURL(/\/ingresar/);
    await expect(pestaña.getByText("comite@fondoidea.cl")).toHaveCount(0);
    // next-auth's own session endpoint does not answer for it either (it did, and renewed the cookie).
    const sesion = await otro.request.get("/api/auth/session");
    expect(await sesion.text()).not.toContain("comite@fondoidea.cl");
    await otro.close();
  });
});
