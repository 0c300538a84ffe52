// Pabulib `.pb` writer (lib/domain/pabulib.ts) on a hand-made instance, plus a small reader written here
// from the format's description (sections, "key;value", ";" separator, CSV quoting) to read it back.
import { describe, expect, it } from "vitest";
import { documentoPabulib, fechaPb, valorPb, type InstanciaPb } from "@/lib/domain/pabulib";

const instancia: InstanciaPb = {
  descripcion: "Votación popular Fondo IDEA 2019",
  pais: "Chile",
  unidad: "Fondo IDEA (FOSIS)",
  instancia: "2019",
  presupuesto: 650000000,
  regla: "unknown",
  fechaInicio: "10.06.2019",
  fechaFin: "24.06.2019",
  metaAdicional: [
    ["language", "es"],
    ["currency", "CLP"],
  ],
  proyectos: [
    { id: "12", costo: 25000000, nombre: "Huerta comunitaria; etapa 1", categoria: "desafio-a" },
    { id: "7", costo: 30000000, nombre: 'Taller "Aprender jugando"', categoria: "desafio-b" },
    { id: "3", costo: 20000000, nombre: "Ruta segura", categoria: "desafio-a" },
  ],
  votantes: [
    { id: "VT-AAA", proyectos: ["12", "7"] },
    { id: "VT-BBB", proyectos: ["3"] },
    { id: "VT-CCC", proyectos: ["7"] },
  ],
};

const ESPERADO = [
  "META",
  "key;value",
  "description;Votación popular Fondo IDEA 2019",
  "country;Chile",
  "unit;Fondo IDEA (FOSIS)",
  "instance;2019",
  "num_projects;3",
  "num_votes;3",
  "budget;650000000",
  "vote_type;approval",
  "rule;unknown",
  "date_begin;10.06.2019",
  "date_end;24.06.2019",
  "language;es",
  "currency;CLP",
  "PROJECTS",
  "project_id;cost;votes;name;category",
  '12;25000000;1;"Huerta comunitaria; etapa 1";desafio-a',
  '7;30000000;2;"Taller ""Aprender jugando""";desafio-b',
  "3;20000000;1;Ruta segura;desafio-a",
  "VOTES",
  "voter_id;vote",
  "VT-AAA;12,7",
  "VT-BBB;3",
  "VT-CCC;7",
  "",
].join("\n");

/** Splits one line by ";" honouring double-quoted values with doubled quotes. */
function campos(l: string): string[] {
  const out: string[] = [];
  let actual = "";
  let entreComillas = false;
  for (let k = 0; k < l.length; k++) {
    const c = l[k];
    if (entreComillas) {
      if (c === '"' && l[k + 1] === '"') {
        actual += '"';
        k++;
      } else if (c === '"') entreComillas = false;
      else actual += c;
    } else if (c === '"') entreComillas = true;
    else if (c === ";") {
      out.push(actual);
      actual = "";
    } else actual += c;
  }
  out.push(actual);
  return out;
}

function leer(texto: string) {
  const secciones: Record<string, { cabecera: string[]; filas: string[][] }> = {};
  let actual = "";
  let esperandoCabecera = false;
  for (const l of texto.split("\n").filter((x) => x !== "")) {
    if (["META", "PROJECTS", "VOTES"].includes(l)) {
      actual = l;
      esperandoCabecera = true;
      secciones[l] = { cabecera: [], filas: [] };
    } else if (esperandoCabecera) {
      secciones[actual].cabecera = campos(l);
      esperandoCabecera = false;
    } else secciones[actual].filas.push(campos(l));
  }
  return secciones;
}

describe("documentoPabulib", () => {
  it("escribe el caso hecho a mano, byte a byte", () => {
    expect(documentoPabulib(instancia)).toBe(ESPERADO);
  });

  it("se lee de vuelta: META con las claves obligatorias, proyectos con costo y nombre, votos por votante", () => {
    const s = leer(documentoPabulib(instancia));
    expect(s.META.cabecera).toEqual(["key", "value"]);
    const meta = Object.fromEntries(s.META.filas.map(([k, v]) => [k, v]));
    for (const k of ["description", "country", "unit", "instance", "num_projects", "num_votes", "budget", "vote_type", "rule", "date_begin", "date_end"]) {
      expect(meta[k], k).toBeTruthy();
    }
    expect(meta.vote_type).toBe("approval");
    expect(Number(meta.num_projects)).toBe(s.PROJECTS.filas.length);
    expect(Number(meta.num_votes)).toBe(s.VOTES.filas.length);
    expect(s.PROJECTS.cabecera).toEqual(["project_id", "cost", "votes", "name", "category"]);
    expect(s.PROJECTS.filas[0]).toEqual(["12", "25000000", "1", "Huerta comunitaria; etapa 1", "desafio-a"]);
    expect(s.PROJECTS.filas[1][3]).toBe('Taller "Aprender jugando"');
    expect(s.VOTES.filas.map(([id, voto]) => [id, voto.split(",")])).toEqual([
      ["VT-AAA", ["12", "7"]],
      ["VT-BBB", ["3"]],
      ["VT-CCC", ["7"]],
    ]);
  });

  it("sin votos: la sección VOTES queda con su cabecera y num_votes 0", () => {
    const t = documentoPabulib({ ...instancia, votantes: [] });
    expect(t).toMatch(/\nnum_votes;0\n/);
    expect(t.endsWith("VOTES\nvoter_id;vote\n")).toBe(true);
    expect(t).toMatch(/\n12;25000000;0;/);
  });

  it("rechaza datos que darían un archivo inválido", () => {
    expect(() => documentoPabulib({ ...instancia, proyectos: [...instancia.proyectos, { id: "3", costo: 1, nombre: "x" }] })).toThrow(/dos veces/);
    expect(() => documentoPabulib({ ...instancia, proyectos: [{ id: "1,2", costo: 1, nombre: "x" }], votantes: [] })).toThrow(/no es válido/);
    expect(() => documentoPabulib({ ...instancia, proyectos: [{ id: "1", costo: 1.5, nombre: "x" }], votantes: [] })).toThrow(/entero/);
    expect(() => documentoPabulib({ ...instancia, votantes: [{ id: "VT-X", proyectos: ["99"] }] })).toThrow(/no está en PROJECTS/);
    expect(() => documentoPabulib({ ...instancia, votantes: [{ id: "VT-X", proyectos: ["3", "3"] }] })).toThrow(/dos veces el mismo/);
    expect(() => documentoPabulib({ ...instancia, votantes: [{ id: "VT-X", proyectos: [] }] })).toThrow(/ningún proyecto/);
    expect(() => documentoPabulib({ ...instancia, votantes: [instancia.votantes[0], instancia.votantes[0]] })).toThrow(/aparece dos veces/);
    expect(() => documentoPabulib({ ...instancia, metaAdicional: [["budget", 1]] })).toThrow(/META «budget»/);
  });

  it("valores y fechas", () => {
    expect(valorPb("a;b")).toBe('"a;b"');
    expect(valorPb('a"b')).toBe('"a""b"');
    expect(valorPb("línea\notra")).toBe('"línea\notra"');
    expect(valorPb("simple, con coma")).toBe("simple, con coma");
    expect(valorPb(25000000)).toBe("25000000");
    expect(() => valorPb(Number.NaN)).toThrow(RangeError);
    expect(fechaPb(2019, 6, 5)).toBe("05.06.2019");
  });
});
