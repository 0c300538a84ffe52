// The committee's what-if (lib/seleccion/escenario.ts): pins and exclusions read from the address, kept
// only for candidates of the round, never both at once, at most MAX_FIJACIONES; and the comparison of the
// re-run portfolio with the stored one.
import { describe, expect, it } from "vitest";
import { compararCarteras, hrefCon, leerFijaciones, MAX_FIJACIONES } from "@/lib/seleccion/escenario";

const candidatos = new Set(["a", "b", "c", "d"]);

describe("fijaciones del ¿qué pasa si?", () => {
  it("lee listas separadas por comas y nombres repetidos (el formulario GET), sin repetir", () => {
    expect(leerFijaciones({ incluir: "a,b", excluir: ["c", "c,d"] }, candidatos)).toEqual({ incluir: ["a", "b"], excluir: ["c", "d"], avisos: [] });
    expect(leerFijaciones({ incluir: ["a", " b ", "a", ""], excluir: undefined }, candidatos)).toEqual({ incluir: ["a", "b"], excluir: [], avisos: [] });
    expect(leerFijaciones({}, candidatos)).toEqual({ incluir: [], excluir: [], avisos: [] });
  });

  it("ignora, con un aviso, los perfiles que no son candidatos y los marcados en ambas listas", () => {
    const f = leerFijaciones({ incluir: "a,x,b", excluir: "b,y,z" }, candidatos);
    expect(f.incluir).toEqual(["a"]);
    expect(f.excluir).toEqual([]);
    expect(f.avisos).toEqual([
      "3 perfiles indicados no son candidatos en esta ronda: se ignoraron.",
      "Un perfil estaba marcado para incluir y excluir a la vez: no se fijó ni se excluyó.",
    ]);
  });

  it("toma como máximo MAX_FIJACIONES de cada lista", () => {
    const muchos = Array.from({ length: MAX_FIJACIONES + 5 }, (_, i) => `p${i}`);
    const f = leerFijaciones({ excluir: muchos.join(",") }, new Set(muchos));
    expect(f.excluir).toEqual(muchos.slice(0, MAX_FIJACIONES));
    expect(f.avisos).toEqual([`Se pueden excluir como máximo ${MAX_FIJACIONES} perfiles: se tomaron los primeros ${MAX_FIJACIONES}.`]);
  });
});

describe("comparación de carteras", () => {
  it("dice qué perfiles entran y cuáles salen, en el orden del ranking", () => {
    expect(compararCarteras(new Set(["a", "b", "c"]), new Set(["d", "a", "e"]), ["e", "d", "c", "b", "a"])).toEqual({ entran: ["e", "d"], salen: ["c", "b"] });
    expect(compararCarteras(new Set(["a"]), new Set(["a"]), ["a", "b"])).toEqual({ entran: [], salen: [] });
  });

  it("arma direcciones sin los parámetros vacíos", () => {
    expect(hrefCon("/comite/seleccion", { ver: undefined, incluir: [], excluir: ["a", "b"], pagina: 2 })).toBe("/comite/seleccion?excluir=a%2Cb&pagina=2");
    expect(hrefCon("/comite/seleccion", { fase: null })).toBe("/comite/seleccion");
  });
});
