// The open-data rules (lib/domain/datos-abiertos.ts) and the exports' ZIP (lib/exportaciones/zip.ts).
import { describe, expect, it } from "vitest";
import { columnaProhibida, detectorPersonal, limpiadorDeTexto, OMITIDO } from "@/lib/domain/datos-abiertos";
import { crearZip, leerZip } from "@/lib/exportaciones/zip";

const PERSONAS = ["José Pérez Soto", "Ana María Rojas", "Admin"];

describe("limpiadorDeTexto", () => {
  const limpiar = limpiadorDeTexto(PERSONAS);
  it("omite RUT, correos, teléfonos y nombres de personas (sin importar tildes ni mayúsculas)", () => {
    const t = limpiar("Coordina JOSE PEREZ  SOTO (jose.perez@correo.cl, +56 9 8765 4321, 9 1234 5678, RUT 12.345.678-5 o 9068826-K). Apoya Ana María Rojas.");
    expect(t).not.toMatch(/jose|perez|@|8765|1234 5678|12\.345|9068826|Rojas/i);
    expect(t.split(OMITIDO).length - 1).toBe(7);
    expect(t.startsWith("Coordina ")).toBe(true);
  });
  it("deja montos, fechas, porcentajes y nombres de una palabra", () => {
    const t = "Monto 25000000 y 25.000.000; 63,5 %; 2019-09-01; folio 000123; Admin revisó.";
    expect(limpiar(t)).toBe(t);
  });
  it("no corta palabras que contienen un nombre", () => {
    expect(limpiadorDeTexto(["Ana Rojas"])("Banana Rojasol")).toBe("Banana Rojasol");
  });
});

describe("detectorPersonal y columnaProhibida", () => {
  it("detecta cada tipo", () => {
    const d = detectorPersonal(PERSONAS);
    expect(d("12.345.678-5").map((h) => h.tipo)).toEqual(["RUT"]);
    expect(d("a@b.cl").map((h) => h.tipo)).toEqual(["EMAIL"]);
    expect(d("+56 2 2345 6789").map((h) => h.tipo)).toEqual(["TELEFONO"]);
    expect(d("Dice josé pérez soto").map((h) => h.tipo)).toEqual(["NOMBRE"]);
    expect(d("Cuidadoras de Ñuble, 90 horas")).toEqual([]);
  });
  it("rechaza columnas de datos personales", () => {
    for (const c of ["rut", "Email_Contacto", "teléfono", "nombre_postulante", "responsable_nombre", "evaluador_id", "votante"]) expect(columnaProhibida(c), c).not.toBeNull();
    for (const c of ["organizacion", "nombre_proyecto", "puntaje_tecnico", "votos", "poblacion_objetivo", "region_cut"]) expect(columnaProhibida(c), c).toBeNull();
  });
});

describe("zip", () => {
  it("la misma entrada y fecha dan los mismos bytes", () => {
    const a = [{ nombre: "a.csv", datos: "x;y\r\n1;2\r\n" }];
    expect(crearZip(a, new Date("2020-03-10T12:00:00Z")).equals(crearZip(a, new Date("2020-03-10T12:00:00Z")))).toBe(true);
  });
  it("lo que escribe se lee igual, con nombres UTF-8", () => {
    const archivos = [
      { nombre: "desafíos.csv", datos: "\uFEFFa;b\r\n1;2\r\n" },
      { nombre: "vacío.json", datos: "" },
      { nombre: "binario.bin", datos: new Uint8Array([0, 255, 10, 13]) },
    ];
    const leidos = leerZip(crearZip(archivos, new Date("2020-03-10T12:00:00Z")));
    expect([...leidos.keys()]).toEqual(archivos.map((a) => a.nombre));
    expect(leidos.get("desafíos.csv")!.toString("utf8")).toBe(archivos[0].datos);
    expect([...leidos.get("binario.bin")!]).toEqual([0, 255, 10, 13]);
  });
});
