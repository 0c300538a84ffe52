// Votación popular on a phone, window open in "Selección y contratación": a verified afiliada votes from the
// perfil's public page (cached: the box is a client island), the page then says so and the public count
// shows the vote within seconds; a second vote in the same desafío through POST /api/votos answers 409;
// her vote is in «Mis votos». Refusals: an afiliada whose RUT was only typed at sign-up cannot vote (403
// with a Spanish message, nothing stored), and a visitor without a session is told to sign in (401).
// The last test signs in with ClaveÚnica (the local provider) and votes.
import type { Page } from "@playwright/test";
import { baseE2e } from "./estado/base";
import { afiliadaNueva, expect, ingresar, perfilEnviado, sinScrollHorizontal, sinViolacionesAxe, test, ventanaDeVotacion } from "./fixtures";

test.use({ etapa: "SELECCION_CONTRATACION" });

const DESAFIO = "cuidar-a-quien-cuida";

async function votarEnLaPagina(page: Page, nombreProyecto: string) {
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Votar por este proyecto" }).click();
  await expect(page.getByText("Voto registrado")).toBeVisible();
  // The box's form says it too for a moment, before the island replaces the form with its notice.
  await expect(page.getByText(`Su voto por «${nombreProyecto}» quedó registrado.`).first()).toBeVisible();
}

test.describe("votación popular", () => {
  test("una afiliada verificada vota desde la página pública; el conteo lo refleja; un segundo voto en el desafío es 409", async ({ page, permitirErrorConsola }) => {
    permitirErrorConsola(/status of 409/);
    await ventanaDeVotacion();
    const [a, b] = [await perfilEnviado({ admisible: true, desafio: DESAFIO }), await perfilEnviado({ admisible: true, desafio: DESAFIO })];
    const ana = await afiliadaNueva({ nombre: "Ana Votante" });

    await page.goto(`/perfiles/${a.slugPublico}`);
    await expect(page.getByRole("heading", { level: 1, name: a.nombreProyecto })).toBeVisible();
    await expect(page.getByText("0 votos en la votación popular")).toBeVisible();
    await expect(page.getByRole("link", { name: "ingrese con ClaveÚnica" })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    await ingresar(page, ana.email, ana.clave);
    await page.goto(`/perfiles/${a.slugPublico}`);
    await votarEnLaPagina(page, a.nombreProyecto);
    await page.reload();
    await expect(page.getByText(/Usted votó por este proyecto el/)).toBeVisible();
    // The public count is a cached counter: fresh within a few seconds, without rendering per request.
    await expect(async () => {
      await page.reload();
      await expect(page.getByText("1 voto en la votación popular")).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await sinViolacionesAxe(page);

    // Same session, the JSON endpoint: already voted in this desafío.
    const otra = await page.request.post("/api/votos", { data: { postulacionId: b.id } });
    expect(otra.status()).toBe(409);
    expect((await otra.json()).error).toBe("Ya votó en este desafío.");
    const filas = await baseE2e().voto.findMany({ where: { votanteId: ana.id }, select: { postulacionId: true } });
    expect(filas).toEqual([{ postulacionId: a.id }]);

    await page.goto("/cuenta");
    await expect(page.getByRole("heading", { level: 2, name: "Mis votos" })).toBeVisible();
    await expect(page.getByText(a.nombreProyecto)).toBeVisible();
    await expect(page.getByText(b.nombreProyecto)).toHaveCount(0);
  });

  test("una afiliada sin RUT verificado no puede votar (403, en español) y sin sesión el endpoint responde 401", async ({ page, permitirErrorConsola }) => {
    permitirErrorConsola(/status of 40[13]/);
    await ventanaDeVotacion();
    const p = await perfilEnviado({ admisible: true, desafio: DESAFIO });
    const sinSesion = await page.request.post("/api/votos", { data: { postulacionId: p.id } });
    expect(sinSesion.status()).toBe(401);

    const beto = await afiliadaNueva({ verificada: false, nombre: "Beto Sin Verificar" });
    await ingresar(page, beto.email, beto.clave);
    await page.goto(`/perfiles/${p.slugPublico}`);
    await expect(page.getByText(/Para votar necesita su RUT verificado/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Votar por este proyecto" })).toHaveCount(0);
    const r = await page.request.post("/api/votos", { data: { postulacionId: p.id } });
    expect(r.status()).toBe(403);
    expect((await r.json()).error).toMatch(/RUT verificado/);
    expect(await baseE2e().voto.count({ where: { votanteId: beto.id } })).toBe(0);
  });

  test("con ClaveÚnica (proveedor local) una persona entra verificada y vota", async ({ page }) => {
    await ventanaDeVotacion();
    const p = await perfilEnviado({ admisible: true, desafio: "volver-a-la-escuela" });
    await baseE2e().user.updateMany({ where: { rut: "44444444-4" }, data: { rut: null, rutVerificado: false, claveUnicaSub: null } });
    await page.goto("/ingresar");
    await page.getByRole("button", { name: "Ingresar con ClaveÚnica" }).click();
    await expect(page).toHaveURL(/\/openid\/interaction\//);
    await page.getByRole("radio", { name: /RUN 44444444-4/ }).check();
    await page.getByRole("button", { name: "Autorizar e ingresar" }).click();
    await expect(page.getByText("RUT verificado con ClaveÚnica")).toBeVisible();

    await page.goto(`/perfiles/${p.slugPublico}`);
    await votarEnLaPagina(page, p.nombreProyecto);
    const votante = await baseE2e().user.findUniqueOrThrow({ where: { rut: "44444444-4" }, select: { id: true } });
    expect(await baseE2e().voto.count({ where: { votanteId: votante.id, postulacionId: p.id } })).toBe(1);
  });
});
