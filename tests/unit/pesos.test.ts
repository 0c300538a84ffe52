// CLP amounts as Chileans type them (issue 8, item 2): "25.000.000" was refused as "not a number".
import { describe, expect, it } from "vitest";
import { avisosBorrador, MENSAJE_MONTO_GRANDE, MENSAJE_MONTO_ILEGIBLE, MENSAJE_RUT_INVALIDO, montoBorrador } from "@/lib/domain/avisos-borrador";
import { formatearPesosEntrada, parsearPesos, pesosAlEscribir } from "@/lib/domain/formato";
import { borradorSchema, envioSchema } from "@/lib/postulaciones/schema";

describe("parsearPesos: lo que se escribe en Chile → pesos enteros", () => {
  it.each([
    ["25.000.000", 25_000_000],
    ["$25.000.000", 25_000_000],
    ["$ 25.000.000", 25_000_000],
    ["$25.000.000.-", 25_000_000],
    ["25.000.000.-", 25_000_000],
    ["25000000", 25_000_000],
    ["25 000 000", 25_000_000],
    ["  25.000.000  ", 25_000_000],
    ["25.000.000,00", 25_000_000],
    ["25.000.000,", 25_000_000],
    ["CLP 25.000.000", 25_000_000],
    ["clp25000000", 25_000_000],
    ["$\u00a025.000.000", 25_000_000], // no-break space, as Intl writes it
    ["$\u202f25.000.000", 25_000_000], // narrow no-break space
    ["1.000", 1000],
    ["999", 999],
    ["0", 0],
    ["007", 7],
    ["2.147.483.647", 2_147_483_647],
  ])("%j → %d", (texto, pesos) => {
    expect(parsearPesos(texto)).toBe(pesos);
  });

  it.each([
    "",
    "   ",
    "$",
    "veinte millones",
    "25 millones",
    "2.5", // a dot groups thousands: this is not 2,5 nor 25
    "25.00",
    "25.0000.000",
    ".000",
    "25.000.000,50", // pesos have no cents
    "25,5",
    "-25.000.000",
    "$-5",
    "25,000,000",
    "1e7",
    "0x10",
    "25.000.000 $",
    "99999999999999999999", // beyond a safe integer
  ])("%j no es un monto", (texto) => {
    expect(parsearPesos(texto)).toBeNull();
  });
});

describe("el campo de pesos mientras se escribe", () => {
  it("solo guarda los dígitos antes de una coma, como máximo diez", () => {
    expect(pesosAlEscribir("$25.000.000")).toBe(25_000_000);
    expect(pesosAlEscribir("25.000.000,50")).toBe(25_000_000);
    expect(pesosAlEscribir("25a000")).toBe(25_000);
    expect(pesosAlEscribir("0025")).toBe(25);
    expect(pesosAlEscribir("abc")).toBeNull();
    expect(pesosAlEscribir("")).toBeNull();
    expect(pesosAlEscribir("123456789012345")).toBe(1_234_567_890);
  });

  it("muestra los puntos de miles", () => {
    expect(formatearPesosEntrada(25_000_000)).toBe("25.000.000");
    expect(formatearPesosEntrada(1000)).toBe("1.000");
    expect(formatearPesosEntrada(999)).toBe("999");
    expect(formatearPesosEntrada(0)).toBe("0");
    expect(formatearPesosEntrada(null)).toBe("");
    // What it shows reads back as the same amount.
    for (const n of [1, 12, 123, 1234, 12_345, 1_234_567, 25_000_000, 9_999_999_999]) expect(parsearPesos(formatearPesosEntrada(n))).toBe(n);
  });
});

describe("el monto de un borrador", () => {
  it("guarda los pesos de lo que se lee como monto y avisa de lo demás, sin rechazar", () => {
    expect(montoBorrador("25.000.000")).toEqual({ pesos: 25_000_000, aviso: null });
    expect(montoBorrador(24_000_000)).toEqual({ pesos: 24_000_000, aviso: null });
    expect(montoBorrador("")).toEqual({ pesos: null, aviso: null });
    expect(montoBorrador(null)).toEqual({ pesos: null, aviso: null });
    expect(montoBorrador("veinte millones")).toEqual({ pesos: null, aviso: MENSAJE_MONTO_ILEGIBLE });
    expect(montoBorrador(1.5)).toEqual({ pesos: null, aviso: MENSAJE_MONTO_ILEGIBLE });
    expect(montoBorrador(-1)).toEqual({ pesos: null, aviso: MENSAJE_MONTO_ILEGIBLE });
    expect(montoBorrador("3.000.000.000")).toEqual({ pesos: null, aviso: MENSAJE_MONTO_GRANDE });
  });

  it("el esquema del borrador acepta «25.000.000» y lo deja en pesos", () => {
    const r = borradorSchema.safeParse({ id: "p1", version: 0, montoSolicitado: "25.000.000", organizacionRut: "65.123.456-7" });
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.montoSolicitado).toEqual({ pesos: 25_000_000, aviso: null });
      // The RUT is kept as typed, even when invalid: only the submission requires a valid one.
      expect(r.data.organizacionRut).toBe("65.123.456-7");
    }
  });

  it("el esquema del envío acepta «$25.000.000» y sigue exigiendo un monto", () => {
    const base = { id: "p1", nombreProyecto: "a", problema: "a", solucion: "a", usuarios: "a", coproduccion: "a", equipo: "a", organizacionNombre: "a", organizacionRut: "65.123.456-5", nivelMadurez: "IDEA_CLARA", tipoEjecutor: "EMPRESA", regiones: ["08"] };
    const ok = envioSchema.safeParse({ ...base, montoSolicitado: "$25.000.000" });
    expect(ok.success && ok.data.montoSolicitado).toBe(25_000_000);
    for (const [monto, mensaje] of [
      ["", "Indique el monto solicitado."],
      [null, "Indique el monto solicitado."],
      ["veinte", "El monto debe ser un número."],
      ["3.000.000.000", MENSAJE_MONTO_GRANDE],
    ] as const) {
      const r = envioSchema.safeParse({ ...base, montoSolicitado: monto });
      expect(r.success, String(monto)).toBe(false);
      if (!r.success) expect(r.error.issues.map((i) => i.message)).toContain(mensaje);
    }
  });
});

describe("avisos del borrador: lo que el envío rechazará, junto a su campo", () => {
  const banda = { min: 20_000_000, max: 30_000_000 };
  const linea = { habilitada: true, montoMaximo: 25_000_000, adjuntosRequeridos: [] };
  const sinMonto = { pesos: null, aviso: null };

  it("un RUT inválido, pero no uno vacío ni uno válido", () => {
    expect(avisosBorrador({ organizacionRut: "65.123.456-7", monto: sinMonto, linea: null, banda })).toEqual({ organizacionRut: [MENSAJE_RUT_INVALIDO] });
    expect(avisosBorrador({ organizacionRut: "", monto: sinMonto, linea: null, banda })).toEqual({});
    expect(avisosBorrador({ organizacionRut: "65.123.456-5", monto: sinMonto, linea: null, banda })).toEqual({});
  });

  it("un monto fuera de la banda o sobre el tope de la línea, con el mismo texto del envío", () => {
    expect(avisosBorrador({ organizacionRut: "", monto: { pesos: 5_000_000, aviso: null }, linea: null, banda })).toEqual({
      montoSolicitado: ["$5.000.000; debe estar entre $20.000.000 y $30.000.000."],
    });
    expect(avisosBorrador({ organizacionRut: "", monto: { pesos: 28_000_000, aviso: null }, linea, banda })).toEqual({
      montoSolicitado: ["$28.000.000; debe estar entre $20.000.000 y $25.000.000."],
    });
    expect(avisosBorrador({ organizacionRut: "", monto: { pesos: 25_000_000, aviso: null }, linea, banda })).toEqual({});
  });

  it("un monto que no se pudo leer", () => {
    expect(avisosBorrador({ organizacionRut: "", monto: { pesos: null, aviso: MENSAJE_MONTO_ILEGIBLE }, linea, banda })).toEqual({ montoSolicitado: [MENSAJE_MONTO_ILEGIBLE] });
  });
});
