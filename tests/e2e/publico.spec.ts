// Public pages at 375 px: content, filters, axe (WCAG 2.1 A/AA) and no horizontal scroll. The pages count
// desafíos and show the etapa: before each test, the demo's five desafíos are the published ones and the
// convocatoria is in "Desarrollo del concurso".
import { convocatoriaActiva, desafiosDeLaDemo, expect, sinScrollHorizontal, sinViolacionesAxe, test } from "./fixtures";

test.use({ etapa: "DESARROLLO_CONCURSO" });

let convocatoria = "";

test.beforeEach(async () => {
  await desafiosDeLaDemo();
  convocatoria = (await convocatoriaActiva()).nombre;
});

test.describe("sitio público", () => {
  test("inicio: convocatoria, etapa actual y los cinco desafíos publicados", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: convocatoria })).toBeVisible();
    const etapa = page.getByRole("term").filter({ hasText: "Etapa actual" });
    await expect(etapa).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "Desarrollo del concurso" })).toBeVisible();

    const desafios = page.getByRole("region", { name: /Desafíos/ }).getByRole("listitem");
    await expect(desafios).toHaveCount(5);
    for (const item of await desafios.all()) {
      await expect(item.getByRole("link")).toHaveAttribute("href", /^\/desafios\/[a-z0-9-]+$/);
    }
  });

  test("desafíos: filtrar por región acota la lista", async ({ page }) => {
    await page.goto("/desafios");
    const tarjetas = page.getByRole("main").getByRole("list").getByRole("listitem");
    await expect(tarjetas).toHaveCount(5);
    await expect(page.getByRole("status").filter({ hasText: "5 desafíos" })).toBeVisible();

    // Metropolitana has no regional desafío: only the three national ones remain.
    await page.getByLabel("Región").selectOption({ label: "Metropolitana de Santiago" });
    await page.getByRole("button", { name: "Filtrar" }).click();
    await expect(page).toHaveURL(/region=13/);
    await expect(page.getByRole("status").filter({ hasText: "3 desafíos (incluye los nacionales)" })).toBeVisible();
    await expect(tarjetas).toHaveCount(3);
    await expect(page.getByRole("link", { name: "Primer contrato" })).toHaveCount(0);

    // Biobío adds its regional desafío to the national ones.
    await page.getByLabel("Región").selectOption({ label: "Biobío" });
    await page.getByRole("button", { name: "Filtrar" }).click();
    await expect(page).toHaveURL(/region=08/);
    await expect(tarjetas).toHaveCount(4);
    await expect(page.getByRole("link", { name: "Primer contrato" })).toBeVisible();
  });

  test("detalle de un desafío: su línea base (tarjetas en el teléfono, tabla en pantallas anchas)", async ({ page }) => {
    const indicador = "NNA de 5 a 17 años fuera del sistema escolar";
    await page.goto("/desafios");
    await page.getByRole("link", { name: "Volver a la escuela" }).click();
    await expect(page).toHaveURL(/\/desafios\/volver-a-la-escuela$/);
    await expect(page.getByRole("heading", { level: 1, name: "Volver a la escuela" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Línea base" })).toBeVisible();

    // 375 px: one card per metric; the table is not shown.
    const tabla = page.getByRole("table", { name: /Métricas de línea base del desafío Volver a la escuela/ });
    await expect(tabla).toBeHidden();
    const tarjeta = page.getByRole("listitem").filter({ hasText: indicador });
    await expect(tarjeta).toBeVisible();
    await expect(tarjeta).toContainText(/186\.723\s*personas/);

    // A wider screen gets the table, with column and row headers.
    await page.setViewportSize({ width: 1024, height: 800 });
    await expect(tabla).toBeVisible();
    for (const col of ["Indicador", "Valor", "Fuente", "Fecha"]) await expect(tabla.getByRole("columnheader", { name: col })).toBeVisible();
    await expect(tabla.getByRole("rowheader")).toHaveCount(2);
    const fila = tabla.getByRole("row").filter({ has: page.getByRole("rowheader", { name: indicador }) });
    await expect(fila.getByRole("cell").first()).toHaveText(/186\.723\s*personas/);
  });

  test("/favicon.ico, que los navegadores piden por su cuenta, responde con el ícono del sitio", async ({ request }) => {
    const r = await request.get("/favicon.ico");
    expect(r.status()).toBe(200);
    expect(r.headers()["content-type"]).toBe("image/png");
    expect((await r.body()).subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  test("cómo postular y privacidad cargan", async ({ page }) => {
    await page.goto("/como-postular");
    await expect(page.getByRole("heading", { level: 1, name: "Cómo postular" })).toBeVisible();
    await page.goto("/privacidad");
    await expect(page.getByRole("heading", { level: 1, name: "Política de privacidad" })).toBeVisible();
  });

  test("al cargar, las páginas públicas no bajan el código de validación de los formularios (zod)", async ({ request }) => {
    // The forms' zod schemas (~50 KB gzip) load only where a form is shown (next/dynamic in the client
    // islands): a visitor reading a desafío on a phone does not download or parse them.
    const inicio = await (await request.get("/")).text();
    const desafio = /href="(\/desafios\/[a-z0-9-]+)"/.exec(inicio)?.[1];
    expect(desafio).toBeTruthy();
    for (const ruta of ["/", "/desafios", desafio!, "/talleres", "/como-postular", "/privacidad"]) {
      const html = await (await request.get(ruta)).text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)]
        .map((m) => m[1])
        .filter((attrs) => !/\snomodule\b/i.test(attrs))
        .map((attrs) => /\ssrc="([^"]+)"/.exec(attrs)?.[1])
        .filter((src): src is string => !!src);
      expect(scripts.length, ruta).toBeGreaterThan(0);
      for (const src of scripts) {
        const js = await (await request.get(src)).text();
        expect(js.includes("ZodError"), `${ruta} carga ${src}, que trae zod`).toBe(false);
      }
    }
  });

  test("las páginas públicas salen de la memoria del servidor; lo privado, la navegación RSC y lo que no existe, nunca", async ({ request }) => {
    await request.get("/privacidad");
    const a = await request.get("/privacidad", { headers: { "accept-encoding": "identity" } });
    const b = await request.get("/privacidad", { headers: { "accept-encoding": "gzip" } });
    for (const r of [a, b]) {
      expect(r.status()).toBe(200);
      expect(r.headers()["x-fondo-cache"]).toBe("HIT");
      expect(r.headers()["content-security-policy"]).toContain("default-src 'self'");
    }
    expect(a.headers()["content-encoding"]).toBeUndefined();
    expect(b.headers()["content-encoding"]).toBe("gzip");
    // Playwright decodes gzip: the same page either way.
    expect(await b.text()).toBe(await a.text());
    const noModificada = await request.get("/privacidad", { headers: { "if-none-match": a.headers().etag } });
    expect(noModificada.status()).toBe(304);

    // A client-side navigation asks for the RSC payload, which is not the HTML: it reaches Next.
    const rsc = await request.get("/privacidad", { headers: { rsc: "1" } });
    expect(rsc.headers()["content-type"]).toContain("text/x-component");
    expect(rsc.headers()["x-fondo-cache"]).toBeUndefined();
    for (const ruta of ["/desafios/no-existe-este-desafio", "/ingresar?volver=/cuenta", "/api/salud"]) {
      await request.get(ruta);
      expect((await request.get(ruta)).headers()["x-fondo-cache"], ruta).toBeUndefined();
    }
    // A private page is never kept, not even its redirect.
    const privada = await request.get("/cuenta", { maxRedirects: 0 });
    expect(privada.headers()["x-fondo-cache"]).toBeUndefined();
  });

  test("un desafío inexistente muestra la página 404", async ({ page, permitirErrorConsola }) => {
    // Chromium logs the document's own 404 status: that status is what this test expects.
    permitirErrorConsola(/status of 404/);
    const r = await page.goto("/desafios/no-existe");
    expect(r?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Página no encontrada" })).toBeVisible();
  });

  const paginas = [
    { ruta: "/", h1: null },
    { ruta: "/desafios", h1: "Desafíos" },
    { ruta: "/desafios/volver-a-la-escuela", h1: "Volver a la escuela" },
    { ruta: "/como-postular", h1: "Cómo postular" },
    { ruta: "/privacidad", h1: "Política de privacidad" },
    { ruta: "/registro", h1: "Crear cuenta" },
    { ruta: "/ingresar", h1: "Ingresar" },
  ];
  for (const { ruta, h1 } of paginas) {
    test(`accesibilidad y 375 px: ${ruta}`, async ({ page }) => {
      await page.goto(ruta);
      // The home page's heading is the convocatoria's name.
      await expect(page.getByRole("heading", { level: 1, name: h1 ?? convocatoria })).toBeVisible();
      await sinScrollHorizontal(page);
      await sinViolacionesAxe(page);
    });
  }
});
