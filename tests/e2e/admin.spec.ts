// The admin's main path, in order: a desafío created and published in "Desarrollo del concurso", a role
// granted (which closes that person's open session), the advance to "Convocatoria" and what it locks, and
// the audit log. The file prepares its own start: the convocatoria in "Desarrollo del concurso", whose
// planned end was yesterday (so the advance is on time: no early-advance warning), and a new applicant
// to receive the role.
import { entradasEnBitacora, enEtapa, expect, ingresar, postulanteNuevo, test, type Cuenta } from "./fixtures";

const ADMIN = "admin@fondoidea.cl";
const TITULO = `Huertos comunitarios en campamentos ${Date.now()}`;

let avancesAntes = 0;

test.beforeAll(async () => {
  await enEtapa("DESARROLLO_CONCURSO", { vencida: true });
  avancesAntes = await entradasEnBitacora("convocatoria.avanzarEtapa");
});

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

    // The public list is served from the server's memory (x-fondo-cache: HIT) before the change…
    await page.request.get("/desafios");
    const antes = await page.request.get("/desafios");
    expect(antes.headers()["x-fondo-cache"]).toBe("HIT");
    expect(await antes.text()).not.toContain(TITULO);

    await page.getByRole("button", { name: "Publicar desafío" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Desafío publicado." })).toBeVisible();
    // …and the action made the server forget it: the very next visit is rendered again, with the desafío.
    const despues = await page.request.get("/desafios");
    expect(despues.headers()["x-fondo-cache"]).toBe("MISS");
    expect(await despues.text()).toContain(TITULO);
    await expect(page.getByText("Estado: Publicado")).toBeVisible();
    await expect(page.getByRole("button", { name: "Retirar publicación" })).toBeVisible();

    // It is public now, with its baseline.
    await page.getByRole("link", { name: "Ver página pública" }).click();
    await expect(page.getByRole("heading", { level: 1, name: TITULO })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Hogares de campamentos con inseguridad alimentaria" })).toContainText(/38\s*%/);
  });

  test("otorga «Evaluador regional» a una postulante y eso cierra su sesión abierta", async ({ page, browser, vigilar }) => {
    const ines: Cuenta = await postulanteNuevo({ nombre: `Inés Nueva Evaluadora ${Date.now()}` });
    // She signs in first, in her own browser context.
    const contextoInes = await browser.newContext();
    vigilar(contextoInes);
    const pagina = await contextoInes.newPage();
    await ingresar(pagina, ines.email, ines.clave);
    await pagina.goto("/cuenta");
    await expect(pagina.getByRole("heading", { level: 1, name: `Hola, ${ines.nombre}` })).toBeVisible();

    await ingresar(page, ADMIN);
    await page.goto(`/admin/usuarios?q=${encodeURIComponent(ines.email)}`);
    await page.getByLabel(`Rol para ${ines.nombre}`).selectOption({ label: "Evaluador regional" });
    await page.getByRole("form", { name: `Otorgar rol a ${ines.nombre}` }).getByRole("button", { name: "Otorgar" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Rol otorgado." })).toBeVisible();
    await expect(page.getByRole("button", { name: `Revocar Evaluador regional a ${ines.nombre}` })).toBeVisible();

    // Her old session no longer counts: /cuenta sends her to sign in again.
    await pagina.goto("/cuenta");
    await expect(pagina).toHaveURL(/\/ingresar\?volver=(%2F|\/)cuenta$/);
    await expect(pagina.getByRole("heading", { level: 1, name: "Ingresar" })).toBeVisible();

    // Signing in again, she has the new role.
    await ingresar(pagina, ines.email, ines.clave);
    await pagina.goto("/cuenta");
    await expect(pagina.getByRole("listitem").filter({ hasText: "Evaluador regional" })).toBeVisible();
    await contextoInes.close();
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
    // Exactly one advance more than before this file: the one above.
    expect(await entradasEnBitacora("convocatoria.avanzarEtapa")).toBe(avancesAntes + 1);
    await ingresar(page, ADMIN);
    await page.goto("/admin/auditoria");
    await expect(page.getByRole("status").filter({ hasText: "Cadena verificada" })).toBeVisible();
    // At 375 px, one card per entry, newest first; the newest advance is the admin's, made in "Desarrollo del concurso".
    const entradas = page.getByRole("list", { name: "Últimas 100 entradas de la bitácora" });
    const dato = (texto: string) => page.getByRole("definition").filter({ hasText: new RegExp(`^${texto.replace(/\./g, "\\.")}$`) });
    const avance = entradas.getByRole("listitem").filter({ has: dato("convocatoria.avanzarEtapa") }).first();
    await expect(avance.getByRole("definition").filter({ hasText: /^Ana Administradora$/ })).toBeVisible();
    await expect(avance.getByRole("definition").filter({ hasText: /^Desarrollo del concurso$/ })).toBeVisible();
    for (const accion of ["desafio.crear", "desafio.publicar", "usuario.otorgarRol"]) {
      await expect(entradas.getByRole("listitem").filter({ has: dato(accion) }).first()).toBeVisible();
    }
  });
});
