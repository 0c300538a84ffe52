// The pilot's final report on a phone, in Cierre: the team fills it (autosaved) — each baseline metric of
// the desafío with its result, the executed costs, the recommendation — is refused while the reasons are
// too short (in Spanish, next to the field, nothing sent), fixes them and sends: the page turns read-only
// with its state. FOSIS staff open it from their list and approve it after confirming: the team sees it
// approved and published. An applicant without a pilot gets the empty state and nothing writable.
import { baseE2e, expirarCacheE2e } from "./estado/base";
import { convocatoriaActiva, expect, idDeCuenta, ingresar, perfilEnviado, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

test.use({ etapa: "CIERRE" });

const ADMIN = "admin@fondoidea.cl";
const DIA = 86_400_000;

/** A pilot of a new applicant: selected in the signed final acta, with its signed convenio and a frozen formulario completo. */
async function piloto() {
  const db = baseE2e();
  const conv = await convocatoriaActiva();
  const perfil = await perfilEnviado({ admisible: true, montoSolicitado: 24_000_000 });
  await db.postulacion.update({ where: { id: perfil.id }, data: { estado: "SELECCIONADA" } });
  const ronda = await db.rondaSeleccion.upsert({
    where: { convocatoriaId_fase: { convocatoriaId: conv.id, fase: "SELECCION_FINAL" } },
    create: { convocatoriaId: conv.id, fase: "SELECCION_FINAL", estado: "CERRADA", presupuesto: 650_000_000, cerradaEn: new Date() },
    update: { estado: "CERRADA", cerradaEn: new Date() },
  });
  const adminId = await idDeCuenta(ADMIN);
  await db.decisionComite.upsert({
    where: { postulacionId_fase: { postulacionId: perfil.id, fase: "SELECCION_FINAL" } },
    create: { convocatoriaId: conv.id, rondaId: ronda.id, postulacionId: perfil.id, fase: "SELECCION_FINAL", decision: "SELECCIONADA", montoAsignado: 24_000_000, puntaje: 5.8, sugerida: true, decididaPorId: adminId },
    update: { rondaId: ronda.id, decision: "SELECCIONADA", montoAsignado: 24_000_000 },
  });
  const metricas = await db.metricaLineaBase.findMany({ where: { desafio: { postulaciones: { some: { id: perfil.id } } } }, orderBy: { orden: "asc" }, select: { id: true, valor: true } });
  await db.formularioCompleto.create({
    data: {
      postulacionId: perfil.id,
      version: 2,
      enviadoEn: new Date(Date.now() - 200 * DIA),
      contenido: JSON.stringify({
        metricas: metricas.map((m) => ({ metricaLineaBaseId: m.id, lineaBase: String(m.valor), meta: String(m.valor + 10), unidad: "%", medioVerificacion: "Encuesta" })),
        presupuesto: [
          { item: "Monitoras", categoria: "RECURSOS_HUMANOS", monto: 20_000_000 },
          { item: "Materiales", categoria: "OPERACION", monto: 4_000_000 },
        ],
      }),
    },
  });
  const n = (Date.now() + 7).toString(16).padStart(32, "0").slice(-32);
  const doc = await db.adjunto.create({
    data: { postulacionId: perfil.id, subidoPorId: adminId, categoria: "CONVENIO_FIRMADO", nombreArchivo: "convenio.pdf", mime: "application/pdf", bytes: 100, sha256: "e".repeat(64), clave: `${n.slice(0, 2)}/${n}` },
    select: { id: true },
  });
  await db.convenio.create({
    data: {
      postulacionId: perfil.id,
      montoAdjudicado: 24_000_000,
      fechaInicio: new Date(Date.now() - 180 * DIA),
      fechaTermino: new Date(Date.now() - DIA),
      documentoId: doc.id,
      documentoSha256: "e".repeat(64),
      firmadoEn: new Date(Date.now() - 181 * DIA),
      registradoPorId: adminId,
    },
  });
  await expirarCacheE2e();
  return { perfil, metricas: metricas.length };
}

test.describe("informe final del piloto", () => {
  test("el equipo lo llena en el teléfono, un fundamento corto se rechaza, lo envía y el equipo FOSIS lo aprueba", async ({ page }) => {
    test.setTimeout(150_000);
    const { perfil, metricas } = await piloto();
    page.on("dialog", (d) => void d.accept());

    await ingresar(page, perfil.postulante.email, perfil.postulante.clave);
    await page.goto("/postulante/piloto/informe");
    await expect(page.getByRole("heading", { level: 1, name: "Informe final del piloto" })).toBeVisible();
    await expect(page.getByTestId("estado-informe")).toContainText("Borrador");

    await page.getByLabel("Lo realizado").fill("Formamos una red de relevos vecinales y agendamos horas de respiro.");
    await page.getByLabel("Aprendizajes").fill("El relevo funciona si se agenda con una semana de anticipación.");
    await page.getByLabel("Evidencia de co-producción").fill("Actas de tres mesas de trabajo con las cuidadoras.");
    // One card per baseline metric, with the baseline and the target from the formulario: the result goes in.
    // The fields are «Resultado (<unidad>)»; the section «Resultados frente a la línea base» is not one.
    for (let i = 0; i < metricas; i++) await page.getByRole("textbox", { name: /^Resultado \(/ }).nth(i).fill("12,5");
    await page.getByLabel("Ejecutado (pesos)").nth(0).fill("19500000");
    await page.getByLabel("Ejecutado (pesos)").nth(1).fill("4000000");
    await expect(page.getByTestId("total-costos")).toContainText("Ejecutado $23.500.000 de $24.000.000 presupuestados.");
    await page.getByLabel("Escalar").check();
    await page.getByLabel("Fundamento de la recomendación").fill("Funcionó.");
    await expect(page.locator('[data-estado="guardado"]')).toBeVisible({ timeout: 15_000 });
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // Refused: the reasons are too short; nothing sent.
    await page.getByRole("button", { name: "Enviar informe final a revisión" }).click();
    await expect(page.getByText(/El fundamento de la recomendación debe tener al menos 30 caracteres/).first()).toBeVisible({ timeout: 15_000 });
    expect((await baseE2e().sistematizacion.findUniqueOrThrow({ where: { postulacionId: perfil.id } })).estado).toBe("BORRADOR");

    await page.getByLabel("Fundamento de la recomendación").fill("La sobrecarga bajó y las cuidadoras pidieron seguir: conviene llevarlo a otras comunas.");
    await page.getByRole("button", { name: "Enviar informe final a revisión" }).click();
    await expect(page.getByTestId("estado-informe")).toContainText("Enviado a revisión", { timeout: 30_000 });
    await expect(page.getByRole("button", { name: "Enviar informe final a revisión" })).toHaveCount(0);
    await expect(page.getByText("Recomendación: Escalar")).toBeVisible();

    // FOSIS staff open it from their list and approve it.
    await page.context().clearCookies();
    await ingresar(page, ADMIN);
    await page.goto("/seguimiento/ejecucion/informes");
    await expect(page.getByRole("heading", { level: 1, name: "Informes finales de los pilotos" })).toBeVisible();
    await page.getByRole("link", { name: `Revisar el informe de ${perfil.nombreProyecto}` }).click();
    await expect(page.getByRole("heading", { level: 2, name: perfil.nombreProyecto })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
    await page.getByRole("button", { name: `Aprobar y publicar el informe de ${perfil.nombreProyecto}` }).click();
    await expect(page.getByText(/Informe final aprobado: ya aparece en el repositorio público de aprendizajes/).first()).toBeVisible({ timeout: 15_000 });
    const fila = await baseE2e().sistematizacion.findUniqueOrThrow({ where: { postulacionId: perfil.id } });
    expect(fila.estado).toBe("APROBADA");
    expect(fila.publicadaEn).not.toBeNull();

    await page.context().clearCookies();
    await ingresar(page, perfil.postulante.email, perfil.postulante.clave);
    await page.goto("/postulante/piloto/informe");
    await expect(page.getByTestId("estado-informe")).toContainText("Aprobado y publicado");
  });

  test("quien no tiene un piloto ve el aviso y nada que escribir", async ({ page }) => {
    const perfil = await perfilEnviado({ admisible: true, montoSolicitado: 24_000_000 });
    await ingresar(page, perfil.postulante.email, perfil.postulante.clave);
    await page.goto("/postulante/piloto/informe");
    await expect(page.getByText("Aún no tiene un piloto")).toBeVisible();
    await expect(page.getByRole("textbox")).toHaveCount(0);
    expect(await baseE2e().sistematizacion.count({ where: { postulacionId: perfil.id } })).toBe(0);
  });
});
