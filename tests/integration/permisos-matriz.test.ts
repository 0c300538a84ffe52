// Every registered action × every role (and no session) × every etapa, through the real pipeline on
// one database: a call the permission table refuses gets exactly the pipeline's refusal and writes no
// audit entry; a call it allows is never refused for role or etapa. Then the scope cells: for every row
// that limits a role to part of the rows (propio, region, asignado), a row outside that part answers like
// one that does not exist (a write is refused with the same message and writes nothing, a read is null).
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { ACCIONES } from "@/lib/actions/registry";
import { getPerfilParaRevision } from "@/lib/admisibilidad/queries";
import { adjuntoVisiblePara, listarAdjuntosDePerfil } from "@/lib/adjuntos/queries";
import { ETAPAS, NOMBRES_ACCION, PERMISOS, puede, ROLES, type AccionConSesion, type AlcancePorRol } from "@/lib/auth/permissions";
import { exportarPostulaciones, listarPostulaciones } from "@/lib/seguimiento/queries";
import { getMiInscripcion, getTallerStaff } from "@/lib/talleres/queries";
import type { Rol } from "@/lib/domain/roles";
import { definicionesDeAcciones } from "../support/acciones-estaticas";
import { ejecutarRegistrada } from "../support/ejecutar";
import { contarAuditoria, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { esRechazoDePermiso, mensajeDeRechazo } from "../support/mensajes";
import { esActionResult } from "../support/resultado";
import { muestrasAcciones, muestrasFueraDeAlcance, SOLO_FILAS_PROPIAS, type IdsFueraDeAlcance, type IdsMuestra, type MuestrasFueraDeAlcance } from "../fixtures/acciones";
import { prepararMuestras } from "../fixtures/preparar-muestras";

type Quien = Rol | "anonimo";
const QUIENES: Quien[] = [...ROLES, "anonimo"];

let escenario: Escenario;
let muestras: Record<string, Record<string, unknown>>;
let ids: IdsMuestra;
let fuera: MuestrasFueraDeAlcance;
const exitos = new Map<string, number>();

beforeAll(async () => {
  escenario = await prepararDemo();
  ids = await prepararMuestras(db, escenario);
  muestras = muestrasAcciones(ids);
  fuera = muestrasFueraDeAlcance(ids.fueraDeAlcance!);
});

describe("registro de acciones", () => {
  it("toda acción registrada tiene una entrada de muestra", () => {
    const faltan = ACCIONES.map((a) => a.name).filter((n) => !(n in muestras));
    expect(faltan).toEqual([]);
  });

  it("los archivos de acciones, el registro y la tabla de permisos coinciden", () => {
    const definidas = definicionesDeAcciones();
    expect(definidas.length).toBe(ACCIONES.length);
    const registradas = ACCIONES.map((a) => a.name);
    expect(definidas.map((d) => d.nombre).sort()).toEqual([...registradas].sort());
    for (const n of registradas) expect(Object.keys(PERMISOS)).toContain(n);
    for (const n of NOMBRES_ACCION) expect(registradas).toContain(n);
  });
});

// Cheap on purpose (~500 cells on one database): the etapa is set once per etapa and again after any
// success (avanzarEtapa moves it), and the audit count is kept running instead of read twice per cell.
describe.each(ETAPAS)("matriz de permisos en %s", (etapa) => {
  let auditoria = 0;

  beforeAll(async () => {
    await fijarEtapa(etapa);
    auditoria = await contarAuditoria();
  });

  describe.each(ACCIONES.map((def) => [def.name, def] as const))("%s", (nombre, def) => {
    it.each(QUIENES)("como %s", async (quien) => {
      const user: SessionUser | null = quien === "anonimo" ? null : escenario.cuentas[quien];
      const roles = user?.roles ?? null;
      const r = await ejecutarRegistrada(def, muestras[nombre], { user, db });
      const antes = auditoria;
      const despues = (auditoria = await contarAuditoria());
      if (r.ok) await fijarEtapa(etapa); // state restored before asserting, so one failure does not cascade

      expect(esActionResult(r)).toBe(true);
      const rechazo = mensajeDeRechazo(nombre, roles, etapa);
      if (rechazo !== null) {
        expect(puede(nombre, roles, etapa).ok).toBe(false);
        expect(r).toEqual({ ok: false, error: rechazo, fieldErrors: {} });
        expect(despues).toBe(antes);
      } else if (r.ok) {
        exitos.set(nombre, (exitos.get(nombre) ?? 0) + 1);
        // An action whose row is its audit record (auditoria: "fila", the vote) appends no chain entry.
        expect(despues).toBe(def.auditoria === "fila" ? antes : antes + 1);
      } else {
        // Allowed: the body may still refuse on data (duplicates, wrong `desde`…), never on permission.
        expect(esRechazoDePermiso(r.error), r.error).toBe(false);
        expect(despues).toBe(antes);
      }
    });
  });
});

/**
 * Actions whose success cannot happen on the matrix's one database without ending it, each with the test
 * that proves its success instead. Closing the convocatoria needs every pilot's final report approved and
 * next year's convocatoria made, and then hands over the current convocatoria: every later cell would run
 * against another one.
 */
const EXITO_PROBADO_APARTE: Partial<Record<string, string>> = {
  "convocatoria.cerrar": "tests/integration/sistematizacion.test.ts («cierre de la convocatoria»)",
};

describe("cobertura de la matriz", () => {
  it("cada acción tuvo éxito en al menos una celda permitida (sus muestras son válidas)", () => {
    const cubiertas = ACCIONES.filter((a) => !(a.name in EXITO_PROBADO_APARTE));
    expect(Object.fromEntries(cubiertas.map((a) => [a.name, (exitos.get(a.name) ?? 0) > 0]))).toEqual(Object.fromEntries(cubiertas.map((a) => [a.name, true])));
  });

  it("las acciones probadas aparte existen y su prueba existe", () => {
    for (const [nombre, prueba] of Object.entries(EXITO_PROBADO_APARTE)) {
      expect(ACCIONES.map((a) => a.name)).toContain(nombre);
      expect(existsSync(prueba!.split(" ")[0]), prueba).toBe(true);
    }
  });
});

/** The roles a row limits to part of the rows (any scope but "todos"). */
function rolesAcotados(nombre: AccionConSesion): Rol[] {
  const quien: AlcancePorRol = PERMISOS[nombre].quien;
  return ROLES.filter((r) => quien[r] !== undefined && quien[r] !== "todos");
}

const ACOTADAS = NOMBRES_ACCION.filter((n): n is AccionConSesion => PERMISOS[n].quien !== "PUBLICO" && rolesAcotados(n as AccionConSesion).length > 0);
// Which actions have a scope sample, and which only create their caller's own rows, does not depend on
// the rows' ids: read once before the database exists, to name the test cells.
const DECLARADAS = muestrasFueraDeAlcance({} as IdsFueraDeAlcance);

describe("alcance: lecturas fuera del alcance de quien lee", () => {
  it("un evaluador regional no ve un perfil de otra región: revisión nula (404), ni en el listado ni en el CSV ni sus documentos", async () => {
    const f = ids.fueraDeAlcance!;
    const evaluador = escenario.cuentas.EVALUADOR; // La Araucanía; the perfil is of the Biobío
    expect(await getPerfilParaRevision(f.enviadaBiobioId, evaluador, db)).toBeNull();
    expect((await listarPostulaciones({}, evaluador, db)).map((p) => p.id)).not.toContain(f.enviadaBiobioId);
    const csv = (await exportarPostulaciones({}, evaluador, db))!;
    expect(csv.filas.flat()).not.toContain("Proyecto del Biobío de muestra");
    // Inside the scope: the Biobío evaluator reads it, without the RUT nor the applicant's e-mail.
    const suyo = (await getPerfilParaRevision(f.enviadaBiobioId, f.evaluadorBiobio, db))!;
    expect(suyo).toMatchObject({ id: f.enviadaBiobioId, organizacionRut: null, organizacionRutNormalizado: null, postulante: { nombre: f.tercera.nombre, email: null } });
    expect((await listarPostulaciones({}, f.evaluadorBiobio, db)).map((p) => [p.id, p.organizacionRut])).toContainEqual([f.enviadaBiobioId, null]);
    expect((await exportarPostulaciones({}, f.evaluadorBiobio, db))!.encabezados).not.toContain("RUT organización");
    // Staff see everything of it.
    expect(await getPerfilParaRevision(f.enviadaBiobioId, escenario.admin, db)).toMatchObject({ organizacionRut: expect.stringMatching(/^65999002-/), postulante: { email: f.tercera.email } });
  });

  it("los documentos y las inscripciones de otra persona no existen para quien no es su dueña", async () => {
    const f = ids.fueraDeAlcance!;
    const postulante = escenario.cuentas.POSTULANTE;
    expect(await adjuntoVisiblePara(f.adjuntoId, postulante, db)).toBeNull();
    expect(await listarAdjuntosDePerfil(f.borradorAdjuntosId, postulante, db)).toEqual([]);
    expect(await adjuntoVisiblePara(f.adjuntoId, f.ajena, db)).not.toBeNull();
    // A draft is its owner's: not even FOSIS staff read its files.
    expect(await adjuntoVisiblePara(f.adjuntoId, escenario.admin, db)).toBeNull();
    const eventoId = ids.eventoId!;
    expect((await getMiInscripcion(eventoId, postulante, db))?.id).not.toBe(f.inscripcionId);
    expect(await getMiInscripcion(eventoId, f.ajena, db)).toMatchObject({ id: f.inscripcionId });
    // The staff list of a taller: staff only (a regional evaluator has no scope there).
    expect((await getTallerStaff(eventoId, escenario.cuentas.EVALUADOR, db))?.inscripciones).toEqual([]);
    expect((await getTallerStaff(eventoId, escenario.cuentas.ENCARGADO_TECNICO, db))?.inscripciones.map((i) => i.id)).toContain(f.inscripcionId);
  });
});

describe("alcance: escrituras fuera del alcance de quien llama", () => {
  it("toda fila acotada tiene su muestra fuera de alcance, o declara que solo crea filas propias", () => {
    expect(ACOTADAS.filter((n) => !(n in DECLARADAS))).toEqual([]);
    expect(ACOTADAS.filter((n) => DECLARADAS[n] === SOLO_FILAS_PROPIAS)).toEqual(["cuenta.solicitarCorreo", "cuenta.confirmarCorreo", "perfil.crearBorrador", "organizacion.solicitarIngreso", "capacitacion.calibrar", "voto.emitir", "acta.firmar", "mentor.registrarse", "datos.solicitar", "datos.rectificar"]);
  });

  // In the table's order: the samples on one row depend on it (saved, sent, withdrawn).
  describe.each(ACOTADAS.filter((n) => n in DECLARADAS && DECLARADAS[n] !== SOLO_FILAS_PROPIAS).map((n) => [n, ACCIONES.find((a) => a.name === n)!] as const))("%s", (nombre, def) => {
    it.each(rolesAcotados(nombre))("como %s: la misma respuesta que una fila inexistente, nada escrito; quien sí puede, puede", async (rol) => {
      const m = fuera[nombre];
      if (!m || m === SOLO_FILAS_PROPIAS) throw new Error(`sin muestra fuera de alcance para ${nombre}`);
      await fijarEtapa(PERMISOS[nombre].etapas[0]);
      const user = escenario.cuentas[rol];
      const antes = await contarAuditoria();
      const ajena = await ejecutarRegistrada(def, m.entrada, { user, db });
      const inexistente = await ejecutarRegistrada(def, { ...m.entrada, [m.campoId]: "fila-inexistente-0000" }, { user, db });
      expect(ajena.ok, JSON.stringify(ajena)).toBe(false);
      expect(ajena).toEqual(inexistente);
      if (!ajena.ok) expect(esRechazoDePermiso(ajena.error)).toBe(false);
      expect(await contarAuditoria()).toBe(antes);
    });

    it("dentro del alcance, la misma entrada tiene éxito (la fila era alcanzable)", async () => {
      const m = fuera[nombre];
      if (!m || m === SOLO_FILAS_PROPIAS) throw new Error(`sin muestra fuera de alcance para ${nombre}`);
      await fijarEtapa(PERMISOS[nombre].etapas[0]);
      const antes = await contarAuditoria();
      const r = await ejecutarRegistrada(def, m.entrada, { user: m.dentro, db });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      expect(await contarAuditoria()).toBe(antes + 1);
    });
  });
});
