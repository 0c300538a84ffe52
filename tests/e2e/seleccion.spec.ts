// Selección on a phone, after the vote: a committee member prepares the preselection with the optimiser's
// suggestion, is refused the acta while perfiles lack a decision (the action's own Spanish message), adopts
// the suggestion, generates the acta and signs it; a second member signs with a reasoned dissent, which
// closes the round: the PDF is published with its SHA-256, the decision forms are gone, and /resultados
// shows the preselected projects. A committee account that is not a member present cannot decide.
import { baseE2e } from "./estado/base";
import { expect, ingresar, integranteComite, preseleccionPorPreparar, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

test.use({ etapa: "SELECCION_CONTRATACION" });

test.describe("selección del comité", () => {
  test("preparar, decidir, generar y firmar el acta; la última firma la cierra y publica los resultados", async ({ page }) => {
    test.setTimeout(180_000);
    await preseleccionPorPreparar();
    const ana = await integranteComite("Ana Comité");
    const beto = await integranteComite("Beto Comité");
    const ajena = await integranteComite("Carla Ausente");
    page.on("dialog", (d) => void d.accept());

    await ingresar(page, ana.email, ana.clave);
    await page.goto("/comite/seleccion");
    await expect(page.getByRole("heading", { level: 1, name: "Selección: preselección para incubación" })).toBeVisible();
    await page.getByLabel("Ana Comité").check();
    await page.getByLabel("Beto Comité").check();
    await page.getByRole("button", { name: "Preparar la ronda" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /cartera sugerida/i })).toBeVisible({ timeout: 30_000 });
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // Refused while perfiles lack a decision: the server's message, and nothing changes.
    await page.getByRole("button", { name: "Generar acta" }).click();
    await expect(page.getByText(/El acta aún no puede generarse: Falta/).first()).toBeVisible();
    expect(await baseE2e().acta.count({ where: { convocatoria: { activa: true } } })).toBe(0);

    await page.getByRole("button", { name: "Adoptar la sugerencia para los perfiles sin decisión" }).click();
    // Every candidate now has its decision (the page's own count; the action's message may already be gone).
    await expect(page.getByText(/^(\d+) candidatos con puntaje consolidado, \1 con decisión\.$/)).toBeVisible();
    await page.getByRole("button", { name: "Generar acta" }).click();
    await expect(page).toHaveURL(/\/comite\/seleccion\/acta$/);
    await expect(page.getByRole("heading", { level: 2, name: "Miembros presentes y firmas" })).toBeVisible();
    await page.getByLabel("De acuerdo").check();
    await page.getByRole("button", { name: "Firmar el acta" }).click();
    await expect(page.getByText("Usted ya firmó").first()).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // A committee account that is not among the members present sees the round but may not decide.
    await page.context().clearCookies();
    await ingresar(page, ajena.email, ajena.clave);
    await page.goto("/comite/seleccion");
    await expect(page.getByText("Usted no figura como miembro presente").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /Registrar decisión|Cambiar decisión/ })).toHaveCount(0);

    // The second member signs with a dissent: the last signature closes and publishes the acta.
    await page.context().clearCookies();
    await ingresar(page, beto.email, beto.clave);
    await page.goto("/comite/seleccion/acta");
    await page.getByLabel("Con disidencia").check();
    await page.getByLabel("Fundamento de la disidencia (obligatorio)").fill("Prefería reforzar la Región de Aysén con un segundo piloto.");
    await page.getByRole("button", { name: "Firmar el acta" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Acta cerrada y publicada" })).toBeVisible({ timeout: 30_000 });
    const acta = await baseE2e().acta.findFirstOrThrow({ where: { convocatoria: { activa: true }, cerradaEn: { not: null } }, select: { id: true, sha256: true } });
    await expect(page.getByText(acta.sha256!)).toBeVisible();
    const pdf = await page.request.get(`/actas/${acta.id}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await sinViolacionesAxe(page);

    // Locked: no decision form is left.
    await page.goto("/comite/seleccion");
    await expect(page.getByRole("button", { name: /Registrar decisión|Cambiar decisión/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Generar acta" })).toHaveCount(0);

    // Public results: a preselected project of this convocatoria (the seed's past one has its own, listed under
    // its year), never its applicant's name or e-mail.
    const preseleccionada = await baseE2e().decisionComite.findFirstOrThrow({ where: { decision: "SELECCIONADA", convocatoria: { activa: true } }, select: { postulacion: { select: { nombreProyecto: true, postulante: { select: { email: true, nombre: true } } } } } });
    await page.context().clearCookies();
    await page.goto("/resultados");
    await expect(page.getByText(preseleccionada.postulacion.nombreProyecto).first()).toBeVisible();
    await expect(page.locator("body")).not.toContainText(preseleccionada.postulacion.postulante.email);
    await expect(page.locator("body")).not.toContainText(preseleccionada.postulacion.postulante.nombre);
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // The ranked guide is published by the same signature: every admissible project with its scores, filtered
    // in the browser, and no one's name or e-mail.
    await page.goto("/guia");
    await expect(page.getByRole("heading", { level: 1, name: "Guía de proyectos ranqueados" })).toBeVisible();
    await expect(page.getByText(preseleccionada.postulacion.nombreProyecto).first()).toBeVisible();
    await expect(page.locator("body")).not.toContainText(preseleccionada.postulacion.postulante.email);
    await expect(page.locator("body")).not.toContainText(preseleccionada.postulacion.postulante.nombre);
    const filtros = page.getByRole("search", { name: "Filtrar la guía" });
    const cuenta = filtros.getByRole("status");
    const antes = await cuenta.textContent();
    const region = filtros.getByLabel("Región");
    const opciones = await region.locator("option").allTextContents();
    await region.selectOption({ label: opciones[1] });
    await expect(cuenta).toContainText("con estos filtros");
    await filtros.getByRole("button", { name: "Quitar filtros" }).click();
    await expect(cuenta).toHaveText(antes ?? "");
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });
});
