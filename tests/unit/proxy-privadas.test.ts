// The proxy's optimistic check of the private areas (one list, lib/http/areas-privadas.mjs): a visitor
// without a session cookie goes to /ingresar; a prefetch gets an empty answer; downloads and public paths
// pass untouched (their route answers 404 itself). Every page authorizes again on the server.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { AREAS_PRIVADAS, RUTA_CON_404_REAL, RUTA_PRIVADA } from "@/lib/http/areas-privadas.mjs";
import { proxy } from "@/proxy";

const pedir = (ruta: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://127.0.0.1:3000${ruta}`, { headers }));

describe("áreas privadas", () => {
  it.each(["/mentor", "/mentor/abc", "/jurado/abc/def", "/mentores/registro", "/seguimiento/incubacion", "/postulante/incubacion/formulario/x", "/comite", "/cuenta", "/cuenta/datos"])("%s sin sesión va a ingresar", (ruta) => {
    const r = pedir(ruta);
    expect(r.status).toBe(307);
    expect(new URL(r.headers.get("location")!).pathname).toBe("/ingresar");
    expect(new URL(r.headers.get("location")!).searchParams.get("volver")).toBe(ruta);
  });

  it("un pedido del enrutador (prefetch o navegación RSC) de una página privada sin sesión recibe una respuesta vacía, no una redirección", () => {
    const prefetches: Record<string, string>[] = [{ "next-router-prefetch": "1", rsc: "1" }, { "next-router-segment-prefetch": "/_tree", rsc: "1" }, { rsc: "1" }];
    for (const h of prefetches) {
      const r = pedir("/comite", h);
      expect(r.status).toBe(204);
      expect(r.headers.get("location")).toBeNull();
    }
  });

  it("con sesión, o en una página pública, o una descarga, sigue de largo", () => {
    expect(pedir("/mentor/abc", { cookie: "authjs.session-token=x" }).headers.get("x-middleware-next")).toBe("1");
    expect(pedir("/mentoria").headers.get("x-middleware-next")).toBe("1");
    expect(pedir("/juradoz").headers.get("x-middleware-next")).toBe("1");
    expect(pedir("/seguimiento/incubacion/convenios/abc/documento").headers.get("x-middleware-next")).toBe("1");
    expect(pedir("/postulante/perfiles/abc/comprobante").headers.get("x-middleware-next")).toBe("1");
    expect(pedir("/cuenta/mis-datos").headers.get("x-middleware-next")).toBe("1");
  });

  it("las páginas con 404 real son las áreas privadas, la cuenta y las de los enlaces por correo", () => {
    for (const a of AREAS_PRIVADAS) expect(RUTA_CON_404_REAL.test(`/${a}/x`), a).toBe(true);
    for (const r of ["/cuenta", "/invitacion/x", "/talleres/confirmar/x"]) expect(RUTA_CON_404_REAL.test(r), r).toBe(true);
    for (const r of ["/desafios/x", "/talleres/x", "/mentoria", "/"]) expect(RUTA_CON_404_REAL.test(r), r).toBe(false);
    expect(RUTA_PRIVADA.test("/cuentas")).toBe(false);
  });
});
