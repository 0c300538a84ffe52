// Two app instances over one PostgreSQL (issue 15, item 5). scripts/dos-instancias.mjs starts them (A is the
// baseURL, B is reached by its own URL) with the same database, secrets and storage, plus one SMTP catcher
// that writes every message to DOS_INSTANCIAS_CORREOS as .eml. Proves, each test setting the state it needs
// straight in the database (as tests/e2e/estado/* do) and expiring the public pages' cache on BOTH instances:
//   - a session opened on A is accepted by B; a perfil draft opened and saved on B is on A; the server
//     actions of a page A rendered are answered by B (as a balancer may send them);
//   - each e-mail is sent once although both instances' carteros deliver the same outbox;
//   - the failed sign-in limit is one for both instances;
//   - votes through POST /api/votos, alternated between A and B with one voter's session, count once per scope;
//   - a public page cached on both instances: a change expired through A only is on B's copy within 5 s
//     (the shared tag expiries, lib/cache/sincronia-etiquetas.mjs; ADR 0010, «Varias instancias»).
// Run it with `npm run test:dos-instancias` (node scripts/dos-instancias.mjs), never alone.
import fs from "node:fs";
import path from "node:path";
import type { Page, Route } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { claveCuenta, LIMITE_CUENTA } from "../../lib/auth/rate-limit";
import { createDb, type Db } from "../../lib/db/client";
import { ETAPAS, type Etapa } from "../../lib/domain/etapas";
import type { Rol } from "../../lib/domain/roles";
import { FIRMA, mensaje } from "../../lib/mail/mensaje";
import { encolarCorreo } from "../../lib/mail/outbox";
import { rutUnico, unico } from "../e2e/estado/base";
import { calendarioEnEtapa } from "../e2e/estado/etapa";
import { expect, ingresar, test } from "../e2e/fixtures";

function requerida(nombre: string): string {
  const v = process.env[nombre];
  if (!v) throw new Error(`Falta ${nombre}: esta prueba se ejecuta con \`npm run test:dos-instancias\` (scripts/dos-instancias.mjs).`);
  return v;
}

const A = `http://127.0.0.1:${requerida("DOS_INSTANCIAS_PUERTO_A")}`;
const B = `http://127.0.0.1:${requerida("DOS_INSTANCIAS_PUERTO_B")}`;
const CORREOS = requerida("DOS_INSTANCIAS_CORREOS");
const TOKEN_CACHE = requerida("CACHE_EXPIRY_TOKEN");
const INTERVALO_CORREO_MS = Number(requerida("MAIL_INTERVAL_MS"));
const URL_BASE = requerida("DATABASE_URL");
const CLAVE = "ClaveDePrueba2019!";

// ─── State, written straight to the shared database ─────────────────────────────────────────────────

let base: Db | null = null;
const db = () => (base ??= createDb(URL_BASE));
test.afterAll(async () => {
  await base?.$disconnect();
  base = null;
});

/**
 * Expires every public cache tag on both instances: each keeps its pages in memory (ADR 0010). Expiring on one
 * would reach the other within a second or two (the last test checks that); both, so the next visit to either is
 * fresh at once.
 */
async function expirarCaches(): Promise<void> {
  for (const origen of [A, B]) {
    const r = await fetch(`${origen}/api/interno/expirar-cache`, { method: "POST", headers: { "x-fondo-cache-token": TOKEN_CACHE } });
    if (!r.ok) throw new Error(`No se pudo expirar la caché de ${origen} (HTTP ${r.status}).`);
  }
}

async function convocatoriaActiva() {
  return db().convocatoria.findFirstOrThrow({ where: { activa: true }, orderBy: { anio: "desc" }, select: { id: true } });
}

/** The active convocatoria in `etapa`, running today (tests/e2e/estado/etapa.ts calendarioEnEtapa). */
async function enEtapa(etapa: Etapa): Promise<void> {
  const { id } = await convocatoriaActiva();
  const calendario = calendarioEnEtapa(etapa);
  await db().$transaction([
    db().convocatoria.update({ where: { id }, data: { etapaActual: etapa } }),
    ...ETAPAS.map((e) =>
      db().etapaCalendario.upsert({
        where: { convocatoriaId_etapa: { convocatoriaId: id, etapa: e } },
        create: { convocatoriaId: id, etapa: e, ...calendario[e] },
        update: calendario[e],
      }),
    ),
  ]);
  await expirarCaches();
}

type Cuenta = { id: string; nombre: string; email: string };

/** A new account with password CLAVE, hashed as the product does. */
async function cuentaNueva({ nombre, roles = ["POSTULANTE"], rutVerificado = false }: { nombre?: string; roles?: Rol[]; rutVerificado?: boolean } = {}): Promise<Cuenta> {
  const n = unico();
  return db().user.create({
    data: { email: `dos.${n}@prueba.cl`, nombre: nombre ?? `Persona Prueba ${n}`, rut: rutUnico(90_000_000), rutVerificado, passwordHash: await hashPassword(CLAVE), roles: { create: roles.map((rol) => ({ rol })) } },
    select: { id: true, nombre: true, email: true },
  });
}

/** The popular vote open now, one vote per desafío, and `porDesafio` admissible perfiles in 3 published desafíos. */
async function votacionAbiertaConPerfiles(porDesafio: number): Promise<{ desafioId: string; perfiles: string[] }[]> {
  const conv = await convocatoriaActiva();
  const ahora = Date.now();
  await db().convocatoria.update({
    where: { id: conv.id },
    data: { votacionInicio: new Date(ahora - 2 * 86_400_000), votacionFin: new Date(ahora + 5 * 86_400_000), votoAmbito: "desafio", votosPorDesafio: 1, ocultarConteos: false },
  });
  const desafios = await db().desafio.findMany({ where: { convocatoriaId: conv.id, estado: "PUBLICADO" }, orderBy: { slug: "asc" }, take: 3, select: { id: true } });
  expect(desafios, "la siembra publica al menos tres desafíos").toHaveLength(3);
  const grupos = await db().$transaction(async (tx) => {
    let folio = (await tx.postulacion.aggregate({ where: { convocatoriaId: conv.id }, _max: { folio: true } }))._max.folio ?? 0;
    const enviada = new Date(ahora - 86_400_000);
    const out: { desafioId: string; perfiles: string[] }[] = [];
    for (const d of desafios) {
      const perfiles: string[] = [];
      for (let i = 0; i < porDesafio; i++) {
        const n = unico();
        folio += 1;
        const p = await tx.postulacion.create({
          data: {
            convocatoria: { connect: { id: conv.id } },
            desafio: { connect: { id: d.id } },
            postulante: { create: { email: `postulante.${n}@prueba.cl`, nombre: `Postulante ${n}` } },
            estado: "ADMISIBLE",
            admisible: true,
            admisibilidadMotivos: "Cumple las bases (preparado por la prueba).",
            admisibilidadEn: enviada,
            folio,
            nombreProyecto: `Perfil votable ${n}`,
            slugPublico: `perfil-votable-${n}`,
            enviadaEn: enviada,
          },
          select: { id: true },
        });
        perfiles.push(p.id);
      }
      out.push({ desafioId: d.id, perfiles });
    }
    return out;
  });
  await expirarCaches();
  return grupos;
}

/** The .eml files the SMTP catcher wrote for `direccion` (To: header), as raw text. */
function correosPara(direccion: string): string[] {
  const patron = new RegExp(`^To:.*${direccion.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "mi");
  return fs
    .readdirSync(CORREOS)
    .sort()
    .map((f) => fs.readFileSync(path.join(CORREOS, f), "utf8"))
    .filter((t) => patron.test(t));
}

/** Sign-in through the form of `origen` (A or B), without waiting for any outcome. */
async function intentarIngreso(page: Page, origen: string, email: string, clave: string): Promise<void> {
  await page.goto(`${origen}/ingresar`);
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(clave);
  await page.getByRole("button", { name: "Ingresar", exact: true }).click();
}

// ─── The tests ──────────────────────────────────────────────────────────────────────────────────────

test("la sesión abierta en A vale en B; el borrador guardado en B se ve en A, y B atiende las acciones de una página de A", async ({ page, browser, vigilar }) => {
  await enEtapa("CONVOCATORIA");
  const cuenta = await cuentaNueva({ nombre: "Rosa Dos Instancias" });
  await ingresar(page, cuenta.email, CLAVE); // on A

  // B reads the session cookie A wrote (a cookie belongs to the host, not to the port).
  const sesionEnB = await page.request.get(`${B}/api/sesion`);
  expect(sesionEnB.status()).toBe(200);
  expect(await sesionEnB.json()).toMatchObject({ nombre: cuenta.nombre, postulante: true, puedePostular: true });

  // On B: the perfil draft is opened and saved by B's server actions.
  await page.goto(`${B}/desafios/cuidar-a-quien-cuida`);
  await page.getByRole("button", { name: "Postular a este desafío" }).click();
  await expect(page).toHaveURL(new RegExp(`^${B}/postulante/perfiles/[^/?]+$`));
  const ruta = new URL(page.url()).pathname;
  const id = ruta.split("/").pop()!;
  const leer = () => db().postulacion.findUniqueOrThrow({ where: { id }, select: { nombreProyecto: true, problema: true, postulanteId: true } });
  const nombre = `Huertos compartidos ${unico()}`;
  await page.getByLabel(/^Nombre del proyecto/).fill(nombre);
  await expect.poll(async () => (await leer()).nombreProyecto, { timeout: 15_000 }).toBe(nombre);
  expect((await leer()).postulanteId).toBe(cuenta.id);

  // On A: the same draft, from the shared database (A's origin has no copy of it on this device).
  await page.goto(`${A}${ruta}`);
  await expect(page.getByLabel(/^Nombre del proyecto/)).toHaveValue(nombre);

  // The page A rendered, its server actions sent to B, as a balancer may do: B must know the action and
  // accept the session. The route rewrites only Next's action POSTs; everything else still goes to A.
  const respuestasDeB: number[] = [];
  await page.route(
    (url) => url.origin === A,
    async (route: Route) => {
      const peticion = route.request();
      if (peticion.method() !== "POST" || !(await peticion.headerValue("next-action"))) return route.fallback();
      const cabeceras = await peticion.allHeaders();
      // The cookie jar adds the cookies (same host); B checks Origin against its own Host.
      for (const k of ["cookie", "host", "content-length"]) delete cabeceras[k];
      cabeceras.origin = B;
      const respuesta = await route.fetch({ url: peticion.url().replace(A, B), headers: cabeceras, postData: peticion.postDataBuffer() ?? undefined });
      respuestasDeB.push(respuesta.status());
      await route.fulfill({ response: respuesta });
    },
  );
  const problema = `Las familias del campamento gastan la mitad de su ingreso en alimentos (${unico()}).`;
  await page.getByLabel(/^Problema/).fill(problema);
  await expect.poll(async () => (await leer()).problema, { timeout: 15_000 }).toBe(problema);
  await page.unrouteAll({ behavior: "wait" });
  expect(respuestasDeB.length, "al menos un autoguardado de la página de A lo atendió B").toBeGreaterThan(0);
  expect(respuestasDeB.every((s) => s === 200), `respuestas de B: ${respuestasDeB.join(", ")}`).toBe(true);

  // Another browser with only the session cookie (no copy on the device) finds both fields on B.
  const otro = await browser.newContext({ storageState: { cookies: await page.context().cookies(), origins: [] } });
  vigilar(otro);
  const enB = await otro.newPage();
  await enB.goto(`${B}${ruta}`);
  await expect(enB.getByLabel(/^Nombre del proyecto/)).toHaveValue(nombre);
  await expect(enB.getByLabel(/^Problema/)).toHaveValue(problema);
  await otro.close();
});

test("cada correo sale una sola vez aunque los carteros de las dos instancias repartan la misma bandeja", async ({ page }) => {
  const sello = unico();
  const email = `registro.${sello}@ejemplo.cl`;
  // A new account on B: its welcome mail is queued in the same transaction.
  await page.goto(`${B}/registro`);
  await page.getByLabel("Nombre completo").fill("Inés Registro Dos Instancias");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByRole("textbox", { name: "RUT", exact: true }).fill(rutUnico(40_000_000));
  await page.getByLabel(/^Contraseña/).fill(CLAVE);
  await page.getByLabel("Repita la contraseña").fill(CLAVE);
  await page.getByRole("checkbox", { name: /Acepto la política de privacidad/ }).check();
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  await expect(page).toHaveURL(`${B}/ingresar?registrado=1`);

  // Twenty more in one transaction, as an action queues them: nobody wakes a cartero, so both find them
  // on their next round (every 500 ms) and race for each one.
  const lote = Array.from({ length: 20 }, (_, i) => `aviso.${sello}.${i}@ejemplo.cl`);
  await db().$transaction(async (tx) => {
    for (const para of lote) await encolarCorreo(tx, { para }, mensaje("Aviso de prueba con dos instancias", ["Un aviso de la prueba de dos instancias.", "", FIRMA]));
  });

  const direcciones = [email, ...lote];
  await expect.poll(() => direcciones.filter((d) => correosPara(d).length === 0), { timeout: 30_000, message: "direcciones sin correo aún" }).toEqual([]);
  // A few more rounds of both carteros: a second copy would arrive now.
  await new Promise((r) => setTimeout(r, 6 * INTERVALO_CORREO_MS));
  const porDireccion = Object.fromEntries(direcciones.map((d) => [d, correosPara(d).length]));
  expect(porDireccion).toEqual(Object.fromEntries(direcciones.map((d) => [d, 1])));
  const filas = await db().notificacion.findMany({ where: { para: { in: direcciones } }, select: { estado: true, intentos: true } });
  expect(filas).toHaveLength(direcciones.length);
  expect(filas.filter((f) => f.estado !== "ENVIADA" || f.intentos !== 0)).toEqual([]);

  const remitentes = direcciones.map((d) => /^From:.*instancia ([AB])\b/im.exec(correosPara(d)[0])?.[1] ?? "?");
  const cuenta = (x: string) => remitentes.filter((r) => r === x).length;
  console.log(`[dos-instancias] ${direcciones.length} correos, uno por dirección: la instancia A envió ${cuenta("A")}, la B ${cuenta("B")}.`);
});

test("el límite de ingresos fallidos es uno solo para las dos instancias", async ({ page }) => {
  const cuenta = await cuentaNueva();
  const { intentos } = LIMITE_CUENTA;
  const incorrectos = page.getByRole("alert").filter({ hasText: "Correo o contraseña incorrectos." });
  const bloqueado = page.getByRole("alert").filter({ hasText: "Demasiados intentos fallidos." });
  // Wrong passwords, alternating A, B, A…: each one is checked, as on one instance.
  for (let i = 0; i < intentos; i++) {
    await intentarIngreso(page, i % 2 === 0 ? A : B, cuenta.email, "ClaveEquivocada2019!");
    await expect(incorrectos).toBeVisible();
  }
  // The next attempt, on either instance, is refused even with the right password.
  for (const origen of intentos % 2 === 0 ? [A, B] : [B, A]) {
    await intentarIngreso(page, origen, cuenta.email, CLAVE);
    await expect(bloqueado).toBeVisible();
    await expect(page.getByRole("button", { name: "Cerrar sesión" })).toHaveCount(0);
  }
  const fila = await db().limiteIntentos.findUniqueOrThrow({ where: { clave: claveCuenta(cuenta.email) } });
  expect(fila.intentos).toBe(intentos + 2);
});

test("los votos por POST /api/votos, alternando A y B con la misma sesión, cuentan una vez por ámbito", async ({ page }) => {
  await enEtapa("SELECCION_CONTRATACION");
  const [d1, d2, d3] = await votacionAbiertaConPerfiles(2);
  const votante = await cuentaNueva({ nombre: "Alicia Votante Dos Instancias", roles: ["AFILIADO"], rutVerificado: true });
  await ingresar(page, votante.email, CLAVE); // on A; page.request carries the browser's cookies
  const votar = async (origen: string, postulacionId: string) => {
    const r = await page.request.post(`${origen}/api/votos`, { data: { postulacionId } });
    return { estado: r.status(), cuerpo: (await r.json()) as { id?: string; error?: string } };
  };

  // Desafío 1: A stores it; B refuses another perfil of the same desafío, and the same perfil again.
  expect(await votar(A, d1.perfiles[0])).toMatchObject({ estado: 201 });
  expect(await votar(B, d1.perfiles[1])).toMatchObject({ estado: 409, cuerpo: { error: "Ya votó en este desafío." } });
  expect((await votar(B, d1.perfiles[0])).estado).toBe(409);
  // Desafío 2: B first, then A refuses.
  expect((await votar(B, d2.perfiles[0])).estado).toBe(201);
  expect((await votar(A, d2.perfiles[1])).estado).toBe(409);
  // Desafío 3: both instances at once, one perfil each: exactly one vote is stored.
  const carrera = await Promise.all([votar(A, d3.perfiles[0]), votar(B, d3.perfiles[1])]);
  expect(carrera.map((r) => r.estado).sort()).toEqual([201, 409]);
  const ganador = carrera[0].estado === 201 ? d3.perfiles[0] : d3.perfiles[1];

  // Stored: one vote per desafío (the scope), each for the perfil whose request got the 201.
  const porAmbito = (x: { ambito: string }, y: { ambito: string }) => (x.ambito < y.ambito ? -1 : 1);
  const votos = await db().voto.findMany({ where: { votanteId: votante.id }, select: { ambito: true, postulacionId: true } });
  expect(votos.sort(porAmbito)).toEqual(
    [
      { ambito: d1.desafioId, postulacionId: d1.perfiles[0] },
      { ambito: d2.desafioId, postulacionId: d2.perfiles[0] },
      { ambito: d3.desafioId, postulacionId: ganador },
    ].sort(porAmbito),
  );
});

test("una página pública en caché en A y en B: el cambio expirado solo en A se ve en B en menos de 5 s", async () => {
  const desafio = await db().desafio.findFirstOrThrow({ where: { estado: "PUBLICADO", convocatoria: { activa: true } }, orderBy: { slug: "asc" }, select: { id: true, slug: true, titulo: true } });
  const paginas = ["/", `/desafios/${desafio.slug}`];
  const html = async (origen: string, ruta: string) => {
    const r = await fetch(`${origen}${ruta}`);
    expect(r.status, `${origen}${ruta}`).toBe(200);
    return r.text();
  };
  const marca = `renombrado-${unico()}`;
  try {
    // Both instances render both pages and keep them (a second visit comes from each one's cache).
    for (const origen of [A, B]) for (const ruta of paginas) for (let i = 0; i < 2; i++) expect(await html(origen, ruta)).toContain(desafio.titulo);

    // The change, straight in the shared database: nobody has expired anything, so both still serve their copy.
    await db().desafio.update({ where: { id: desafio.id }, data: { titulo: `${desafio.titulo} ${marca}` } });
    for (const origen of [A, B]) for (const ruta of paginas) expect(await html(origen, ruta), `${origen}${ruta} aún de su caché`).not.toContain(marca);

    // Expired on A only, as an action served by A does (its route expires the same tags).
    const r = await fetch(`${A}/api/interno/expirar-cache`, { method: "POST", headers: { "x-fondo-cache-token": TOKEN_CACHE } });
    expect(r.status).toBe(200);
    const expiradoEn = Date.now();
    for (const ruta of paginas) expect(await html(A, ruta)).toContain(marca);

    // B learns it from the database (at most one query per second) and renders the page again.
    await expect
      .poll(async () => (await Promise.all(paginas.map(async (ruta) => (await html(B, ruta)).includes(marca)))).every(Boolean), { timeout: 5_000, intervals: [100], message: "B muestra el título nuevo" })
      .toBe(true);
    console.log(`[dos-instancias] B mostró el cambio expirado en A ${Date.now() - expiradoEn} ms después.`);
  } finally {
    await db().desafio.update({ where: { id: desafio.id }, data: { titulo: desafio.titulo } });
    await expirarCaches();
  }
});
