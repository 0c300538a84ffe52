// The public learning repository on a phone (issue 14, item 4): an approved and published final report
// appears in /aprendizajes; its card shows each metric against the desafío's baseline as a chart (an SVG
// image with its values in its name) and as a table (línea base, meta, resultado), with no applicant's name;
// the year filter narrows the list; a report not yet approved answers 404. Axe on both pages.
import { baseE2e, expirarCacheE2e } from "./estado/base";
import { expect, perfilEnviado, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

/** A pilot of the active convocatoria with its final report in `estado` (published when APROBADA). */
async function pilotoConInforme(estado: "APROBADA" | "ENVIADA") {
  const db = baseE2e();
  const perfil = await perfilEnviado({ admisible: true, regiones: ["05"] });
  await db.postulacion.update({ where: { id: perfil.id }, data: { estado: "SELECCIONADA" } });
  const p = await db.postulacion.findUniqueOrThrow({ where: { id: perfil.id }, select: { desafio: { select: { metricas: { orderBy: { orden: "asc" }, select: { id: true, indicador: true, valor: true } } } } } });
  const [m] = p.desafio.metricas;
  const s = await db.sistematizacion.create({
    data: {
      postulacionId: perfil.id,
      loRealizado: "Atendimos a las familias en sus casas, con horarios acordados con ellas.",
      aprendizajes: "Las visitas en la tarde duplicaron la asistencia.",
      evidenciaCoproduccion: "Cuatro mesas de trabajo con las familias.",
      resultadosMetricas: JSON.stringify([{ metricaLineaBaseId: m.id, lineaBase: m.valor, meta: m.valor + 20, resultado: m.valor + 16 }]),
      recomendacion: "ESCALAR",
      fundamentoRecomendacion: "Cumplió el 80 % del cambio esperado con un costo menor al previsto.",
      estado,
      aprobadaEn: estado === "APROBADA" ? new Date() : null,
      publicadaEn: estado === "APROBADA" ? new Date() : null,
    },
  });
  await expirarCacheE2e();
  return { id: s.id, nombreProyecto: perfil.nombreProyecto, postulante: perfil.postulante, indicador: m.indicador };
}

test.describe("repositorio de aprendizajes", () => {
  test("la ficha pública de un piloto muestra sus métricas frente a la línea base, como gráfico y como tabla", async ({ page }) => {
    const piloto = await pilotoConInforme("APROBADA");
    const anio = (await baseE2e().convocatoria.findFirstOrThrow({ where: { activa: true }, select: { anio: true } })).anio;

    await page.goto("/aprendizajes");
    await expect(page.getByRole("heading", { level: 1, name: "Repositorio de aprendizajes" })).toBeVisible();
    await page.getByRole("combobox", { name: "Año de la convocatoria" }).selectOption(String(anio));
    await expect(page.getByRole("status")).toContainText("con esos filtros");
    await expect(page).toHaveURL(new RegExp(`anio=${anio}`));
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
    await page.getByRole("link", { name: piloto.nombreProyecto, exact: true }).click();

    await expect(page.getByRole("heading", { level: 1, name: piloto.nombreProyecto, exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Resultados frente a la línea base" })).toBeVisible();
    // The chart: an image whose name says the three values.
    await expect(page.getByRole("img", { name: new RegExp(`${piloto.indicador}.*Línea base: .*Meta: .*Resultado: `) })).toBeVisible();
    // The table: one row per metric, with línea base, meta and resultado.
    const tabla = page.getByRole("table", { name: /línea base, meta y resultado/ });
    await expect(tabla.getByRole("columnheader", { name: "Línea base" })).toBeVisible();
    await expect(tabla.getByRole("columnheader", { name: "Resultado" })).toBeVisible();
    await expect(tabla.getByRole("rowheader", { name: new RegExp(piloto.indicador) })).toBeVisible();
    // exact: the same sentence also ends the chart's (visually hidden) SVG <title>; this is the visible paragraph.
    await expect(page.getByText("Logró el 80 % del cambio esperado desde la línea base.", { exact: true })).toBeVisible();
    // In the ficha (the list page stays in the DOM, hidden, after a client navigation: its filter has an option «Escalar»).
    await expect(page.getByRole("article").getByText("Escalar", { exact: true })).toBeVisible();
    // No personal data of whoever applied.
    await expect(page.locator("main")).not.toContainText(piloto.postulante.email);
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });

  test("un informe aún no aprobado no es público", async ({ page, permitirErrorConsola }) => {
    // The ficha of a report not yet approved answers 404, and Chromium logs that status as a console error.
    permitirErrorConsola(/status of 404/);
    const piloto = await pilotoConInforme("ENVIADA");
    const r = await page.goto(`/aprendizajes/${piloto.id}`);
    expect(r?.status()).toBe(404);
    await page.goto("/aprendizajes");
    await expect(page.getByRole("link", { name: piloto.nombreProyecto, exact: true })).toHaveCount(0);
  });
});
