import { describe, expect, it } from "vitest";
import { ejecutarMigrate, esPostgres } from "../support/base-de-datos";

describe("migraciones", () => {
  const url = process.env.DATABASE_URL!;

  it("la base de pruebas es del proveedor pedido", () => {
    expect(url).toMatch(esPostgres(url) ? /\/fondo_test_[0-9a-f]+_[0-9a-f]+$/ : /^file:.+\.db$/);
  });

  it("el esquema actual no tiene cambios sin migración (migrate diff sale con 0)", async () => {
    const r = await ejecutarMigrate(url, "diff");
    expect(r.salida).not.toMatch(/deriva/);
    expect(r.code).toBe(0);
    expect(r.salida).toContain("This is an empty migration.");
  });

  it("la base migrada no tiene migraciones pendientes ni fallidas", async () => {
    const r = await ejecutarMigrate(url, "status");
    expect(r.code).toBe(0);
    const estado = JSON.parse(r.salida.trim().split("\n").at(-1)!);
    expect(estado.failedMigrationNames).toEqual([]);
    expect(estado.history).toBeNull();
  });
});
