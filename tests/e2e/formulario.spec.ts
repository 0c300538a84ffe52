// The formulario completo on a phone, in Formación e incubación: the team of a preselected perfil fills it
// (autosaved), sees the live budget total against its requested amount, is refused the submission while the
// items do not add up (the difference in CLP), fixes it and sends: the receipt shows the perfil's folio and
// the SHA-256 fingerprint. An applicant whose perfil was not preselected gets the Spanish message and
// nothing writable.
import { baseE2e, expirarCacheE2e } from "./estado/base";
import { convocatoriaActiva, expect, idDeCuenta, ingresar, perfilEnviado, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

test.use({ etapa: "FORMACION_INCUBACION" });

const ADMIN = "admin@fondoidea.cl";
const MONTO = 24_000_000;

/** A perfil preselected by the signed preselection round. */
async function preseleccionado() {
  const db = baseE2e();
  const conv = await convocatoriaActiva();
  const perfil = await perfilEnviado({ admisible: true, regiones: ["08"], montoSolicitado: MONTO });
  await db.postulacion.update({ where: { id: perfil.id }, data: { estado: "PRESELECCIONADA" } });
  const ronda = await db.rondaSeleccion.upsert({
    where: { convocatoriaId_fase: { convocatoriaId: conv.id, fase: "PRESELECCION" } },
    create: { convocatoriaId: conv.id, fase: "PRESELECCION", estado: "CERRADA", presupuesto: 650_000_000, cerradaEn: new Date() },
    update: {},
  });
  await db.decisionComite.upsert({
    where: { postulacionId_fase: { postulacionId: perfil.id, fase: "PRESELECCION" } },
    create: { convocatoriaId: conv.id, rondaId: ronda.id, postulacionId: perfil.id, fase: "PRESELECCION", decision: "SELECCIONADA", montoAsignado: MONTO, puntaje: 5.5, sugerida: true, decididaPorId: await idDeCuenta(ADMIN) },
    update: { decision: "SELECCIONADA" },
  });
  await expirarCacheE2e();
  return perfil;
}

test.describe("formulario completo", () => {
  test("el equipo lo llena en el teléfono, el presupuesto descuadrado se rechaza con la diferencia, y al enviarlo recibe folio y huella", async ({ page }) => {
    test.setTimeout(150_000);
    const perfil = await preseleccionado();
    const metricas = await baseE2e().metricaLineaBase.count({ where: { desafio: { postulaciones: { some: { id: perfil.id } } } } });
    page.on("dialog", (d) => void d.accept());

    await ingresar(page, perfil.postulante.email, perfil.postulante.clave);
    await page.goto(`/postulante/incubacion/formulario/${perfil.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Formulario completo" })).toBeVisible();

    await page.getByLabel("Problema que aborda el piloto").fill("Las familias no tienen dónde dejar a sus hijos mientras trabajan.");
    await page.getByLabel("Actividades").fill("Abrir un espacio de cuidado comunitario atendido por vecinas capacitadas.");
    await page.getByLabel("Resultados esperados").fill("Cuarenta familias con cuidado seguro cuatro tardes por semana.");
    await page.getByLabel("Impacto").fill("Más madres y padres con trabajo estable.");
    await page.getByLabel("Modelo de sostenibilidad").fill("La municipalidad financia el espacio desde el segundo año.");
    await page.getByLabel("Plan de co-producción con las personas usuarias").fill("Las familias definen los horarios y evalúan cada mes.");
    // One target row per baseline metric of the desafío comes ready: each needs its target and how it is checked.
    for (let i = 0; i < metricas; i++) {
      await page.getByRole("textbox", { name: "Meta", exact: true }).nth(i).fill("40");
      await page.getByLabel("Medio de verificación").nth(i).fill("Encuesta al inicio y al cierre.");
    }
    await page.getByRole("textbox", { name: "Ítem", exact: true }).first().fill("Monitoras");
    await page.getByLabel("Categoría").first().selectOption({ label: "Recursos humanos" });
    await page.getByLabel("Monto (pesos)").first().fill("23500000");
    await expect(page.getByTestId("total-presupuesto")).toContainText("faltan $500.000");
    await page.getByRole("textbox", { name: "Título", exact: true }).first().fill("Espacio abierto");
    await page.getByRole("textbox", { name: "Descripción", exact: true }).first().fill("Primeras familias atendidas.");
    await page.getByLabel("Semana", { exact: true }).first().fill("4");
    await page.getByRole("textbox", { name: "Nombre", exact: true }).first().fill("Ana Coordinadora");
    await page.getByRole("textbox", { name: "Rol", exact: true }).first().fill("Coordinación");
    await page.getByLabel("Dedicación").first().fill("44 horas semanales");
    await page.getByRole("textbox", { name: "Riesgo", exact: true }).first().fill("Baja asistencia.");
    await page.getByRole("textbox", { name: "Mitigación", exact: true }).first().fill("Horarios acordados con las familias.");
    await expect(page.locator('[data-estado="guardado"]')).toBeVisible({ timeout: 15_000 });
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // Refused: the items do not add up to the requested amount; the difference in CLP; nothing sent.
    await page.getByRole("button", { name: "Enviar formulario completo" }).click();
    await expect(page.getByText("Las partidas suman $23.500.000 y el monto solicitado es $24.000.000: faltan $500.000.").first()).toBeVisible();
    expect((await baseE2e().formularioCompleto.findUniqueOrThrow({ where: { postulacionId: perfil.id } })).enviadoEn).toBeNull();

    await page.getByRole("button", { name: "+ Agregar partida" }).click();
    await page.getByRole("textbox", { name: "Ítem", exact: true }).nth(1).fill("Materiales");
    await page.getByLabel("Categoría").nth(1).selectOption({ label: "Gastos de operación" });
    await page.getByLabel("Monto (pesos)").nth(1).fill("500000");
    await expect(page.getByTestId("total-presupuesto")).toContainText("Las partidas suman exactamente el monto solicitado.");
    await page.getByRole("button", { name: "Enviar formulario completo" }).click();

    await expect(page.getByText("Formulario completo enviado").first()).toBeVisible({ timeout: 30_000 });
    const fila = await baseE2e().formularioCompleto.findUniqueOrThrow({ where: { postulacionId: perfil.id } });
    expect(fila.huella).toMatch(/^[0-9a-f]{64}$/);
    await expect(page.getByTestId("huella")).toHaveText(fila.huella!);
    await expect(page.getByText(`N° ${perfil.folioTexto}`).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Enviar formulario completo" })).toHaveCount(0);
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });

  test("quien postuló un perfil no preseleccionado ve el aviso en castellano y nada que escribir", async ({ page }) => {
    const perfil = await perfilEnviado({ admisible: true, regiones: ["08"], montoSolicitado: MONTO });
    await ingresar(page, perfil.postulante.email, perfil.postulante.clave);
    await page.goto(`/postulante/incubacion/formulario/${perfil.id}`);
    await expect(page.getByText(/Este perfil no fue preseleccionado para la incubación/)).toBeVisible();
    await expect(page.getByRole("textbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Enviar formulario completo" })).toHaveCount(0);
    expect(await baseE2e().formularioCompleto.count({ where: { postulacionId: perfil.id } })).toBe(0);
  });
});
