import { describe, expect, it } from "vitest";
import { claveAuditoria, ETIQUETA_DERIVACION, FaltaClaveAuditoria } from "@/lib/audit/clave";
import { firmarPuntoDeControl, leerPuntoDeControl, macEntrada, macEntradaValido } from "@/lib/audit/firma";
import {
  entradaDeFila,
  GENESIS_HASH,
  hashEntrada,
  motivoFirma,
  verificarTramo,
  type ContenidoAuditoria,
  type EntradaEncadenada,
} from "@/lib/audit/hash";
import { jsonCanonico } from "@/lib/domain/json-canonico";

const CLAVE = Buffer.from("clave-del-servidor-de-prueba");
const OTRA_CLAVE = Buffer.from("clave-de-un-intruso");

function cadena(contenidos: ContenidoAuditoria[], anterior = GENESIS_HASH, clave: Uint8Array = CLAVE): EntradaEncadenada[] {
  const out: EntradaEncadenada[] = [];
  let prev = anterior;
  contenidos.forEach((c, i) => {
    const hash = hashEntrada(prev, c);
    out.push({ ...c, id: i + 1, prevHash: prev, hash, mac: macEntrada(clave, hash) });
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
    expect(verificarTramo(entradas, GENESIS_HASH, CLAVE)).toEqual({ ok: true, ultimo: entradas[3].hash });
    expect(verificarTramo([], GENESIS_HASH, CLAVE)).toEqual({ ok: true, ultimo: GENESIS_HASH });
  });

  it("verifica por tramos encadenados", () => {
    const primero = verificarTramo(entradas.slice(0, 2), GENESIS_HASH, CLAVE);
    expect(primero.ok).toBe(true);
    if (primero.ok) expect(verificarTramo(entradas.slice(2), primero.ultimo, CLAVE)).toEqual({ ok: true, ultimo: entradas[3].hash });
    expect(verificarTramo(entradas.slice(2), GENESIS_HASH, CLAVE).ok).toBe(false);
  });

  it.each([
    ["accion", { accion: "desafio.publicar" }],
    ["datos", { datos: jsonCanonico({ titulo: "Otro", metricas: 2 }) }],
    ["actorId", { actorId: "intruso" }],
    ["createdAt", { createdAt: new Date(Date.UTC(2019, 2, 2, 12, 0, 1)) }],
    ["etapa", { etapa: null }],
  ] as const)("detecta un cambio en %s", (_campo, cambio) => {
    const alterada = entradas.map((e) => (e.id === 2 ? { ...e, ...cambio } : e));
    expect(verificarTramo(alterada, GENESIS_HASH, CLAVE)).toEqual({ ok: false, rotaEn: 2, motivo: "El contenido de la entrada fue alterado." });
  });

  it("detecta una entrada eliminada", () => {
    const sinTercera = entradas.filter((e) => e.id !== 3);
    expect(verificarTramo(sinTercera, GENESIS_HASH, CLAVE)).toEqual({ ok: false, rotaEn: 4, motivo: "El hash anterior no coincide con la entrada previa." });
  });

  it("detecta una entrada recalculada pero fuera de la cadena", () => {
    const c = { ...contenido(2), accion: "sistema.otro" };
    const hash = hashEntrada(entradas[0].hash, c);
    const falsa = { ...c, id: 2, prevHash: entradas[0].hash, hash, mac: macEntrada(CLAVE, hash) };
    const r = verificarTramo([entradas[0], falsa, entradas[2], entradas[3]], GENESIS_HASH, CLAVE);
    expect(r).toEqual({ ok: false, rotaEn: 3, motivo: "El hash anterior no coincide con la entrada previa." });
  });

  it("jsonCanonico no depende del orden de las claves", () => {
    expect(jsonCanonico({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 2 } })).toBe('{"a":{"c":2,"d":[1,{"y":2,"z":1}]},"b":1}');
    expect(jsonCanonico({ x: 1, y: 2 })).toBe(jsonCanonico({ y: 2, x: 1 }));
  });

  it("detecta la última entrada reescrita con su hash recalculado, pero sin la clave del servidor", () => {
    const c = { ...contenido(4), datos: jsonCanonico({ titulo: "Reescrito" }) };
    const hash = hashEntrada(entradas[2].hash, c);
    const sinFirma = { ...c, id: 4, prevHash: entradas[2].hash, hash, mac: entradas[3].mac };
    const conOtraClave = { ...sinFirma, mac: macEntrada(OTRA_CLAVE, hash) };
    const vacia = { ...sinFirma, mac: "" };
    for (const ultima of [sinFirma, conOtraClave, vacia]) {
      expect(verificarTramo([...entradas.slice(0, 3), ultima], GENESIS_HASH, CLAVE)).toEqual({ ok: false, rotaEn: 4, motivo: motivoFirma(4) });
    }
    // The same chain checked with the intruder's key fails on the first entry: every entry is MACed.
    expect(verificarTramo(entradas, GENESIS_HASH, OTRA_CLAVE)).toEqual({ ok: false, rotaEn: 1, motivo: motivoFirma(1) });
  });
});

describe("firma de las entradas (MAC)", () => {
  const hash = "ab".repeat(32);

  it("depende de la clave y del hash, y se compara sin aceptar formatos raros", () => {
    const mac = macEntrada(CLAVE, hash);
    expect(mac).toMatch(/^[0-9a-f]{64}$/);
    expect(macEntrada(CLAVE, hash)).toBe(mac);
    expect(macEntrada(OTRA_CLAVE, hash)).not.toBe(mac);
    expect(macEntrada(CLAVE, "cd".repeat(32))).not.toBe(mac);
    expect(macEntradaValido(CLAVE, hash, mac)).toBe(true);
    expect(macEntradaValido(OTRA_CLAVE, hash, mac)).toBe(false);
    expect(macEntradaValido(CLAVE, hash, mac.toUpperCase())).toBe(false);
    expect(macEntradaValido(CLAVE, hash, mac.slice(0, 63))).toBe(false);
    expect(macEntradaValido(CLAVE, hash, "")).toBe(false);
  });
});

describe("punto de control firmado", () => {
  const cabeza = { id: 42, hash: "ef".repeat(32), createdAt: new Date("2019-03-05T15:00:00.000Z") };
  const firmado = firmarPuntoDeControl(CLAVE, cabeza);
  const texto = (v: unknown) => JSON.stringify(v);

  it("se firma y se lee de vuelta", () => {
    expect(firmado).toEqual({ id: 42, hash: cabeza.hash, createdAt: "2019-03-05T15:00:00.000Z", mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(leerPuntoDeControl(CLAVE, texto(firmado))).toEqual({ ok: true, punto: cabeza });
  });

  it.each([
    ["id", { id: 43 }],
    ["hash", { hash: "ee".repeat(32) }],
    ["createdAt", { createdAt: "2019-03-06T15:00:00.000Z" }],
    ["mac", { mac: "00".repeat(32) }],
  ] as const)("rechaza un cambio en %s", (_campo, cambio) => {
    expect(leerPuntoDeControl(CLAVE, texto({ ...firmado, ...cambio }))).toEqual({ ok: false, motivo: expect.stringContaining("no tiene una firma válida") });
  });

  it("rechaza otra clave, y un archivo ilegible o mal formado, sin lanzar", () => {
    expect(leerPuntoDeControl(OTRA_CLAVE, texto(firmado)).ok).toBe(false);
    expect(leerPuntoDeControl(CLAVE, "{ no es json")).toEqual({ ok: false, motivo: expect.stringContaining("no es JSON") });
    for (const malo of [null, 7, [], { ...firmado, id: "42" }, { ...firmado, id: 0 }, { ...firmado, hash: "x" }, { ...firmado, createdAt: "ayer" }, { ...firmado, mac: 1 }]) {
      expect(leerPuntoDeControl(CLAVE, texto(malo))).toEqual({ ok: false, motivo: expect.stringContaining("formato") });
    }
  });

  it("la firma de un punto de control no sirve como firma de entrada, ni al revés", () => {
    expect(macEntradaValido(CLAVE, cabeza.hash, firmado.mac)).toBe(false);
  });
});

describe("clave de la bitácora (AUDIT_KEY)", () => {
  it("AUDIT_KEY gana; sin ella se deriva de AUTH_SECRET con HKDF; sin ninguna, error", () => {
    expect(claveAuditoria({ AUDIT_KEY: "k1", AUTH_SECRET: "s" })).toEqual(Buffer.from("k1"));
    const derivada = claveAuditoria({ AUTH_SECRET: "secreto-de-sesiones" });
    expect(derivada).toHaveLength(32);
    expect(derivada).toEqual(claveAuditoria({ AUTH_SECRET: "secreto-de-sesiones", AUDIT_KEY: " " }));
    expect(derivada).not.toEqual(Buffer.from("secreto-de-sesiones"));
    expect(derivada).not.toEqual(claveAuditoria({ AUTH_SECRET: "otro-secreto" }));
    expect(ETIQUETA_DERIVACION).toBe("fondo-idea/auditoria/clave-mac/v1");
    for (const NODE_ENV of ["production", "development", "test"]) expect(() => claveAuditoria({ NODE_ENV })).toThrow(FaltaClaveAuditoria);
  });
});

describe("filas leídas de la base", () => {
  const [buena] = cadena([contenido(1)]);

  it("una fila bien formada pasa tal cual; una con tipos equivocados se señala por campo, sin lanzar", () => {
    expect(entradaDeFila({ ...buena })).toEqual({ ok: true, entrada: buena });
    expect(entradaDeFila({ ...buena, datos: new Uint8Array([0, 255]) })).toEqual({ ok: false, campos: ["datos"] });
    expect(entradaDeFila({ ...buena, createdAt: new Date("no es fecha"), hash: null, etapa: 3 })).toEqual({ ok: false, campos: ["createdAt", "hash", "etapa"] });
    expect(entradaDeFila({ ...buena, createdAt: "2019-03-01" })).toEqual({ ok: false, campos: ["createdAt"] });
  });
});
