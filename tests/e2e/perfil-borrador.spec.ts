// Issue 8 (items 1 and 2): with an invalid organisation RUT the autosave stopped updating the server copy
// and marked no field until «Enviar»; "25.000.000" was refused as not a number. Now a draft saves whatever
// was typed: another browser finds every character, the RUT is marked next to its field as soon as the
// save answers, and the amount is shown with its dots and stored as integer pesos. The submission stays
// strict, and its refusal puts the focus on the first field to fix.
import { baseE2e } from "./estado/base";
import { expect, ingresar, postulanteNuevo, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

test.use({ etapa: "CONVOCATORIA" });

const RUT_INVALIDO = "65.123.456-7"; // the check digit of 65.123.456 is 5

test.describe("perfil: el borrador guarda lo escrito aunque un campo no sirva para enviar", () => {
  test("un RUT inválido no detiene el autoguardado: otro navegador encuentra cada carácter, y «25.000.000» queda en 25000000 pesos", async ({ page, browser, vigilar }) => {
    test.setTimeout(90_000);
    const rosa = await postulanteNuevo({ nombre: "Rosa Borrador" });
    const nombre = `Huertos en campamentos ${Date.now()}`;
    const problema = "Las familias de campamentos gastan gran parte de su ingreso en alimentos; escrito después del RUT inválido.";
    const organizacion = "Junta de vecinos Las Araucarias";

    await ingresar(page, rosa.email, rosa.clave);
    await page.goto("/desafios/cuidar-a-quien-cuida");
    await page.getByRole("button", { name: "Postular a este desafío" }).click();
    await expect(page).toHaveURL(/\/postulante\/perfiles\/[^/]+$/);
    const perfilUrl = new URL(page.url()).pathname;
    const guardado = page.locator('[data-estado="guardado"]');

    await page.getByLabel(/^Nombre del proyecto/).fill(nombre);
    const rut = page.getByLabel(/^RUT de la organización/);
    // The example shown is itself a valid RUT.
    await expect(rut).toHaveAttribute("placeholder", "65.123.456-5");
    await rut.fill(RUT_INVALIDO);
    // Fields typed after the invalid one.
    await page.getByLabel(/^Nombre de la organización/).fill(organizacion);
    await page.getByLabel(/^Problema/).fill(problema);
    const monto = page.getByLabel(/^Monto solicitado/);
    await monto.pressSequentially("25000000", { delay: 10 });
    // Formatted as it is typed.
    await expect(monto).toHaveValue("25.000.000");
    await expect(guardado).toBeVisible({ timeout: 15_000 });

    // Marked next to its field as soon as the save answers, without «Enviar»; the draft saved anyway.
    await expect(rut).toHaveAttribute("aria-invalid", "true");
    await expect(rut).toHaveAccessibleDescription(/El RUT no es válido: revise el dígito verificador\./);
    await expect(page.getByRole("status").filter({ hasText: "Revise el campo marcado: se guarda igual" })).toBeVisible();
    await expect(monto).not.toHaveAttribute("aria-invalid", "true");
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // The server copy has everything, with the amount in pesos.
    const id = perfilUrl.split("/").pop()!;
    expect(await baseE2e().postulacion.findUniqueOrThrow({ where: { id }, select: { nombreProyecto: true, problema: true, organizacionNombre: true, organizacionRut: true, montoSolicitado: true } })).toEqual({
      nombreProyecto: nombre,
      problema,
      organizacionNombre: organizacion,
      organizacionRut: RUT_INVALIDO,
      montoSolicitado: 25_000_000,
    });

    // Another browser (no copy on its device) finds every character.
    const otro = await browser.newContext();
    vigilar(otro);
    const p2 = await otro.newPage();
    await ingresar(p2, rosa.email, rosa.clave);
    await p2.goto(perfilUrl);
    await expect(p2.getByLabel(/^Nombre del proyecto/)).toHaveValue(nombre);
    await expect(p2.getByLabel(/^RUT de la organización/)).toHaveValue(RUT_INVALIDO);
    await expect(p2.getByLabel(/^Nombre de la organización/)).toHaveValue(organizacion);
    await expect(p2.getByLabel(/^Problema/)).toHaveValue(problema);
    await expect(p2.getByLabel(/^Monto solicitado/)).toHaveValue("25.000.000");
    await otro.close();

    // «Enviar» is strict: nothing is asked or sent, the values stay, and the focus goes to the first
    // field to fix (Solución propuesta, empty), with the refusal announced.
    let preguntó = false;
    page.on("dialog", (d) => {
      preguntó = true;
      void d.dismiss();
    });
    await page.getByRole("button", { name: "Enviar perfil" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Revise los campos marcados." })).toBeVisible();
    await expect(page.getByLabel(/^Solución propuesta/)).toBeFocused();
    await expect(page.getByLabel(/^Solución propuesta/)).toHaveAttribute("aria-invalid", "true");
    await expect(rut).toHaveValue(RUT_INVALIDO);
    await expect(monto).toHaveValue("25.000.000");
    expect(preguntó).toBe(false);
    await sinViolacionesAxe(page);
  });

  test("un monto fuera de la banda se marca junto al campo al guardarse, y corregirlo quita la marca", async ({ page }) => {
    const pablo = await postulanteNuevo({ nombre: "Pablo Monto" });
    await ingresar(page, pablo.email, pablo.clave);
    await page.goto("/desafios/cuidar-a-quien-cuida");
    await page.getByRole("button", { name: "Postular a este desafío" }).click();
    await expect(page).toHaveURL(/\/postulante\/perfiles\/[^/]+$/);

    const monto = page.getByLabel(/^Monto solicitado/);
    // Pasted as written elsewhere: the dots and the sign are not typed by hand.
    await monto.fill("$5.000.000");
    await expect(monto).toHaveValue("5.000.000");
    await expect(monto).toHaveAttribute("aria-invalid", "true", { timeout: 15_000 });
    await expect(monto).toHaveAccessibleDescription(/\$5\.000\.000; debe estar entre \$20\.000\.000 y \$30\.000\.000\./);

    await monto.fill("");
    await monto.pressSequentially("22500000");
    await expect(monto).toHaveValue("22.500.000");
    await expect(monto).not.toHaveAttribute("aria-invalid", "true", { timeout: 15_000 });
    await expect(page.locator('[data-estado="guardado"]')).toBeVisible({ timeout: 15_000 });
  });
});
