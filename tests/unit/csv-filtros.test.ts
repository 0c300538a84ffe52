// The list's filters as read from the URL: shared by the page and the CSV export link and route.
import { describe, expect, it } from "vitest";
import { aQuery, leerFiltro } from "@/lib/seguimiento/filtros";

describe("filtros del listado y del CSV", () => {
  it("lee los valores válidos de searchParams (objeto o URLSearchParams) e ignora los demás", () => {
    expect(leerFiltro({ region: "09", desafio: "ckx1abc", nivel: "IDEA_VAGA", tipo: "EMPRESA", estado: "ADMISIBLE" })).toEqual({
      region: "09",
      desafio: "ckx1abc",
      nivel: "IDEA_VAGA",
      tipo: "EMPRESA",
      estado: "ADMISIBLE",
    });
    expect(leerFiltro(new URLSearchParams("region=99&estado=BORRADOR&nivel=idea_vaga&tipo=&desafio=a%00b"))).toEqual({});
    expect(leerFiltro({ region: ["13", "09"], estado: undefined, otro: "x" })).toEqual({ region: "13" });
    expect(leerFiltro({ desafio: "x".repeat(65) })).toEqual({});
  });

  it("devuelve los filtros a la URL en un orden fijo, y nada sin filtros", () => {
    expect(aQuery({})).toBe("");
    expect(aQuery({ estado: "ENVIADA", region: "09" })).toBe("?region=09&estado=ENVIADA");
    expect(leerFiltro(new URLSearchParams(aQuery({ tipo: "UNIVERSIDAD", nivel: "IDEA_CLARA" }).slice(1)))).toEqual({ nivel: "IDEA_CLARA", tipo: "UNIVERSIDAD" });
  });
});
