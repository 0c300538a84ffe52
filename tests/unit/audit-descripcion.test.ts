import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCIONES_DEL_SISTEMA, describirAccion } from "@/lib/audit/descripcion";
import { NOMBRES_ACCION, PERMISOS } from "@/lib/auth/permissions";

describe("descripción de una entrada de la bitácora", () => {
  it("cada acción del pipeline se describe con su fila de la tabla de permisos", () => {
    for (const n of NOMBRES_ACCION) expect(describirAccion(n)).toBe(PERMISOS[n].descripcion);
    expect(describirAccion("convocatoria.avanzarEtapa")).toBe("Pasar a la etapa siguiente");
  });

  it("las entradas del sistema tienen su propia descripción en español", () => {
    expect(describirAccion("sistema.sembrarDemo")).toBe("Sembrar los datos de demostración");
    for (const [n, d] of Object.entries(ACCIONES_DEL_SISTEMA)) {
      expect(n).toMatch(/^sistema\./);
      expect(describirAccion(n)).toBe(d);
    }
  });

  it("cada nombre «sistema.*» que el código escribe en la bitácora tiene su descripción", () => {
    const lib = path.join(import.meta.dirname, "../../lib");
    const archivos = (fs.readdirSync(lib, { recursive: true, encoding: "utf8" }) as string[]).filter(
      (f) => /\.tsx?$/.test(f) && !f.startsWith("generated") && !f.endsWith(path.join("audit", "descripcion.ts")),
    );
    const usados = new Set(archivos.flatMap((f) => [...fs.readFileSync(path.join(lib, f), "utf8").matchAll(/["'`](sistema\.[A-Za-z]+)["'`]/g)].map((m) => m[1])));
    expect(usados.size).toBeGreaterThan(0);
    expect([...usados].filter((n) => !Object.hasOwn(ACCIONES_DEL_SISTEMA, n))).toEqual([]);
  });

  it("un nombre desconocido se muestra tal cual; uno del sistema sin descripción lo dice", () => {
    expect(describirAccion("sistema.otraCosa")).toBe("Acción del sistema (otraCosa)");
    expect(describirAccion("accion.inventada")).toBe("accion.inventada");
    // Not a key of the table: properties every object inherits are not descriptions.
    expect(describirAccion("constructor")).toBe("constructor");
    expect(describirAccion("toString")).toBe("toString");
  });
});
