// Talleres in "Convocatoria": staff create a one-seat taller; on another one-seat taller (tallerCon), an
// anonymous visitor gets an e-mail and takes the seat by confirming its link, a second one goes to the
// waitlist, a third never confirms (no seat), the same e-mail twice is refused; on a taller that already has
// those three inscriptions, staff mark attendance. Refusal: a postulante cannot open the staff pages (404).
// Also scouting, which runs in the same etapa: staff invite by e-mail, the signed link opens the desafío,
// a tampered link explains itself.
import { correosPara, expect, ingresar, postulanteNuevo, sinScrollHorizontal, sinViolacionesAxe, tallerCon, test } from "./fixtures";

test.use({ etapa: "CONVOCATORIA" });

const SELLO = Date.now();
/** The taller the first test creates through the form. */
const TITULO_NUEVO = `Taller regional de ideación ${SELLO}`;
/** A date about a month ahead, as a Chilean calendar date (YYYY-MM-DD). */
const FECHA = new Date(SELLO + 30 * 86_400_000).toLocaleDateString("en-CA", { timeZone: "America/Santiago" });
const PRIMERA = { nombre: "Rosa Primera", email: `rosa-${SELLO}@ejemplo.cl` };
const SEGUNDA = { nombre: "Tomás Segundo", email: `tomas-${SELLO}@ejemplo.cl` };
const TERCERA = { nombre: "Tania Tercera", email: `tania-${SELLO}@ejemplo.cl` };

/** The path of the confirmation link in the e-mail (the link's host is APP_URL's). */
function enlaceDeConfirmacion(eml: string): string {
  const m = /\/talleres\/confirmar\/[A-Za-z0-9_-]{43}\b/.exec(decodificarQP(eml));
  expect(m, "el correo trae el enlace de confirmación").not.toBeNull();
  return m![0];
}

test.describe("talleres regionales", () => {
  test("el encargado técnico crea un taller con un cupo", async ({ page }) => {
    await ingresar(page, "encargado@fondoidea.cl");
    await page.goto("/seguimiento/talleres");
    await expect(page.getByRole("heading", { level: 1, name: "Talleres y encuentros" })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    const form = page.getByRole("form", { name: "Nuevo taller" });
    await form.getByLabel("Tipo de evento").selectOption({ label: "Taller regional" });
    await form.getByLabel("Título").fill(TITULO_NUEVO);
    await form.getByLabel("Descripción").fill("Conozca los desafíos y trabaje su idea con el equipo regional de FOSIS.");
    await form.getByLabel("Fecha").fill(FECHA);
    await form.getByLabel("Hora de inicio").fill("18:30");
    await form.getByLabel("Lugar").fill("Sede FOSIS Biobío, Concepción");
    await form.getByLabel("Región").selectOption({ label: "Biobío" });
    await form.getByLabel("Capacidad (cupos)").fill("1");
    await form.getByRole("button", { name: "Crear taller" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Taller creado." })).toBeVisible();
    // The form is empty again for the next one.
    await expect(form.getByLabel("Título")).toHaveValue("");

    await page.getByRole("link", { name: "Ver las inscripciones del taller creado" }).click();
    await expect(page.getByRole("heading", { level: 1, name: TITULO_NUEVO })).toBeVisible();
    await expect(page.getByText("Aún no hay inscripciones.")).toBeVisible();
    await expect(page.getByText(`${FECHA.split("-").reverse().join("-")} 18:30`).first()).toBeVisible();
    const urlEquipo = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "Ver página pública" }).click();
    await page.waitForURL((u) => /^\/talleres\/[^/]+$/.test(u.pathname));
    await expect(page.getByRole("heading", { level: 1, name: TITULO_NUEVO })).toBeVisible();
    expect(new URL(page.url()).pathname.split("/").pop()).toBe(urlEquipo.split("/").pop());
  });

  test("un visitante sin cuenta toma el único cupo; el segundo queda en lista de espera", async ({ page }) => {
    const { titulo: TITULO, urlPublica } = await tallerCon({ titulo: `Taller de ideación ${SELLO}`, capacidad: 1, regionCut: "08" });
    await page.goto("/talleres?region=08");
    await expect(page.getByRole("heading", { level: 1, name: "Talleres y encuentros" })).toBeVisible();
    const tarjeta = page.getByRole("article").filter({ has: page.getByRole("link", { name: TITULO }) });
    await expect(tarjeta).toContainText("Queda 1 cupo");
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
    await tarjeta.getByRole("link", { name: TITULO }).click();
    await expect(page).toHaveURL(new RegExp(`${urlPublica}$`));
    await expect(page.getByRole("heading", { level: 1, name: TITULO })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    const form = page.getByRole("form", { name: "Inscripción al taller" });
    await form.getByLabel("Nombre completo").fill(PRIMERA.nombre);
    await form.getByLabel("Correo electrónico").fill(PRIMERA.email);
    await form.getByRole("button", { name: "Inscribirme", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `Le enviamos un correo a ${PRIMERA.email}. Abra el enlace para confirmar su inscripción` })).toBeVisible();
    // Nothing is taken before the e-mail is confirmed.
    await page.reload();
    await expect(page.getByText("Queda 1 cupo (capacidad 1)")).toBeVisible();

    // The link arrives over SMTP; opening it only shows the taller (a GET confirms nothing).
    const [pedido] = await correosPara(PRIMERA.email);
    expect(decodificarQP(pedido)).toContain(`Recibimos una solicitud de inscripción en «${TITULO}» con este correo.`);
    const enlace = enlaceDeConfirmacion(pedido);
    await page.goto(enlace);
    await expect(page.getByRole("heading", { level: 1, name: TITULO })).toBeVisible();
    await expect(page.getByText(`A nombre de «${PRIMERA.nombre}», con el correo ${PRIMERA.email}.`)).toBeVisible();
    await expect(page.getByText("Queda 1 cupo")).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
    await page.getByRole("button", { name: "Confirmar mi inscripción" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Inscripción confirmada." })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ver el taller" })).toBeVisible();
    const [, confirmacion] = await correosPara(PRIMERA.email, { esperarAlMenos: 2 });
    expect(decodificarQP(confirmacion)).toContain(`Su inscripción en «${TITULO}» está confirmada.`);
    // Opened again, the link says how it ended and offers nothing to confirm.
    await page.goto(enlace);
    await expect(page.getByRole("status").filter({ hasText: "Inscripción confirmada." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Confirmar mi inscripción" })).toHaveCount(0);

    await page.goto(urlPublica);
    await expect(page.getByText("Lista de espera (capacidad 1)")).toBeVisible();
    // The same e-mail again is refused next to its field.
    await form.getByLabel("Nombre completo").fill(PRIMERA.nombre);
    await form.getByLabel("Correo electrónico").fill(PRIMERA.email);
    await form.getByRole("button", { name: "Inscribirme en la lista de espera" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Este correo ya está inscrito en el taller." })).toBeVisible();
    await expect(form.getByLabel("Correo electrónico")).toHaveAttribute("aria-invalid", "true");

    for (const p of [SEGUNDA, TERCERA]) {
      await form.getByLabel("Nombre completo").fill(p.nombre);
      await form.getByLabel("Correo electrónico").fill(p.email);
      await form.getByRole("button", { name: "Inscribirme en la lista de espera" }).click();
      await expect(page.getByRole("status").filter({ hasText: `Le enviamos un correo a ${p.email}.` })).toBeVisible();
    }
    await sinViolacionesAxe(page);

    // The second confirms (waitlist); the third never does.
    const [pedidoSegunda] = await correosPara(SEGUNDA.email);
    await page.goto(enlaceDeConfirmacion(pedidoSegunda));
    await page.getByRole("button", { name: "Confirmar mi inscripción" }).click();
    await expect(page.getByRole("status").filter({ hasText: "No quedan cupos: quedó en la lista de espera." })).toBeVisible();

    await page.goto("/talleres?region=08");
    await expect(page.getByRole("article").filter({ has: page.getByRole("link", { name: TITULO }) })).toContainText("Lista de espera");
  });

  test("con su cuenta, una postulante se inscribe al instante y cancela (la caja de inscripción es una isla sobre la página en caché)", async ({ page }) => {
    const { titulo: TITULO, urlPublica } = await tallerCon({ titulo: `Taller con cuenta ${SELLO}`, capacidad: 2, regionCut: "05" });
    const cuenta = await postulanteNuevo({ nombre: "Inés Inscrita" });
    await ingresar(page, cuenta.email, cuenta.clave);
    await page.goto(urlPublica);
    await expect(page.getByRole("heading", { level: 1, name: TITULO })).toBeVisible();
    const form = page.getByRole("form", { name: "Inscripción al taller" });
    await expect(form.getByText(`Correo de su cuenta: ${cuenta.email}`)).toBeVisible();
    await form.getByRole("button", { name: "Inscribirme", exact: true }).click();
    await expect(page.getByText("Su inscripción: Confirmada")).toBeVisible();
    // The seats counter is cached with a lifetime of seconds and expired by the action: a reload shows it.
    await page.reload();
    await expect(page.getByText("Queda 1 cupo (capacidad 2)")).toBeVisible();
    await expect(page.getByText("Su inscripción: Confirmada")).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Cancelar mi inscripción" }).click();
    await expect(page.getByRole("form", { name: "Inscripción al taller" })).toBeVisible();
    await page.reload();
    await expect(page.getByText("Quedan 2 cupos (capacidad 2)")).toBeVisible();
    // Another visitor, without a session, gets the same cached page and the anonymous form.
    await page.context().clearCookies();
    await page.reload();
    await expect(page.getByRole("form", { name: "Inscripción al taller" }).getByLabel("Correo electrónico")).toBeVisible();
  });

  test("un enlace de confirmación mal formado es una página no encontrada (404)", async ({ page, permitirErrorConsola }) => {
    permitirErrorConsola(/status of 404/);
    for (const url of ["/talleres/confirmar/no-es-un-enlace", `/talleres/confirmar/${"A".repeat(44)}`]) {
      const r = await page.goto(url);
      expect(r?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
    }
    // Well formed but unknown: explained, not an error.
    await page.goto(`/talleres/confirmar/${"A".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Enlace no válido" })).toBeVisible();
  });

  test("el equipo ve las inscripciones y marca la asistencia", async ({ page }) => {
    const { titulo: TITULO, urlEquipo } = await tallerCon({
      titulo: `Taller con asistencia ${SELLO}`,
      capacidad: 1,
      inscripciones: [
        { ...PRIMERA, estado: "CONFIRMADA" },
        { ...SEGUNDA, estado: "LISTA_ESPERA" },
        { ...TERCERA, estado: "POR_CONFIRMAR" },
      ],
    });
    await ingresar(page, "encargado@fondoidea.cl");
    await page.goto(urlEquipo);
    await expect(page.getByRole("heading", { level: 1, name: TITULO })).toBeVisible();
    const primera = page.getByRole("listitem", { name: PRIMERA.nombre });
    const segunda = page.getByRole("listitem", { name: SEGUNDA.nombre });
    await expect(primera).toContainText("Confirmada");
    await expect(primera).toContainText("Asistencia: Sin marcar");
    await expect(segunda).toContainText("En lista de espera");
    const tercera = page.getByRole("listitem", { name: TERCERA.nombre });
    await expect(tercera).toContainText("Por confirmar");
    await expect(tercera.getByRole("button", { name: /Marcar presente/ })).toHaveCount(0);
    await expect(page.getByText("1 inscripción está por confirmar por correo: no ocupa cupo.")).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    await primera.getByRole("button", { name: `Marcar presente a ${PRIMERA.nombre}` }).click();
    await expect(primera.getByRole("status").filter({ hasText: "Asistencia registrada: presente." })).toBeVisible();
    await expect(primera).toContainText("Asistencia: Presente");
    await expect(primera.getByRole("button", { name: `Marcar ausente a ${PRIMERA.nombre}` })).toBeVisible();
    await expect(page.getByText("1 personas marcadas como presentes")).toBeVisible();

    await page.getByRole("link", { name: "← Talleres" }).click();
    const fila = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: TITULO }) });
    await expect(fila).toContainText("Confirmadas 1 de 1 · En espera 1 · Presentes 1 · Por confirmar por correo 1 (sin cupo)");
  });

  test("una persona postulante no puede abrir las páginas del equipo (404)", async ({ page, permitirErrorConsola }) => {
    // Chromium logs the document's own 404 status: that status is what this test expects.
    permitirErrorConsola(/status of 404/);
    const { urlEquipo } = await tallerCon();
    const paula = await postulanteNuevo({ nombre: "Paula Postulante Talleres" });
    await ingresar(page, paula.email, paula.clave);

    for (const url of ["/seguimiento/talleres", urlEquipo]) {
      const r = await page.goto(url);
      expect(r?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
      await expect(page.getByRole("button", { name: /Marcar presente/ })).toHaveCount(0);
    }
  });
});

/** Body of a quoted-printable .eml as text (soft line breaks joined, =XX bytes decoded as UTF-8). */
function decodificarQP(eml: string): string {
  const cuerpo = eml.slice(eml.search(/\r?\n\r?\n/));
  const sinCortes = cuerpo.replace(/=\r?\n/g, "");
  const bytes = sinCortes.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

test.describe.serial("scouting", () => {
  const INVITADA = { nombre: "Inés Invitada", email: `ines-${SELLO}@ejemplo.cl` };
  let enlace = "";

  test("el encargado técnico invita por correo a postular a un desafío", async ({ page }) => {
    await ingresar(page, "encargado@fondoidea.cl");
    await page.goto("/seguimiento/scouting");
    await expect(page.getByRole("heading", { level: 1, name: "Scouting" })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
    const form = page.getByRole("form", { name: "Invitar a postular" });
    await form.getByLabel("Nombre de la persona").fill(INVITADA.nombre);
    await form.getByLabel("Correo electrónico").fill(INVITADA.email);
    await form.getByLabel("Desafío").selectOption({ label: "Volver a la escuela" });
    await form.getByLabel("Mensaje personal (opcional)").fill("Vimos su trabajo con jóvenes en Lota.");
    await form.getByRole("button", { name: "Enviar invitación" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Invitación enviada." })).toBeVisible();
    const fila = page.getByRole("listitem").filter({ hasText: INVITADA.email });
    await expect(fila).toContainText("Desafío: Volver a la escuela");
    await expect(fila).toContainText("Abierta: no");

    // A second one to the same person and desafío is refused while the first is valid.
    await form.getByLabel("Nombre de la persona").fill(INVITADA.nombre);
    await form.getByLabel("Correo electrónico").fill(INVITADA.email);
    await form.getByLabel("Desafío").selectOption({ label: "Volver a la escuela" });
    await form.getByRole("button", { name: "Enviar invitación" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Ya se envió a este correo una invitación vigente para este desafío." })).toBeVisible();

    const [correo] = await correosPara(INVITADA.email);
    const texto = decodificarQP(correo);
    expect(texto).toContain("Vimos su trabajo con jóvenes en Lota.");
    const m = /\/invitacion\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(texto);
    expect(m, "el correo trae el enlace firmado").not.toBeNull();
    enlace = `/invitacion/${m![1]}`;
  });

  test("el enlace firmado muestra el desafío y queda registrado como abierto; uno alterado no sirve", async ({ page, browser, vigilar }) => {
    const visitante = await browser.newContext();
    vigilar(visitante);
    const invitada = await visitante.newPage();
    await invitada.goto(enlace);
    await expect(invitada.getByRole("heading", { level: 1, name: `Hola, ${INVITADA.nombre}` })).toBeVisible();
    await expect(invitada.getByRole("heading", { level: 2, name: "Volver a la escuela" })).toBeVisible();
    await expect(invitada.getByRole("link", { name: "Crear cuenta" }).last()).toHaveAttribute("href", /^\/registro\?desafio=[a-z0-9-]+$/);
    await expect(invitada.getByRole("link", { name: "Ir al desafío" })).toHaveAttribute("href", /^\/desafios\/[a-z0-9-]+$/);
    await sinViolacionesAxe(invitada);
    await sinScrollHorizontal(invitada);

    const alterado = `${enlace.slice(0, -3)}${enlace.endsWith("AAA") ? "BBB" : "AAA"}`;
    await invitada.goto(alterado);
    await expect(invitada.getByRole("heading", { level: 1, name: "Invitación no válida" })).toBeVisible();
    await expect(invitada.getByRole("link", { name: "Ver los desafíos del Fondo IDEA" })).toBeVisible();
    await sinViolacionesAxe(invitada);
    await visitante.close();

    await ingresar(page, "encargado@fondoidea.cl");
    await page.goto("/seguimiento/scouting");
    await expect(page.getByRole("listitem").filter({ hasText: INVITADA.email })).toContainText("Abierta: sí");
  });
});
