// The whole ClaveÚnica code flow over plain HTTP: next-auth's real handlers with the portal's own
// configuration (lib/auth/auth.ts opcionesAuth, this file's database) and a real OpenID provider
// (tests/oidc/claveunica-local.mjs) running in this process. A cookie jar per site stands in for the browser.
import NextAuth from "next-auth";
import { decode } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { opcionesAuth } from "@/lib/auth/auth";
import { hashPassword } from "@/lib/auth/password";
import { estaRevocada } from "@/lib/auth/revocacion";
import { usuarioDeSesion, type TokenSesion } from "@/lib/auth/usuario-sesion";
import { IDENTIDADES_PRUEBA, iniciarClaveUnicaLocal, type ClaveUnicaLocal } from "../oidc/claveunica-local.mjs";
import { db, prepararDemo } from "../support/escenario";

const APP = "http://localhost:3000";
const CALLBACK = `${APP}/api/auth/callback/claveunica`;
const COOKIE_SESION = "authjs.session-token";
const SECRETO = "secreto-de-pruebas-claveunica-0123456789";

// A wrong check digit, as a broken provider might send: the sign-in must be refused.
const DV_MALO = { sub: "9001", numero: 12345678, DV: "9", nombres: ["Dígito"], apellidos: ["Equivocado"] };

let local: ClaveUnicaLocal;
let otroEmisor: ClaveUnicaLocal;
let secretoAntes: string | undefined;

class Frasco {
  private cookies = new Map<string, string>();
  guardar(r: Response): void {
    for (const c of r.headers.getSetCookie()) {
      const [par, ...atributos] = c.split(";");
      const i = par.indexOf("=");
      const nombre = par.slice(0, i).trim();
      const valor = par.slice(i + 1).trim();
      const borrar = valor === "" || atributos.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && new Date(a.split("=")[1]).getTime() < Date.now()));
      if (borrar) this.cookies.delete(nombre);
      else this.cookies.set(nombre, valor);
    }
  }
  cabecera(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  valor(nombre: string): string | undefined {
    return this.cookies.get(nombre);
  }
  poner(nombre: string, valor: string): void {
    this.cookies.set(nombre, valor);
  }
}

type Manejadores = ReturnType<typeof NextAuth>["handlers"];

function portal(env: Record<string, string | undefined>): Manejadores {
  // As lib/auth/auth.ts does, with this file's database and environment.
  return NextAuth((req) => opcionesAuth({ db, req, env })).handlers;
}

async function alPortal(h: Manejadores, frasco: Frasco, url: string, init: RequestInit = {}): Promise<Response> {
  const req = new Request(url, { ...init, headers: { ...(init.headers as Record<string, string>), cookie: frasco.cabecera() } });
  const metodo = (init.method ?? "GET").toUpperCase() === "POST" ? h.POST : h.GET;
  const r = await metodo(req as unknown as NextRequest);
  frasco.guardar(r);
  return r;
}

async function alProveedor(frasco: Frasco, url: string, init: RequestInit = {}): Promise<Response> {
  const r = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie: frasco.cabecera() } });
  frasco.guardar(r);
  return r;
}

const destino = (r: Response, base: string) => new URL(r.headers.get("location") ?? "", base).href;

type Resultado = { autorizacion: URL; final: Response; frascoPortal: Frasco };

/**
 * A person on the sign-in page: starts the ClaveÚnica sign-in (POST /api/auth/signin/claveunica with the
 * CSRF token), follows the redirects to the provider, picks `sub` (or cancels) on its form, and comes back
 * to the callback. Returns the callback's answer.
 */
async function ingresar(h: Manejadores, sub: string | null, frascoPortal = new Frasco()): Promise<Resultado> {
  const frascoIdp = new Frasco();
  const csrf = (await (await alPortal(h, frascoPortal, `${APP}/api/auth/csrf`)).json()) as { csrfToken: string };
  const inicio = await alPortal(h, frascoPortal, `${APP}/api/auth/signin/claveunica`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl: `${APP}/cuenta` }).toString(),
  });
  expect(inicio.status).toBe(302);
  const autorizacion = new URL(destino(inicio, APP));

  let r = await alProveedor(frascoIdp, autorizacion.href);
  expect(r.status).toBe(303);
  const interaccion = destino(r, local.origen);
  const pagina = await alProveedor(frascoIdp, interaccion);
  expect(await pagina.text()).toContain("Elija la identidad");
  r = await alProveedor(frascoIdp, interaccion, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(sub ? { sub, accion: "ingresar" } : { accion: "cancelar" }).toString(),
  });
  // Back to the authorization endpoint, which answers with the redirect to the portal's callback.
  let vuelta = destino(r, local.origen);
  for (let i = 0; i < 3 && !vuelta.startsWith(CALLBACK); i++) {
    r = await alProveedor(frascoIdp, vuelta);
    vuelta = destino(r, local.origen);
  }
  expect(vuelta.startsWith(CALLBACK)).toBe(true);
  const final = await alPortal(h, frascoPortal, vuelta);
  return { autorizacion, final, frascoPortal };
}

async function tokenDe(frasco: Frasco): Promise<TokenSesion | null> {
  const t = frasco.valor(COOKIE_SESION);
  return t ? ((await decode({ token: t, secret: SECRETO, salt: COOKIE_SESION })) as TokenSesion | null) : null;
}

beforeAll(async () => {
  await prepararDemo();
  // next-auth reads its secret from the process environment (setEnvDefaults).
  secretoAntes = process.env.AUTH_SECRET;
  process.env.AUTH_SECRET = SECRETO;
  local = await iniciarClaveUnicaLocal({ redirectUris: [CALLBACK], identidades: [...IDENTIDADES_PRUEBA, DV_MALO] });
  otroEmisor = await iniciarClaveUnicaLocal({ redirectUris: [CALLBACK] });
});

afterAll(async () => {
  if (secretoAntes === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = secretoAntes;
  await local?.cerrar();
  await otroEmisor?.cerrar();
});

const entorno = () => ({ AUTH_SECRET: SECRETO, ...local.env });

describe("ingreso con ClaveÚnica por el flujo completo (proveedor OpenID local)", () => {
  it("pide exactamente `openid run name`, con state largo, nonce y PKCE, y crea la cuenta del RUN con sesión iniciada", async () => {
    const h = portal(entorno());
    const antes = local.peticionesUserinfo.length;
    const { autorizacion, final, frascoPortal } = await ingresar(h, "2595");

    expect(autorizacion.origin + autorizacion.pathname).toBe(`${local.issuer}/authorize/`);
    const q = autorizacion.searchParams;
    expect(q.get("scope")).toBe("openid run name");
    expect(q.get("response_type")).toBe("code");
    expect(q.get("redirect_uri")).toBe(CALLBACK);
    expect(q.get("state")!.length).toBeGreaterThanOrEqual(30);
    expect(q.get("nonce")).toBeTruthy();
    expect(q.get("code_challenge_method")).toBe("S256");

    expect(final.status).toBe(302);
    expect(final.headers.get("location")).toBe(`${APP}/cuenta`);
    const token = await tokenDe(frascoPortal);
    expect(token).toMatchObject({ via: "claveunica" });
    const user = await usuarioDeSesion(db, token);
    expect(user).toMatchObject({ nombre: "Juan Soto Muñoz", rutVerificado: true, ingresoClaveUnica: true });
    expect(user!.roles.sort()).toEqual(["AFILIADO", "POSTULANTE"]);
    expect(await db.user.findUnique({ where: { rut: "55555555-5" }, select: { id: true } })).toEqual({ id: user!.id });
    // Userinfo was asked by POST (the local provider refuses GET, as ClaveÚnica's certification requires).
    expect(local.peticionesUserinfo.slice(antes).map((p) => p.method)).toEqual(["POST"]);
  });

  it("la segunda vez entra a la misma cuenta", async () => {
    const h = portal(entorno());
    const primera = await usuarioDeSesion(db, await tokenDe((await ingresar(h, "2596")).frascoPortal));
    const usuarios = await db.user.count();
    const segunda = await usuarioDeSesion(db, await tokenDe((await ingresar(h, "2596")).frascoPortal));
    expect(segunda?.id).toBe(primera?.id);
    expect(await db.user.count()).toBe(usuarios);
  });

  it("un RUN con DV equivocado vuelve a /ingresar con su error, sin sesión ni cuenta", async () => {
    const h = portal(entorno());
    const usuarios = await db.user.count();
    const { final, frascoPortal } = await ingresar(h, DV_MALO.sub);
    expect(final.status).toBe(302);
    expect(final.headers.get("location")).toBe(`${APP}/ingresar?error=claveunica-datos`);
    expect(frascoPortal.valor(COOKIE_SESION)).toBeUndefined();
    expect(await db.user.count()).toBe(usuarios);
  });

  it("cancelar en ClaveÚnica vuelve a /ingresar con un error, sin sesión", async () => {
    const h = portal(entorno());
    const { final, frascoPortal } = await ingresar(h, null);
    expect(final.status).toBe(302);
    expect(final.headers.get("location")).toMatch(new RegExp(`^${APP}/ingresar\\?error=`));
    expect(frascoPortal.valor(COOKIE_SESION)).toBeUndefined();
  });

  it("un id_token firmado con otras claves se rechaza (la firma se verifica contra el JWKS configurado)", async () => {
    const h = portal({ ...entorno(), CLAVEUNICA_JWKS_URL: `${otroEmisor.issuer}/jwks` });
    const usuarios = await db.user.count();
    const { final, frascoPortal } = await ingresar(h, "2597");
    expect(final.headers.get("location")).toMatch(new RegExp(`^${APP}/ingresar\\?error=`));
    expect(frascoPortal.valor(COOKIE_SESION)).toBeUndefined();
    expect(await db.user.count()).toBe(usuarios);
    expect(await db.user.findUnique({ where: { rut: "99999999-9" } })).toBeNull();
  });

  it("con una sesión abierta (contraseña), verifica ESA cuenta; la sesión anterior queda cerrada", async () => {
    const h = portal(entorno());
    const email = "verifica.desde.cuenta@prueba.cl";
    const s = await db.user.create({
      data: { email, nombre: "Con Sesión", rut: "9068826-K", passwordHash: await hashPassword("una clave larga 123"), roles: { create: [{ rol: "POSTULANTE" }] } },
      select: { id: true },
    });
    // Someone else typed this RUN at sign-up: it goes to its verified holder.
    const t = await db.user.create({ data: { email: "escribio.run.ajeno@prueba.cl", nombre: "Escribió RUN ajeno", rut: "44444444-4" }, select: { id: true } });

    const frasco = new Frasco();
    const csrf = (await (await alPortal(h, frasco, `${APP}/api/auth/csrf`)).json()) as { csrfToken: string };
    const conClave = await alPortal(h, frasco, `${APP}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, email, password: "una clave larga 123", callbackUrl: `${APP}/cuenta` }).toString(),
    });
    expect(conClave.status).toBe(302);
    const deClave = await tokenDe(frasco);
    expect(deClave).toMatchObject({ uid: s.id, via: "credenciales" });
    expect(await usuarioDeSesion(db, deClave)).toMatchObject({ id: s.id, rutVerificado: false, ingresoClaveUnica: false });

    const { final } = await ingresar(h, "2594", frasco);
    expect(final.headers.get("location")).toBe(`${APP}/cuenta`);
    const nuevo = await tokenDe(frasco);
    expect(await usuarioDeSesion(db, nuevo)).toMatchObject({ id: s.id, nombre: "Con Sesión", rutVerificado: true, ingresoClaveUnica: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: s.id }, select: { rut: true } })).toEqual({ rut: "44444444-4" });
    expect(await db.user.findUniqueOrThrow({ where: { id: t.id }, select: { rut: true } })).toEqual({ rut: null });
    // The password session this browser had is over.
    expect(await estaRevocada(db, deClave!.sid!)).toBe(true);
    expect(await usuarioDeSesion(db, deClave)).toBeNull();
  });

  it("CLAVEUNICA_CHECKS=state: sin nonce ni PKCE en la autorización, y el ingreso igual funciona", async () => {
    const h = portal({ ...entorno(), CLAVEUNICA_CHECKS: "state" });
    const { autorizacion, final, frascoPortal } = await ingresar(h, "2594");
    expect(autorizacion.searchParams.get("state")!.length).toBeGreaterThanOrEqual(30);
    expect(autorizacion.searchParams.has("nonce")).toBe(false);
    expect(autorizacion.searchParams.has("code_challenge")).toBe(false);
    expect(final.headers.get("location")).toBe(`${APP}/cuenta`);
    expect(await usuarioDeSesion(db, await tokenDe(frascoPortal))).toMatchObject({ rutVerificado: true });
  });

  it("sin id ni secreto, ClaveÚnica no existe para next-auth", async () => {
    const h = portal({ AUTH_SECRET: SECRETO });
    const proveedores = (await (await alPortal(h, new Frasco(), `${APP}/api/auth/providers`)).json()) as Record<string, unknown>;
    expect(Object.keys(proveedores)).toEqual(["credentials"]);
    const conClaveUnica = (await (await alPortal(portal(entorno()), new Frasco(), `${APP}/api/auth/providers`)).json()) as Record<string, unknown>;
    expect(Object.keys(conClaveUnica).sort()).toEqual(["claveunica", "credentials"]);
  });
});
