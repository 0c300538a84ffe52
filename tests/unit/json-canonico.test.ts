// The one canonical-JSON function. Stored values depend on its exact text (the audit log's hashes, the
// perfil's fingerprint on every receipt), so:
// - the vectors below were taken from the two functions it replaced, before the merge, and pin its output;
// - the two former functions are kept here verbatim as references, and property tests check the merged
//   one against each over the inputs each was used with.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { huellaPerfil, type ContenidoPerfil } from "@/lib/domain/huella";
import { jsonCanonico } from "@/lib/domain/json-canonico";

/** lib/audit/hash.ts jsonCanonico before the merge (audit `datos`), verbatim. */
function jsonCanonicoAuditoriaAnterior(valor: unknown): string {
  return JSON.stringify(valor, (_k, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** lib/domain/huella.ts canonico before the merge (the perfil's fingerprint), verbatim, then stringified. */
function canonicoHuellaAnterior(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonicoHuellaAnterior);
  if (v && typeof v === "object") {
    return Object.fromEntries(
      Object.keys(v as Record<string, unknown>)
        .sort()
        .map((k) => [k, canonicoHuellaAnterior((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}
const jsonHuellaAnterior = (v: unknown) => JSON.stringify(canonicoHuellaAnterior(v));

describe("jsonCanonico: vectores tomados de las funciones anteriores", () => {
  const vectores: [string, unknown, string][] = [
    ["objetos anidados", { b: 1, a: { d: [1, { z: 1, y: 2 }], c: 2 } }, '{"a":{"c":2,"d":[1,{"y":2,"z":1}]},"b":1}'],
    ["arreglos en su orden", [3, [2, 1], { b: [], a: {} }, [], null], '[3,[2,1],{"a":{},"b":[]},[],null]'],
    [
      "unicode: claves por unidades UTF-16, texto sin escapar",
      { ñandú: "Señora Ñúñez «citada» 👩‍👧", Z: "mayúscula", a: "\u00e9\u0301", "\u00e9": 1, e: 2, "😀": "emoji", "\u2028": "sep" },
      '{"Z":"mayúscula","a":"\u00e9\u0301","e":2,"\u00e9":1,"ñandú":"Señora Ñúñez «citada» 👩‍👧","\u2028":"sep","😀":"emoji"}',
    ],
    [
      "números",
      { entero: 20000000, negativo: -5, decimal: 0.1 + 0.2, grande: 1e21, chico: 5e-7, menosCero: -0, nan: NaN, inf: Infinity },
      '{"chico":5e-7,"decimal":0.30000000000000004,"entero":20000000,"grande":1e+21,"inf":null,"menosCero":0,"nan":null,"negativo":-5}',
    ],
    ["fechas en ISO", { creado: new Date(Date.UTC(2019, 2, 1, 12, 30)), lista: [new Date(0)] }, '{"creado":"2019-03-01T12:30:00.000Z","lista":["1970-01-01T00:00:00.000Z"]}'],
    ["null se queda, undefined y funciones no", { a: null, b: undefined, c: [undefined, null], d: () => 1 }, '{"a":null,"c":[null,null]}'],
    // JavaScript puts array-index keys first, in numeric order, whatever the sort: the stored text has them so.
    ["claves numéricas primero, en orden numérico", { b: 1, 10: 2, 2: 3, a: 4 }, '{"2":3,"10":2,"a":4,"b":1}'],
    ["texto con comillas y escapes", 'hola "mundo"\n\t\\', '"hola \\"mundo\\"\\n\\t\\\\"'],
    ["escalares", [true, false, 0, "", "0"], '[true,false,0,"","0"]'],
  ];
  it.each(vectores)("%s", (_nombre, valor, esperado) => {
    expect(jsonCanonico(valor)).toBe(esperado);
    expect(jsonCanonicoAuditoriaAnterior(valor)).toBe(esperado);
  });

  it("no normaliza: «é» precompuesta y «e» + tilde combinada son claves distintas, ordenadas por unidad de código", () => {
    expect(jsonCanonico({ "\u00e9": 1, "e\u0301": 2 })).toBe('{"e\u0301":2,"\u00e9":1}');
  });
});

describe("huellaPerfil: huellas guardadas que no pueden cambiar", () => {
  const perfil: ContenidoPerfil = {
    convocatoria: 2019,
    folio: 7,
    desafio: "desafio-1",
    campos: {
      nombreProyecto: "Huertos «comunitarios» en Lota",
      problema: "Jóvenes sin escuela\nsegunda línea",
      solucion: "Tutorías 👩‍🏫",
      usuarios: "",
      coproduccion: "Con la junta de vecinos",
      equipo: "Ana & Beto <script>",
    },
    nivelMadurez: "IDEA",
    tipoEjecutor: "ORGANIZACION_SOCIAL",
    organizacionRut: "76543210-3",
    montoSolicitado: 25000000,
    regiones: ["13", "08", "09"],
    adjuntos: [
      { categoria: "ESTATUTOS", sha256: "b".repeat(64) },
      { categoria: "CERTIFICADO_VIGENCIA", sha256: "a".repeat(64) },
    ],
  };

  it("da la misma huella que antes de unir las funciones", () => {
    expect(huellaPerfil(perfil)).toBe("cb3c9cdbe621210a6a326c6948bb9d521ad84f8be407ec6bfb7d48178dff3a75");
    expect(huellaPerfil({ ...perfil, regiones: [], adjuntos: [], campos: {}, montoSolicitado: 0, folio: 1 })).toBe(
      "d4a6e670ec704822acff09fe6e8a324cae657fa1b7be293eb85f6d6c934c394d",
    );
  });

  it("no depende del orden de las regiones, los adjuntos ni las claves", () => {
    const desordenado: ContenidoPerfil = {
      adjuntos: [...perfil.adjuntos].reverse(),
      regiones: [...perfil.regiones].reverse(),
      montoSolicitado: perfil.montoSolicitado,
      organizacionRut: perfil.organizacionRut,
      tipoEjecutor: perfil.tipoEjecutor,
      nivelMadurez: perfil.nivelMadurez,
      campos: Object.fromEntries(Object.entries(perfil.campos).reverse()),
      desafio: perfil.desafio,
      folio: perfil.folio,
      convocatoria: perfil.convocatoria,
    };
    expect(huellaPerfil(desordenado)).toBe(huellaPerfil(perfil));
    expect(huellaPerfil({ ...perfil, montoSolicitado: perfil.montoSolicitado + 1 })).not.toBe(huellaPerfil(perfil));
  });
});

describe("jsonCanonico da el mismo texto que cada función anterior, en las entradas que cada una recibía", () => {
  // The audit log's `datos`: any JSON-like value, and Dates (toJSON). The merged function is the former
  // audit one, so this holds for everything; checked on values with dates too.
  const conFechas = fc.letrec((tie) => ({
    valor: fc.oneof(
      { depthSize: "small" },
      fc.jsonValue({ maxDepth: 2 }),
      fc.date({ noInvalidDate: true }),
      fc.array(tie("valor"), { maxLength: 4 }),
      fc.dictionary(fc.string(), tie("valor"), { maxKeys: 4 }),
    ),
  })).valor;
  it("bitácora: cualquier dato, también con fechas", () => {
    fc.assert(fc.property(conFechas, (v) => jsonCanonico(v) === jsonCanonicoAuditoriaAnterior(v)), { numRuns: 300 });
  });

  // The fingerprint's content: strings, numbers, arrays and plain objects (ContenidoPerfil, from the
  // zod-parsed form and the database), never a Date or other object with toJSON. On those the former
  // huella function gave the same text, unicode keys and array-index keys included.
  it("huella: cualquier valor JSON (texto, números, arreglos, objetos anidados; claves unicode o numéricas)", () => {
    const clave = fc.oneof(fc.string({ unit: "binary" }), fc.nat({ max: 50 }).map(String), fc.constantFrom("__proto__", "constructor", "", "é", "e\u0301"));
    const json = fc.letrec((tie) => ({
      valor: fc.oneof(
        { depthSize: "small" },
        fc.string({ unit: "binary" }),
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("valor"), { maxLength: 4 }),
        fc.dictionary(clave, tie("valor"), { maxKeys: 5 }),
      ),
    })).valor;
    fc.assert(fc.property(json, (v) => jsonCanonico(v) === jsonHuellaAnterior(v)), { numRuns: 300 });
    // 300 nested values take ~1 s alone and several on a loaded 2-core machine: the default 5 s timed out.
  }, 30_000);

  it("huella: cualquier contenido de perfil", () => {
    const texto = fc.string({ unit: "binary", maxLength: 40 });
    const perfil = fc.record({
      convocatoria: fc.integer({ min: 2000, max: 2100 }),
      folio: fc.nat(),
      desafio: texto,
      campos: fc.dictionary(texto, texto, { maxKeys: 6 }),
      nivelMadurez: texto,
      tipoEjecutor: texto,
      organizacionRut: texto,
      montoSolicitado: fc.nat(),
      regiones: fc.array(texto, { maxLength: 4 }),
      adjuntos: fc.array(fc.record({ categoria: texto, sha256: texto }), { maxLength: 4 }),
    });
    fc.assert(fc.property(perfil, (p) => jsonCanonico(p) === jsonHuellaAnterior(p)), { numRuns: 300 });
  });

  // The one input where the former functions differed: an object with toJSON (a Date). ContenidoPerfil has
  // no such field, so no stored fingerprint was computed over one.
  it("difieren solo en objetos con toJSON: una fecha era {} en la huella anterior y es su ISO en la bitácora", () => {
    const fecha = new Date(Date.UTC(2019, 0, 1));
    expect(jsonHuellaAnterior({ f: fecha })).toBe('{"f":{}}');
    expect(jsonCanonico({ f: fecha })).toBe('{"f":"2019-01-01T00:00:00.000Z"}');
  });
});
