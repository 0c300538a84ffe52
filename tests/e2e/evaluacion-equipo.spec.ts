// Evaluación técnica on a phone, from the FOSIS staff's and the committee's side. In "Desarrollo del
// concurso" the admin changes the rubric's weights: a change that does not add up to 100 % is refused next to
// the criteria and nothing is saved; a valid one is saved and shown. In "Selección y contratación" the
// technical lead assigns calibrated evaluators to the admissible perfiles: each perfil gets its N evaluators,
// nobody gets a perfil of their own organisation, each evaluator receives one e-mail with their perfiles,
// and an applicant gets a 404 there. The committee reads the submitted evaluations without the evaluators'
// names or e-mails; an applicant gets a 404 there too.
import {
  asignacionesDe,
  correosPara,
  entradasEnBitacora,
  evaluadorNuevo,
  expect,
  ingresar,
  perfilEnviado,
  postulanteNuevo,
  sinScrollHorizontal,
  sinViolacionesAxe,
  test,
  textoDeCorreo,
  unico,
} from "./fixtures";
import {
  evaluacionEnviada,
  hacerMiembro,
  miembrosActivos,
  perfilesAdmisiblesCubiertos,
  pesosDeLaRubrica,
  regionSinEvaluadores,
  reglasDeAsignacionE2e,
  rubricaSinNotas,
} from "./estado/evaluacion-equipo";

/** Aysén: the assignment's evaluators and perfiles live there, under the rule "misma_region", apart from any other spec's. */
const AYSEN = "11";

test.describe("rúbrica de evaluación (administración)", () => {
  test.use({ etapa: "DESARROLLO_CONCURSO" });

  test("pesos que no suman 100 % se rechazan junto a los criterios sin guardar nada; un cambio válido se guarda y se muestra", async ({ page }) => {
    const criterios = await rubricaSinNotas();
    const pesos = criterios.map((c) => c.peso);
    expect(criterios.length, "la rúbrica necesita al menos dos criterios").toBeGreaterThanOrEqual(2);
    expect(pesos[0], "los dos primeros criterios deben pesar distinto para intercambiar sus pesos").not.toBe(pesos[1]);
    const guardadasAntes = await entradasEnBitacora("rubrica.guardar");

    await ingresar(page, "admin@fondoidea.cl");
    await page.goto("/admin/rubrica");
    await expect(page.getByRole("heading", { level: 1, name: "Rúbrica de evaluación técnica" })).toBeVisible();
    const form = page.getByRole("form", { name: "Rúbrica de evaluación", exact: true });
    await expect(form.getByText("Suma de los pesos: 100 %.")).toBeVisible();
    const peso1 = form.getByRole("group", { name: "Criterio 1", exact: true }).getByLabel("Peso (%)");
    const peso2 = form.getByRole("group", { name: "Criterio 2", exact: true }).getByLabel("Peso (%)");
    await expect(peso1).toHaveValue(String(pesos[0]));
    await expect(peso2).toHaveValue(String(pesos[1]));

    // Refused: 5 points more on the first criterion add up to 105 %. The form says so next to the criteria.
    await peso1.fill(String(pesos[0] + 5));
    await expect(form.getByText("Suma de los pesos: 105 % (deben sumar 100 %).")).toBeVisible();
    await form.getByRole("button", { name: "Guardar rúbrica" }).click();
    await expect(form.getByText("Los pesos de los criterios deben sumar 100 %; ahora suman 105 %.")).toBeVisible();
    await expect(form.getByRole("alert")).toContainText("Revise los campos marcados.");
    await expect(peso1).toHaveValue(String(pesos[0] + 5));
    // Nothing was saved.
    expect(await pesosDeLaRubrica()).toEqual(pesos);
    expect(await entradasEnBitacora("rubrica.guardar")).toBe(guardadasAntes);

    // Valid: the first two criteria swap their weights (swapped again by the next run, the rubric stays as it was).
    await peso1.fill(String(pesos[1]));
    await peso2.fill(String(pesos[0]));
    await expect(form.getByText("Suma de los pesos: 100 %.")).toBeVisible();
    await form.getByRole("button", { name: "Guardar rúbrica" }).click();
    await expect(form.getByRole("status").filter({ hasText: "Rúbrica guardada." })).toBeVisible();
    await expect(form.getByText("Los pesos de los criterios deben sumar 100 %")).toHaveCount(0);
    const nuevos = [pesos[1], pesos[0], ...pesos.slice(2)];
    expect(await pesosDeLaRubrica()).toEqual(nuevos);
    expect(await entradasEnBitacora("rubrica.guardar")).toBe(guardadasAntes + 1);

    // Shown: the page, read again, has the new weights.
    await page.reload();
    await expect(peso1).toHaveValue(String(nuevos[0]));
    await expect(peso2).toHaveValue(String(nuevos[1]));
    await expect(form.getByText("Suma de los pesos: 100 %.")).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });
});

test.describe("asignación de evaluadores (equipo FOSIS)", () => {
  test.use({ etapa: "SELECCION_CONTRATACION" });

  test("el encargado técnico asigna N evaluadores por perfil, nadie de la propia organización, con un correo a cada uno; una persona postulante recibe 404", async ({
    page,
    permitirErrorConsola,
  }) => {
    permitirErrorConsola(/status of 404/);
    const restaurarReglas = await reglasDeAsignacionE2e({ reglaRegion: "misma_region", tope: 40, evaluadoresPorPerfil: 2 });
    try {
      // Only the perfiles of this test lack evaluators, and only its evaluators are of Aysén.
      await perfilesAdmisiblesCubiertos();
      await regionSinEvaluadores(AYSEN);
      const n = unico();
      const ana = await evaluadorNuevo({ capacitado: true, regionCut: AYSEN, nombre: `Ana Aysén ${n}` });
      const beto = await evaluadorNuevo({ capacitado: true, regionCut: AYSEN, nombre: `Beto Aysén ${n}` });
      const carla = await evaluadorNuevo({ capacitado: true, regionCut: AYSEN, nombre: `Carla Aysén ${n}` });
      const evaluadores = [ana, beto, carla];
      const p1 = await perfilEnviado({ admisible: true, regiones: [AYSEN] });
      const p2 = await perfilEnviado({ admisible: true, regiones: [AYSEN] });
      const p3 = await perfilEnviado({ admisible: true, regiones: [AYSEN] });
      const perfiles = [p1, p2, p3];
      // Ana belongs to the organisation that sent the first perfil: she may not evaluate it.
      await hacerMiembro(ana.id, p1.organizacion.id);

      await ingresar(page, "encargado@fondoidea.cl");
      await page.goto("/seguimiento/asignaciones");
      await expect(page.getByRole("heading", { level: 1, name: "Asignaciones de evaluadores" })).toBeVisible();
      await expect(page.getByText("Solo evaluadores de la misma región del perfil.")).toBeVisible();
      await expect(page.getByText(/, 3 con evaluadores por asignar\.$/)).toBeVisible();
      const porAsignar = page.getByRole("list", { name: "Perfiles con evaluadores por asignar" });
      await expect(porAsignar.getByRole("listitem")).toHaveCount(3);
      for (const p of perfiles) {
        await expect(porAsignar.getByRole("listitem").filter({ hasText: p.nombreProyecto })).toHaveText(`Folio N° ${p.folioTexto} «${p.nombreProyecto}»: 2 evaluadores por asignar`);
      }
      await sinViolacionesAxe(page);
      await sinScrollHorizontal(page);

      let pregunta = "";
      page.once("dialog", (d) => {
        pregunta = d.message();
        void d.accept();
      });
      await page.getByRole("form", { name: "Asignación de evaluadores" }).getByRole("button", { name: "Asignar evaluadores" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Se crearon 6 asignaciones para 3 perfiles; se avisó por correo a 3 evaluadores." })).toBeVisible();
      expect(pregunta).toBe("¿Asignar evaluadores a 3 perfiles? Cada evaluador recibirá un correo con sus perfiles.");

      // The page shows the result: no perfil left without evaluators, and each evaluator with 2 of them.
      await expect(page.getByText(/^(\d+) perfiles admisibles: \1 con todos sus evaluadores\.$/)).toBeVisible();
      await expect(porAsignar).toHaveCount(0);
      const carga = page.getByRole("table", { name: "Carga de cada evaluador (tope: 40)" });
      for (const e of evaluadores) {
        const fila = carga.getByRole("row").filter({ has: page.getByRole("link", { name: e.nombre, exact: true }) });
        await expect(fila.getByRole("cell").nth(1)).toHaveText("Aprobada");
        await expect(fila.getByRole("cell").nth(2)).toHaveText("2");
      }

      // The database: exactly 2 live evaluators per perfil, all of Aysén, none a member of the perfil's organisation.
      const asignados = new Map<string, string[]>();
      for (const p of perfiles) {
        const vivas = (await asignacionesDe(p.id)).filter((a) => !a.recusada);
        expect(vivas, `evaluadores del perfil ${p.folioTexto}`).toHaveLength(2);
        const miembros = await miembrosActivos(p.organizacion.id);
        for (const a of vivas) {
          expect(evaluadores.map((e) => e.id)).toContain(a.evaluadorId);
          expect(miembros, `un evaluador del perfil ${p.folioTexto} pertenece a su organización`).not.toContain(a.evaluadorId);
          asignados.set(a.evaluadorId, [...(asignados.get(a.evaluadorId) ?? []), p.id]);
        }
      }
      expect(asignados.get(ana.id)?.sort()).toEqual([p2.id, p3.id].sort());

      // Ana's perfiles, on the page: the two she may evaluate, not her organisation's.
      await carga.getByRole("link", { name: ana.nombre, exact: true }).click();
      const detalle = page.getByRole("region", { name: `Perfiles de ${ana.nombre}` });
      await expect(detalle).toContainText("2 perfiles asignados, 0 con la evaluación enviada.");
      await expect(detalle.getByText(`Folio N° ${p2.folioTexto} «${p2.nombreProyecto}»`, { exact: true })).toBeVisible();
      await expect(detalle.getByText(`Folio N° ${p3.folioTexto} «${p3.nombreProyecto}»`, { exact: true })).toBeVisible();
      await expect(detalle.getByText(p1.nombreProyecto)).toHaveCount(0);
      await sinViolacionesAxe(page);
      await sinScrollHorizontal(page);

      // Each evaluator got one e-mail, listing exactly their perfiles.
      for (const e of evaluadores) {
        const correos = await correosPara(e.email);
        expect(correos, `correos para ${e.nombre}`).toHaveLength(1);
        const texto = textoDeCorreo(correos[0]);
        expect(texto).toContain(`Hola ${e.nombre}:`);
        expect(texto).toContain("Se le asignaron 2 perfiles para la evaluación técnica");
        for (const p of perfiles) {
          expect(texto.includes(`Folio N° ${p.folioTexto}: «${p.nombreProyecto}»`), `el correo de ${e.nombre} y el perfil ${p.folioTexto}`).toBe(asignados.get(e.id)!.includes(p.id));
        }
      }

      // Refusal: an account without a staff role does not find the page.
      await page.context().clearCookies();
      const postulante = await postulanteNuevo();
      await ingresar(page, postulante.email, postulante.clave);
      const negado = await page.goto("/seguimiento/asignaciones");
      expect(negado?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
    } finally {
      await restaurarReglas();
    }
  });
});

test.describe("evaluaciones para el comité", () => {
  test.use({ etapa: "SELECCION_CONTRATACION" });

  test("el comité lee las evaluaciones enviadas sin nombres ni correos de quienes evaluaron; una persona postulante recibe 404", async ({ page, permitirErrorConsola }) => {
    permitirErrorConsola(/status of 404/);
    const perfil = await perfilEnviado({ admisible: true });
    const n = unico();
    const rita = await evaluadorNuevo({ capacitado: true, nombre: `Rita Reservada ${n}` });
    const tomas = await evaluadorNuevo({ capacitado: true, nombre: `Tomás Tapado ${n}` });
    const ahora = Date.now();
    await evaluacionEnviada(perfil.id, rita.id, {
      nota: 7,
      confianza: "ALTA",
      comentario: "Un piloto muy bien pensado junto a las familias del sector.",
      comentarioCriterio: "Responde de lleno al desafío y a su línea base.",
      enviadaEn: new Date(ahora - 2 * 3_600_000),
    });
    await evaluacionEnviada(perfil.id, tomas.id, {
      nota: 6.5,
      confianza: "MEDIA",
      comentario: "Factible; falta detallar el presupuesto del segundo semestre.",
      comentarioCriterio: "Pertinente, aunque el diagnóstico es breve.",
      enviadaEn: new Date(ahora - 3_600_000),
    });

    await ingresar(page, "comite@fondoidea.cl");
    // The ranking is paged: look for the perfil page by page.
    const tarjeta = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: perfil.nombreProyecto }) });
    for (let pagina = 1; ; pagina++) {
      await page.goto(`/comite/evaluaciones?pagina=${pagina}`);
      await expect(page.getByRole("heading", { level: 1, name: "Evaluación técnica" })).toBeVisible();
      if ((await tarjeta.count()) > 0) break;
      expect(await page.getByRole("link", { name: "Siguientes →" }).count(), `«${perfil.nombreProyecto}» no figura en el ranking del comité`).toBe(1);
    }
    await expect(tarjeta).toContainText("2 evaluaciones enviadas");
    await tarjeta.getByText("Ver notas y comentarios por criterio").click();
    // Numbered by sending order: Rita sent first.
    const primera = tarjeta.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: "Evaluador/a 1" }) });
    const segunda = tarjeta.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: "Evaluador/a 2" }) });
    await expect(primera).toContainText("Nota final: 7,0 · Confianza: alta");
    await expect(primera.getByText("Responde de lleno al desafío y a su línea base.")).toBeVisible();
    await expect(primera.getByText("Un piloto muy bien pensado junto a las familias del sector.")).toBeVisible();
    await expect(segunda).toContainText("Nota final: 6,5 · Confianza: media");
    await expect(segunda.getByText("Factible; falta detallar el presupuesto del segundo semestre.")).toBeVisible();
    // Anonymised: neither evaluator's name nor e-mail anywhere on the page.
    for (const e of [rita, tomas]) {
      await expect(page.locator("body")).not.toContainText(e.nombre);
      await expect(page.locator("body")).not.toContainText(e.email);
    }
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // Refusal: an applicant does not find the page.
    await page.context().clearCookies();
    const postulante = await postulanteNuevo();
    await ingresar(page, postulante.email, postulante.clave);
    const negado = await page.goto("/comite/evaluaciones");
    expect(negado?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
    await expect(page.getByText(perfil.nombreProyecto)).toHaveCount(0);
  });
});
