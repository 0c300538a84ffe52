import { describe, expect, it } from "vitest";
import { GENESIS_HASH, hashEntrada, jsonCanonico, verificarTramo, type ContenidoAuditoria, type EntradaEncadenada } from "@/lib/audit/hash";

function cadena(contenidos: ContenidoAuditoria[], anterior = GENESIS_HASH): EntradaEncadenada[] {
  const out: EntradaEncadenada[] = [];
  let prev = anterior;
  contenidos.forEach((c, i) => {
    const hash = hashEntrada(prev, c);
    out.push({ ...c, id: i + 1, prevHash: prev, hash });
    prev = hash;
  });
  return out;
}

const contenido = (n: number): ContenidoAuditoria => ({
  createdAt: new Date(Date.UTC(2019, 2, n, 12)),
  actorId: n % 2 ? `usuario-${n}` : null,
  accion: "desafio.editar",
  entidad: "Desafio",
  entidadId: `desafio-${n}`,
  etapa: "DESARROLLO_CONCURSO",
  datos: jsonCanonico({ titulo: `Desafío ${n}`, metricas: n }),
});

describe("cadena de hashes de la auditoría", () => {
  const entradas = cadena([1, 2, 3, 4].map(contenido));

  it("una cadena intacta verifica y devuelve el último hash", () => {
    expect(verificarTramo(entradas, GENESIS_HASH)).toEqual({ ok: true, ultimo: entradas[3].hash });
    expect(verificarTramo([], GENESIS_HASH)).toEqual({ ok: true, ultimo: GENESIS_HASH });
  });

  it("verifica por tramos encadenados", () => {
    const primero = verificarTramo(entradas.slice(0, 2), GENESIS_HASH);
    expect(primero.ok).toBe(true);
    if (primero.ok) expect(verificarTramo(entradas.slice(2), primero.ultimo)).toEqual({ ok: true, ultimo: entradas[3].hash });
    expect(verificarTramo(entradas.slice(2), GENESIS_HASH).ok).toBe(false);
  });

  it.each([
    ["accion", { accion: "desafio.publicar" }],
    ["datos", { datos: jsonCanonico({ titulo: "Otro", metricas: 2 }) }],
    ["actorId", { actorId: "intruso" }],
    ["createdAt", { createdAt: new Date(Date.UTC(2019, 2, 2, 12, 0, 1)) }],
    ["etapa", { etapa: null }],
  ] as const)("detecta un cambio en %s", (_campo, cambio) => {
    const alterada = entradas.map((e) => (e.id === 2 ? { ...e, ...cambio } : e));
    expect(verificarTramo(alterada, GENESIS_HASH)).toEqual({ ok: false, rotaEn: 2, motivo: "El contenido de la entrada fue alterado." });
  });

  it("detecta una entrada eliminada", () => {
    const sinTercera = entradas.filter((e) => e.id !== 3);
    expect(verificarTramo(sinTercera, GENESIS_HASH)).toEqual({ ok: false, rotaEn: 4, motivo: "El hash anterior no coincide con la entrada previa." });
  });

  it("detecta una entrada recalculada pero fuera de la cadena", () => {
    const c = { ...contenido(2), accion: "sistema.otro" };
    const falsa = { ...c, id: 2, prevHash: entradas[0].hash, hash: hashEntrada(entradas[0].hash, c) };
    const r = verificarTramo([entradas[0], falsa, entradas[2], entradas[3]], GENESIS_HASH);
    expect(r).toEqual({ ok: false, rotaEn: 3, motivo: "El hash anterior no coincide con la entrada previa." });
  });

  it("jsonCanonico no depende del orden de las claves", () => {
    expect(jsonCanonico({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 2 } })).toBe('{"a":{"c":2,"d":[1,{"y":2,"z":1}]},"b":1}');
    expect(jsonCanonico({ x: 1, y: 2 })).toBe(jsonCanonico({ y: 2, x: 1 }));
  });
});
