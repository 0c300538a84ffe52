// The permission table (lib/auth/permissions.ts) against the roles, the etapas, the scopes, the registry
// and the action files. tests/integration/permisos-matriz.test.ts runs every cell against the pipeline.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/actions/pipeline";
import { ACCIONES } from "@/lib/actions/registry";
import { datosVisibles } from "@/lib/auth/datos-personales";
import {
  ALCANCES,
  alcances,
  AREA_SEGUIMIENTO,
  ETAPAS,
  NOMBRES_ACCION,
  PERMISOS,
  permiteRol,
  puede,
  puedeVer,
  puedeVerSeguimiento,
  resuelveDisputas,
  ROLES,
  VISTAS,
  type AccionConSesion,
  type Vista,
} from "@/lib/auth/permissions";
import { definicionesDeAcciones } from "../support/acciones-estaticas";

describe("tabla de permisos", () => {
  it("cada fila tiene etapas válidas, roles válidos y una descripción", () => {
    for (const nombre of NOMBRES_ACCION) {
      const p = PERMISOS[nombre];
      expect(p.etapas.length, nombre).toBeGreaterThan(0);
      expect(new Set(p.etapas).size, nombre).toBe(p.etapas.length);
      for (const e of p.etapas) expect(ETAPAS, nombre).toContain(e);
      if (p.quien !== "PUBLICO") {
        // Every role named states which rows it may touch.
        expect(Object.keys(p.quien).length, nombre).toBeGreaterThan(0);
        for (const [r, a] of Object.entries(p.quien)) {
          expect(ROLES, nombre).toContain(r);
          expect(ALCANCES, `${nombre} ${r}`).toContain(a);
        }
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

  it("el registro sigue el orden de la tabla (la matriz ejecuta las muestras en ese orden)", () => {
    expect(ACCIONES.map((a) => a.name)).toEqual(NOMBRES_ACCION);
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

describe("alcance de cada fila", () => {
  it("cada vista nombra roles válidos con un alcance válido", () => {
    for (const [vista, quien] of Object.entries(VISTAS)) {
      expect(Object.keys(quien).length, vista).toBeGreaterThan(0);
      for (const [r, a] of Object.entries(quien)) {
        expect(ROLES, vista).toContain(r);
        expect(ALCANCES, `${vista} ${r}`).toContain(a);
      }
    }
  });

  it("con varios roles, los alcances se suman; sin sesión o sin el rol, ninguno", () => {
    expect(alcances("perfil.decidirAdmisibilidad", ["ADMIN"])).toEqual(["todos"]);
    expect(alcances("perfil.decidirAdmisibilidad", ["EVALUADOR"])).toEqual(["region"]);
    expect(alcances("perfil.decidirAdmisibilidad", ["EVALUADOR", "ENCARGADO_TECNICO"])).toEqual(["region", "todos"]);
    expect(alcances("perfil.decidirAdmisibilidad", ["POSTULANTE", "MENTOR"])).toEqual([]);
    expect(alcances("perfil.decidirAdmisibilidad", null)).toEqual([]);
    expect(alcances("perfil.enviar", ["POSTULANTE", "ADMIN"])).toEqual(["propio"]);
    expect(alcances("postulaciones", ["EVALUADOR"])).toEqual(["region"]);
    expect(alcances("postulante", ["POSTULANTE", "ADMIN"])).toEqual(["propio"]);
  });

  it("los evaluadores regionales no son equipo FOSIS: solo las postulaciones de su región", () => {
    const vistas = (Object.keys(VISTAS) as Vista[]).filter((v) => puedeVer(v, ["EVALUADOR"]));
    expect(vistas).toEqual(["postulaciones", "evaluador"]);
    expect(puedeVerSeguimiento(["EVALUADOR"])).toBe(true);
    const acciones = NOMBRES_ACCION.filter((n): n is AccionConSesion => permiteRol(n, ["EVALUADOR"]).ok && PERMISOS[n].quien !== "PUBLICO");
    expect(acciones).toEqual([
      // Every account may add an e-mail to itself when it has none (a ClaveÚnica account; lib/cuentas).
      "cuenta.solicitarCorreo",
      "cuenta.confirmarCorreo",
      "perfil.decidirAdmisibilidad",
      "taller.cancelarInscripcion",
      "capacitacion.calibrar",
      "evaluacion.declararConflicto",
      "evaluacion.guardarBorrador",
      "evaluacion.enviar",
      // Anyone may offer to mentor (lib/mentores): the registration is the caller's own row.
      "mentor.registrarse",
      // Every account asks about and corrects its own personal data (lib/datos-personales, Ley 21.719).
      "datos.solicitar",
      "datos.rectificar",
    ]);
    for (const n of acciones) expect(alcances(n, ["EVALUADOR"]), n).not.toContain("todos");
    for (const n of ["taller.crear", "taller.marcarAsistencia", "scouting.invitar", "organizacion.resolverSolicitud"] as const) {
      expect(permiteRol(n, ["EVALUADOR"]), n).toEqual({ ok: false, motivo: "ROL" });
    }
    expect(resuelveDisputas(["EVALUADOR"])).toBe(false);
    expect(resuelveDisputas(["ENCARGADO_TECNICO"])).toBe(true);
    expect(resuelveDisputas(["POSTULANTE"])).toBe(false);
  });

  it("evaluación técnica: solo el evaluador asignado califica; el comité y el equipo FOSIS leen sin calificar", () => {
    for (const accion of ["evaluacion.guardarBorrador", "evaluacion.enviar"] as const) {
      expect(alcances(accion, ["EVALUADOR"]), accion).toEqual(["asignado"]);
      for (const r of ROLES.filter((x) => x !== "EVALUADOR")) expect(permiteRol(accion, [r]), `${accion} ${r}`).toEqual({ ok: false, motivo: "ROL" });
      for (const e of ETAPAS) expect(puede(accion, ["EVALUADOR"], e).ok, `${accion} ${e}`).toBe(e === "SELECCION_CONTRATACION");
    }
    expect(ROLES.filter((r) => puedeVer("evaluador", [r]))).toEqual(["EVALUADOR"]);
    expect(alcances("evaluador", ["EVALUADOR"])).toEqual(["asignado"]);
    expect(ROLES.filter((r) => puedeVer("comite", [r])).sort()).toEqual(["ADMIN", "COMITE", "ENCARGADO_TECNICO"]);
    expect(ROLES.filter((r) => puedeVer("evaluacion", [r])).sort()).toEqual(["ADMIN", "ENCARGADO_TECNICO"]);
    // The dashboard and its CSV read the whole convocatoria (lib/evaluacion/tablero.ts): every role there sees every row.
    for (const r of ROLES.filter((x) => puedeVer("evaluacion", [x]))) expect(alcances("evaluacion", [r]), r).toEqual(["todos"]);
    expect(AREA_SEGUIMIENTO).toContain("evaluacion");
  });

  it("rúbrica, capacitación y asignación: la rúbrica en la etapa 1, la calibración antes de evaluar, las asignaciones en la etapa 3", () => {
    expect(ROLES.filter((r) => permiteRol("rubrica.guardar", [r]).ok)).toEqual(["ADMIN"]);
    for (const e of ETAPAS) expect(puede("rubrica.guardar", ["ADMIN"], e).ok, e).toBe(e === "DESARROLLO_CONCURSO");
    expect(ROLES.filter((r) => permiteRol("capacitacion.calibrar", [r]).ok)).toEqual(["EVALUADOR"]);
    expect(alcances("capacitacion.calibrar", ["EVALUADOR"])).toEqual(["propio"]);
    expect(ETAPAS.filter((e) => puede("capacitacion.calibrar", ["EVALUADOR"], e).ok)).toEqual(["DESARROLLO_CONCURSO", "CONVOCATORIA", "SELECCION_CONTRATACION"]);
    for (const accion of ["evaluacion.asignar", "evaluacion.pedirTerceraRevision", "evaluacion.reasignar"] as const) {
      expect(ROLES.filter((r) => permiteRol(accion, [r]).ok).sort(), accion).toEqual(["ADMIN", "ENCARGADO_TECNICO"]);
      expect(alcances(accion, ["ENCARGADO_TECNICO"]), accion).toEqual(["todos"]);
      expect(ETAPAS.filter((e) => puede(accion, ["ADMIN"], e).ok), accion).toEqual(["SELECCION_CONTRATACION"]);
    }
    expect(ROLES.filter((r) => permiteRol("evaluacion.declararConflicto", [r]).ok)).toEqual(["EVALUADOR"]);
    expect(alcances("evaluacion.declararConflicto", ["EVALUADOR"])).toEqual(["asignado"]);
    expect(ETAPAS.filter((e) => puede("evaluacion.declararConflicto", ["EVALUADOR"], e).ok)).toEqual(["SELECCION_CONTRATACION"]);
    expect(ROLES.filter((r) => puedeVer("asignaciones", [r])).sort()).toEqual(["ADMIN", "ENCARGADO_TECNICO"]);
    expect(AREA_SEGUIMIENTO).toContain("asignaciones");
  });

  it("el área de seguimiento: cada pantalla con su vista; los demás roles no la ven", () => {
    for (const v of AREA_SEGUIMIENTO) expect(puedeVer(v, ["ADMIN"]), v).toBe(true);
    for (const r of ["POSTULANTE", "AFILIADO", "COMITE", "JURADO", "MENTOR"] as const) expect(puedeVerSeguimiento([r]), r).toBe(false);
    expect(puedeVerSeguimiento(null)).toBe(false);
  });
});

describe("datos personales en las pantallas del equipo (ADR 0003)", () => {
  it("el evaluador regional ve el nombre y el equipo, no el RUT, el correo ni el teléfono", () => {
    expect(datosVisibles(["EVALUADOR"])).toEqual({ nombre: true, equipo: true, rut: false, email: false, telefono: false });
  });

  it("administración y encargado técnico ven todo; con varios roles manda el más amplio; los demás, nada", () => {
    const todo = { nombre: true, equipo: true, rut: true, email: true, telefono: true };
    expect(datosVisibles(["ADMIN"])).toEqual(todo);
    expect(datosVisibles(["ENCARGADO_TECNICO"])).toEqual(todo);
    expect(datosVisibles(["EVALUADOR", "ENCARGADO_TECNICO"])).toEqual(todo);
    // Applicants see their own data on their own screens, never through this table.
    expect(datosVisibles(["POSTULANTE", "AFILIADO", "COMITE", "JURADO", "MENTOR"])).toEqual({ nombre: false, equipo: false, rut: false, email: false, telefono: false });
  });
});

// Checked by tsc (npm test's typecheck stage): the body of an action whose row requires a session gets a
// non-null user; the body of a PUBLICO one must handle null. The definitions are never run.
describe("sesión tipada en el cuerpo de las acciones", () => {
  it("una fila con sesión da un usuario no nulo; una PUBLICO, uno que puede ser nulo", () => {
    const conSesion = defineAction({
      name: "perfil.retirar",
      schema: z.object({}),
      async run({ user }) {
        return { data: user.id, audit: { entidad: "Prueba" } };
      },
    });
    const publica = defineAction({
      name: "taller.inscribirse",
      schema: z.object({}),
      async run({ user }) {
        // @ts-expect-error: a PUBLICO row's body may be called without a session.
        const id: string = user.id;
        return { data: id, audit: { entidad: "Prueba" } };
      },
    });
    expect([conSesion.name, publica.name]).toEqual(["perfil.retirar", "taller.inscribirse"]);
  });
});
