// The regional demo day on a phone, in Formación e incubación: a juror of the Biobío demo day finds their
// demo day and its preselected pitch, grades it criterion by criterion (the weighted grade shown live) and
// saves it; a juror of another demo day gets "page not found" for the same pitch.
import { baseE2e, expirarCacheE2e, unico } from "./estado/base";
import { convocatoriaActiva, cuentaNueva, expect, idDeCuenta, ingresar, perfilEnviado, sinScrollHorizontal, sinViolacionesAxe, test, type Cuenta } from "./fixtures";

test.use({ etapa: "FORMACION_INCUBACION" });

const ADMIN = "admin@fondoidea.cl";

/** A perfil of the Biobío preselected by the signed preselection round of the active convocatoria. */
async function preseleccionadaDelBiobio(): Promise<{ id: string; nombreProyecto: string }> {
  const db = baseE2e();
  const conv = await convocatoriaActiva();
  const perfil = await perfilEnviado({ admisible: true, regiones: ["08"], montoSolicitado: 24_000_000 });
  await db.postulacion.update({ where: { id: perfil.id }, data: { estado: "PRESELECCIONADA" } });
  const ronda = await db.rondaSeleccion.upsert({
    where: { convocatoriaId_fase: { convocatoriaId: conv.id, fase: "PRESELECCION" } },
    create: { convocatoriaId: conv.id, fase: "PRESELECCION", estado: "CERRADA", presupuesto: 650_000_000, cerradaEn: new Date() },
    update: { estado: "CERRADA", cerradaEn: new Date() },
  });
  const decididaPorId = await idDeCuenta(ADMIN);
  await db.decisionComite.upsert({
    where: { postulacionId_fase: { postulacionId: perfil.id, fase: "PRESELECCION" } },
    create: { convocatoriaId: conv.id, rondaId: ronda.id, postulacionId: perfil.id, fase: "PRESELECCION", decision: "SELECCIONADA", montoAsignado: 24_000_000, puntaje: 5.5, sugerida: true, decididaPorId },
    update: { rondaId: ronda.id, decision: "SELECCIONADA" },
  });
  // The final round must not have its acta yet: the grades would be frozen.
  await db.rondaSeleccion.updateMany({ where: { convocatoriaId: conv.id, fase: "SELECCION_FINAL" }, data: { estado: "ABIERTA" } });
  return { id: perfil.id, nombreProyecto: perfil.nombreProyecto };
}

/** A demo day of the region with one juror of the given helix. */
async function demoDayCon(regionCut: string, jurado: Cuenta, helice: "ESTADO" | "ACADEMIA" | "EMPRESA" | "SOCIEDAD_CIVIL") {
  const db = baseE2e();
  const conv = await convocatoriaActiva();
  const evento = await db.evento.create({
    data: {
      convocatoriaId: conv.id,
      tipo: "DEMO_DAY",
      titulo: `Demo day regional ${unico()}`,
      regionCut,
      inicio: new Date(Date.now() + 3 * 86_400_000),
      lugar: "Sede regional FOSIS",
      capacidad: 80,
      creadoPorId: await idDeCuenta(ADMIN),
    },
    select: { id: true, titulo: true },
  });
  await db.juradoDemoDay.create({ data: { eventoId: evento.id, juradoId: jurado.id, helice } });
  return evento;
}

test.describe("demo day", () => {
  test("una jurada califica un pitch de su demo day desde el teléfono; un jurado de otro demo day no lo encuentra", async ({ page, permitirErrorConsola }) => {
    permitirErrorConsola(/status of 404/);
    test.setTimeout(120_000);
    const pitch = await preseleccionadaDelBiobio();
    const jurada = await cuentaNueva({ nombre: "Julia Jurado", roles: ["JURADO"] });
    const ajeno = await cuentaNueva({ nombre: "Jorge de Valparaíso", roles: ["JURADO"] });
    const biobio = await demoDayCon("08", jurada, "ACADEMIA");
    await demoDayCon("05", ajeno, "EMPRESA");
    await expirarCacheE2e();

    // Refusal: a juror of another demo day asks for this pitch and this demo day: they do not exist for them (404).
    await ingresar(page, ajeno.email, ajeno.clave);
    for (const ruta of [`/jurado/${biobio.id}/${pitch.id}`, `/jurado/${biobio.id}`]) {
      const r = await page.goto(ruta);
      expect(r?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
    }
    await page.context().clearCookies();

    await ingresar(page, jurada.email, jurada.clave);
    await page.goto("/jurado");
    await expect(page.getByRole("heading", { level: 1, name: "Mis demo days" })).toBeVisible();
    await page.getByRole("link", { name: biobio.titulo }).click();
    await expect(page.getByRole("heading", { level: 1, name: biobio.titulo })).toBeVisible();
    await page.getByRole("link", { name: pitch.nombreProyecto }).click();
    await expect(page.getByRole("heading", { level: 1, name: pitch.nombreProyecto })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Resumen del proyecto" })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // 6·25 + 5·20 + 6·20 + 5·20 + 6·15 = 560 → 5,6, shown before saving.
    await page.getByLabel("Claridad del problema y la solución (25 %)").fill("6");
    await page.getByLabel("Co-producción con los usuarios (20 %)").fill("5,0");
    await page.getByLabel("Factibilidad del piloto (20 %)").fill("6");
    await page.getByLabel("Potencial de aprendizaje y escalamiento (20 %)").fill("5");
    await expect(page.getByText("Nota ponderada: complete 1 criterio más.")).toBeVisible();
    await page.getByLabel("Solidez del equipo (15 %)").fill("6,0");
    await expect(page.getByText("Nota ponderada: 5,6")).toBeVisible();
    await page.getByLabel("Comentario para el equipo (opcional)").fill("Pitch claro; falta detallar los costos.");
    await page.getByRole("button", { name: "Guardar mi nota" }).click();
    await expect(page.getByText(`Nota guardada: «${pitch.nombreProyecto}», 5,6.`)).toBeVisible();
    const fila = await baseE2e().puntajeDemoDay.findUniqueOrThrow({ where: { postulacionId_juradoId: { postulacionId: pitch.id, juradoId: jurada.id } } });
    expect(fila).toMatchObject({ eventoId: biobio.id, nota: 5.6, comentario: "Pitch claro; falta detallar los costos." });

    // A juror of another demo day: the same pitch does not exist for them, nor the Biobío demo day.
    await page.context().clearCookies();
    await ingresar(page, ajeno.email, ajeno.clave);
    // Again now that the pitch has a grade: still 404, nothing of the pitch.
    for (const ruta of [`/jurado/${biobio.id}/${pitch.id}`, `/jurado/${biobio.id}`]) {
      expect((await page.goto(ruta))?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
      await expect(page.getByText(pitch.nombreProyecto)).toHaveCount(0);
    }
    expect(await baseE2e().puntajeDemoDay.count({ where: { juradoId: ajeno.id } })).toBe(0);
  });
});
