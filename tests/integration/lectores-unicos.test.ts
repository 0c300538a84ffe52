// One reader per fact, against a real database: the active convocatoria (pipeline and queries agree), the
// perfil deadline (the submit, its e-mail and the staff review read the same date), a línea's required
// documents (the submit and the staff review read the stored JSON alike, also when it is unreadable), and
// the portal's address in an e-mailed link.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getPerfilParaRevision } from "@/lib/admisibilidad/queries";
import { convocatoriaActual, executeAction } from "@/lib/actions/pipeline";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import { formatearFecha } from "@/lib/domain/formato";
import { calcularDv } from "@/lib/domain/rut";
import { listarLineasAdmin } from "@/lib/lineas/queries";
import { crearBorrador } from "@/lib/postulaciones/actions/crear-borrador";
import { enviarPerfil } from "@/lib/postulaciones/actions/enviar";
import { cierreConvocatoria } from "@/lib/postulaciones/plazo";
import { invitar } from "@/lib/scouting/actions/invitar";
import { CAMPOS_PERFIL_MUESTRA } from "../fixtures/acciones/perfil";
import { crearUsuario, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { comoExito } from "../support/resultado";

let e: Escenario;
let postulante: SessionUser;

const rutOrg = (cuerpo: number) => `${cuerpo}-${calcularDv(String(cuerpo))}`;
/** The línea of the sample perfil (CAMPOS_PERFIL_MUESTRA). */
const celda = { nivelMadurez: "IDEA_CLARA", tipoEjecutor: "SIN_FINES_DE_LUCRO" } as const;

async function borrador(user: SessionUser): Promise<string> {
  return comoExito(await executeAction(crearBorrador, { desafioId: e.desafios[0].id }, { user, db })).data.id;
}

beforeAll(async () => {
  e = await prepararDemo();
  expect(celda).toMatchObject({ nivelMadurez: CAMPOS_PERFIL_MUESTRA.nivelMadurez, tipoEjecutor: CAMPOS_PERFIL_MUESTRA.tipoEjecutor });
});

beforeEach(async () => {
  await fijarEtapa("CONVOCATORIA");
  postulante = await crearUsuario(["POSTULANTE"]);
});

describe("la convocatoria activa: la activa del año más reciente, la misma para todos", () => {
  it("con una activa más antigua y una más nueva inactiva, el pipeline y las consultas leen la misma", async () => {
    const base = { presupuestoTotal: 1, montoMinProyecto: 1, montoMaxProyecto: 2, proyectosObjetivo: 1 };
    const [antigua] = await Promise.all([
      db.convocatoria.create({ data: { ...base, anio: 1999, nombre: "Antigua activa", activa: true }, select: { id: true } }),
      db.convocatoria.create({ data: { ...base, anio: 2999, nombre: "Futura inactiva", activa: false }, select: { id: true } }),
    ]);
    try {
      expect((await leerConvocatoriaActiva(db, { id: true }))?.id).toBe(e.convocatoriaId);
      expect((await convocatoriaActual(db))?.id).toBe(e.convocatoriaId);
      const demo = await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId }, select: { montoMinProyecto: true, montoMaxProyecto: true } });
      expect((await listarLineasAdmin(db))?.banda).toEqual({ min: demo.montoMinProyecto, max: demo.montoMaxProyecto });

      // Without the demo's, the older active one is the active one, for every reader.
      await db.convocatoria.update({ where: { id: e.convocatoriaId }, data: { activa: false } });
      expect((await leerConvocatoriaActiva(db, { id: true }))?.id).toBe(antigua.id);
      expect((await convocatoriaActual(db))?.id).toBe(antigua.id);
      expect((await listarLineasAdmin(db))?.banda).toEqual({ min: 1, max: 2 });
    } finally {
      await db.convocatoria.update({ where: { id: e.convocatoriaId }, data: { activa: true } });
      await db.convocatoria.deleteMany({ where: { anio: { in: [1999, 2999] } } });
    }
  });
});

describe("el plazo y los documentos exigidos se leen igual al enviar y al revisar", () => {
  let adjuntosAntes: string;
  beforeEach(async () => {
    const l = await db.lineaPostulacion.findFirstOrThrow({ where: { convocatoriaId: e.convocatoriaId, ...celda }, select: { adjuntosRequeridos: true } });
    adjuntosAntes = l.adjuntosRequeridos;
  });
  afterEach(async () => {
    await db.lineaPostulacion.updateMany({ where: { convocatoriaId: e.convocatoriaId, ...celda }, data: { adjuntosRequeridos: adjuntosAntes } });
  });

  it("el cierre del correo de confirmación y el de la revisión del equipo son el del calendario", async () => {
    const fin = new Date(Date.now() + 5 * 86_400_000);
    await db.etapaCalendario.update({ where: { convocatoriaId_etapa: { convocatoriaId: e.convocatoriaId, etapa: "CONVOCATORIA" } }, data: { fin } });
    await db.lineaPostulacion.updateMany({ where: { convocatoriaId: e.convocatoriaId, ...celda }, data: { adjuntosRequeridos: "[]" } });
    const id = await borrador(postulante);
    comoExito(await executeAction(enviarPerfil, { id, ...CAMPOS_PERFIL_MUESTRA, organizacionRut: rutOrg(71_000_001) }, { user: postulante, db }));

    expect((await cierreConvocatoria(db, e.convocatoriaId))?.getTime()).toBe(fin.getTime());
    const correo = await db.notificacion.findFirstOrThrow({ where: { userId: postulante.id } });
    expect(correo.cuerpo).toContain(`Puede retirarlo hasta el cierre de la convocatoria, el ${formatearFecha(fin)}.`);
    const revision = await getPerfilParaRevision(id, e.admin, db);
    expect(revision?.cierre?.getTime()).toBe(fin.getTime());
    expect(revision?.chequeos.find((c) => c.regla === "Enviado a tiempo")).toMatchObject({ ok: true, detalle: "Dentro del plazo." });
  });

  it("un valor ilegible en los documentos exigidos no exige ninguno, al enviar ni al revisar (antes el envío fallaba)", async () => {
    await db.lineaPostulacion.updateMany({ where: { convocatoriaId: e.convocatoriaId, ...celda }, data: { adjuntosRequeridos: "no es json" } });
    const id = await borrador(postulante);
    const r = await executeAction(enviarPerfil, { id, ...CAMPOS_PERFIL_MUESTRA, organizacionRut: rutOrg(71_000_002) }, { user: postulante, db });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const revision = await getPerfilParaRevision(id, e.admin, db);
    expect(revision?.chequeos.find((c) => c.regla === "Documentos exigidos")).toMatchObject({ ok: true, detalle: "Completos." });
  });

  it("con documentos exigidos y sin adjuntarlos, el envío se rechaza con los mismos nombres que ve el equipo", async () => {
    await db.lineaPostulacion.updateMany({ where: { convocatoriaId: e.convocatoriaId, ...celda }, data: { adjuntosRequeridos: '["ESTATUTOS"]' } });
    const id = await borrador(postulante);
    const r = await executeAction(enviarPerfil, { id, ...CAMPOS_PERFIL_MUESTRA, organizacionRut: rutOrg(71_000_003) }, { user: postulante, db });
    expect(r).toMatchObject({ ok: false, error: "El perfil no cumple las condiciones para ser enviado." });
    if (!r.ok) expect(r.fieldErrors._form).toContain("Documentos exigidos: Faltan: Estatutos de la organización.");
    expect(await db.postulacion.count({ where: { id, estado: "BORRADOR" } })).toBe(1);
  });
});

describe("la dirección del portal en los enlaces de los correos", () => {
  const antes = process.env.APP_URL;
  afterEach(() => {
    if (antes === undefined) delete process.env.APP_URL;
    else process.env.APP_URL = antes;
  });

  it("la invitación de scouting usa APP_URL sin doble barra, como los demás correos", async () => {
    process.env.APP_URL = "https://fondoidea.example/";
    const desafio = await db.desafio.findFirstOrThrow({ where: { estado: "PUBLICADO" }, select: { id: true } });
    comoExito(
      await executeAction(invitar, { email: "enlace@prueba.cl", nombre: "Eli Enlace", desafioId: desafio.id, mensaje: "" }, { user: e.cuentas.ENCARGADO_TECNICO, db }),
    );
    const correo = await db.notificacion.findFirstOrThrow({ where: { para: "enlace@prueba.cl" } });
    expect(correo.cuerpo).toMatch(/\nhttps:\/\/fondoidea\.example\/invitacion\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n/);
    expect(correo.cuerpo).not.toContain("//invitacion");
  });
});
