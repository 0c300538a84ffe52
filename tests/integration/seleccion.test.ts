// The selection round through the real pipeline and database, SQLite and PostgreSQL: prepared with the
// optimiser's suggestion, decisions with reasons when they depart from it, the acta generated only when
// everything is in order, signed by every member present (the last signature closes it, once, even when they
// sign at the same instant), the PDF's SHA-256 in the audit log, the perfiles' states and the e-mails; and
// after that, every decision-changing action refused, writing nothing.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, type ActionDef } from "@/lib/actions/pipeline";
import type { NombreAccion } from "@/lib/auth/permissions";
import { verifyAuditChain } from "@/lib/audit/log";
import type { SessionUser } from "@/lib/auth/session-user";
import { leerResumen } from "@/lib/convocatoria/resumen";
import { evaluarAvance } from "@/lib/domain/etapas";
import { formatearClp } from "@/lib/domain/formato";
import { adoptarSugerencia } from "@/lib/seleccion/actions/adoptar-sugerencia";
import { decidir } from "@/lib/seleccion/actions/decidir";
import { firmarActa } from "@/lib/seleccion/actions/firmar-acta";
import { generarActa } from "@/lib/seleccion/actions/generar-acta";
import { prepararRonda } from "@/lib/seleccion/actions/preparar-ronda";
import { retirarActa } from "@/lib/seleccion/actions/retirar-acta";
import { leerContenido } from "@/lib/seleccion/acta-contenido";
import { leerSugerencia } from "@/lib/seleccion/ronda";
import { completarEvaluaciones, crearPerfilAdmisible } from "../support/asignaciones";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";
import { fijarReglas } from "../fixtures/preparar-votacion";

let e: Escenario;
let comite: SessionUser;
let comite2: SessionUser;
const DIA = 86_400_000;
/** The candidates are this file's six perfiles ($151 MM, four regions, at least $97 MM to cover them): enough to cover every region, not to fund them all. */
const PRESUPUESTO = 110_000_000;

function correr<N extends NombreAccion, S extends z.ZodType, T>(accion: ActionDef<N, S, T>, input: unknown, user: SessionUser) {
  return executeAction(accion, input, { user, db });
}

/** What a refused action must leave untouched. */
async function foto() {
  const [auditoria, decisiones, rondas, actas, miembros, correos] = await Promise.all([
    contarAuditoria(),
    db.decisionComite.findMany({ orderBy: { id: "asc" }, select: { id: true, decision: true, montoAsignado: true, fundamento: true, updatedAt: true } }),
    db.rondaSeleccion.findMany({ orderBy: { id: "asc" }, select: { estado: true, sugerencia: true, presupuesto: true } }),
    db.acta.findMany({ orderBy: { id: "asc" }, select: { id: true, sha256: true, contenido: true } }),
    db.miembroRonda.findMany({ orderBy: { id: "asc" }, select: { firmadaEn: true, postura: true } }),
    db.notificacion.count(),
  ]);
  return { auditoria, decisiones, rondas, actas, miembros, correos };
}

beforeAll(async () => {
  e = await prepararDemo();
  await fijarEtapa("SELECCION_CONTRATACION");
  comite = e.cuentas.COMITE;
  comite2 = await crearUsuario(["COMITE"], { nombre: "Segunda Integrante" });
  // Candidates in four regions, with amounts inside the band; every admissible perfil evaluated; vote closed.
  const montos = [30_000_000, 28_000_000, 25_000_000, 22_000_000, 20_000_000, 26_000_000];
  const regiones = ["01", "05", "05", "08", "13", "13"];
  for (const [i, monto] of montos.entries()) {
    const p = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[i % e.desafios.length].id, regiones: [regiones[i]] });
    await db.postulacion.update({ where: { id: p.id }, data: { montoSolicitado: monto } });
  }
  await fijarReglas(db, e.convocatoriaId, { votacionInicio: new Date(Date.now() - 3 * DIA), votacionFin: new Date(Date.now() + DIA) });
});

describe("preselección: de la sugerencia al acta firmada", () => {
  it("el acta espera a que termine la evaluación técnica y la votación; se prepara con la sugerencia del optimizador", { timeout: 60_000 }, async () => {
    const preparada = comoExito(await correr(prepararRonda, { presupuesto: PRESUPUESTO, miembros: [comite.id, comite2.id] }, e.admin));
    expect(preparada.data.factible).toBe(true);
    const ronda = await db.rondaSeleccion.findUniqueOrThrow({ where: { id: preparada.data.rondaId } });
    const s = leerSugerencia(ronda.sugerencia)!;
    expect(s.factible).toBe(true);
    if (!s.factible) return;
    expect(s.montoTotal).toBeLessThanOrEqual(PRESUPUESTO);
    expect(ronda.estado).toBe("ABIERTA");

    // Nobody decided yet, the vote is open and evaluations are missing: refused, in that order of causes.
    const antes = await foto();
    expect(comoError(await correr(generarActa, {}, comite)).error).toMatch(/^Faltan evaluaciones técnicas/);
    await completarEvaluaciones(e.convocatoriaId);
    expect(comoError(await correr(generarActa, {}, comite)).error).toBe("La votación popular aún no termina: el acta de preselección se genera después de su cierre.");
    await fijarReglas(db, e.convocatoriaId, { votacionInicio: new Date(Date.now() - 3 * DIA), votacionFin: new Date(Date.now() - DIA) });
    expect(comoError(await correr(generarActa, {}, comite)).error).toMatch(/^El acta aún no puede generarse: Faltan las decisiones de \d+ perfiles/);
    expect(await foto()).toEqual(antes);
  });

  it("apartarse de la sugerencia exige el fundamento; sin él no se escribe nada", async () => {
    const ronda = await db.rondaSeleccion.findFirstOrThrow({ where: { fase: "PRESELECCION" } });
    // Re-prepared after the evaluations were completed: the suggestion now sees every candidate.
    comoExito(await correr(prepararRonda, { presupuesto: PRESUPUESTO, miembros: [comite.id, comite2.id] }, comite));
    const s = leerSugerencia((await db.rondaSeleccion.findUniqueOrThrow({ where: { id: ronda.id } })).sugerencia)!;
    if (!s.factible) throw new Error(s.motivo);
    const candidatos = await db.postulacion.findMany({ where: { convocatoriaId: e.convocatoriaId, estado: "ADMISIBLE", montoSolicitado: { gte: 20_000_000, lte: 30_000_000 } }, select: { id: true } });
    const fuera = candidatos.find((c) => !s.seleccion.includes(c.id))!;
    const dentro = s.seleccion[0];

    const antes = await foto();
    const sinFundamento = comoError(await correr(decidir, { postulacionId: fuera.id, decision: "SELECCIONADA" }, comite));
    expect(sinFundamento.error).toBe("La cartera sugerida no incluye este perfil: explique por qué se selecciona (al menos 15 caracteres).");
    expect(sinFundamento.fieldErrors.fundamento).toHaveLength(1);
    expect(comoError(await correr(decidir, { postulacionId: dentro, decision: "NO_SELECCIONADA", fundamento: "corto" }, comite)).error).toMatch(/^La cartera sugerida incluye este perfil/);
    // Someone who is not a member present may not decide, even with the COMITE role.
    const ajeno = await crearUsuario(["COMITE"]);
    expect(comoError(await correr(decidir, { postulacionId: dentro, decision: "SELECCIONADA" }, ajeno)).error).toBe(
      "Solo los miembros del comité registrados como presentes en esta ronda pueden hacerlo.",
    );
    expect(await foto()).toEqual(antes);

    comoExito(await correr(decidir, { postulacionId: fuera.id, decision: "SELECCIONADA", fundamento: "Es el único piloto que llega a la comuna de Ollagüe." }, comite));
    const d = await db.decisionComite.findUniqueOrThrow({ where: { postulacionId_fase: { postulacionId: fuera.id, fase: "PRESELECCION" } } });
    expect(d).toMatchObject({ decision: "SELECCIONADA", sugerida: false, decididaPorId: comite.id });
    expect(d.montoAsignado).toBe((await db.postulacion.findUniqueOrThrow({ where: { id: fuera.id } })).montoSolicitado);
    expect((await ultimaAuditoria())).toMatchObject({ accion: "seleccion.decidir", actorId: comite.id });
  });

  it("adoptar la sugerencia completa lo que falta; el acta se niega si se pasa del presupuesto y se genera al corregir", async () => {
    const r = comoExito(await correr(adoptarSugerencia, {}, comite2));
    expect(r.data.decididas).toBeGreaterThan(0);
    const ronda = await db.rondaSeleccion.findFirstOrThrow({ where: { fase: "PRESELECCION" } });
    // Select more of what the optimiser left out, with reasons, until the budget is exceeded: refused.
    const agregadas: string[] = [];
    const montoSeleccionadoAhora = async () =>
      (await db.decisionComite.aggregate({ where: { rondaId: ronda.id, decision: "SELECCIONADA" }, _sum: { montoAsignado: true } }))._sum.montoAsignado ?? 0;
    for (const d of await db.decisionComite.findMany({ where: { rondaId: ronda.id, sugerida: false, decision: { not: "SELECCIONADA" } }, orderBy: { id: "asc" } })) {
      if ((await montoSeleccionadoAhora()) > PRESUPUESTO) break;
      comoExito(await correr(decidir, { postulacionId: d.postulacionId, decision: "SELECCIONADA", fundamento: "Refuerza una comuna sin otros pilotos." }, comite));
      agregadas.push(d.postulacionId);
    }
    const total = await montoSeleccionadoAhora();
    expect(total).toBeGreaterThan(PRESUPUESTO);
    const exceso = comoError(await correr(generarActa, {}, comite)).error;
    expect(exceso).toContain(`superan el presupuesto de ${formatearClp(PRESUPUESTO)} en ${formatearClp(total - PRESUPUESTO)}`);
    // Back to the waiting list (not a departure: the suggestion left them out), and the acta is generated.
    const fueraDeLaSugerencia = await db.decisionComite.findMany({ where: { rondaId: ronda.id, sugerida: false, decision: "SELECCIONADA" }, select: { postulacionId: true } });
    expect(fueraDeLaSugerencia.length).toBe(agregadas.length + 1); // these, and the one selected with its reasons above
    for (const { postulacionId } of fueraDeLaSugerencia) comoExito(await correr(decidir, { postulacionId, decision: "LISTA_ESPERA" }, comite));
    const g = comoExito(await correr(generarActa, {}, comite));
    const acta = await db.acta.findUniqueOrThrow({ where: { id: g.data.actaId } });
    const contenido = leerContenido(acta.contenido);
    expect(contenido.decisiones.length).toBe(await db.decisionComite.count({ where: { rondaId: ronda.id } }));
    expect(contenido.montoSeleccionado).toBeLessThanOrEqual(PRESUPUESTO);
    expect(contenido.miembrosPresentes.map((m) => m.id).sort()).toEqual([comite.id, comite2.id].sort());
    expect((await db.rondaSeleccion.findUniqueOrThrow({ where: { id: ronda.id } })).estado).toBe("EN_FIRMA");

    // In signature: decisions are refused; a withdrawal needs its reason and reopens the round.
    const antes = await foto();
    expect(comoError(await correr(decidir, { postulacionId: fueraDeLaSugerencia[0].postulacionId, decision: "NO_SELECCIONADA" }, comite)).error).toBe(
      "El acta está en firma: no se pueden cambiar decisiones. Para corregir, retire el acta.",
    );
    expect(comoError(await correr(retirarActa, { motivo: "" }, comite)).fieldErrors.motivo).toBeDefined();
    expect(await foto()).toEqual(antes);
    comoExito(await correr(firmarActa, { postura: "ACUERDO" }, comite));
    comoExito(await correr(retirarActa, { motivo: "Falta revisar el monto de un proyecto del Biobío." }, comite2));
    expect(await db.miembroRonda.count({ where: { rondaId: ronda.id, firmadaEn: { not: null } } })).toBe(0);
    expect(await db.acta.count({ where: { rondaId: ronda.id } })).toBe(0);
    comoExito(await correr(generarActa, {}, comite2));
  });

  it("la última firma cierra la ronda: PDF con su SHA-256 en la auditoría, estados de los perfiles y correos", { timeout: 60_000 }, async () => {
    const ronda = await db.rondaSeleccion.findFirstOrThrow({ where: { fase: "PRESELECCION" } });
    const primera = comoExito(await correr(firmarActa, { postura: "ACUERDO" }, comite));
    expect(primera.data.cerrada).toBe(false);
    expect(comoError(await correr(firmarActa, { postura: "ACUERDO" }, comite)).error).toBe("Usted ya firmó esta acta.");
    expect(comoError(await correr(firmarActa, { postura: "DISIDENCIA" }, comite2)).fieldErrors.nota).toEqual(["Una disidencia necesita su fundamento (al menos 15 caracteres)."]);

    const correosAntes = await db.notificacion.count();
    const cierre = comoExito(await correr(firmarActa, { postura: "DISIDENCIA", nota: "Prefería dar prioridad a la región de Tarapacá." }, comite2));
    expect(cierre.data.cerrada).toBe(true);
    const acta = await db.acta.findUniqueOrThrow({ where: { rondaId: ronda.id } });
    expect(acta.pdf).not.toBeNull();
    const sha = crypto.createHash("sha256").update(acta.pdf!).digest("hex");
    expect(acta.sha256).toBe(sha);
    expect(Buffer.from(acta.pdf!).subarray(0, 5).toString()).toBe("%PDF-");
    const ultima = await ultimaAuditoria();
    expect(ultima).toMatchObject({ accion: "acta.firmar", actorId: comite2.id });
    expect(JSON.parse(ultima!.datos!)).toMatchObject({ cerrada: true, sha256: sha });
    expect((await db.rondaSeleccion.findUniqueOrThrow({ where: { id: ronda.id } })).estado).toBe("CERRADA");

    const decisiones = await db.decisionComite.findMany({ where: { rondaId: ronda.id }, select: { decision: true, postulacion: { select: { estado: true, postulante: { select: { email: true } } } } } });
    for (const d of decisiones) expect(d.postulacion.estado).toBe(d.decision === "SELECCIONADA" ? "PRESELECCIONADA" : "NO_PRESELECCIONADA");
    expect(await db.notificacion.count()).toBe(correosAntes + decisiones.length);
    const aviso = await db.notificacion.findFirstOrThrow({ where: { para: decisiones[0].postulacion.postulante.email }, orderBy: { createdAt: "desc" } });
    expect(aviso.asunto).toContain("resultado de la preselección para incubación");

    const avance = evaluarAvance(await leerResumen(db, e.convocatoriaId));
    expect(avance.puede ? [] : avance.faltantes).not.toContain("El acta de preselección debe estar firmada por todos los miembros presentes del comité.");
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("con el acta cerrada, toda acción que cambie decisiones se niega y no escribe nada", async () => {
    const decision = await db.decisionComite.findFirstOrThrow({ where: { fase: "PRESELECCION" } });
    const antes = await foto();
    const intentos: { ok: boolean; error?: string }[] = [
      await correr(prepararRonda, { presupuesto: PRESUPUESTO, miembros: [comite.id] }, e.admin),
      await correr(decidir, { postulacionId: decision.postulacionId, decision: "LISTA_ESPERA", fundamento: "Un intento de cambiar lo ya firmado." }, comite),
      await correr(adoptarSugerencia, {}, comite),
      await correr(generarActa, {}, comite),
      await correr(retirarActa, { motivo: "Un intento de retirar un acta cerrada." }, comite),
      await correr(firmarActa, { postura: "ACUERDO" }, comite2),
    ];
    for (const r of intentos) expect(r.ok ? "éxito" : r.error).toBe("El acta ya fue firmada por todos los miembros presentes: la ronda está cerrada y ninguna decisión cambia.");
    expect(await foto()).toEqual(antes);
  });
});

describe("selección final: firmas simultáneas", () => {
  it("cinco miembros firman a la vez: todas las firmas quedan, la ronda se cierra una sola vez con un solo PDF", { timeout: 90_000 }, async () => {
    await fijarEtapa("FORMACION_INCUBACION");
    // The final round's score needs the demo day: one juror grades every preselected perfil.
    const jurado = await crearUsuario(["JURADO"]);
    const preseleccionadas = await db.postulacion.findMany({ where: { convocatoriaId: e.convocatoriaId, estado: "PRESELECCIONADA" }, select: { id: true } });
    expect(preseleccionadas.length).toBeGreaterThan(0);
    for (const [i, p] of preseleccionadas.entries()) await db.puntajeDemoDay.create({ data: { postulacionId: p.id, juradoId: jurado.id, nota: 4 + (i % 3) } });
    const miembros = [comite, comite2, ...(await Promise.all([1, 2, 3].map((i) => crearUsuario(["COMITE"], { nombre: `Integrante ${i}` }))))];
    comoExito(await correr(prepararRonda, { presupuesto: 650_000_000, miembros: miembros.map((m) => m.id) }, e.admin));
    comoExito(await correr(adoptarSugerencia, {}, comite));
    comoExito(await correr(generarActa, {}, comite));
    const auditoria = await contarAuditoria();
    const correos = await db.notificacion.count();
    const firmas = await Promise.all(miembros.map((m) => correr(firmarActa, { postura: "ACUERDO" }, m)));
    const exitos = firmas.map(comoExito);
    expect(exitos.filter((r) => r.data.cerrada)).toHaveLength(1);
    const ronda = await db.rondaSeleccion.findFirstOrThrow({ where: { fase: "SELECCION_FINAL" } });
    expect(ronda.estado).toBe("CERRADA");
    expect(await db.miembroRonda.count({ where: { rondaId: ronda.id, firmadaEn: { not: null } } })).toBe(5);
    expect(await contarAuditoria()).toBe(auditoria + 5);
    const decisiones = await db.decisionComite.count({ where: { rondaId: ronda.id } });
    expect(await db.notificacion.count()).toBe(correos + decisiones);
    expect((await leerResumen(db, e.convocatoriaId)).rondasCerradas.sort()).toEqual(["PRESELECCION", "SELECCION_FINAL"]);
  });
});
