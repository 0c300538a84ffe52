// Each role's home (/cuenta, where people land), at 375 px: for every role the person holds, what they can
// do now, what comes next and when (dates from the calendar), with links; in Spanish and axe-clean. Runs in
// Convocatoria (the fixture sets it, with its calendar); each test signs in with a new account holding the
// roles it looks at, so no demo account changes.
import type { Rol } from "../../lib/domain/roles";
import { formatearFecha } from "../../lib/domain/formato";
import { baseE2e } from "./estado/base";
import { convocatoriaActiva, cuentaNueva, expect, ingresar, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";
import type { Page } from "@playwright/test";

test.use({ etapa: "CONVOCATORIA" });

/** The planned dates of the active convocatoria's calendar, as the pages write them. */
async function fechas() {
  const { id } = await convocatoriaActiva();
  const filas = await baseE2e().etapaCalendario.findMany({ where: { convocatoriaId: id }, select: { etapa: true, inicio: true, fin: true } });
  const de = (etapa: string) => filas.find((f) => f.etapa === etapa)!;
  const rango = (etapa: string) => `del ${formatearFecha(de(etapa).inicio)} al ${formatearFecha(de(etapa).fin)}`;
  return { finConvocatoria: formatearFecha(de("CONVOCATORIA").fin), seleccion: rango("SELECCION_CONTRATACION"), formacion: rango("FORMACION_INCUBACION") };
}

async function inicioCon(page: Page, roles: Rol[]) {
  const cuenta = await cuentaNueva({ roles });
  await ingresar(page, cuenta.email, cuenta.clave);
  await page.goto("/cuenta");
  await expect(page.getByRole("heading", { level: 1, name: `Hola, ${cuenta.nombre}` })).toBeVisible();
  return cuenta;
}

const tarjeta = (page: Page, rol: string) => page.getByRole("listitem", { name: rol, exact: true });

test.describe("inicio de cada rol", () => {
  test("afiliado: todavía no hay votación, y cuándo será (Selección y contratación)", async ({ page }) => {
    const f = await fechas();
    await inicioCon(page, ["AFILIADO"]);
    await expect(page.getByText(/está en la etapa\s*Convocatoria/)).toBeVisible();
    const t = tarjeta(page, "Afiliado (votante)");
    await expect(t).toContainText(`Ahora, hasta el ${f.finConvocatoria}: Las personas y organizaciones están enviando sus perfiles. Todavía no hay proyectos para votar.`);
    await expect(t).toContainText(`Después (Selección y contratación, ${f.seleccion}): Votación popular: un voto por desafío`);
    await t.getByRole("link", { name: "Ver los desafíos" }).click();
    await expect(page).toHaveURL(/\/desafios$/);
  });

  test("comité: la preselección, con sus fechas", async ({ page }) => {
    const f = await fechas();
    await inicioCon(page, ["COMITE"]);
    const t = tarjeta(page, "Comité");
    await expect(t).toContainText("Ahora, hasta el");
    await expect(t).toContainText(`Después (Selección y contratación, ${f.seleccion}): Preselección: al menos un proyecto por región`);
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });

  test("jurado: el demo day en Formación e incubación", async ({ page }) => {
    const f = await fechas();
    await inicioCon(page, ["JURADO"]);
    const t = tarjeta(page, "Jurado");
    await expect(t).toContainText("Todavía no hay proyectos que evaluar.");
    await expect(t).toContainText(`Después (Formación e incubación, ${f.formacion}): Demo day`);
    await expect(t.getByRole("link", { name: "Ver talleres y encuentros" })).toHaveAttribute("href", "/talleres");
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });

  test("mentor: las mentorías en Formación e incubación", async ({ page }) => {
    const f = await fechas();
    await inicioCon(page, ["MENTOR"]);
    const t = tarjeta(page, "Mentor");
    await expect(t).toContainText(`Después (Formación e incubación, ${f.formacion}): Mentorías: 8 semanas`);
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });

  test("postulante: enviar su perfil ahora, hasta el cierre, con el enlace a sus postulaciones", async ({ page }) => {
    const f = await fechas();
    await inicioCon(page, ["POSTULANTE"]);
    const t = tarjeta(page, "Postulante");
    await expect(t).toContainText(`Ahora, hasta el ${f.finConvocatoria}: Escriba y envíe su perfil`);
    await t.getByRole("link", { name: "Mis postulaciones" }).click();
    await expect(page).toHaveURL(/\/postulante$/);
  });

  test("varios roles: una tarjeta por rol, en el orden del portal, y el equipo FOSIS con sus áreas", async ({ page }) => {
    await inicioCon(page, ["MENTOR", "ENCARGADO_TECNICO", "POSTULANTE"]);
    const titulos = page.getByRole("heading", { level: 3 });
    await expect(titulos).toHaveText(["Postulante", "Encargado técnico", "Mentor"]);
    const encargado = tarjeta(page, "Encargado técnico");
    await expect(encargado).toContainText("Revise la admisibilidad de los perfiles enviados");
    await expect(encargado.getByRole("link", { name: "Perfiles y admisibilidad" })).toHaveAttribute("href", "/seguimiento/postulaciones");
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });

  test("administrador y evaluador regional: su tarjeta y sus enlaces, sin violaciones de accesibilidad", async ({ page }) => {
    await inicioCon(page, ["ADMIN", "EVALUADOR"]);
    await expect(tarjeta(page, "Administrador FOSIS").getByRole("link", { name: "Convocatoria y etapas" })).toHaveAttribute("href", "/admin/convocatoria");
    await expect(tarjeta(page, "Evaluador regional")).toContainText("puede ver los enviados de su región");
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);
  });
});
