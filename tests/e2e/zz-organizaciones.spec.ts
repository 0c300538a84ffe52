// Organisations in etapa Convocatoria (z-admin.spec.ts advanced it), on a phone: an organisation already
// claimed by the demo applicant; a second applicant who tries to send a perfil with its RUT is refused
// and told how to join, asks to join from «Mis organizaciones», staff see the request, and the member
// approves it. The claim is inserted directly in beforeAll (tests/integration/organizaciones.test.ts
// covers claiming by submitting).
import { createDb } from "../../lib/db/client";
import { formatearRut } from "../../lib/domain/rut";
import { digitoVerificador, expect, ingresar, registrarseEIngresar, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

const sello = Date.now();
const cuerpoOrg = String(80_000_000 + (sello % 9_000_000));
const RUT_ORG = `${cuerpoOrg}-${digitoVerificador(cuerpoOrg)}`;
const ORGANIZACION = `Fundación Los Canelos ${sello}`;
const cuerpoPersona = String(40_000_000 + (sello % 9_000_000));
const RUT_PERSONA = `${cuerpoPersona}-${digitoVerificador(cuerpoPersona)}`;
const SEGUNDA = { nombre: `Tomás Segundo ${sello}`, email: `tomas.org.${sello}@prueba.cl`, clave: "FondoIdea2019!" };
const MENSAJE = "Soy el tesorero de la fundación desde 2017 y quiero enviar nuestro perfil.";

test.beforeAll(async () => {
  const db = createDb("file:./.test-output/e2e.db");
  try {
    const conv = await db.convocatoria.findFirstOrThrow({ where: { activa: true }, select: { etapaActual: true } });
    expect(conv.etapaActual).toBe("CONVOCATORIA");
    // The demo applicant registered (claimed) the organisation first.
    const duena = await db.user.findUniqueOrThrow({ where: { email: "postulante@fondoidea.cl" }, select: { id: true } });
    await db.organizacion.create({
      data: { nombre: ORGANIZACION, rut: RUT_ORG, tipo: "SIN_FINES_DE_LUCRO", creadaPorId: duena.id, miembros: { create: { userId: duena.id, estado: "ACTIVO" } } },
    });
  } finally {
    await db.$disconnect();
  }
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
    await expect(page.getByLabel(/^RUT de la organización/)).toHaveAccessibleDescription(/Pida a un integrante que lo agregue, o solicite unirse desde «Mis organizaciones»/);
    await expect(page).not.toHaveURL(/enviado=1/);

    // «Mis organizaciones», from «Mis postulaciones».
    await page.goto("/postulante");
    await page.getByRole("link", { name: "Mis organizaciones" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Mis organizaciones" })).toBeVisible();
    const form = page.getByRole("form", { name: "Solicitar unirse a una organización" });
    await form.getByLabel("RUT de la organización").fill(formatearRut(RUT_ORG));
    await form.getByLabel("Mensaje para sus integrantes").fill(MENSAJE);
    await form.getByRole("button", { name: "Solicitar unirme" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Solicitud enviada a «${ORGANIZACION}»` })).toBeVisible();
    await expect(page.getByText(/pendiente desde el/)).toBeVisible();
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

  test("la integrante de la organización aprueba la solicitud", async ({ page }) => {
    await ingresar(page, "postulante@fondoidea.cl");
    await page.goto("/postulante/organizaciones");
    const organizacion = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: ORGANIZACION }) });
    await expect(organizacion.getByText(MENSAJE)).toBeVisible();
    await sinViolacionesAxe(page);
    await organizacion.getByRole("button", { name: `Aprobar a ${SEGUNDA.nombre}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Solicitud aprobada: ${SEGUNDA.nombre}` })).toBeVisible();
    await expect(page.getByRole("list", { name: `Integrantes de ${ORGANIZACION}` }).getByText(SEGUNDA.nombre)).toBeVisible();
    await sinScrollHorizontal(page);
  });
});
