// Exports on a phone: FOSIS staff request the open data and a Mesa report; each appears in the list with its
// progress bar (role progressbar, refreshed while it is generated in the background) and, once ready, a
// download link: the open data is a ZIP and its files are public under /datos-abiertos; the Mesa report is a
// PDF. An applicant gets the same 404 as a page that does not exist, for the page and for a download.
import { expect, ingresar, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

test.use({ etapa: "CIERRE" });

const ADMIN = "admin@fondoidea.cl";
const POSTULANTE = "postulante@fondoidea.cl";

test.describe("exportaciones", () => {
  test("el equipo pide los datos abiertos y un informe de Mesa, sigue su avance y los descarga", async ({ page }) => {
    test.setTimeout(120_000);
    await ingresar(page, ADMIN);
    await page.goto("/seguimiento/exportaciones");
    await expect(page.getByRole("heading", { level: 1, name: "Exportaciones" })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    await page.getByRole("button", { name: "Generar datos abiertos" }).click();
    await expect(page.getByText(/Datos abiertos \(CSV y JSON, con diccionario\): (solicitada|ya estaba)/).first()).toBeVisible();
    const tarjeta = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: "Datos abiertos (CSV y JSON, con diccionario)" }) }).first();
    await expect(tarjeta.getByRole("progressbar")).toBeVisible();
    // Generated in the background; the page polls until the link appears.
    const enlace = tarjeta.getByRole("link", { name: /^Descargar datos-abiertos-fondo-idea-.+\.zip$/ });
    await expect(enlace).toBeVisible({ timeout: 60_000 });
    const barra = tarjeta.getByRole("progressbar");
    await expect(barra).toHaveAttribute("aria-valuenow", (await barra.getAttribute("aria-valuemax"))!);
    const zip = await page.request.get((await enlace.getAttribute("href"))!);
    expect(zip.status()).toBe(200);
    expect(zip.headers()["content-type"]).toBe("application/zip");
    expect((await zip.body()).subarray(0, 2).toString("latin1")).toBe("PK");

    // Published: the files are public, with their dictionary.
    const csv = await page.request.get("/datos-abiertos/desafios.csv");
    expect(csv.status()).toBe(200);
    expect((await csv.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^id;convocatoria_anio;slug;titulo/);
    const dic = await page.request.get("/datos-abiertos/diccionario.json");
    expect(dic.status()).toBe(200);
    expect(((await dic.json()) as { conjuntos: unknown[] }).conjuntos.length).toBeGreaterThan(3);
    await page.goto("/datos-abiertos");
    await expect(page.getByRole("heading", { level: 1, name: "Datos abiertos del Fondo IDEA" })).toBeVisible();
    await expect(page.getByRole("link", { name: /desafios\.csv/ })).toBeVisible();
    await sinViolacionesAxe(page);
    await sinScrollHorizontal(page);

    // A Mesa report: a PDF.
    await page.goto("/seguimiento/exportaciones");
    // The select, not its form (named «Informe por Mesa Compromiso País»).
    const mesa = page.getByRole("combobox", { name: "Mesa Compromiso País" });
    await mesa.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Generar informe PDF" }).click();
    const pdf = page.getByRole("link", { name: /^Descargar informe-.+\.pdf$/ }).first();
    await expect(pdf).toBeVisible({ timeout: 60_000 });
    const r = await page.request.get((await pdf.getAttribute("href"))!);
    expect(r.status()).toBe(200);
    expect(r.headers()["content-type"]).toBe("application/pdf");
    expect((await r.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await sinViolacionesAxe(page);
  });

  test("una postulante no ve la página ni descarga una exportación", async ({ page }) => {
    await ingresar(page, ADMIN);
    await page.goto("/seguimiento/exportaciones");
    await page.getByRole("button", { name: "Generar datos abiertos" }).click();
    const enlace = page.getByRole("link", { name: /^Descargar datos-abiertos-fondo-idea-.+\.zip$/ }).first();
    await expect(enlace).toBeVisible({ timeout: 60_000 });
    const href = (await enlace.getAttribute("href"))!;

    await page.context().clearCookies();
    await ingresar(page, POSTULANTE);
    const pagina = await page.request.get("/seguimiento/exportaciones");
    expect(pagina.status()).toBe(404);
    const descarga = await page.request.get(href);
    expect(descarga.status()).toBe(404);
    expect(descarga.headers()["content-type"]).not.toBe("application/zip");
  });
});
