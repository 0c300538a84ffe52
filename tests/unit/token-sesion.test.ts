// lib/auth/token-sesion.ts: the session token read from the cookie without next-auth's session round must
// read exactly what next-auth's own decode reads: the right cookie for http/https, the secret or the rotated
// ones, nothing for a foreign, tampered or expired token.
import { encode, decode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { cookieSegura, secretosSesion, tokenDeCookies } from "@/lib/auth/token-sesion";

const SECRETO = "secreto-de-prueba-de-sesiones-0123456789abcdef";
const PLANA = "authjs.session-token";
const SEGURA = "__Secure-authjs.session-token";
const token = { uid: "u1", sid: "s1", sv: 2, via: "credenciales" };

const cookie = async (nombre: string, opciones: { secret?: string; maxAge?: number; datos?: Record<string, unknown> } = {}) =>
  `${nombre}=${await encode({ token: opciones.datos ?? token, secret: opciones.secret ?? SECRETO, salt: nombre, maxAge: opciones.maxAge ?? 3600 })}`;
const cabeceras = (c: string, proto = "http") => new Headers({ cookie: c, "x-forwarded-proto": proto });

describe("tokenDeCookies", () => {
  it("lee el mismo contenido que decode de next-auth, en http con la cookie simple y en https con la __Secure-", async () => {
    const plana = await cookie(PLANA);
    const leido = await tokenDeCookies(cabeceras(plana), null, { AUTH_SECRET: SECRETO });
    expect(leido).toMatchObject(token);
    expect(leido).toEqual(await decode({ token: plana.split("=")[1], secret: SECRETO, salt: PLANA }));
    expect(await tokenDeCookies(cabeceras(await cookie(SEGURA), "https"), null, { AUTH_SECRET: SECRETO })).toMatchObject(token);
    // The other cookie for the scheme does not count: over https the plain one could be planted by anyone on the network.
    expect(await tokenDeCookies(cabeceras(plana, "https"), null, { AUTH_SECRET: SECRETO })).toBeNull();
    expect(await tokenDeCookies(cabeceras(await cookie(SEGURA), "http"), null, { AUTH_SECRET: SECRETO })).toBeNull();
    // Twice with the same derived key (kept): the same answer.
    expect(await tokenDeCookies(cabeceras(plana), null, { AUTH_SECRET: SECRETO })).toEqual(leido);
  });

  it("nada con otro secreto, con el token alterado, vencido o sin cookie; con secretos rotados, el que corresponda", async () => {
    const env = { AUTH_SECRET: SECRETO };
    expect(await tokenDeCookies(cabeceras(await cookie(PLANA, { secret: "otro-secreto-cualquiera-0123456789abcdef" })), null, env)).toBeNull();
    const buena = await cookie(PLANA);
    // One character of the ciphertext (the 4th part) changed: the tag no longer matches.
    const partes = buena.split(".");
    const medio = Math.floor(partes[3].length / 2);
    partes[3] = partes[3].slice(0, medio) + (partes[3][medio] === "A" ? "B" : "A") + partes[3].slice(medio + 1);
    expect(await tokenDeCookies(cabeceras(partes.join(".")), null, env)).toBeNull();
    // Expired a minute ago (beyond the 15 s of clock tolerance).
    const vencida = await cookie(PLANA, { maxAge: -60 });
    expect(await tokenDeCookies(cabeceras(vencida), null, env)).toBeNull();
    expect(await tokenDeCookies(new Headers({ "x-forwarded-proto": "http" }), null, env)).toBeNull();
    expect(await tokenDeCookies(cabeceras(buena), null, {})).toBeNull();
    const rotados = { AUTH_SECRET_1: "secreto-nuevo-de-rotacion-0123456789abcdef", AUTH_SECRET_2: SECRETO };
    expect(secretosSesion(rotados)).toEqual([rotados.AUTH_SECRET_2, rotados.AUTH_SECRET_1]);
    expect(await tokenDeCookies(cabeceras(buena), null, rotados)).toMatchObject(token);
  });

  it("https o no: AUTH_URL manda; si no, X-Forwarded-Proto; si no, la URL de la petición; si no, https", () => {
    expect(cookieSegura(new Headers({ "x-forwarded-proto": "http" }), null, { AUTH_URL: "https://fondo.cl" })).toBe(true);
    expect(cookieSegura(new Headers({ "x-forwarded-proto": "https" }), null, { AUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(cookieSegura(new Headers({ "x-forwarded-proto": "https" }), "http://x", {})).toBe(true);
    expect(cookieSegura(new Headers(), "http://localhost:3000/api/votos", {})).toBe(false);
    expect(cookieSegura(new Headers(), null, {})).toBe(true);
  });
});
