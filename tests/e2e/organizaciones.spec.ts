// Organisations in etapa Convocatoria, on a phone: an organisation already claimed by another applicant;
// a second applicant who tries to send a perfil with its RUT is refused and told how to join, asks to join
// from «Mis organizaciones» (the answer does not tell whether the RUT is registered), staff who resolve
// disputes see the request (an evaluator gets a 404), and the member approves it. Then the member invites a
// third applicant, who joins only by accepting. The claim is inserted directly in beforeAll
// (tests/integration/organizaciones.test.ts covers claiming by submitting).
import { formatearRut } from "../../lib/domain/rut";
import {
  digitoVerificador,
  expect,
  ingresar,
  organizacionDe,
  postulanteNuevo,
  registrarseEIngresar,
  sinScrollHorizontal,
  sinViolacionesAxe,
  test,
  type Cuenta,
} from "./fixtures";

const sello = Date.now();
const cuerpoOrg = String(80_000_000 + (sello % 9_000_000));
const RUT_ORG = `${cuerpoOrg}-${digitoVerificador(cuerpoOrg)}`;
const ORGANIZACION = `Fundación Los Canelos ${sello}`;
const cuerpoPersona = String(40_000_000 + (sello % 9_000_000));
const RUT_PERSONA = `${cuerpoPersona}-${digitoVerificador(cuerpoPersona)}`;
const SEGUNDA = { nombre: `Tomás Segundo ${sello}`, email: `tomas.org.${sello}@prueba.cl`, clave: "FondoIdea2019!" };
const MENSAJE = "Soy el tesorero de la fundación desde 2017 y quiero enviar nuestro perfil.";
const cuerpoTercera = String(30_000_000 + (sello % 9_000_000));
const TERCERA = { nombre: `Teresa Tercera ${sello}`, email: `teresa.org.${sello}@prueba.cl`, rut: `${cuerpoTercera}-${digitoVerificador(cuerpoTercera)}`, clave: "FondoIdea2019!" };
const INVITACION_ENVIADA = "Si hay una cuenta con ese correo, le enviamos la invitación.";

test.use({ etapa: "CONVOCATORIA" });

let duena: Cuenta;

test.beforeAll(async () => {
  // Another applicant registered (claimed) the organisation first.
  duena = await postulanteNuevo({ nombre: `Olga Dueña ${sello}` });
  await organizacionDe(duena, { nombre: ORGANIZACION, rut: RUT_ORG });
});

test.describe.serial("organizaciones: quien no es integrante no envía por ella, y pide unirse", () => {
  test("un segundo postulante no puede enviar un perfil con el RUT de una organización ya registrada, y pide unirse", async ({ page }) => {
    test.setTimeout(120_000);
    await registrarseEIngresar(page, { nombre: SEGUNDA.nombre, email: SEGUNDA.email, rut: formatearRut(RUT_PERSONA), clave: SEGUNDA.clave });

    await page.goto("/desafios/cuidar-a-quien-cuida");
    await page.getByRole("button", { name: "Postular a este desafío" }).click();
    await expect(page).toHaveURL(/\/postulante\/perfiles\/[^/]+$/);
    await page.getByLabel(/^Nombre del proyecto/).fill(`Huertos comunitarios ${sello}`);
    await page.getByLabel(/^Problema/).fill("Las familias cuidadoras no tienen tiempo ni espacio para descansar.");
    await page.getByLabel(/^Solución propuesta/).fill("Huertos comunitarios con turnos de cuidado compartido.");
    await page.getByLabel(/^Personas usuarias/).fill("Treinta familias cuidadoras de Coronel.");
    await page.getByLabel(/^Co-producción/).fill("Las familias definen los turnos en asamblea mensual.");
    await page.getByLabel(/^Equipo/).fill("Un agrónomo, una trabajadora social y dos monitoras.");
    await page.getByRole("checkbox", { name: "Biobío" }).check();
    await page.getByLabel(/^Nombre de la organización/).fill("Otro nombre para la fundación");
    await page.getByLabel(/^RUT de la organización/).fill(formatearRut(RUT_ORG));
    await page.getByLabel(/^Tipo de ejecutor/).selectOption({ label: "Organización sin fines de lucro" });
    await page.getByLabel(/^Nivel de madurez/).selectOption({ label: "Idea clara" });
    await page.getByLabel(/^Monto solicitado/).fill("24000000");
    await expect(page.locator('[data-estado="guardado"]')).toBeVisible({ timeout: 15_000 });

    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Enviar perfil" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Esta organización ya está registrada en el portal por otra persona." })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByLabel(/^RUT de la organización/)).toHaveAccessibleDescription(/Pida a un integrante que lo invite, o solicite unirse desde «Mis organizaciones»/);
    await expect(page).not.toHaveURL(/enviado=1/);

    // «Mis organizaciones», from «Mis postulaciones».
    await page.goto("/postulante");
    await page.getByRole("link", { name: "Mis organizaciones" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Mis organizaciones" })).toBeVisible();
    const form = page.getByRole("form", { name: "Solicitar unirse a una organización" });
    await form.getByLabel("RUT de la organización").fill(formatearRut(RUT_ORG));
    await form.getByLabel("Mensaje para sus integrantes").fill(MENSAJE);
    await form.getByRole("button", { name: "Solicitar unirme" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Si la organización está registrada en el portal, enviamos su solicitud a sus integrantes." })).toBeVisible();
    // Nothing on the page tells whether the RUT is registered, nor the organisation's name.
    await expect(page.getByText(ORGANIZACION)).toHaveCount(0);
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });

  test("el equipo FOSIS ve la solicitud pendiente con la organización y sus integrantes", async ({ page }) => {
    await ingresar(page, "admin@fondoidea.cl");
    await page.goto("/seguimiento/organizaciones");
    await expect(page.getByRole("heading", { level: 1, name: "Organizaciones" })).toBeVisible();
    const solicitud = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: ORGANIZACION }) });
    await expect(solicitud.getByText(SEGUNDA.email)).toBeVisible();
    await expect(solicitud.getByText(MENSAJE)).toBeVisible();
    await expect(solicitud.getByRole("button", { name: "Aprobar y quitar a los demás" })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });

  test("un evaluador no abre la lista de organizaciones (404) ni ve su enlace", async ({ page, permitirErrorConsola }) => {
    // Chromium logs the document's own 404 status: that status is what this test expects.
    permitirErrorConsola(/status of 404/);
    await ingresar(page, "evaluador@fondoidea.cl");
    await page.goto("/seguimiento/postulaciones");
    await expect(page.getByRole("navigation", { name: "Seguimiento" }).getByRole("link", { name: "Organizaciones" })).toHaveCount(0);
    const r = await page.goto("/seguimiento/organizaciones");
    expect(r?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
    await expect(page.getByText(SEGUNDA.email)).toHaveCount(0);
  });

  test("la integrante de la organización aprueba la solicitud", async ({ page }) => {
    await ingresar(page, duena.email, duena.clave);
    await page.goto("/postulante/organizaciones");
    const organizacion = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: ORGANIZACION }) });
    await expect(organizacion.getByText(MENSAJE)).toBeVisible();
    await sinViolacionesAxe(page);
    await organizacion.getByRole("button", { name: `Aprobar a ${SEGUNDA.nombre}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Solicitud aprobada: ${SEGUNDA.nombre}` })).toBeVisible();
    await expect(page.getByRole("list", { name: `Integrantes de ${ORGANIZACION}` }).getByText(SEGUNDA.nombre)).toBeVisible();
    await sinScrollHorizontal(page);
  });

  test("una tercera persona crea su cuenta", async ({ page }) => {
    await registrarseEIngresar(page, { nombre: TERCERA.nombre, email: TERCERA.email, rut: formatearRut(TERCERA.rut), clave: TERCERA.clave });
  });

  test("la integrante invita a la tercera persona: la respuesta es la misma que para un correo sin cuenta, y no aparece como integrante", async ({ page }) => {
    await ingresar(page, duena.email, duena.clave);
    await page.goto("/postulante/organizaciones");
    const organizacion = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: ORGANIZACION }) });
    for (const email of [`nadie.${sello}@prueba.cl`, TERCERA.email]) {
      await organizacion.getByText("Invitar a otra persona").click();
      const form = organizacion.getByRole("form", { name: `Invitar a ${ORGANIZACION}` });
      await form.getByLabel("Correo de la persona").fill(email);
      await form.getByRole("button", { name: "Enviar invitación" }).click();
      await expect(form.getByRole("status").filter({ hasText: INVITACION_ENVIADA })).toBeVisible();
      await page.reload();
    }
    await expect(page.getByRole("list", { name: `Integrantes de ${ORGANIZACION}` }).getByText(TERCERA.nombre)).toHaveCount(0);
    await expect(page.getByText(TERCERA.email)).toHaveCount(0);
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });

  test("la tercera persona ve la invitación y la acepta", async ({ page }) => {
    await ingresar(page, TERCERA.email, TERCERA.clave);
    await page.goto("/postulante/organizaciones");
    const invitacion = page.getByRole("list", { name: "Invitaciones pendientes" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: ORGANIZACION }) });
    await expect(invitacion.getByText(/nombre declarado por quien registró la organización/)).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
    await invitacion.getByRole("button", { name: `Aceptar la invitación a ${ORGANIZACION}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Ahora es integrante de «${ORGANIZACION}»` })).toBeVisible();
    await expect(page.getByRole("list", { name: "Invitaciones pendientes" })).toHaveCount(0);
    await expect(page.getByRole("list", { name: `Integrantes de ${ORGANIZACION}` }).getByText(TERCERA.nombre)).toBeVisible();
  });
});
