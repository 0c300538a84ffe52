import { describe, expect, it } from "vitest";
import { callbackUrlAceptable, esPosibleAccionDeServidor, mismoOrigen, rutaBienFormada, sinCallbackUrlInvalida } from "@/lib/http/peticion";

describe("rutaBienFormada", () => {
  it("acepta rutas sin % y con escapes válidos", () => {
    for (const p of ["/", "/desafios/volver-a-la-escuela", "/desafios/a%20b", "/x/%C3%B1", "/x/%25", "/x/%2F"]) expect(rutaBienFormada(p), p).toBe(true);
  });
  it("rechaza % sueltos, escapes incompletos y UTF-8 inválido", () => {
    for (const p of ["/%", "/desafios/%", "/api/adjuntos/%zz", "/x/%A", "/desafios/%C3%28", "/x/%E0%A4%A", "/postulante/perfiles/%/comprobante"]) {
      expect(rutaBienFormada(p), p).toBe(false);
    }
  });
});

describe("esPosibleAccionDeServidor", () => {
  const h = (o: Record<string, string>) => new Headers(o);
  it("POST con Next-Action, o un formulario multipart o urlencoded", () => {
    expect(esPosibleAccionDeServidor("POST", h({ "next-action": "abc" }))).toBe(true);
    expect(esPosibleAccionDeServidor("POST", h({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(esPosibleAccionDeServidor("POST", h({ "content-type": "application/x-www-form-urlencoded" }))).toBe(true);
  });
  it("no lo son un GET ni un POST de JSON sin Next-Action", () => {
    expect(esPosibleAccionDeServidor("GET", h({ "next-action": "abc" }))).toBe(false);
    expect(esPosibleAccionDeServidor("POST", h({ "content-type": "application/json" }))).toBe(false);
  });
});

describe("mismoOrigen", () => {
  const h = (o: Record<string, string>) => new Headers(o);
  it("sin Origin pasa (como en Next)", () => expect(mismoOrigen(h({ host: "portal.cl" }))).toBe(true));
  it("el mismo host pasa; X-Forwarded-Host manda cuando está", () => {
    expect(mismoOrigen(h({ origin: "https://portal.cl", host: "portal.cl" }))).toBe(true);
    expect(mismoOrigen(h({ origin: "https://portal.cl", host: "10.0.0.5:3000", "x-forwarded-host": "portal.cl, otro" }))).toBe(true);
    expect(mismoOrigen(h({ origin: "https://10.0.0.5:3000", host: "10.0.0.5:3000", "x-forwarded-host": "portal.cl" }))).toBe(false);
  });
  it("otro sitio, Origin null o ilegible no pasan", () => {
    expect(mismoOrigen(h({ origin: "https://evil.example", host: "portal.cl" }))).toBe(false);
    expect(mismoOrigen(h({ origin: "null", host: "portal.cl" }))).toBe(false);
    expect(mismoOrigen(h({ origin: "::::", host: "portal.cl" }))).toBe(false);
    expect(mismoOrigen(h({ origin: "https://portal.cl" }))).toBe(false);
  });
});

// Regression: these callbackUrl values (query or cookie) made next-auth answer 500 in English.
describe("callbackUrl de next-auth", () => {
  it("acepta rutas y URL http(s); rechaza lo que next-auth no acepta", () => {
    for (const v of ["/", "/cuenta?x=1", "http://127.0.0.1:3400/", "https://fondoidea.fosis.cl/postulante"]) expect(callbackUrlAceptable(v), v).toBe(true);
    for (const v of ["%", "javascript:a", "http://127.0.0.1:3400.evil.com/", "ftp://x/", "", "evil.example"]) expect(callbackUrlAceptable(v), v).toBe(false);
  });
  it("quita solo la cookie callback-url que next-auth rechazaría, leída del encabezado crudo", () => {
    expect(sinCallbackUrlInvalida("a=1; authjs.callback-url=%; b=2")).toBe("a=1; b=2");
    expect(sinCallbackUrlInvalida("__Secure-authjs.callback-url=javascript%3Aa")).toBe("");
    expect(sinCallbackUrlInvalida("a=1; authjs.callback-url=http%3A%2F%2F127.0.0.1%3A3210%2F")).toBeNull();
    expect(sinCallbackUrlInvalida("a=1; b=%")).toBeNull();
  });
});
