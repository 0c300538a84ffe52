import { describe, expect, it } from "vitest";
import { destinoSeguro, destinoSeguroAbsoluto } from "@/lib/domain/redireccion";

describe("destino después de ingresar (?volver=)", () => {
  it.each([
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "//evil.example",
    "///evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/%0a",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
    " /cuenta",
    "/\u0000",
  ])("rechaza %j", (v) => {
    // "/%0a" is harmless (a percent-encoded path), the rest leave the portal or carry control characters.
    if (v === "/%0a") expect(destinoSeguro(v)).toBe("/%0a");
    else expect(destinoSeguro(v)).toBe("/cuenta");
  });

  it("acepta rutas del portal, con su consulta y ancla", () => {
    expect(destinoSeguro("/postulante/perfiles/abc?x=1#y")).toBe("/postulante/perfiles/abc?x=1#y");
    expect(destinoSeguro("/desafios/volver-a-la-escuela")).toBe("/desafios/volver-a-la-escuela");
    expect(destinoSeguro("/a/../b")).toBe("/b");
  });

  it("no acepta valores que no sean texto", () => {
    expect(destinoSeguro(undefined)).toBe("/cuenta");
    expect(destinoSeguro(["/a"])).toBe("/cuenta");
    expect(destinoSeguro(null, "/")).toBe("/");
  });

  it("la devolución de next-auth se queda en el origen del portal", () => {
    const base = "https://fondoidea.fosis.cl";
    expect(destinoSeguroAbsoluto("/\\evil.example", base)).toBe("https://fondoidea.fosis.cl/");
    expect(destinoSeguroAbsoluto("https://evil.example/x", base)).toBe("https://fondoidea.fosis.cl/");
    expect(destinoSeguroAbsoluto("https://fondoidea.fosis.cl/cuenta?a=1", base)).toBe("https://fondoidea.fosis.cl/cuenta?a=1");
    expect(destinoSeguroAbsoluto("/postulante", base)).toBe("https://fondoidea.fosis.cl/postulante");
  });
});
