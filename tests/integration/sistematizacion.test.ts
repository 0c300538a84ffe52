// The pilots' final reports (issue 14, CIERRE) through the real pipeline and database, SQLite and
// PostgreSQL: the team's autosave prefilled from the desafío's baseline and the formulario completo,
// sending (complete, at the version seen, once even when sent ten times at once), staff review (observe →
// the team corrects and sends again → approve, published, e-mails), another team's pilot answering like
// one that does not exist; the encuentro's material e-mailed once per confirmed registrant; and closing the
// convocatoria only once every report is approved and next year's exists, which then becomes the current one.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, type ActionDef } from "@/lib/actions/pipeline";
import type { NombreAccion } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { cerrarConvocatoria } from "@/lib/convocatoria/actions/cerrar";
import { crearSiguiente } from "@/lib/convocatoria/actions/crear-siguiente";
import { MENSAJE_SIN_SIGUIENTE } from "@/lib/convocatoria/historia";
import { leerConvocatoriaPublica } from "@/lib/convocatoria/queries";
import { MENSAJE_SIN_CONVENIO } from "@/lib/convenio/exigir";
import { contenidoSchema } from "@/lib/domain/formulario-completo";
import { leerCostos, leerResultados } from "@/lib/domain/sistematizacion";
import { enviarSistematizacion } from "@/lib/sistematizacion/actions/enviar";
import { guardarBorradorSistematizacion } from "@/lib/sistematizacion/actions/guardar-borrador";
import { revisarSistematizacion } from "@/lib/sistematizacion/actions/revisar";
import { MENSAJE_CONFLICTO, MENSAJE_NO_EDITABLE, MENSAJE_SIN_PROYECTO } from "@/lib/sistematizacion/schema";
import { compartirMaterial } from "@/lib/talleres/actions/compartir-material";
import { getTallerPublico } from "@/lib/talleres/queries";
import { crearPerfilAdmisible } from "../support/asignaciones";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";
import { informeCompleto } from "../fixtures/acciones/sistematizacion";
import { asegurarConvenioMuestra } from "../fixtures/preparar-sistematizacion";

let e: Escenario;
let equipo: SessionUser;
let otroEquipo: SessionUser;
let piloto: string;
let otroPiloto: string;
let sinConvenio: string;
let metricas: { id: string; indicador: string; valor: number }[];

function correr<N extends NombreAccion, S extends z.ZodType, T>(accion: ActionDef<N, S, T>, input: unknown, user: SessionUser) {
  return executeAction(accion, input, { user, db });
}

async function informe(postulacionId: string) {
  return db.sistematizacion.findUnique({ where: { postulacionId } });
}

beforeAll(async () => {
  e = await prepararDemo();
  equipo = await crearUsuario(["POSTULANTE"], { nombre: "Equipo Piloto" });
  otroEquipo = await crearUsuario(["POSTULANTE"], { nombre: "Otro Equipo" });
  const desafioId = e.desafios[0].id;
  piloto = (await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId, postulanteId: equipo.id })).id;
  otroPiloto = (await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId, postulanteId: otroEquipo.id })).id;
  sinConvenio = (await crearPerfilAdmisible({ convocatoriaId: e.convocatoriaId, desafioId: e.desafios[1].id, postulanteId: equipo.id })).id;
  await db.postulacion.update({ where: { id: piloto }, data: { montoSolicitado: 25_000_000 } });
  metricas = await db.metricaLineaBase.findMany({ where: { desafioId }, orderBy: { orden: "asc" }, select: { id: true, indicador: true, valor: true } });
  expect(metricas.length).toBeGreaterThan(0);
  // The pilot's formulario completo (frozen): a target for each baseline metric, a budget in two categories.
  const contenido = contenidoSchema.parse({
    metricas: metricas.map((m, i) => ({ metricaLineaBaseId: m.id, lineaBase: String(m.valor), meta: i === 0 ? "40 %" : "12", unidad: "%", medioVerificacion: "Encuesta" })),
    presupuesto: [
      { item: "Coordinadora", categoria: "RECURSOS_HUMANOS", monto: 20_000_000 },
      { item: "Traslados", categoria: "OPERACION", monto: 5_000_000 },
    ],
  });
  await db.formularioCompleto.create({ data: { postulacionId: piloto, contenido: JSON.stringify(contenido), version: 3, enviadoEn: new Date() } });
  await asegurarConvenioMuestra(db, piloto, e.admin.id);
  await asegurarConvenioMuestra(db, otroPiloto, e.admin.id);
  await fijarEtapa("CIERRE");
});

describe("informe final del piloto", () => {
  it("el primer guardado precarga las métricas (línea base del desafío, meta del formulario) y los costos; un resultado escrito se guarda", async () => {
    const guardado = comoExito(
      await correr(
        guardarBorradorSistematizacion,
        { id: piloto, version: 0, loRealizado: "Avanzamos", resultadosMetricas: [{ metricaLineaBaseId: metricas[0].id, resultado: "45,5", lineaBase: 0, meta: 0 }] },
        equipo,
      ),
    );
    expect(guardado.data.version).toBe(1);
    const fila = (await informe(piloto))!;
    expect(fila).toMatchObject({ estado: "BORRADOR", version: 1, loRealizado: "Avanzamos" });
    const resultados = leerResultados(fila.resultadosMetricas);
    expect(resultados.map((r) => [r.metricaLineaBaseId, r.lineaBase])).toEqual(metricas.map((m) => [m.id, m.valor]));
    expect(resultados[0]).toMatchObject({ meta: 40, metaTexto: "40 %", resultado: 45.5 });
    expect(leerCostos(fila.costos)).toEqual([
      { categoria: "RECURSOS_HUMANOS", presupuestado: 20_000_000, ejecutado: null },
      { categoria: "OPERACION", presupuestado: 5_000_000, ejecutado: null },
    ]);
  });

  it("otra pestaña con una versión vieja no sobrescribe; un informe incompleto no se envía y sigue editable", async () => {
    const viejo = comoError(await correr(guardarBorradorSistematizacion, { id: piloto, version: 0, loRealizado: "Texto viejo" }, equipo));
    expect(viejo.error).toBe(MENSAJE_CONFLICTO);
    expect(viejo.fieldErrors).toEqual({ version: ["1"] });
    const incompleto = comoError(await correr(enviarSistematizacion, { id: piloto, version: 1 }, equipo));
    expect(incompleto.fieldErrors).toMatchObject({ aprendizajes: ["Aprendizajes es obligatorio."], "costos.0.ejecutado": [expect.stringContaining("recursos humanos")] });
    expect(incompleto.fieldErrors.fundamentoRecomendacion).toEqual(["Fundamente la recomendación."]);
    expect((await informe(piloto))!).toMatchObject({ estado: "BORRADOR", enviadaEn: null, loRealizado: "Avanzamos" });
  });

  it("un proyecto sin convenio no es un piloto; el piloto de otro equipo no existe para este equipo", async () => {
    const antes = await contarAuditoria();
    expect(comoError(await correr(guardarBorradorSistematizacion, { id: sinConvenio, version: 0 }, equipo)).error).toBe(MENSAJE_SIN_CONVENIO);
    const ajeno = comoError(await correr(guardarBorradorSistematizacion, { id: otroPiloto, version: 0, loRealizado: "Intruso" }, equipo));
    const inexistente = comoError(await correr(guardarBorradorSistematizacion, { id: "no-existe-0000", version: 0, loRealizado: "Intruso" }, equipo));
    expect(ajeno).toEqual(inexistente);
    expect(ajeno.error).toBe(MENSAJE_SIN_PROYECTO);
    expect(comoError(await correr(enviarSistematizacion, { id: otroPiloto, version: 0 }, equipo)).error).toBe(MENSAJE_SIN_PROYECTO);
    expect(await informe(otroPiloto)).toBeNull();
    expect(await informe(sinConvenio)).toBeNull();
    expect(await contarAuditoria()).toBe(antes);
  });

  it("diez envíos a la vez: uno solo lo envía; el informe queda congelado", { timeout: 60_000 }, async () => {
    const completo = { ...informeCompleto(metricas.map((m) => m.id)), costos: [{ categoria: "RECURSOS_HUMANOS", ejecutado: "19.500.000" }, { categoria: "OPERACION", ejecutado: 5_200_000 }] };
    comoExito(await correr(guardarBorradorSistematizacion, { id: piloto, version: 1, ...completo }, equipo));
    const antes = await contarAuditoria();
    const envios = await Promise.all(Array.from({ length: 10 }, () => correr(enviarSistematizacion, { id: piloto, version: 2 }, equipo)));
    expect(envios.filter((r) => r.ok)).toHaveLength(1);
    for (const r of envios.filter((x) => !x.ok)) expect(comoError(r).error).toBe(MENSAJE_NO_EDITABLE);
    expect(await contarAuditoria()).toBe(antes + 1);
    const fila = (await informe(piloto))!;
    expect(fila.estado).toBe("ENVIADA");
    expect(fila.enviadaEn).toBeInstanceOf(Date);
    expect(leerCostos(fila.costos).map((c) => c.ejecutado)).toEqual([19_500_000, 5_200_000]);
    expect(comoError(await correr(guardarBorradorSistematizacion, { id: piloto, version: 2, loRealizado: "Cambio tardío" }, equipo)).error).toBe(MENSAJE_NO_EDITABLE);
  });

  it("el equipo FOSIS observa con motivo; el equipo corrige y reenvía; el equipo FOSIS aprueba y se publica, con correos", async () => {
    // Reviewing is staff's: the team cannot, and an observation needs its reasons.
    expect(comoError(await correr(revisarSistematizacion, { id: piloto, decision: "APROBAR" }, equipo)).error).toBe("No tiene permiso para realizar esta acción.");
    expect(comoError(await correr(revisarSistematizacion, { id: piloto, decision: "OBSERVAR", motivo: "Corto" }, e.admin)).fieldErrors.motivo).toBeDefined();

    const correos = await db.notificacion.count({ where: { para: equipo.email } });
    const observada = comoExito(await correr(revisarSistematizacion, { id: piloto, decision: "OBSERVAR", motivo: "Falta explicar cómo se midió la segunda métrica." }, e.cuentas.ENCARGADO_TECNICO));
    expect(observada.data.estado).toBe("OBSERVADA");
    expect((await informe(piloto))!).toMatchObject({ estado: "OBSERVADA", revisionMotivo: "Falta explicar cómo se midió la segunda métrica.", revisadoPorId: e.cuentas.ENCARGADO_TECNICO.id, aprobadaEn: null });
    const aviso = await db.notificacion.findFirstOrThrow({ where: { para: equipo.email }, orderBy: { createdAt: "desc" } });
    expect(aviso.asunto).toContain("observaciones");
    expect(aviso.cuerpo).toContain("Falta explicar cómo se midió la segunda métrica.");
    // Not sent any more: nothing to review.
    expect(comoError(await correr(revisarSistematizacion, { id: piloto, decision: "APROBAR" }, e.admin)).error).toContain("no está enviado a revisión");

    const v = (await informe(piloto))!.version;
    comoExito(await correr(guardarBorradorSistematizacion, { id: piloto, version: v, ...informeCompleto(metricas.map((m) => m.id)), aprendizajes: "Medimos la segunda métrica con la encuesta del consultorio.", costos: [{ categoria: "RECURSOS_HUMANOS", ejecutado: 19_500_000 }, { categoria: "OPERACION", ejecutado: 5_200_000 }] }, equipo));
    comoExito(await correr(enviarSistematizacion, { id: piloto, version: v + 1 }, equipo));
    const aprobada = comoExito(await correr(revisarSistematizacion, { id: piloto, decision: "APROBAR" }, e.admin));
    expect(aprobada.data.estado).toBe("APROBADA");
    const fila = (await informe(piloto))!;
    expect(fila).toMatchObject({ estado: "APROBADA", aprendizajes: "Medimos la segunda métrica con la encuesta del consultorio.", revisadoPorId: e.admin.id });
    expect(fila.aprobadaEn).toBeInstanceOf(Date);
    expect(fila.publicadaEn).toEqual(fila.aprobadaEn);
    expect(await db.notificacion.count({ where: { para: equipo.email } })).toBe(correos + 2);
    expect((await db.notificacion.findFirstOrThrow({ where: { para: equipo.email }, orderBy: { createdAt: "desc" } })).asunto).toContain("aprobado");
    // Approved: frozen for the team, and not reviewed twice.
    expect(comoError(await correr(guardarBorradorSistematizacion, { id: piloto, version: v + 1 }, equipo)).error).toBe(MENSAJE_NO_EDITABLE);
    expect(comoError(await correr(revisarSistematizacion, { id: piloto, decision: "OBSERVAR", motivo: "Otra observación más." }, e.admin)).error).toContain("no está enviado a revisión");
  });
});

describe("material de un encuentro", () => {
  it("se comparte después del encuentro y llega una vez a cada inscripción confirmada; la página pública lo muestra", async () => {
    const mk = (inicio: Date) =>
      db.evento.create({
        data: {
          convocatoriaId: e.convocatoriaId,
          tipo: "ENCUENTRO",
          titulo: "Encuentro de pilotos",
          inicio,
          enlace: "https://reunion.ejemplo.cl/x",
          capacidad: 10,
          creadoPorId: e.admin.id,
          inscripciones: {
            create: [
              { nombre: "Ana", email: "ana.encuentro@prueba.cl", estado: "CONFIRMADA" },
              { nombre: "Ana otra vez", email: "ANA.encuentro@prueba.cl", estado: "CONFIRMADA" },
              { nombre: "Berta", email: "berta.encuentro@prueba.cl", estado: "CONFIRMADA" },
              { nombre: "Carla", email: "carla.encuentro@prueba.cl", estado: "LISTA_ESPERA" },
              { nombre: "Dora", email: "dora.encuentro@prueba.cl", estado: "CANCELADA" },
            ],
          },
        },
        select: { id: true },
      });
    const futuro = await mk(new Date(Date.now() + 86_400_000));
    const material = "Presentación: https://material.ejemplo.cl/p.pdf";
    expect(comoError(await correr(compartirMaterial, { eventoId: futuro.id, material }, e.admin)).error).toContain("aún no comienza");
    expect(comoError(await correr(compartirMaterial, { eventoId: futuro.id, material: "Ver http://inseguro.ejemplo.cl" }, e.admin)).fieldErrors.material).toBeDefined();
    expect(comoError(await correr(compartirMaterial, { eventoId: futuro.id, material }, equipo)).error).toBe("No tiene permiso para realizar esta acción.");

    const pasado = await mk(new Date(Date.now() - 3_600_000));
    const antes = await db.notificacion.count();
    const r = comoExito(await correr(compartirMaterial, { eventoId: pasado.id, material }, e.cuentas.ENCARGADO_TECNICO));
    expect(r.data.enviados).toBe(2);
    const enviados = await db.notificacion.findMany({ where: { id: { startsWith: `material-${pasado.id}-` } }, select: { para: true, cuerpo: true } });
    expect(enviados.map((n) => n.para.toLowerCase()).sort()).toEqual(["ana.encuentro@prueba.cl", "berta.encuentro@prueba.cl"]);
    expect(enviados[0].cuerpo).toContain("https://material.ejemplo.cl/p.pdf");
    expect((await db.evento.findUniqueOrThrow({ where: { id: pasado.id } })).material).toBe(material);
    expect(await getTallerPublico(pasado.id, db)).toMatchObject({ material, comenzado: true });
    // A correction updates the page, and e-mails nobody twice.
    const corregido = comoExito(await correr(compartirMaterial, { eventoId: pasado.id, material: `${material}\nGrabación: https://video.ejemplo.cl/v` }, e.admin));
    expect(corregido.data.enviados).toBe(0);
    expect(await db.notificacion.count()).toBe(antes + 2);
    expect((await db.evento.findUniqueOrThrow({ where: { id: pasado.id } })).material).toContain("Grabación");
  });
});

describe("cierre de la convocatoria", () => {
  it("se rechaza mientras falten informes aprobados (dice cuántos y cuáles); con todos aprobados, se cierra y queda en el historial; sin la convocatoria del año siguiente no se cierra; al cerrar, aquella pasa a ser la activa", async () => {
    const antes = await contarAuditoria();
    const pilotos = await db.postulacion.count({ where: { convocatoriaId: e.convocatoriaId, convenio: { is: { documentoId: { not: null } } } } });
    const rechazo = comoError(await correr(cerrarConvocatoria, { anio: (await leerConvocatoriaPublica(db))!.anio }, e.admin));
    expect(rechazo.error).toMatch(/^No se puede cerrar la convocatoria: falta/);
    expect(rechazo.error).toContain(`de ${pilotos} pilotos`);
    const otro = await db.postulacion.findUniqueOrThrow({ where: { id: otroPiloto }, select: { nombreProyecto: true } });
    expect(rechazo.error).toContain(`«${otro.nombreProyecto}» (sin informe)`);
    expect(await contarAuditoria()).toBe(antes);
    expect(comoError(await correr(cerrarConvocatoria, { anio: 2100 }, e.admin)).error).toContain("recargue la página");
    expect(comoError(await correr(cerrarConvocatoria, { anio: 2019 }, e.cuentas.ENCARGADO_TECNICO)).error).toBe("No tiene permiso para realizar esta acción.");

    // Every other pilot's report approved (written directly: the flow is tested above).
    const pendientes = await db.postulacion.findMany({ where: { convocatoriaId: e.convocatoriaId, convenio: { is: { documentoId: { not: null } } }, NOT: { sistematizacion: { is: { estado: "APROBADA" } } } }, select: { id: true } });
    for (const p of pendientes) {
      await db.sistematizacion.upsert({ where: { postulacionId: p.id }, create: { postulacionId: p.id, estado: "APROBADA", aprobadaEn: new Date(), publicadaEn: new Date() }, update: { estado: "APROBADA", aprobadaEn: new Date(), publicadaEn: new Date() } });
    }
    const conv = (await leerConvocatoriaPublica(db))!;
    expect(conv.activa).toBe(true);
    // Without next year's convocatoria it is refused (nothing would be active afterwards), nothing written.
    expect(await db.convocatoria.count({ where: { anio: conv.anio + 1 } })).toBe(0);
    const sinSiguiente = comoError(await correr(cerrarConvocatoria, { anio: conv.anio }, e.admin));
    expect(sinSiguiente.error).toBe(MENSAJE_SIN_SIGUIENTE(conv.anio));
    expect(await contarAuditoria()).toBe(antes);
    const siguiente = comoExito(await correr(crearSiguiente, {}, e.admin));

    const cerrada = comoExito(await correr(cerrarConvocatoria, { anio: conv.anio }, e.admin));
    expect(cerrada.data).toMatchObject({ id: e.convocatoriaId, anio: conv.anio });
    expect(await contarAuditoria()).toBe(antes + 2);
    const fila = await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId }, select: { activa: true, etapaActual: true, _count: { select: { postulaciones: true, desafios: true } } } });
    expect(fila.activa).toBe(false);
    expect(fila.etapaActual).toBe("CIERRE");
    expect(fila._count.postulaciones).toBeGreaterThan(0);
    expect(await db.sistematizacion.count({ where: { postulacionId: piloto, estado: "APROBADA" } })).toBe(1);

    // Next year's is the current one now; the closed one stays in the history; closing again is refused.
    expect((await db.convocatoria.findMany({ where: { activa: true }, select: { anio: true } })).map((c) => c.anio)).toEqual([conv.anio + 1]);
    expect((await leerConvocatoriaPublica(db))!.anio).toBe(conv.anio + 1);
    expect(siguiente.data).toBeTruthy();
    // (the current one is next year's, in its first etapa: the table refuses closing there)
    expect(comoError(await correr(cerrarConvocatoria, { anio: conv.anio }, e.admin)).error).toMatch(/^Esta acción no está disponible en la etapa/);
  });
});
