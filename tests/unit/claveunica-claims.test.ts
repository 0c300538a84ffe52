import { describe, expect, it } from "vitest";
import {
  correoProvisorio,
  ERRORES_INGRESO_CLAVEUNICA,
  NOMBRE_SIN_CLAIM,
  esCorreoProvisorio,
  identidadDeClaims,
  mensajeErrorIngreso,
} from "@/lib/auth/claveunica-claims";
import { inicioTrasSalir, leerConfigClaveUnica, urlSalidaClaveUnica, ISSUER_CLAVEUNICA } from "@/lib/auth/claveunica-config";

const claims = (rol: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  sub: "2594",
  RolUnico: rol,
  name: { nombres: ["María", "José"], apellidos: ["González", "Pérez"] },
  ...extra,
});

describe("claims de ClaveÚnica → RUT", () => {
  it("numero + DV en la forma documentada dan el RUT normalizado y el nombre completo", () => {
    expect(identidadDeClaims(claims({ numero: 44444444, DV: "4", tipo: "RUN" }))).toEqual({
      ok: true,
      identidad: { sub: "2594", rut: "44444444-4", nombre: "María José González Pérez" },
    });
    // The CHILE.md examples, including a K and a short body.
    expect(identidadDeClaims(claims({ numero: 9068826, DV: "k" }))).toMatchObject({ ok: true, identidad: { rut: "9068826-K" } });
    expect(identidadDeClaims(claims({ numero: 18972631, DV: "7" }))).toMatchObject({ ok: true, identidad: { rut: "18972631-7" } });
    for (const n of [55555555, 88888888, 99999999]) {
      expect(identidadDeClaims(claims({ numero: n, DV: String(n).at(-1) }))).toMatchObject({ ok: true, identidad: { rut: `${n}-${String(n).at(-1)}` } });
    }
  });

  it("acepta numero como texto de dígitos, DV numérico y sub numérico", () => {
    expect(identidadDeClaims({ sub: 77, RolUnico: { numero: "12345678", DV: 5 } })).toMatchObject({ ok: true, identidad: { sub: "77", rut: "12345678-5" } });
  });

  it("un DV que no corresponde se rechaza (no se corrige)", () => {
    expect(identidadDeClaims(claims({ numero: 12345678, DV: "9" }))).toEqual({ ok: false, motivo: "DV" });
    expect(identidadDeClaims(claims({ numero: 44444444, DV: "K" }))).toEqual({ ok: false, motivo: "DV" });
  });

  it("sin sub, sin RolUnico o con valores fuera de forma: FORMATO; un tipo distinto de RUN: TIPO", () => {
    expect(identidadDeClaims({ RolUnico: { numero: 44444444, DV: "4" } })).toEqual({ ok: false, motivo: "FORMATO" });
    expect(identidadDeClaims({ sub: "1" })).toEqual({ ok: false, motivo: "FORMATO" });
    expect(identidadDeClaims(claims({ numero: "44.444.444", DV: "4" }))).toEqual({ ok: false, motivo: "FORMATO" });
    expect(identidadDeClaims(claims({ numero: 123456789, DV: "4" }))).toEqual({ ok: false, motivo: "FORMATO" });
    expect(identidadDeClaims(claims({ numero: 44444444, DV: "44" }))).toEqual({ ok: false, motivo: "FORMATO" });
    expect(identidadDeClaims(null)).toEqual({ ok: false, motivo: "FORMATO" });
    expect(identidadDeClaims(claims({ numero: 44444444, DV: "4", tipo: "DNI" }))).toEqual({ ok: false, motivo: "TIPO" });
  });

  it("el nombre se arma con nombres y apellidos normalizados; sin claim de nombre hay uno genérico", () => {
    expect(identidadDeClaims({ sub: "1", RolUnico: { numero: 44444444, DV: "4" }, name: { nombres: ["  Ana\u200b ", ""], apellidos: ["Soto"] } })).toMatchObject({
      ok: true,
      identidad: { nombre: "Ana Soto" },
    });
    expect(identidadDeClaims({ sub: "1", RolUnico: { numero: 44444444, DV: "4" } })).toMatchObject({ ok: true, identidad: { nombre: NOMBRE_SIN_CLAIM } });
    expect(identidadDeClaims({ sub: "1", RolUnico: { numero: 44444444, DV: "4" }, name: "Texto plano" })).toMatchObject({ ok: true, identidad: { nombre: NOMBRE_SIN_CLAIM } });
    const largo = identidadDeClaims({ sub: "1", RolUnico: { numero: 44444444, DV: "4" }, name: { nombres: ["A".repeat(200)], apellidos: [] } });
    expect(largo.ok && largo.identidad.nombre.length).toBe(120);
  });
});

describe("correo provisorio y mensajes", () => {
  it("el correo provisorio está en el dominio reservado .invalid, es único y se reconoce", () => {
    const a = correoProvisorio();
    expect(a).toMatch(/^claveunica-[0-9a-f-]{36}@sin-correo\.invalid$/);
    expect(correoProvisorio()).not.toBe(a);
    expect(esCorreoProvisorio(a)).toBe(true);
    expect(esCorreoProvisorio("persona@fondoidea.cl")).toBe(false);
    expect(esCorreoProvisorio("sin-correo.invalid@ejemplo.cl")).toBe(false);
  });

  it("cada código de error tiene su mensaje; otros códigos, uno general; sin código, nada", () => {
    for (const [codigo, m] of Object.entries(ERRORES_INGRESO_CLAVEUNICA)) expect(mensajeErrorIngreso(codigo)).toBe(m);
    expect(mensajeErrorIngreso("AccessDenied")).toMatch(/No se pudo completar el ingreso con ClaveÚnica/);
    expect(mensajeErrorIngreso("toString")).toMatch(/No se pudo completar/);
    expect(mensajeErrorIngreso(undefined)).toBeNull();
    expect(mensajeErrorIngreso("")).toBeNull();
  });
});

describe("configuración desde el entorno", () => {
  const base = { CLAVEUNICA_CLIENT_ID: "cliente", CLAVEUNICA_CLIENT_SECRET: "secreto" };

  it("sin id o secreto, ClaveÚnica queda apagado", () => {
    expect(leerConfigClaveUnica({})).toBeNull();
    expect(leerConfigClaveUnica({ CLAVEUNICA_CLIENT_ID: "x" })).toBeNull();
    expect(leerConfigClaveUnica({ CLAVEUNICA_CLIENT_ID: " ", CLAVEUNICA_CLIENT_SECRET: "s" })).toBeNull();
  });

  it("por omisión, los endpoints explícitos del host accounts.", () => {
    expect(leerConfigClaveUnica(base)).toEqual({
      checks: ["pkce", "state", "nonce"],
      clientId: "cliente",
      clientSecret: "secreto",
      issuer: ISSUER_CLAVEUNICA,
      authorization: "https://accounts.claveunica.gob.cl/openid/authorize/",
      token: "https://accounts.claveunica.gob.cl/openid/token/",
      userinfo: "https://accounts.claveunica.gob.cl/openid/userinfo/",
      jwks: "https://accounts.claveunica.gob.cl/openid/jwks",
      logout: "https://accounts.claveunica.gob.cl/api/v1/accounts/app/logout",
    });
  });

  it("cada endpoint se puede reemplazar; el emisor local de pruebas puede ser http", () => {
    const c = leerConfigClaveUnica({ ...base, CLAVEUNICA_ISSUER: "http://127.0.0.1:3290/openid/", CLAVEUNICA_JWKS_URL: "http://127.0.0.1:3290/otra/jwks" });
    // The issuer is kept as written (the id token's `iss` is compared with it); endpoints never get "//".
    expect(c).toMatchObject({ issuer: "http://127.0.0.1:3290/openid/", token: "http://127.0.0.1:3290/openid/token/", jwks: "http://127.0.0.1:3290/otra/jwks" });
    expect(urlSalidaClaveUnica(c!, "https://portal.gob.cl/")).toBe("http://127.0.0.1:3290/api/v1/accounts/app/logout?redirect=https%3A%2F%2Fportal.gob.cl%2F");
  });

  it("tras la salida de ClaveÚnica se vuelve al inicio: APP_URL si está definida; si no, el origen de la petición", () => {
    const cabeceras = new Headers({ host: "127.0.0.1:3210" });
    expect(inicioTrasSalir(cabeceras, {})).toBe("http://127.0.0.1:3210/");
    expect(inicioTrasSalir(new Headers({ host: "fondoidea.fosis.gob.cl", "x-forwarded-proto": "https" }), {})).toBe("https://fondoidea.fosis.gob.cl/");
    // Anything but "https" is plain http; APP_URL wins over the request, without its trailing slashes.
    expect(inicioTrasSalir(new Headers({ host: "a.cl", "x-forwarded-proto": "javascript" }), {})).toBe("http://a.cl/");
    expect(inicioTrasSalir(cabeceras, { APP_URL: " https://fondoidea.fosis.gob.cl// " })).toBe("https://fondoidea.fosis.gob.cl/");
  });

  it("las comprobaciones se pueden reducir, pero state siempre queda", () => {
    expect(leerConfigClaveUnica({ ...base, CLAVEUNICA_CHECKS: "state, NONCE" })?.checks).toEqual(["state", "nonce"]);
    expect(leerConfigClaveUnica({ ...base, CLAVEUNICA_CHECKS: "pkce" })?.checks).toEqual(["pkce", "state"]);
    expect(() => leerConfigClaveUnica({ ...base, CLAVEUNICA_CHECKS: "state,none" })).toThrow(/CLAVEUNICA_CHECKS.*none/);
  });

  it("rechaza los hosts antiguos, http hacia otra máquina y lo que no es URL", () => {
    expect(() => leerConfigClaveUnica({ ...base, CLAVEUNICA_ISSUER: "https://www.claveunica.gob.cl/openid" })).toThrow(/accounts\.claveunica\.gob\.cl/);
    expect(() => leerConfigClaveUnica({ ...base, CLAVEUNICA_TOKEN_URL: "https://api.claveunica.gob.cl/openid/token/" })).toThrow(/CLAVEUNICA_TOKEN_URL/);
    expect(() => leerConfigClaveUnica({ ...base, CLAVEUNICA_ISSUER: "http://idp.ejemplo.cl/openid" })).toThrow(/https/);
    expect(() => leerConfigClaveUnica({ ...base, CLAVEUNICA_USERINFO_URL: "no es url" })).toThrow(/no es una URL/);
  });
});
