// The permission table (lib/auth/permissions.ts) against the roles, the etapas, the registry and the
// action files. tests/integration/permisos-matriz.test.ts runs every cell against the pipeline.
import { describe, expect, it } from "vitest";
import { ACCIONES } from "@/lib/actions/registry";
import { ETAPAS, NOMBRES_ACCION, PERMISOS, permiteRol, puede, ROLES } from "@/lib/auth/permissions";
import { definicionesDeAcciones } from "../support/acciones-estaticas";

describe("tabla de permisos", () => {
  it("cada fila tiene etapas válidas, roles válidos y una descripción", () => {
    for (const nombre of NOMBRES_ACCION) {
      const p = PERMISOS[nombre];
      expect(p.etapas.length, nombre).toBeGreaterThan(0);
      expect(new Set(p.etapas).size, nombre).toBe(p.etapas.length);
      for (const e of p.etapas) expect(ETAPAS, nombre).toContain(e);
      if (p.quien !== "PUBLICO") {
        expect(p.quien.length, nombre).toBeGreaterThan(0);
        for (const r of p.quien) expect(ROLES, nombre).toContain(r);
      }
      expect(p.descripcion.trim().length, nombre).toBeGreaterThan(0);
    }
  });

  it("una acción pública la puede ejecutar cualquiera, con o sin sesión", () => {
    expect(permiteRol("cuenta.registrar", null)).toEqual({ ok: true });
    expect(permiteRol("cuenta.registrar", [])).toEqual({ ok: true });
    expect(puede("cuenta.registrar", null, "CIERRE")).toEqual({ ok: true });
  });

  it("sin sesión se pide iniciar sesión; con otro rol se niega por rol", () => {
    expect(permiteRol("usuario.otorgarRol", null)).toEqual({ ok: false, motivo: "SESION" });
    expect(permiteRol("usuario.otorgarRol", [])).toEqual({ ok: false, motivo: "ROL" });
    expect(permiteRol("usuario.otorgarRol", ["POSTULANTE", "COMITE"])).toEqual({ ok: false, motivo: "ROL" });
    expect(permiteRol("usuario.otorgarRol", ["POSTULANTE", "ADMIN"])).toEqual({ ok: true });
  });

  it("el rol se revisa antes que la etapa", () => {
    expect(puede("desafio.crear", ["MENTOR"], "CIERRE")).toEqual({ ok: false, motivo: "ROL" });
    expect(puede("desafio.crear", null, "CIERRE")).toEqual({ ok: false, motivo: "SESION" });
  });

  it("los desafíos solo se escriben en el desarrollo del concurso", () => {
    for (const accion of ["desafio.crear", "desafio.editar", "desafio.publicar", "convocatoria.configurar"] as const) {
      for (const e of ETAPAS) expect(puede(accion, ["ADMIN"], e).ok, `${accion} ${e}`).toBe(e === "DESARROLLO_CONCURSO");
    }
  });

  it("en el cierre ya no se avanza ni se cambia el calendario", () => {
    expect(puede("convocatoria.avanzarEtapa", ["ADMIN"], "CIERRE")).toEqual({ ok: false, motivo: "ETAPA" });
    expect(puede("convocatoria.avanzarEtapa", ["ADMIN"], "EJECUCION")).toEqual({ ok: true });
    expect(puede("convocatoria.guardarCalendario", ["ADMIN"], "CIERRE")).toEqual({ ok: false, motivo: "ETAPA" });
  });

  it("registro, tabla y archivos de acciones coinciden", () => {
    const registradas = ACCIONES.map((a) => a.name);
    expect(new Set(registradas).size).toBe(registradas.length);
    expect([...registradas].sort()).toEqual([...NOMBRES_ACCION].sort());
    const definidas = definicionesDeAcciones();
    expect(definidas.length).toBe(ACCIONES.length);
    expect(definidas.map((d) => d.nombre).sort()).toEqual([...registradas].sort());
  });
});
