// The formation programme and the mentor pool on a phone, in Formación e incubación: a preselected team opens
// its hub, reads the first base module and marks it done (progress 1 of 4); an applicant whose perfil was not
// preselected sees the Spanish message and no module. A person registers in the mentor pool from the phone
// (pending), and staff approve the registration, which grants the MENTOR role.
import { MODULOS_BASE } from "@/lib/domain/formacion";
import { baseE2e } from "./estado/base";
import { convocatoriaActiva, cuentaNueva, expect, idDeCuenta, ingresar, perfilEnviado, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

test.use({ etapa: "FORMACION_INCUBACION" });

const ADMIN = "admin@fondoidea.cl";

/** The four base modules in the active convocatoria (loaded once; another spec may have loaded them). */
async function modulosBase() {
  const db = baseE2e();
  const conv = await convocatoriaActiva();
  for (const m of MODULOS_BASE) {
    await db.moduloFormacion.upsert({ where: { convocatoriaId_clave: { convocatoriaId: conv.id, clave: m.clave } }, create: { convocatoriaId: conv.id, ...m }, update: {} });
  }
  return db.moduloFormacion.count({ where: { convocatoriaId: conv.id } });
}

/** A perfil preselected by the signed preselection round. */
async function equipoPreseleccionado() {
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
  return perfil;
}

test.describe("programa de formación y pool de mentores", () => {
  test("el equipo preseleccionado completa un módulo desde el teléfono; quien no fue preseleccionado no ve módulos", async ({ page }) => {
    test.setTimeout(120_000);
    const total = await modulosBase();
    const perfil = await equipoPreseleccionado();

    await ingresar(page, perfil.postulante.email, perfil.postulante.clave);
    await page.goto("/postulante/incubacion");
    await expect(page.getByRole("heading", { level: 1, name: "Incubación" })).toBeVisible();
    await expect(page.getByText(perfil.nombreProyecto).first()).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    await page.getByRole("link", { name: "Programa de formación" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Programa de formación" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "1. Teoría de cambio" })).toBeVisible();
    // The first module's material is open: it is the next one to take.
    await expect(page.getByText(/Una teoría de cambio es la explicación/)).toBeVisible();
    await page.getByRole("button", { name: "Marcar como completado el módulo «Teoría de cambio»" }).click();
    await expect(page.getByText("Módulo «Teoría de cambio» marcado como completado.").first()).toBeVisible();
    await expect(page.getByText(/^Completado el /).first()).toBeVisible();
    await expect(page.getByRole("progressbar", { name: `Módulos completados de ${perfil.nombreProyecto}` })).toHaveAttribute("aria-valuenow", "1");
    await expect(page.getByRole("progressbar", { name: `Módulos completados de ${perfil.nombreProyecto}` })).toHaveAttribute("aria-valuemax", String(total));
    expect(await baseE2e().avanceModulo.count({ where: { postulacionId: perfil.id } })).toBe(1);
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // An applicant whose perfil was not preselected: the Spanish message, no module, no button.
    const otro = await perfilEnviado({ admisible: true, regiones: ["08"] });
    await page.context().clearCookies();
    await ingresar(page, otro.postulante.email, otro.postulante.clave);
    await page.goto("/postulante/incubacion/formacion");
    await expect(page.getByText(/Este perfil no fue preseleccionado para la incubación/).first()).toBeVisible();
    await expect(page.getByRole("button", { name: /Marcar como completado/ })).toHaveCount(0);
    await expect(page.getByText("Teoría de cambio")).toHaveCount(0);
    expect(await baseE2e().avanceModulo.count({ where: { postulacionId: otro.id } })).toBe(0);
  });

  test("una persona se inscribe como mentora desde el teléfono y el equipo FOSIS la aprueba (rol de mentor)", async ({ page }) => {
    test.setTimeout(120_000);
    const persona = await cuentaNueva({ nombre: "Paula Pool" });
    page.on("dialog", (d) => void d.accept());

    await ingresar(page, persona.email, persona.clave);
    await page.goto("/mentores/registro");
    await expect(page.getByRole("heading", { level: 1, name: "Inscripción como mentora o mentor" })).toBeVisible();
    await expect(page.getByText("Aún no se ha inscrito.")).toBeVisible();
    await page.getByLabel("Sector desde el que mentoriza (hélice)").selectOption("ACADEMIA");
    await page.getByLabel("Institución (opcional)").fill("Universidad de Concepción");
    await page.getByLabel("Región donde puede mentorizar").selectOption("08");
    await page.getByLabel("Su experiencia").fill("Docente de innovación social y mentora de emprendimientos comunitarios.");
    await page.getByLabel("Teoría de cambio").check();
    await page.getByLabel("Métricas, línea de base y evaluación").check();
    await page.getByLabel("Horas por semana que puede dedicar").fill("3");
    await page.getByLabel("Máximo de equipos que puede acompañar").fill("2");
    await page.getByRole("button", { name: "Enviar inscripción" }).click();
    await expect(page.getByText(/Inscripción recibida/).first()).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
    const inscripcion = await baseE2e().mentorPerfil.findUniqueOrThrow({ where: { userId: persona.id }, select: { id: true, estado: true } });
    expect(inscripcion.estado).toBe("PENDIENTE");

    await page.context().clearCookies();
    await ingresar(page, ADMIN);
    await page.goto("/seguimiento/incubacion/mentores?estado=PENDIENTE");
    await expect(page.getByRole("heading", { level: 3, name: "Paula Pool" })).toBeVisible();
    await page.getByRole("button", { name: "Aprobar la inscripción de Paula Pool" }).click();
    await expect(page.getByText("Inscripción de Paula Pool aprobada: ahora tiene el rol de mentor.").first()).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
    expect((await baseE2e().userRol.findMany({ where: { userId: persona.id }, select: { rol: true } })).map((r) => r.rol)).toContain("MENTOR");
  });
});
