// Merkle tree of sealed vote batches (lib/domain/merkle.ts, ADR 0014). The pinned hex values were computed
// independently (Python hashlib: sha256(b"\x00"+leaf), sha256(b"\x01"+left+right)), not by the code under test.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  hashHoja,
  hashNodo,
  ordenarHojasVoto,
  pruebaInclusion,
  RAIZ_VACIA,
  raizDeHashes,
  raizMerkle,
  raizVotos,
  textoHojaVoto,
  verificarInclusion,
  type HojaVoto,
} from "@/lib/domain/merkle";

const A = "022a6979e6dab7aa5ae4c3e5e45f7e977112a7e63593820dbec1ec738a24f93c";
const RAIZ = {
  2: "b137985ff484fb600db93107c77b0365c80d78f5b429ded0fd97361d077999eb",
  3: "36642e73c2540ab121e3a6bf9545b0a24982cd830eb13d3cd19de3ce6c021ec1",
  4: "33376a3bd63e9993708a84ddfe6c28ae58b83505dd1fed711bd924ec5a6239f0",
  5: "fe14a5426fbd70c0fa73f52342afed0da0bd23c4838662ccf6b88a3070ead97b",
} as const;
/** The root [a, b, c] would have if the odd node were duplicated (Bitcoin's rule), which we do not use. */
const RAIZ_3_DUPLICANDO = "e9636069c740c9ff51625b01a0b040396d265a9b920cc6febdfa5ecc9f58ecce";

const letras = (n: number) => "abcdefghijklmnopqrstuvwxyz".slice(0, n).split("");

// RFC 6962's recursive definition, written independently of the module's bottom-up loop.
function rfc6962(hojas: string[]): string {
  if (hojas.length === 0) return createHash("sha256").digest("hex");
  if (hojas.length === 1) return hojas[0];
  let k = 1;
  while (k * 2 < hojas.length) k *= 2;
  const h = createHash("sha256");
  h.update(Uint8Array.of(1));
  h.update(Buffer.from(rfc6962(hojas.slice(0, k)), "hex"));
  h.update(Buffer.from(rfc6962(hojas.slice(k)), "hex"));
  return h.digest("hex");
}

describe("hojas y nodos", () => {
  it("la hoja es SHA-256(0x00 ‖ texto) y el nodo SHA-256(0x01 ‖ izq ‖ der)", () => {
    expect(hashHoja("a")).toBe(A);
    expect(hashHoja("a")).not.toBe(createHash("sha256").update("a").digest("hex")); // the prefix matters
    expect(hashNodo(hashHoja("a"), hashHoja("b"))).toBe(RAIZ[2]);
    expect(hashNodo(hashHoja("b"), hashHoja("a"))).not.toBe(RAIZ[2]); // order matters
  });

  it("un nodo interno no pasa por hoja: el hash de la hoja con el texto de dos hijos es otro", () => {
    const hijos = Buffer.concat([Buffer.from(hashHoja("a"), "hex"), Buffer.from(hashHoja("b"), "hex")]).toString("latin1");
    expect(hashHoja(hijos)).not.toBe(RAIZ[2]);
  });

  it("rechaza hashes mal formados", () => {
    expect(() => hashNodo("abc", A)).toThrow(/no es un hash SHA-256/);
    expect(() => raizDeHashes([A, A.toUpperCase()])).toThrow(/no es un hash SHA-256/);
  });
});

describe("raíz: árboles pequeños calculados a mano", () => {
  it("0 hojas: SHA-256 vacío; 1 hoja: su propio hash", () => {
    expect(raizMerkle([])).toBe(RAIZ_VACIA);
    expect(RAIZ_VACIA).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(raizMerkle(["a"])).toBe(A);
  });

  it("2, 3, 4 y 5 hojas", () => {
    expect(raizMerkle(letras(2))).toBe(RAIZ[2]);
    expect(raizMerkle(letras(3))).toBe(RAIZ[3]);
    expect(raizMerkle(letras(4))).toBe(RAIZ[4]);
    expect(raizMerkle(letras(5))).toBe(RAIZ[5]);
  });

  it("cantidad impar: el último nodo sube sin duplicarse; [a,b,c] y [a,b,c,c] tienen raíces distintas", () => {
    // H(H(a,b), c): c is promoted, not paired with itself.
    expect(raizMerkle(letras(3))).toBe(hashNodo(hashNodo(hashHoja("a"), hashHoja("b")), hashHoja("c")));
    expect(raizMerkle(letras(3))).not.toBe(RAIZ_3_DUPLICANDO);
    expect(raizMerkle(["a", "b", "c", "c"])).toBe(RAIZ_3_DUPLICANDO);
    expect(raizMerkle(["a", "b", "c", "c"])).not.toBe(raizMerkle(letras(3)));
  });

  it("coincide con la definición recursiva de RFC 6962 para 1 a 40 hojas", () => {
    for (let n = 1; n <= 40; n++) {
      const hojas = Array.from({ length: n }, (_, i) => hashHoja(`voto-${i}`));
      expect(raizDeHashes(hojas), `n = ${n}`).toBe(rfc6962(hojas));
    }
  });
});

describe("detección de alteraciones", () => {
  const base = Array.from({ length: 7 }, (_, i) => `voto-${i}`);
  const raiz = raizMerkle(base);

  it("cambiar, quitar, agregar, duplicar o reordenar un voto cambia la raíz", () => {
    const cambiado = [...base];
    cambiado[3] = "voto-3 alterado";
    expect(raizMerkle(cambiado)).not.toBe(raiz);
    expect(raizMerkle(base.slice(0, 6))).not.toBe(raiz);
    expect(raizMerkle([...base, "voto-7"])).not.toBe(raiz);
    expect(raizMerkle([...base, base[6]])).not.toBe(raiz);
    const reordenado = [...base];
    [reordenado[0], reordenado[1]] = [reordenado[1], reordenado[0]];
    expect(raizMerkle(reordenado)).not.toBe(raiz);
  });
});

describe("texto canónico de un voto", () => {
  const voto: HojaVoto = { id: "v1", votante: "VT-1", postulacionId: "p1", ambito: "d1", createdAt: new Date("2019-06-20T14:00:00.000Z") };

  it("JSON canónico de los cinco campos, fecha ISO UTC", () => {
    expect(textoHojaVoto(voto)).toBe('{"ambito":"d1","createdAt":"2019-06-20T14:00:00.000Z","id":"v1","postulacionId":"p1","votante":"VT-1"}');
    expect(hashHoja(textoHojaVoto(voto))).toBe("5eeec23ad5890136c7a49f5c23d35a97e788050832c6271c0e92c211bddd9921");
  });

  it("no incluye otros campos aunque vengan (p. ej. el id de la cuenta)", () => {
    const conExtra = { ...voto, votanteId: "cuenta-real", email: "x@y.cl" } as HojaVoto;
    expect(textoHojaVoto(conExtra)).toBe(textoHojaVoto(voto));
  });

  it("orden canónico: por fecha, luego por id en unidades UTF-16 (mayúsculas antes que minúsculas)", () => {
    const t = (ms: number) => new Date(Date.UTC(2019, 5, 20, 14, 0, 0, ms));
    const votos = [
      { ...voto, id: "b", createdAt: t(1) },
      { ...voto, id: "a", createdAt: t(1) },
      { ...voto, id: "Z", createdAt: t(1) },
      { ...voto, id: "z", createdAt: t(0) },
    ];
    expect(ordenarHojasVoto(votos).map((v) => v.id)).toEqual(["z", "Z", "a", "b"]);
    expect(votos.map((v) => v.id)).toEqual(["b", "a", "Z", "z"]); // input untouched
  });

  it("un milisegundo de diferencia cambia la raíz; una fecha inválida se rechaza", () => {
    const otro = { ...voto, createdAt: new Date("2019-06-20T14:00:00.001Z") };
    expect(raizVotos([voto])).not.toBe(raizVotos([otro]));
    expect(() => textoHojaVoto({ ...voto, createdAt: new Date("x") })).toThrow(/fecha válida/);
  });
});

describe("pruebas de inclusión", () => {
  it("en un árbol de 5 hojas, la prueba de la hoja c son sus hermanos: d a la derecha y H(a,b) a la izquierda, luego e", () => {
    const hojas = letras(5).map(hashHoja);
    const p = pruebaInclusion(hojas, 2);
    expect(p).toEqual([
      { lado: "derecha", hash: hashHoja("d") },
      { lado: "izquierda", hash: RAIZ[2] },
      { lado: "derecha", hash: hashHoja("e") },
    ]);
    expect(verificarInclusion(hojas[2], p, RAIZ[5])).toBe(true);
  });

  it("la hoja promovida (la quinta de cinco) sube sin hermanos: su prueba tiene un solo paso", () => {
    const hojas = letras(5).map(hashHoja);
    expect(pruebaInclusion(hojas, 4)).toEqual([{ lado: "izquierda", hash: RAIZ[4] }]);
  });

  it("toda hoja de árboles de 1 a 20 hojas se verifica; con otra hoja, otra raíz o un paso alterado, no", () => {
    for (let n = 1; n <= 20; n++) {
      const hojas = Array.from({ length: n }, (_, i) => hashHoja(`v${i}`));
      const raiz = raizDeHashes(hojas);
      for (let i = 0; i < n; i++) {
        const p = pruebaInclusion(hojas, i);
        expect(verificarInclusion(hojas[i], p, raiz), `n=${n} i=${i}`).toBe(true);
        expect(verificarInclusion(hashHoja(`otro${i}`), p, raiz)).toBe(false);
        expect(verificarInclusion(hojas[i], p, hashHoja("otra raíz"))).toBe(false);
        if (p.length > 0) {
          const alterada = p.map((s, j) => (j === 0 ? { ...s, lado: s.lado === "izquierda" ? ("derecha" as const) : ("izquierda" as const) } : s));
          expect(verificarInclusion(hojas[i], alterada, raiz)).toBe(false);
        }
      }
    }
  });

  it("índices fuera del árbol se rechazan; entradas mal formadas dan false sin lanzar", () => {
    expect(() => pruebaInclusion([A], 1)).toThrow(RangeError);
    expect(() => pruebaInclusion([], 0)).toThrow(RangeError);
    expect(verificarInclusion("zz", [], "zz")).toBe(false);
    expect(verificarInclusion(A, [{ lado: "arriba" as "izquierda", hash: A }], A)).toBe(false);
  });
});
