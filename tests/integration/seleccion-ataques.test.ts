// Attacks on the selection round (issue 12), through the real pipeline and database, SQLite and PostgreSQL:
// who may act on the round, what inputs are refused, concurrent decisions against the acta's generation, and
// what other actions (admissibility, third reviews) may change underneath a round in signature or closed.
// The checks at the end are invariants of the signed acta, whatever fix is chosen: every perfil the closing
// gave a selection state is in the signed acta, admissible, with that decision; the public results and guide
// list what the acta lists, with its scores; and the convocatoria can leave the etapa.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, MENSAJE_ROL, type ActionDef } from "@/lib/actions/pipeline";
import type { ActionResult } from "@/lib/actions/result";
import type { NombreAccion } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { decidirAdmisibilidad } from "@/lib/admisibilidad/actions/decidir";
import { pedirTerceraRevision } from "@/lib/asignaciones/actions/pedir-tercera-revision";
import { leerResumen } from "@/lib/convocatoria/resumen";
import { evaluarAvance } from "@/lib/domain/etapas";
import { adoptarSugerencia } from "@/lib/seleccion/actions/adoptar-sugerencia";
import { decidir } from "@/lib/seleccion/actions/decidir";
import { firmarActa } from "@/lib/seleccion/actions/firmar-acta";
import { generarActa } from "@/lib/seleccion/actions/generar-acta";
import { prepararRonda } from "@/lib/seleccion/actions/preparar-ronda";
import { retirarActa } from "@/lib/seleccion/actions/retirar-acta";
import { leerContenido, type ContenidoActa } from "@/lib/seleccion/acta-contenido";
import { guiaProyectos, resultadosPublicos } from "@/lib/seleccion/resultados";
import { leerSugerencia } from "@/lib/seleccion/ronda";
import { completarEvaluaciones, crearEvaluador, crearPerfilAdmisible, enviarEvaluacion, rutDe } from "../support/asignaciones";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";
import { fijarReglas } from "../fixtures/preparar-votacion";

let e: Escenario;
let comite: SessionUser;
let comite2: SessionUser;
/** A COMITE account that is not among the members present. */
let ausente: SessionUser;
/** A perfil declared inadmissible before the round (montos within the band): admitted again after the acta. */
let inadmisible: string;
const DIA = 86_400_000;
const PRESUPUESTO = 110_000_000;
const MOTIVOS = "Revisión posterior de los documentos del perfil.";

function correr<N extends NombreAccion, S extends z.ZodType, T>(accion: ActionDef<N, S, T>, input: unknown, user: SessionUser): Promise<ActionResult<T>> {
  return executeAction(accion, input, { user, db });
}

/** What a refused action must leave untouched. */
async function foto() {
  const [auditoria, decisiones, rondas, actas, miembros, correos, postulaciones] = await Promise.all([
    contarAuditoria(),
    db.decisionComite.findMany({ orderBy: { id: "asc" }, select: { id: true, fase: true, decision: true, montoAsignado: true, fundamento: true, sugerida: true, updatedAt: true } }),
    db.rondaSeleccion.findMany({ orderBy: { id: "asc" }, select: { fase: true, estado: true, sugerencia: true, presupuesto: true } }),
    db.acta.findMany({ orderBy: { id: "asc" }, select: { id: true, sha256: true, contenido: true } }),
    db.miembroRonda.findMany({ orderBy: { id: "asc" }, select: { usuarioId: true, presente: true, firmadaEn: true, postura: true } }),
    db.notificacion.count(),
    db.postulacion.findMany({ orderBy: { id: "asc" }, select: { id: true, estado: true, admisible: true } }),
  ]);
  return { auditoria, decisiones, rondas, actas, miembros, correos, postulaciones };
}

async function rondaPre() {
  return db.rondaSeleccion.findFirstOrThrow({ where: { convocatoriaId: e.convocatoriaId, fase: "PRESELECCION" } });
}

async function sugeridas(): Promise<string[]> {
  const s = leerSugerencia((await rondaPre()).sugerencia);
  if (!s?.factible) throw new Error("La ronda no tiene una cartera sugerida factible");
  return s.seleccion.map(String);
}

async function contenidoActa(): Promise<ContenidoActa> {
  const acta = await db.acta.findUniqueOrThrow({ where: { rondaId: (await rondaPre()).id } });
  return leerContenido(acta.contenido);
}

beforeAll(async () => {
  e = await prepararDemo();
  await fijarEtapa("SELECCION_CONTRATACION");
  comite = e.cuentas.COMITE;
  comite2 = await crearUsuario(["COMITE"], { nombre: "Segunda Integrante" });
  ausente = await crearUsuario(["COMITE"], { nombre: "Integrante Ausente" });
  const montos = [30_000_000, 28_000_000, 25_000_000, 22_000_000, 20_000_000, 26_000_000, 24_000_000, 21_000_000];
  const regiones = ["01", "05", "05", "08", "13", "13", "08", "01"];
  for (const [i, monto] of montos.entries()) {
    const p = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[i % e.desafios.length].id, regiones: [regiones[i]] });
    await db.postulacion.update({ where: { id: p.id }, data: { montoSolicitado: monto } });
  }
  const q = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[0].id, regiones: ["09"], estado: "INADMISIBLE" });
  await db.postulacion.update({ where: { id: q.id }, data: { montoSolicitado: 23_000_000, admisibilidadMotivos: "Falta un documento obligatorio." } });
  inadmisible = q.id;
  // Evaluators with a RUT, so a third review finds someone eligible.
  for (let i = 0; i < 4; i++) await crearEvaluador({ rut: rutDe(15_432_100 + i) });
  await completarEvaluaciones(e.convocatoriaId);
  await fijarReglas(db, e.convocatoriaId, { votacionInicio: new Date(Date.now() - 3 * DIA), votacionFin: new Date(Date.now() - DIA) });
  comoExito(await correr(prepararRonda, { presupuesto: PRESUPUESTO, miembros: [comite.id, comite2.id] }, e.admin));
}, 120_000);

describe("quién puede actuar sobre la ronda", () => {
  it("personal, evaluadores, postulantes, jurados y afiliados no deciden, adoptan, generan, firman ni retiran: nada se escribe", async () => {
    const p = (await sugeridas())[0];
    const antes = await foto();
    for (const rol of ["ADMIN", "EVALUADOR", "POSTULANTE", "JURADO", "AFILIADO", "ENCARGADO_TECNICO"] as const) {
      const u = e.cuentas[rol];
      const intentos = [
        await correr(decidir, { postulacionId: p, decision: "SELECCIONADA" }, u),
        await correr(adoptarSugerencia, {}, u),
        await correr(generarActa, {}, u),
        await correr(firmarActa, { postura: "ACUERDO" }, u),
        await correr(retirarActa, { motivo: "Un intento de retirar el acta ajena." }, u),
      ];
      for (const r of intentos) expect(r.ok ? `éxito de ${rol}` : r.error).toBe(MENSAJE_ROL);
    }
    for (const rol of ["EVALUADOR", "POSTULANTE", "JURADO", "AFILIADO"] as const) {
      expect(comoError(await correr(prepararRonda, { presupuesto: PRESUPUESTO, miembros: [e.cuentas[rol].id] }, e.cuentas[rol])).error).toBe(MENSAJE_ROL);
    }
    expect(await foto()).toEqual(antes);
  });

  it("un integrante del comité que no está presente no puede volver a preparar la ronda para marcarse presente y sacar a los demás", async () => {
    const antes = await foto();
    const r = await correr(prepararRonda, { presupuesto: PRESUPUESTO, miembros: [ausente.id] }, ausente);
    try {
      // Were it accepted, the absent member would now be the only one present, and could decide and sign alone.
      expect(r.ok ? "aceptado" : "negado").toBe("negado");
      expect(await foto()).toEqual(antes);
    } finally {
      // So that what follows runs on the round as staff prepared it, whatever this test found.
      if (r.ok) comoExito(await correr(prepararRonda, { presupuesto: PRESUPUESTO, miembros: [comite.id, comite2.id] }, e.admin));
    }
  });
});

describe("entradas forzadas", () => {
  it("montos, textos, decisiones, perfiles y miembros inválidos se niegan sin escribir nada", async () => {
    const p = (await sugeridas())[0];
    const otraConv = await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[0].id, estado: "ENVIADA" });
    const antes = await foto();
    const base = { postulacionId: p, decision: "SELECCIONADA" };
    const decisiones: [string, unknown][] = [
      ["monto negativo", { ...base, montoAsignado: -25_000_000 }],
      ["monto con decimales", { ...base, montoAsignado: 25_000_000.5 }],
      ["monto enorme", { ...base, montoAsignado: 1e15 }],
      ["monto bajo la banda", { ...base, montoAsignado: 1 }],
      ["monto sobre la banda", { ...base, montoAsignado: 31_000_000 }],
      ["monto no numérico", { ...base, montoAsignado: "veinte millones" }],
      ["monto como lista", { ...base, montoAsignado: ["20000000", "21000000"] }],
      ["fundamento de 10 MB", { ...base, decision: "NO_SELECCIONADA", fundamento: "x".repeat(10 * 1024 * 1024) }],
      ["fundamento con NUL", { ...base, decision: "NO_SELECCIONADA", fundamento: "Motivo largo con \u0000 un byte nulo." }],
      ["decisión inventada", { ...base, decision: "ADJUDICADA" }],
      ["perfil inadmisible", { postulacionId: inadmisible, decision: "LISTA_ESPERA" }],
      ["perfil no admitido aún", { postulacionId: otraConv.id, decision: "LISTA_ESPERA" }],
      ["perfil inexistente", { postulacionId: "c".repeat(25), decision: "LISTA_ESPERA" }],
      ["identificador con NUL", { postulacionId: `${p}\u0000`, decision: "LISTA_ESPERA" }],
    ];
    for (const [caso, input] of decisiones) expect((await correr(decidir, input, comite)).ok, caso).toBe(false);
    const preparaciones: [string, unknown][] = [
      ["presupuesto sobre el de la convocatoria", { presupuesto: 2_000_000_000, miembros: [comite.id] }],
      ["presupuesto negativo", { presupuesto: -1, miembros: [comite.id] }],
      ["presupuesto con decimales", { presupuesto: 100_000_000.5, miembros: [comite.id] }],
      ["miembro sin rol de comité", { presupuesto: PRESUPUESTO, miembros: [comite.id, e.cuentas.EVALUADOR.id] }],
      ["miembro inexistente", { presupuesto: PRESUPUESTO, miembros: [comite.id, "d".repeat(25)] }],
      ["51 miembros", { presupuesto: PRESUPUESTO, miembros: Array.from({ length: 51 }, (_, i) => `m${i}`) }],
      ["máximo por desafío cero", { presupuesto: PRESUPUESTO, maxPorDesafio: 0, miembros: [comite.id] }],
    ];
    for (const [caso, input] of preparaciones) expect((await correr(prepararRonda, input, e.admin)).ok, caso).toBe(false);
    expect(comoError(await correr(firmarActa, { postura: "ADMIN" }, comite)).fieldErrors.postura).toBeDefined();
    expect(await foto()).toEqual(antes);
    await db.postulacion.delete({ where: { id: otraConv.id } });
  });

  it("una fase forzada en la entrada no alcanza la otra ronda; miembros repetidos cuentan una vez", async () => {
    const p = (await sugeridas())[0];
    comoExito(await correr(decidir, { postulacionId: p, decision: "SELECCIONADA", fase: "SELECCION_FINAL", rondaId: "x" }, comite));
    expect(await db.decisionComite.findMany({ where: { postulacionId: p }, select: { fase: true } })).toEqual([{ fase: "PRESELECCION" }]);
    expect(await db.rondaSeleccion.count({ where: { fase: "SELECCION_FINAL" } })).toBe(0);
    comoExito(await correr(prepararRonda, { presupuesto: PRESUPUESTO, miembros: [comite.id, comite2.id, comite.id] }, e.admin));
    expect(await db.miembroRonda.count({ where: { rondaId: (await rondaPre()).id } })).toBe(2);
  });
});

describe("decisiones simultáneas", () => {
  it("doce decisiones a la vez sobre un perfil: todas pasan, queda una fila, la de la última auditada", { timeout: 60_000 }, async () => {
    const s = await sugeridas();
    const p = s[1];
    const resultados = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        correr(
          decidir,
          i % 2 ? { postulacionId: p, decision: "SELECCIONADA" } : { postulacionId: p, decision: "LISTA_ESPERA", fundamento: `Fundamento número ${i} de la espera.` },
          i % 3 ? comite : comite2,
        ),
      ),
    );
    for (const r of resultados) comoExito(r);
    const filas = await db.decisionComite.findMany({ where: { postulacionId: p } });
    expect(filas).toHaveLength(1);
    const ultima = await db.auditLog.findFirstOrThrow({ where: { accion: "seleccion.decidir", entidadId: filas[0].id }, orderBy: { id: "desc" } });
    const datos = JSON.parse(ultima.datos) as { decision: string; fundamento: string };
    expect({ decision: filas[0].decision, fundamento: filas[0].fundamento }).toEqual({ decision: datos.decision, fundamento: datos.fundamento });
    // Back to the suggestion, for what follows.
    comoExito(await correr(decidir, { postulacionId: p, decision: "SELECCIONADA" }, comite));
  });
});

// One round, in order: decided while ABIERTA, an admissibility change under a decision; the acta generated
// while decisions race it; in signature, an admissibility change and third reviews; closed; then the checks.
describe("lo que cambia fuera de la ronda mientras se decide y se firma", () => {
  const perfilEnEspera: { id: string | null } = { id: null };
  const atacados: { abierta: string | null; enFirma: string | null; terceraPendiente: string | null; terceraEnviada: string | null } = {
    abierta: null,
    enFirma: null,
    terceraPendiente: null,
    terceraEnviada: null,
  };

  it("ronda abierta: se adopta la sugerencia; luego el personal declara inadmisible un perfil ya seleccionado", async () => {
    comoExito(await correr(adoptarSugerencia, {}, comite2));
    const s = await sugeridas();
    atacados.abierta = s[s.length - 1];
    expect((await db.decisionComite.findUniqueOrThrow({ where: { postulacionId_fase: { postulacionId: atacados.abierta, fase: "PRESELECCION" } } })).decision).toBe("SELECCIONADA");
    // Accepted today; whichever the fix, the checks after the closing must hold.
    await correr(decidirAdmisibilidad, { id: atacados.abierta, decision: "INADMISIBLE", motivos: MOTIVOS }, e.admin);
  });

  it("el acta se genera mientras otras decisiones compiten: lo que dice el acta es lo que quedó en la base", { timeout: 60_000 }, async () => {
    const ronda = await rondaPre();
    const noSugeridas = await db.decisionComite.findMany({ where: { rondaId: ronda.id, decision: "NO_SELECCIONADA" }, select: { postulacionId: true } });
    expect(noSugeridas.length).toBeGreaterThan(1);
    perfilEnEspera.id = noSugeridas[0].postulacionId;
    const carreras = await Promise.all([
      correr(decidir, { postulacionId: noSugeridas[0].postulacionId, decision: "LISTA_ESPERA" }, comite),
      correr(generarActa, {}, comite2),
      correr(decidir, { postulacionId: noSugeridas[1].postulacionId, decision: "LISTA_ESPERA" }, comite2),
      correr(decidir, { postulacionId: noSugeridas[0].postulacionId, decision: "NO_SELECCIONADA" }, comite),
    ]);
    const generada = carreras[1];
    if (!generada.ok) throw new Error(generada.error);
    for (const r of [carreras[0], carreras[2], carreras[3]]) {
      if (!r.ok) expect(r.error).toBe("El acta está en firma: no se pueden cambiar decisiones. Para corregir, retire el acta.");
    }
    const contenido = await contenidoActa();
    const enBase = await db.decisionComite.findMany({ where: { rondaId: ronda.id }, select: { postulacionId: true, decision: true, montoAsignado: true, fundamento: true } });
    const porId = new Map(enBase.map((d) => [d.postulacionId, d]));
    for (const d of contenido.decisiones) {
      expect({ decision: d.decision, montoAsignado: d.montoAsignado, fundamento: d.fundamento }).toEqual({
        decision: porId.get(d.postulacionId)!.decision,
        montoAsignado: porId.get(d.postulacionId)!.montoAsignado,
        fundamento: porId.get(d.postulacionId)!.fundamento,
      });
    }
    expect((await rondaPre()).estado).toBe("EN_FIRMA");
  });

  it("acta en firma: el personal declara inadmisible un perfil seleccionado y pide terceras revisiones", async () => {
    const contenido = await contenidoActa();
    const seleccionadas = contenido.decisiones.filter((d) => d.decision === "SELECCIONADA").map((d) => d.postulacionId);
    const otras = contenido.decisiones.filter((d) => d.decision !== "SELECCIONADA").map((d) => d.postulacionId);
    expect(seleccionadas.length).toBeGreaterThan(1);
    expect(otras.length).toBeGreaterThan(1);
    atacados.enFirma = seleccionadas[0];
    await correr(decidirAdmisibilidad, { id: atacados.enFirma, decision: "INADMISIBLE", motivos: MOTIVOS }, e.admin);

    // A third review left pending, and another one submitted (with a low grade) before the last signature.
    atacados.terceraPendiente = otras[0];
    await correr(pedirTerceraRevision, { postulacionId: atacados.terceraPendiente }, e.admin);
    atacados.terceraEnviada = seleccionadas[1];
    const r = await correr(pedirTerceraRevision, { postulacionId: atacados.terceraEnviada }, e.admin);
    if (r.ok) await enviarEvaluacion(r.data.asignacionId, 1);
  });

  it("la última firma cierra la ronda", { timeout: 60_000 }, async () => {
    comoExito(await correr(firmarActa, { postura: "ACUERDO" }, comite));
    expect(comoExito(await correr(firmarActa, { postura: "ACUERDO" }, comite2)).data.cerrada).toBe(true);
  });

  it("cada perfil al que el cierre dio un estado de preselección está en el acta firmada, es admisible y tiene esa decisión", async () => {
    const contenido = await contenidoActa();
    const enActa = new Map(contenido.decisiones.map((d) => [d.postulacionId, d.decision]));
    const tocados = await db.postulacion.findMany({
      where: { convocatoriaId: e.convocatoriaId, estado: { in: ["PRESELECCIONADA", "NO_PRESELECCIONADA"] } },
      select: { id: true, estado: true, admisible: true },
    });
    const malos = tocados
      .filter((p) => !p.admisible || !enActa.has(p.id) || (enActa.get(p.id) === "SELECCIONADA") !== (p.estado === "PRESELECCIONADA"))
      .map((p) => ({ id: p.id, estado: p.estado, admisible: p.admisible, enActa: enActa.get(p.id) ?? null }));
    expect(malos).toEqual([]);
  });

  it("nadie fuera del acta recibe un correo de resultado de la preselección", async () => {
    const contenido = await contenidoActa();
    const enActa = new Set(contenido.decisiones.map((d) => d.postulacionId));
    const fuera = [atacados.abierta!].filter((id) => !enActa.has(id));
    expect(fuera).toHaveLength(1);
    const p = await db.postulacion.findUniqueOrThrow({ where: { id: fuera[0] }, select: { postulante: { select: { email: true } } } });
    const avisos = await db.notificacion.findMany({ where: { para: p.postulante.email }, select: { asunto: true } });
    expect(avisos.filter((a) => a.asunto.includes("preselección"))).toEqual([]);
  });

  it("los resultados públicos muestran exactamente las decisiones del acta firmada", async () => {
    const contenido = await contenidoActa();
    const r = (await resultadosPublicos(db))!;
    const pre = r.rondas.find((x) => x.fase === "PRESELECCION")!;
    const seleccionadasActa = contenido.decisiones.filter((d) => d.decision === "SELECCIONADA").map((d) => d.postulacionId).sort();
    expect(pre.seleccionados.map((p) => p.postulacionId).sort()).toEqual(seleccionadasActa);
    expect(pre.montoUsado).toBe(contenido.montoSeleccionado);
    expect(pre.listaEspera.map((p) => p.postulacionId).sort()).toEqual(contenido.decisiones.filter((d) => d.decision === "LISTA_ESPERA").map((d) => d.postulacionId).sort());
  });

  it("la guía publica los perfiles del acta con los puntajes que el acta firmó", async () => {
    const contenido = await contenidoActa();
    const guia = (await guiaProyectos(db))!;
    const filas = guia.rondas.find((x) => x.fase === "PRESELECCION")!.filas;
    expect.soft(filas.map((f) => f.postulacionId).sort()).toEqual(contenido.decisiones.map((d) => d.postulacionId).sort());
    const puntajeActa = new Map(contenido.decisiones.map((d) => [d.postulacionId, d.puntaje]));
    const distintos = filas.filter((f) => f.consolidado === null || Math.abs(f.consolidado - puntajeActa.get(f.postulacionId)!) > 1e-9);
    expect.soft(distintos.map((f) => ({ id: f.postulacionId, guia: f.consolidado, acta: puntajeActa.get(f.postulacionId) }))).toEqual([]);
  });

  it("con el acta de preselección firmada, la convocatoria puede salir de la etapa (ninguna evaluación queda imposible de enviar)", async () => {
    const avance = evaluarAvance(await leerResumen(db, e.convocatoriaId));
    expect(avance.puede ? [] : avance.faltantes).toEqual([]);
  });

  it("después del cierre, volver admisible un perfil no agrega a la guía un perfil que el comité nunca decidió", async () => {
    await correr(decidirAdmisibilidad, { id: inadmisible, decision: "ADMISIBLE", motivos: MOTIVOS }, e.admin);
    const contenido = await contenidoActa();
    const guia = (await guiaProyectos(db))!;
    const filas = guia.rondas.find((x) => x.fase === "PRESELECCION")!.filas;
    expect(filas.filter((f) => f.decision === null).map((f) => f.postulacionId)).toEqual([]);
    expect(filas.map((f) => f.postulacionId).sort()).toEqual(contenido.decisiones.map((d) => d.postulacionId).sort());
    const avance = evaluarAvance(await leerResumen(db, e.convocatoriaId));
    expect(avance.puede ? [] : avance.faltantes).toEqual([]);
  });

  it("con la ronda cerrada, ninguna acción de selección escribe", async () => {
    const antes = await foto();
    const intentos = [
      await correr(prepararRonda, { presupuesto: PRESUPUESTO, miembros: [ausente.id] }, ausente),
      await correr(decidir, { postulacionId: perfilEnEspera.id, decision: "SELECCIONADA", fundamento: "Intento de cambiar lo firmado." }, comite),
      await correr(adoptarSugerencia, {}, comite2),
      await correr(generarActa, {}, comite),
      await correr(retirarActa, { motivo: "Intento de retirar un acta cerrada." }, comite),
      await correr(firmarActa, { postura: "DISIDENCIA", nota: "Una segunda firma sobre un acta cerrada." }, comite),
    ];
    for (const r of intentos) expect(r.ok).toBe(false);
    expect(await foto()).toEqual(antes);
  });
});
