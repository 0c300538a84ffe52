// Data-subject rights on a phone (Ley 21.719): a person downloads all their data as JSON from /cuenta/datos,
// asks for its erasure (confirming first) and sees the 30-day deadline; an administrator carries the erasure
// out from /admin/datos-personales (confirming first); the person can no longer sign in. Refusal: the person
// does not find the admin page (404), and the download answers 404 without a session.
import { baseE2e } from "./estado/base";
import { expect, ingresar, postulanteNuevo, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

const ADMIN = "admin@fondoidea.cl";

test.describe("derechos sobre los datos personales", () => {
  test("descargar los datos, pedir la supresión y que el equipo la resuelva; la cuenta queda cerrada", async ({ page, permitirErrorConsola }) => {
    permitirErrorConsola(/status of 404/);
    test.setTimeout(120_000);
    const persona = await postulanteNuevo({ nombre: "Dora Datos", regionCut: "08" });
    page.on("dialog", (d) => void d.accept());

    await ingresar(page, persona.email, persona.clave);
    // Refusal: the staff page does not exist for the applicant.
    const r = await page.goto("/admin/datos-personales");
    expect(r?.status()).toBe(404);

    await page.goto("/cuenta");
    await page.getByRole("link", { name: "Mis datos personales" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mis datos personales" })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // Access: the JSON download carries their own account.
    const [descarga] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Descargar todos mis datos (JSON)" }).click()]);
    expect(descarga.suggestedFilename()).toMatch(/^mis-datos-fondo-idea-\d{4}-\d{2}-\d{2}\.json$/);
    const texto = await (await descarga.createReadStream()).toArray().then((b) => Buffer.concat(b).toString("utf8"));
    const datos = JSON.parse(texto) as { cuenta: { email: string; nombre: string } };
    expect(datos.cuenta).toMatchObject({ email: persona.email, nombre: "Dora Datos" });

    // Erasure request, after the confirmation dialog: the receipt with the deadline.
    await page.getByRole("button", { name: "Pedir la supresión de mis datos" }).click();
    await expect(page.getByText(/Solicitud recibida/).first()).toBeVisible();
    await expect(page.getByText("Quedan 30 días")).toBeVisible();
    await page.context().clearCookies();

    // Without a session the download does not exist.
    expect((await page.request.get("/cuenta/mis-datos")).status()).toBe(404);

    await ingresar(page, ADMIN);
    await page.goto("/admin/datos-personales");
    await expect(page.getByRole("heading", { level: 1, name: "Solicitudes de datos personales" })).toBeVisible();
    const fila = page.getByRole("listitem").filter({ hasText: "Supresión · Dora Datos" });
    await expect(fila.getByText(/Quedan 30 días/)).toBeVisible();
    await fila.getByRole("button", { name: "Suprimir sus datos" }).click();
    await expect(page.getByText(/Datos suprimidos/).first()).toBeVisible();

    const u = await baseE2e().user.findUniqueOrThrow({ where: { id: persona.id }, select: { nombre: true, email: true, rut: true, passwordHash: true } });
    expect(u).toMatchObject({ rut: null, passwordHash: null });
    expect(u.nombre).toMatch(/^Persona eliminada /);
    await page.context().clearCookies();

    // The old password no longer signs in.
    await page.goto("/ingresar");
    await page.getByLabel("Correo electrónico").fill(persona.email);
    await page.getByLabel("Contraseña").fill(persona.clave);
    await page.getByRole("button", { name: "Ingresar", exact: true }).click();
    await expect(page.getByText("Correo o contraseña incorrectos.").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Cerrar sesión" })).toHaveCount(0);
  });
});
