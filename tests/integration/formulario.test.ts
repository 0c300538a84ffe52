// The formulario completo through the real pipeline and database (SQLite and PostgreSQL): only the team
// of a preselected perfil writes it, only before the FORMACION_INCUBACION deadline; the autosave never
// overwrites newer text; the submission checks every section and that the budget adds up exactly to the
// requested amount (the difference in CLP otherwise), then freezes it with the perfil's folio and a SHA-256
// fingerprint, and mails the receipt. Twenty simultaneous submissions: exactly one is recorded.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, type ActionDef } from "@/lib/actions/pipeline";
import type { NombreAccion } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerContenido, textoParaHuella, type EntradaContenido } from "@/lib/domain/formulario-completo";
import { formatearFolio } from "@/lib/domain/huella";
import { enviarFormulario } from "@/lib/formulario/actions/enviar";
import { guardarBorradorFormulario } from "@/lib/formulario/actions/guardar-borrador";
import { getFormularioConPerfil, getFormularioEquipo } from "@/lib/formulario/queries";
import { MENSAJE_CONFLICTO, MENSAJE_NO_CUMPLE, MENSAJE_YA_ENVIADO } from "@/lib/formulario/schema";
import { MENSAJE_NO_PRESELECCIONADA } from "@/lib/incubacion/preseleccionadas";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, sesion, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";
import { contenidoParaPerfil } from "../fixtures/preparar-formulario";
import { MONTO_MUESTRA, prepararMuestrasSeleccion } from "../fixtures/preparar-seleccion";

const DIA = 86_400_000;

let e: Escenario;
/** Two preselected perfiles (of the signed preselection round) and their owners. */
let p1: string;
let p2: string;
let duena1: SessionUser;
let duena2: SessionUser;
/** A sent perfil that was not preselected, and its owner. */
let noPre: string;
let duenaNoPre: SessionUser;

function correr<N extends NombreAccion, S extends z.ZodType, T>(accion: ActionDef<N, S, T>, input: unknown, user: SessionUser) {
  return executeAction(accion, input, { user, db });
}

const guardar = (id: string, version: number, contenido: EntradaContenido, user: SessionUser) => correr(guardarBorradorFormulario, { id, version, ...contenido }, user);
const enviar = (id: string, version: number, user: SessionUser) => correr(enviarFormulario, { id, version }, user);

async function fijarCierre(fin: Date) {
  await db.etapaCalendario.update({ where: { convocatoriaId_etapa: { convocatoriaId: e.convocatoriaId, etapa: "FORMACION_INCUBACION" } }, data: { fin } });
}

async function dueña(postulacionId: string): Promise<SessionUser> {
  const p = await db.postulacion.findUniqueOrThrow({ where: { id: postulacionId }, select: { postulante: { select: { id: true, nombre: true, email: true, roles: { select: { rol: true } } } } } });
  return sesion(p.postulante);
}

/** What a refusal must leave untouched. */
async function foto() {
  const [auditoria, formularios, correos] = await Promise.all([
    contarAuditoria(),
    db.formularioCompleto.findMany({ orderBy: { id: "asc" }, select: { postulacionId: true, contenido: true, version: true, enviadoEn: true, huella: true } }),
    db.notificacion.count(),
  ]);
  return { auditoria, formularios, correos };
}

beforeAll(async () => {
  e = await prepararDemo();
  await fijarEtapa("FORMACION_INCUBACION");
  await fijarCierre(new Date(Date.now() + 30 * DIA));
  const sel = await prepararMuestrasSeleccion(db, e);
  p1 = sel.postulacionId;
  const otra = await db.decisionComite.findFirstOrThrow({ where: { fase: "PRESELECCION", decision: "SELECCIONADA", NOT: { postulacionId: p1 } }, select: { postulacionId: true } });
  p2 = otra.postulacionId;
  [duena1, duena2] = await Promise.all([dueña(p1), dueña(p2)]);
  duenaNoPre = await crearUsuario(["POSTULANTE"]);
  const p = await db.postulacion.create({
    data: {
      convocatoriaId: e.convocatoriaId,
      desafioId: e.desafios[2].id,
      postulanteId: duenaNoPre.id,
      estado: "ADMISIBLE",
      admisible: true,
      nombreProyecto: "Proyecto no preseleccionado",
      folio: 96_001,
      huella: "b".repeat(64),
      enviadaEn: new Date(),
      montoSolicitado: MONTO_MUESTRA,
    },
    select: { id: true },
  });
  noPre = p.id;
});

describe("formulario completo: guardar y enviar", () => {
  it("el equipo guarda su borrador (versión a versión) y lo envía: queda congelado con el folio del perfil, la huella y un correo", async () => {
    const contenido = await contenidoParaPerfil(db, p1);
    const primero = comoExito(await guardar(p1, 0, { ...contenido, riesgos: [] }, duena1));
    expect(primero.data.version).toBe(1);
    const segundo = comoExito(await guardar(p1, 1, contenido, duena1));
    expect(segundo.data.version).toBe(2);

    const vista = (await getFormularioEquipo(duena1, p1, db))!;
    expect(vista.preseleccionada).toBe(true);
    expect(vista.formulario).toMatchObject({ version: 2, enviadoEn: null, contenido: leerContenido(JSON.stringify(contenido)) });

    const correosAntes = await db.notificacion.count();
    const r = comoExito(await enviar(p1, 2, duena1));
    const fila = await db.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: p1 } });
    const perfil = await db.postulacion.findUniqueOrThrow({ where: { id: p1 }, select: { folio: true, convocatoria: { select: { anio: true } } } });
    const esperada = createHash("sha256")
      .update(textoParaHuella({ convocatoria: perfil.convocatoria.anio, folio: perfil.folio, postulacionId: p1, contenido: leerContenido(fila.contenido) }))
      .digest("hex");
    expect(r.data).toEqual({ id: p1, folio: perfil.folio, huella: esperada });
    expect(r.mensaje).toBe(`Formulario completo enviado. Folio ${formatearFolio(perfil.folio!)}.`);
    expect(fila).toMatchObject({ huella: esperada, version: 3 });
    expect(fila.enviadoEn).toBeInstanceOf(Date);
    expect(await db.notificacion.count()).toBe(correosAntes + 1);
    const correo = await db.notificacion.findFirstOrThrow({ where: { para: duena1.email }, orderBy: { createdAt: "desc" } });
    expect(correo.asunto).toContain(formatearFolio(perfil.folio!));
    expect(correo.cuerpo).toContain(esperada);

    // Frozen: neither saved nor sent again.
    const antes = await foto();
    expect(comoError(await guardar(p1, 3, contenido, duena1)).error).toBe(MENSAJE_YA_ENVIADO);
    expect(comoError(await enviar(p1, 3, duena1)).error).toBe(MENSAJE_YA_ENVIADO);
    expect(await foto()).toEqual(antes);

    // Staff, evaluators and jurors read it next to the frozen perfil and its preselection decision.
    const lado = (await getFormularioConPerfil(p1, ["ADMIN"], db))!;
    expect(lado.decision).toMatchObject({ decision: "SELECCIONADA" });
    expect(lado.perfil).toMatchObject({ id: p1, folio: perfil.folio });
    expect(lado.formulario).toMatchObject({ huella: esperada });
    expect(lado.formulario!.contenido.equipo[0].nombre).toBe("Ana Coordinadora");
    // A juror does not see the names of the team (personal data).
    expect((await getFormularioConPerfil(p1, ["JURADO"], db))!.formulario!.contenido.equipo[0].nombre).toBe("");
    expect(await getFormularioConPerfil(noPre, ["ADMIN"], db)).toBeNull();
  });

  it("A non-preselected applicant cannot open or submit a formulario completo (refused in Spanish, nothing written)", async () => {
    const contenido = await contenidoParaPerfil(db, noPre);
    const antes = await foto();
    expect(comoError(await guardar(noPre, 0, contenido, duenaNoPre))).toEqual({ ok: false, error: MENSAJE_NO_PRESELECCIONADA, fieldErrors: {} });
    expect(comoError(await enviar(noPre, 0, duenaNoPre))).toEqual({ ok: false, error: MENSAJE_NO_PRESELECCIONADA, fieldErrors: {} });
    // Another team's preselected perfil: the very same answer.
    expect(comoError(await guardar(p2, 0, contenido, duenaNoPre)).error).toBe(MENSAJE_NO_PRESELECCIONADA);
    expect(comoError(await enviar(p2, 0, duenaNoPre)).error).toBe(MENSAJE_NO_PRESELECCIONADA);
    expect(await foto()).toEqual(antes);
    expect(await db.formularioCompleto.findUnique({ where: { postulacionId: noPre } })).toBeNull();
    // The page: their perfil, but nothing to open; a perfil not theirs does not exist for them.
    expect(await getFormularioEquipo(duenaNoPre, noPre, db)).toMatchObject({ preseleccionada: false, formulario: null });
    expect(await getFormularioEquipo(duenaNoPre, p2, db)).toBeNull();
  });

  it("A budget breakdown that does not add up is refused with the difference shown", async () => {
    const contenido = await contenidoParaPerfil(db, p2);
    const corto = { ...contenido, presupuesto: [contenido.presupuesto![0], { ...contenido.presupuesto![1], monto: Number(contenido.presupuesto![1].monto) - 500_000 }] };
    const v = comoExito(await guardar(p2, 0, corto, duena2)).data.version;
    const antes = await foto();
    const r = comoError(await enviar(p2, v, duena2));
    expect(r.error).toBe(MENSAJE_NO_CUMPLE);
    expect(r.fieldErrors).toEqual({ presupuesto: ["Las partidas suman $24.500.000 y el monto solicitado es $25.000.000: faltan $500.000."] });
    expect(await foto()).toEqual(antes);
    // One peso too many is refused too.
    const largo = { ...contenido, presupuesto: [...contenido.presupuesto!, { item: "Imprevistos", categoria: "OPERACION", monto: 1 }] };
    const v2 = comoExito(await guardar(p2, v, largo, duena2)).data.version;
    expect(comoError(await enviar(p2, v2, duena2)).fieldErrors.presupuesto).toEqual(["Las partidas suman $25.000.001 y el monto solicitado es $25.000.000: sobran $1."]);
    // An incomplete formulario is refused field by field.
    const v3 = comoExito(await guardar(p2, v2, { ...contenido, modeloSostenibilidad: "", equipo: [] }, duena2)).data.version;
    expect(Object.keys(comoError(await enviar(p2, v3, duena2)).fieldErrors).sort()).toEqual(["equipo", "modeloSostenibilidad"]);
  });

  it("un guardado con una versión vieja se rechaza y no pisa el texto nuevo", async () => {
    const contenido = await contenidoParaPerfil(db, p2);
    const actual = (await db.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: p2 } })).version;
    comoExito(await guardar(p2, actual, { ...contenido, planCoproduccion: "Texto nuevo" }, duena2));
    const antes = await foto();
    const r = comoError(await guardar(p2, actual, { ...contenido, planCoproduccion: "Texto viejo" }, duena2));
    expect(r).toEqual({ ok: false, error: MENSAJE_CONFLICTO, fieldErrors: { version: [String(actual + 1)] } });
    // Sending what a stale tab shows is refused the same way.
    expect(comoError(await enviar(p2, actual, duena2)).error).toBe(MENSAJE_CONFLICTO);
    expect(await foto()).toEqual(antes);
    expect(leerContenido((await db.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: p2 } })).contenido).planCoproduccion).toBe("Texto nuevo");
  });

  it("después del plazo (fin de la etapa de formación e incubación en el calendario) no se guarda ni se envía", async () => {
    const contenido = await contenidoParaPerfil(db, p2);
    const version = (await db.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: p2 } })).version;
    await fijarCierre(new Date(Date.now() - DIA));
    try {
      const antes = await foto();
      expect(comoError(await guardar(p2, version, contenido, duena2)).error).toMatch(/^El plazo del formulario completo cerró el .+ \(hora de Chile\)\./);
      expect(comoError(await enviar(p2, version, duena2)).error).toMatch(/^El plazo del formulario completo cerró el /);
      expect(await foto()).toEqual(antes);
    } finally {
      await fijarCierre(new Date(Date.now() + 30 * DIA));
    }
  });

  it("20 envíos simultáneos del mismo formulario: exactamente uno se registra (un correo, una entrada de auditoría)", { timeout: 60_000 }, async () => {
    const contenido = await contenidoParaPerfil(db, p2);
    const actual = (await db.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: p2 } })).version;
    const version = comoExito(await guardar(p2, actual, contenido, duena2)).data.version;
    const antes = await foto();
    const resultados = await Promise.all(Array.from({ length: 20 }, () => enviar(p2, version, duena2)));
    const ok = resultados.filter((r) => r.ok);
    expect(ok).toHaveLength(1);
    for (const r of resultados.filter((x) => !x.ok)) expect(comoError(r).error).toBe(MENSAJE_YA_ENVIADO);
    const despues = await foto();
    expect(despues.auditoria).toBe(antes.auditoria + 1);
    expect(despues.correos).toBe(antes.correos + 1);
    const fila = await db.formularioCompleto.findUniqueOrThrow({ where: { postulacionId: p2 } });
    expect(fila.huella).toBe((ok[0] as { data: { huella: string } }).data.huella);
  });
});
