// Convenios on a phone, in Formación e incubación: FOSIS staff find the project the signed final acta selected,
// are refused a PNG renamed .pdf (checked by content, in Spanish, nothing saved), register the convenio with
// a real PDF and download it; the download route answers 404 to anyone without a staff session.
import { baseE2e, expirarCacheE2e } from "./estado/base";
import { convocatoriaActiva, expect, idDeCuenta, ingresar, perfilEnviado, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

test.use({ etapa: "FORMACION_INCUBACION" });

const ADMIN = "admin@fondoidea.cl";

// A real 1×1 PNG (named like a PDF below) and a minimal one-page PDF.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/** A perfil selected in the signed (CERRADA) final round of the active convocatoria, with the committee's amount. */
async function seleccionadoEnActaFinal(): Promise<{ id: string; nombreProyecto: string }> {
  const db = baseE2e();
  const conv = await convocatoriaActiva();
  const perfil = await perfilEnviado({ admisible: true, montoSolicitado: 24_000_000 });
  await db.postulacion.update({ where: { id: perfil.id }, data: { estado: "SELECCIONADA" } });
  const ronda = await db.rondaSeleccion.upsert({
    where: { convocatoriaId_fase: { convocatoriaId: conv.id, fase: "SELECCION_FINAL" } },
    create: { convocatoriaId: conv.id, fase: "SELECCION_FINAL", estado: "CERRADA", presupuesto: 650_000_000, cerradaEn: new Date() },
    update: { estado: "CERRADA", cerradaEn: new Date() },
  });
  const decididaPorId = await idDeCuenta(ADMIN);
  await db.decisionComite.upsert({
    where: { postulacionId_fase: { postulacionId: perfil.id, fase: "SELECCION_FINAL" } },
    create: { convocatoriaId: conv.id, rondaId: ronda.id, postulacionId: perfil.id, fase: "SELECCION_FINAL", decision: "SELECCIONADA", montoAsignado: 23_000_000, puntaje: 5.8, sugerida: true, decididaPorId },
    update: { rondaId: ronda.id, decision: "SELECCIONADA", montoAsignado: 23_000_000 },
  });
  await expirarCacheE2e();
  return { id: perfil.id, nombreProyecto: perfil.nombreProyecto };
}

test.describe("convenios", () => {
  test("el equipo FOSIS rechaza un PNG renombrado, registra el convenio con su PDF firmado y lo descarga", async ({ page, permitirErrorConsola }) => {
    test.setTimeout(120_000);
    // The registration route answers a refusal with HTTP 400 (its JSON carries the Spanish message the page
    // shows), and Chromium logs every 4xx fetch as "Failed to load resource": expected for the renamed PNG only.
    permitirErrorConsola(/status of 400 \(Bad Request\) @ http:\/\/[^/]+\/api\/convenios$/);
    const proyecto = await seleccionadoEnActaFinal();
    await ingresar(page, ADMIN);
    await page.goto("/seguimiento/incubacion/convenios");
    await expect(page.getByRole("heading", { level: 1, name: "Convenios de los proyectos seleccionados" })).toBeVisible();
    const tarjeta = page.getByRole("article", { name: proyecto.nombreProyecto });
    await expect(tarjeta.getByText("Sin convenio")).toBeVisible();
    await expect(tarjeta.getByText("$23.000.000")).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    const form = page.getByRole("form", { name: `Convenio de ${proyecto.nombreProyecto}` });
    await form.getByLabel("Monto adjudicado (pesos)").fill("22.500.000");
    await form.getByLabel("Fecha de inicio").fill("2019-09-02");
    await form.getByLabel("Fecha de término").fill("2020-02-28");
    await form.getByLabel("Nombre de la persona responsable").fill("Marta Rivas");
    await form.getByLabel("RUT de la persona responsable").fill("9.068.826-K");
    await form.getByLabel("Correo de la persona responsable").fill("marta.rivas@prueba.cl");

    // A PNG renamed "convenio.pdf": refused by its content, in Spanish, and nothing is saved.
    await form.getByLabel("Convenio firmado (PDF)").setInputFiles({ name: "convenio.pdf", mimeType: "application/pdf", buffer: PNG });
    await form.getByRole("button", { name: "Registrar convenio" }).click();
    await expect(page.getByText(/El convenio firmado debe ser un archivo PDF/).first()).toBeVisible({ timeout: 15_000 });
    expect(await baseE2e().convenio.count({ where: { postulacionId: proyecto.id } })).toBe(0);

    await form.getByLabel("Convenio firmado (PDF)").setInputFiles({ name: "convenio firmado.pdf", mimeType: "application/pdf", buffer: PDF });
    await form.getByRole("button", { name: "Registrar convenio" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Convenio de «${proyecto.nombreProyecto}» registrado: $22.500.000` }).first()).toBeVisible({ timeout: 15_000 });
    await expect(tarjeta.getByText("Convenio firmado registrado")).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    const convenio = await baseE2e().convenio.findUniqueOrThrow({ where: { postulacionId: proyecto.id }, select: { id: true, montoAdjudicado: true, responsableRut: true } });
    expect(convenio).toMatchObject({ montoAdjudicado: 22_500_000, responsableRut: "9068826-K" });
    const url = `/seguimiento/incubacion/convenios/${convenio.id}/documento`;
    const descarga = await page.request.get(url);
    expect(descarga.status()).toBe(200);
    expect(descarga.headers()["content-type"]).toBe("application/pdf");
    expect(Buffer.from(await descarga.body()).equals(PDF)).toBe(true);

    // Without a staff session the document does not exist.
    await page.context().clearCookies();
    const anonima = await page.request.get(url);
    expect(anonima.status()).toBe(404);
  });
});
