// The weekly mentoring on a phone, in Formación e incubación: a mentor opens their team, logs the session
// of week 1 (date, topics, agreements, next steps) and sees it waiting for the team; the team confirms it
// and the progress reads 1 of 8. Another mentor gets "page not found" for the same mentoría; a session in
// the future is refused with the action's Spanish message, nothing written.
import { baseE2e, expirarCacheE2e } from "./estado/base";
import { convocatoriaActiva, cuentaNueva, expect, idDeCuenta, ingresar, perfilEnviado, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

test.use({ etapa: "FORMACION_INCUBACION" });

const ADMIN = "admin@fondoidea.cl";
const DIA = 86_400_000;

/** A perfil preselected by the signed preselection round, with a live mentoría of `mentorId` started 10 days ago. */
async function equipoConMentor(mentorId: string) {
  const db = baseE2e();
  const conv = await convocatoriaActiva();
  const perfil = await perfilEnviado({ admisible: true, regiones: ["08"], montoSolicitado: 24_000_000 });
  await db.postulacion.update({ where: { id: perfil.id }, data: { estado: "PRESELECCIONADA" } });
  const ronda = await db.rondaSeleccion.upsert({
    where: { convocatoriaId_fase: { convocatoriaId: conv.id, fase: "PRESELECCION" } },
    create: { convocatoriaId: conv.id, fase: "PRESELECCION", estado: "CERRADA", presupuesto: 650_000_000, cerradaEn: new Date() },
    update: {},
  });
  await db.decisionComite.upsert({
    where: { postulacionId_fase: { postulacionId: perfil.id, fase: "PRESELECCION" } },
    create: { convocatoriaId: conv.id, rondaId: ronda.id, postulacionId: perfil.id, fase: "PRESELECCION", decision: "SELECCIONADA", montoAsignado: 24_000_000, puntaje: 5.5, sugerida: true, decididaPorId: await idDeCuenta(ADMIN) },
    update: { decision: "SELECCIONADA" },
  });
  const mentoria = await db.mentoria.create({ data: { postulacionId: perfil.id, mentorId, createdAt: new Date(Date.now() - 10 * DIA) }, select: { id: true } });
  return { perfil, mentoriaId: mentoria.id };
}

async function mentorAprobado(nombre: string) {
  const cuenta = await cuentaNueva({ nombre, roles: ["MENTOR"] });
  await baseE2e().mentorPerfil.create({
    data: { userId: cuenta.id, helice: "ACADEMIA", institucion: "Universidad de Concepción", regionCut: "08", experiencia: "Innovación social", horasSemana: 3, estado: "APROBADO" },
  });
  return cuenta;
}

test.describe("mentoría semanal", () => {
  test("el mentor registra la semana 1 desde el teléfono, el equipo la confirma; otro mentor no encuentra la mentoría", async ({ page, permitirErrorConsola }) => {
    permitirErrorConsola(/status of 404/);
    test.setTimeout(120_000);
    const mentora = await mentorAprobado("Marta Mentora");
    const ajeno = await mentorAprobado("Mario Ajeno");
    const { perfil, mentoriaId } = await equipoConMentor(mentora.id);
    await expirarCacheE2e();
    page.on("dialog", (d) => void d.accept());

    // Refusal: another mentor asks for the mentoría's address: it does not exist for them (404).
    await ingresar(page, ajeno.email, ajeno.clave);
    const r = await page.goto(`/mentor/${mentoriaId}`);
    expect(r?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
    await page.context().clearCookies();

    await ingresar(page, mentora.email, mentora.clave);
    await page.goto("/mentor");
    await expect(page.getByRole("heading", { level: 1, name: "Mis equipos de mentoría" })).toBeVisible();
    await page.getByRole("link", { name: perfil.nombreProyecto }).click();
    await expect(page.getByRole("heading", { level: 1, name: perfil.nombreProyecto })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Registrar la sesión de la semana 1" })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // A date in the future: refused by the server, with its message next to the field, nothing written.
    const manana = new Date(Date.now() + 2 * DIA).toISOString().slice(0, 10);
    await page.getByLabel("Fecha de la sesión").evaluate((el) => el.removeAttribute("max"));
    await page.getByLabel("Fecha de la sesión").fill(manana);
    await page.getByLabel("Temas tratados").fill("Teoría de cambio: de las actividades a los resultados");
    await page.getByRole("button", { name: "Registrar la sesión de la semana 1" }).click();
    await expect(page.getByText("La fecha de la sesión no puede ser futura").first()).toBeVisible();
    expect(await baseE2e().sesionMentoria.count({ where: { mentoriaId } })).toBe(0);

    const ayer = new Date(Date.now() - DIA).toISOString().slice(0, 10);
    await page.getByLabel("Fecha de la sesión").fill(ayer);
    await page.getByLabel("Acuerdos").fill("Dibujar la cadena de resultados del piloto");
    await page.getByLabel("Próximos pasos").fill("Revisar la línea de base del desafío");
    await page.getByRole("button", { name: "Registrar la sesión de la semana 1" }).click();
    await expect(page.getByText("Registramos la sesión de la semana 1").first()).toBeVisible();
    await expect(page.getByText("Registrada, por confirmar").first()).toBeVisible();

    // Another mentor, again now that the mentoría has a session: still 404, nothing of the team.
    await page.context().clearCookies();
    await ingresar(page, ajeno.email, ajeno.clave);
    expect((await page.goto(`/mentor/${mentoriaId}`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
    await expect(page.getByText(perfil.nombreProyecto)).toHaveCount(0);

    // The team confirms it.
    await page.context().clearCookies();
    await ingresar(page, perfil.postulante.email, perfil.postulante.clave);
    await page.goto("/postulante/incubacion/mentoria");
    await expect(page.getByText("Marta Mentora").first()).toBeVisible();
    await page.getByRole("button", { name: "Confirmar la sesión de la semana 1" }).click();
    await expect(page.getByText("Confirmada por el equipo").first()).toBeVisible();
    await expect(page.getByRole("progressbar", { name: `Sesiones confirmadas de ${perfil.nombreProyecto}` })).toHaveAttribute("aria-valuenow", "1");
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });
});
