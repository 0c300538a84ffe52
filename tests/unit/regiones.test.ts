// The one region a perfil counts for (lib/domain/regiones.ts regionDelPerfil): used by the evaluator
// assignment and by the committee's regional coverage, so the rule is written once.
import { describe, expect, it } from "vitest";
import { CODIGOS_REGION, nombreRegion, REGION_POR_DEFECTO, regionDelPerfil } from "@/lib/domain/regiones";

describe("regionDelPerfil", () => {
  it("el menor código CUT entre las regiones del perfil (orden numérico, no de norte a sur)", () => {
    expect(regionDelPerfil(["13", "08", "15"], "05")).toBe("08");
    expect(regionDelPerfil(["10", "09"], null)).toBe("09");
    expect(regionDelPerfil(["01"], "13")).toBe("01");
  });

  it("sin regiones propias: la del desafío; sin ella: la Metropolitana", () => {
    expect(regionDelPerfil([], "05")).toBe("05");
    expect(regionDelPerfil([], null)).toBe("13");
    expect(REGION_POR_DEFECTO).toBe("13");
  });

  it("no depende del orden de entrada", () => {
    expect(regionDelPerfil(["16", "02", "11"], null)).toBe(regionDelPerfil(["11", "16", "02"], null));
  });
});

describe("nombreRegion", () => {
  it("nombra las 16 regiones por su código y deja igual un código desconocido", () => {
    expect(nombreRegion("13")).toBe("Metropolitana de Santiago");
    expect(nombreRegion("16")).toBe("Ñuble");
    expect(new Set(CODIGOS_REGION.map(nombreRegion)).size).toBe(16);
    expect(nombreRegion("99")).toBe("99");
  });
});
