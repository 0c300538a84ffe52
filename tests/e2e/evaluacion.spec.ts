// Evaluación técnica on a phone, in "Selección y contratación": an evaluator who has not passed the
// capacitación sees no perfiles and a direct request for their assigned perfil is a 404; they fail the
// calibration (and see where they diverged), pass it, score the perfil with autosave, submit it, and only
// then see the other evaluation. Declaring a conflict hands the perfil to another evaluator. The technical
// lead's dashboard opens for the lead and is a 404 for an evaluator.
import { asignacionesDe, asignarPerfil, evaluadorNuevo, expect, ingresar, perfilEnviado, rubricaConReferencias, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

test.use({ etapa: "SELECCION_CONTRATACION" });

const coma = (n: number) => n.toFixed(1).replace(".", ",");

test.describe("evaluación técnica", () => {
  test("sin capacitación no hay perfiles; calibra, evalúa con autoguardado y envía; después ve la otra evaluación", async ({ page, permitirErrorConsola }) => {
    permitirErrorConsola(/status of 404/);
    const rubrica = await rubricaConReferencias();
    const perfil = await perfilEnviado({ admisible: true });
    const eva = await evaluadorNuevo({ nombre: "Eva Evaluadora" });
    await asignarPerfil(perfil.id, eva.id);

    await ingresar(page, eva.email, eva.clave);
    await page.goto("/evaluador");
    await expect(page.getByRole("heading", { level: 1, name: "Mis perfiles asignados" })).toBeVisible();
    await expect(page.getByText("Primero, la capacitación")).toBeVisible();
    await expect(page.getByRole("link", { name: perfil.nombreProyecto })).toHaveCount(0);
    await sinViolacionesAxe(page);
    // Refusal: the assigned perfil, asked for directly, does not exist for an uncalibrated evaluator.
    const directo = await page.goto(`/evaluador/perfiles/${perfil.id}`);
    expect(directo?.status()).toBe(404);

    // Calibration: a first attempt far from the reference fails and says where.
    await page.goto("/evaluador/capacitacion");
    await expect(page.getByRole("heading", { level: 1, name: "Capacitación de evaluadores" })).toBeVisible();
    const ejercicio = page.getByRole("form", { name: "Ejercicio de calibración" });
    const llenar = async (nota: (orden: number, clave: string) => number) => {
      for (const ref of rubrica.referencias) {
        const grupo = ejercicio.getByRole("group", { name: `Perfil de referencia ${ref.orden}: ${ref.titulo}` });
        for (const c of rubrica.criterios) await grupo.getByLabel(`${c.nombre} (1,0 a 7,0)`).fill(coma(nota(ref.orden, c.clave)));
      }
    };
    await llenar((orden, clave) => (rubrica.referencias.find((r) => r.orden === orden)!.notas[clave] >= 4 ? 1 : 7));
    await ejercicio.getByRole("button", { name: "Enviar mis notas" }).click();
    await expect(page.getByRole("heading", { name: /Resultado de su último intento \(intento 1\): fuera del umbral/ })).toBeVisible();
    await expect(page.getByRole("table", { name: "Notas que divergieron de la referencia" })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
    // Second attempt: within 0,3 of every reference note.
    await llenar((orden, clave) => {
      const ref = rubrica.referencias.find((r) => r.orden === orden)!.notas[clave];
      return ref >= 6.8 ? ref - 0.3 : ref + 0.2;
    });
    await ejercicio.getByRole("button", { name: "Enviar mis notas" }).click();
    await expect(page.getByRole("heading", { name: /Resultado de su último intento \(intento 2\): dentro del umbral/ })).toBeVisible();

    // Now the perfil is listed.
    await page.goto("/evaluador");
    await expect(page.getByRole("status").filter({ hasText: "1 perfil asignado, 1 por enviar." })).toBeVisible();
    await page.getByRole("link", { name: perfil.nombreProyecto }).click();
    await expect(page.getByRole("heading", { level: 1, name: perfil.nombreProyecto })).toBeVisible();
    const evaluacion = page.getByRole("region", { name: "Evaluación del perfil" });
    const estado = evaluacion.getByRole("status").first();
    // Autosave keeps whatever is typed; an invalid grade is only a warning next to its field.
    const [primero, ...resto] = rubrica.criterios;
    await evaluacion.getByLabel(`Nota de «${primero.nombre}»`).fill("8");
    await evaluacion.getByLabel(`Comentario sobre «${primero.nombre}»`).fill("Responde bien a la línea base del desafío.");
    await expect(estado).toContainText("Revise la nota marcada");
    await evaluacion.getByLabel(`Nota de «${primero.nombre}»`).fill("6,0");
    for (const c of resto) await evaluacion.getByLabel(`Nota de «${c.nombre}»`).fill("5,0");
    await evaluacion.getByLabel("Comentario general").fill("Un piloto factible y bien pensado con sus usuarios.");
    await evaluacion.getByRole("radio", { name: "Media" }).check();
    await expect(estado).toHaveAttribute("data-estado", "guardado", { timeout: 15_000 });
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
    // Nothing typed is lost: a reload shows the saved draft.
    await page.reload();
    await expect(evaluacion.getByLabel(`Nota de «${primero.nombre}»`)).toHaveValue("6,0");
    await expect(evaluacion.getByLabel(`Comentario sobre «${primero.nombre}»`)).toHaveValue("Responde bien a la línea base del desafío.");
    await expect(page.getByRole("heading", { name: "Las otras evaluaciones de este perfil" })).toHaveCount(0);

    page.once("dialog", (d) => void d.accept());
    await evaluacion.getByRole("button", { name: "Enviar evaluación" }).click();
    await expect(page.getByText("Evaluación enviada")).toBeVisible();
    await expect(page.getByText("Ya no se puede modificar.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Enviar evaluación" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Las otras evaluaciones de este perfil" })).toBeVisible();
    await sinViolacionesAxe(page);
  });

  test("declarar un conflicto de interés pasa el perfil a otra persona evaluadora", async ({ page }) => {
    await rubricaConReferencias();
    const perfil = await perfilEnviado({ admisible: true });
    const eva = await evaluadorNuevo({ capacitado: true, nombre: "Elena Conflicto" });
    const colega = await evaluadorNuevo({ capacitado: true, nombre: "Carla Colega" });
    await asignarPerfil(perfil.id, eva.id);
    await asignarPerfil(perfil.id, colega.id);

    await ingresar(page, eva.email, eva.clave);
    await page.goto(`/evaluador/perfiles/${perfil.id}`);
    await expect(page.getByRole("heading", { level: 2, name: "Conflicto de interés" })).toBeVisible();
    await page.getByLabel("¿Cuál es el conflicto?").fill("Trabajé dos años en la organización que postula.");
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Declarar conflicto de interés" }).click();
    // The action's own message and the /evaluador notice both say so: the notice on the page it lands on.
    await expect(page).toHaveURL(/\/evaluador\?conflicto=1$/);
    await expect(page.getByText("Registramos su conflicto de interés: ya no evaluará ese perfil, que pasa a otra persona.")).toBeVisible();
    await expect(page.getByRole("link", { name: perfil.nombreProyecto })).toHaveCount(0);

    const asignaciones = await asignacionesDe(perfil.id);
    expect(asignaciones.find((a) => a.evaluadorId === eva.id)?.recusada).toBe(true);
    // Still two evaluators on it: the colleague, and someone new in Elena's place.
    const vigentes = asignaciones.filter((a) => !a.recusada);
    expect(vigentes).toHaveLength(2);
    expect(vigentes.map((a) => a.evaluadorId)).toContain(colega.id);
    const reemplazo = vigentes.find((a) => a.evaluadorId !== colega.id)!;
    expect(reemplazo.evaluadorId).not.toBe(eva.id);
    expect(reemplazo.motivo).toBe("REASIGNACION");
  });

  test("el tablero del encargado técnico: avance por región y por evaluador; una persona evaluadora no lo puede abrir", async ({ page, permitirErrorConsola }) => {
    permitirErrorConsola(/status of 404/);
    const eva = await evaluadorNuevo({ capacitado: true });
    await ingresar(page, eva.email, eva.clave);
    const negado = await page.goto("/seguimiento/evaluacion");
    expect(negado?.status()).toBe(404);

    await page.context().clearCookies();
    await ingresar(page, "encargado@fondoidea.cl");
    await page.goto("/seguimiento/evaluacion");
    await expect(page.getByRole("heading", { level: 1, name: "Evaluación técnica" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Avance de la evaluación por región" })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });
});
