// The convenio of a finally selected project (issue 13, item 6) and the etapa precondition it feeds (item 7),
// against the real database and real files in the run's temp STORAGE_DIR (tests/integration/setup-db.ts):
// amount rules, dates, RUT, the signed PDF checked by content (a PNG renamed .pdf writes nothing, not even a
// file), replacement of the document, the audit, the staff-only reads, exigirConvenio and avanzarEtapa.
import fs from "node:fs/promises";
import path from "node:path";
import PDFDocument from "pdfkit";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { raizAlmacenamiento, rutaDe, sha256 } from "@/lib/adjuntos/storage";
import type { SessionUser } from "@/lib/auth/session-user";
import { registrarConvenio } from "@/lib/convenio/actions/registrar";
import { exigirConvenio, MENSAJE_SIN_CONVENIO, MENSAJE_SIN_SELECCION_FINAL } from "@/lib/convenio/exigir";
import { documentoConvenioPara, getPanelConvenios } from "@/lib/convenio/queries";
import { CATEGORIA_CONVENIO, MENSAJE_FECHAS, MENSAJE_NO_PDF } from "@/lib/convenio/schema";
import { avanzarEtapa } from "@/lib/convocatoria/actions/avanzar-etapa";
import { leerResumen } from "@/lib/convocatoria/resumen";
import { ActionError } from "@/lib/actions/result";
import { verifyAuditChain } from "@/lib/audit/log";
import { mensajeSinConvenio } from "@/lib/domain/etapas";
import { archivo, bytesPng } from "../fixtures/acciones/adjuntos";
import { comoError, comoExito } from "../support/resultado";
import { rondaCerrada } from "../support/rondas";
import { rutValido } from "../support/rut";
import { contarAuditoria, crearUsuario, db, etapaActual, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";

let e: Escenario;
let pdf: Uint8Array;
let folio = 97_000;

/** A real one-page PDF made with the project's PDF library (pdfkit, as lib/pdf/*). */
function pdfFirmado(texto: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", info: { Title: "Convenio" } });
    const partes: Buffer[] = [];
    doc.on("data", (b: Buffer) => partes.push(b));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(partes))));
    doc.on("error", reject);
    doc.fontSize(14).text(texto);
    doc.end();
  });
}

/** A perfil selected in the signed final acta (the round CERRADA), with the committee's amount. */
async function seleccionadaFinal(nombre: string, montoSolicitado = 25_000_000, montoAsignado = montoSolicitado, decision: "SELECCIONADA" | "NO_SELECCIONADA" = "SELECCIONADA"): Promise<string> {
  await rondaCerrada(e.convocatoriaId, "SELECCION_FINAL");
  const ronda = await db.rondaSeleccion.findUniqueOrThrow({ where: { convocatoriaId_fase: { convocatoriaId: e.convocatoriaId, fase: "SELECCION_FINAL" } }, select: { id: true } });
  const duena = await crearUsuario(["POSTULANTE"]);
  folio += 1;
  const p = await db.postulacion.create({
    data: {
      convocatoriaId: e.convocatoriaId,
      desafioId: e.desafios[0].id,
      postulanteId: duena.id,
      estado: "SELECCIONADA",
      admisible: true,
      nombreProyecto: nombre,
      folio,
      huella: "f".repeat(64),
      enviadaEn: new Date(),
      montoSolicitado,
      regiones: { create: [{ regionCut: "08" }] },
    },
    select: { id: true },
  });
  await db.decisionComite.create({
    data: { convocatoriaId: e.convocatoriaId, rondaId: ronda.id, postulacionId: p.id, fase: "SELECCION_FINAL", decision, montoAsignado: decision === "SELECCIONADA" ? montoAsignado : null, puntaje: 5.5, sugerida: true, decididaPorId: e.cuentas.COMITE.id },
  });
  return p.id;
}

const RUT = rutValido(12_345_678);

function formulario(postulacionId: string, f: File | null, campos: Record<string, string> = {}): FormData {
  const fd = new FormData();
  const base = { postulacionId, montoAdjudicado: "24000000", fechaInicio: "2019-09-02", fechaTermino: "2020-02-28", responsableNombre: "Marta Rivas", responsableRut: RUT, responsableEmail: "Marta.Rivas@Prueba.cl", ...campos };
  for (const [k, v] of Object.entries(base)) fd.set(k, v);
  if (f) fd.set("archivo", f);
  return fd;
}

const registrar = (fd: FormData, user: SessionUser = e.admin) => executeAction(registrarConvenio, fd, { user, db });

async function archivosGuardados(): Promise<string[]> {
  const raiz = raizAlmacenamiento();
  const todos = (await fs.readdir(raiz, { recursive: true, withFileTypes: true }).catch(() => [])) as import("node:fs").Dirent[];
  return todos.filter((d) => d.isFile()).map((d) => path.relative(raiz, path.join(d.parentPath, d.name)).split(path.sep).join("/")).sort();
}

const foto = async () => ({ convenios: await db.convenio.count(), adjuntos: await db.adjunto.count(), auditoria: await contarAuditoria(), archivos: await archivosGuardados() });

beforeAll(async () => {
  e = await prepararDemo();
  pdf = await pdfFirmado("Convenio de ejecución del piloto. Firmado por las partes.");
});

beforeEach(async () => {
  await fijarEtapa("FORMACION_INCUBACION");
});

describe("convenio.registrar", () => {
  it("registra el convenio con su PDF firmado, guardado como adjunto del perfil, y lo audita", async () => {
    const id = await seleccionadaFinal("Red de relevos para cuidadoras", 25_000_000, 24_000_000);
    const antes = await foto();
    const r = comoExito(await registrar(formulario(id, archivo(pdf, "convenio firmado.pdf"))));
    expect(r.mensaje).toBe("Convenio de «Red de relevos para cuidadoras» registrado: $24.000.000, con su documento firmado.");
    const c = await db.convenio.findUniqueOrThrow({ where: { postulacionId: id }, include: { documento: true } });
    expect(c).toMatchObject({
      id: r.data.convenioId,
      montoAdjudicado: 24_000_000,
      responsableNombre: "Marta Rivas",
      responsableRut: "12345678-5",
      responsableEmail: "marta.rivas@prueba.cl",
      documentoSha256: sha256(pdf),
      registradoPorId: e.admin.id,
    });
    // Calendar days in Chile: from 00:00 of the first day (winter, UTC−4) to 23:59:59 of the last (summer, UTC−3).
    expect(c.fechaInicio.toISOString()).toBe("2019-09-02T04:00:00.000Z");
    expect(c.fechaTermino.toISOString()).toBe("2020-02-29T02:59:59.000Z");
    expect(c.firmadoEn).not.toBeNull();
    expect(c.documento).toMatchObject({ postulacionId: id, categoria: CATEGORIA_CONVENIO, mime: "application/pdf", nombreArchivo: "convenio firmado.pdf", bytes: pdf.length, sha256: sha256(pdf), subidoPorId: e.admin.id });
    // The bytes on disk, outside public/, are the ones sent.
    expect(new Uint8Array(await fs.readFile(rutaDe(c.documento!.clave)))).toEqual(pdf);
    expect(rutaDe(c.documento!.clave).startsWith(raizAlmacenamiento())).toBe(true);
    const despues = await foto();
    expect(despues).toMatchObject({ convenios: antes.convenios + 1, adjuntos: antes.adjuntos + 1, auditoria: antes.auditoria + 1 });
    expect(despues.archivos).toHaveLength(antes.archivos.length + 1);
    const a = await ultimaAuditoria();
    expect(a).toMatchObject({ accion: "convenio.registrar", entidad: "Convenio", entidadId: c.id, actorId: e.admin.id, etapa: "FORMACION_INCUBACION" });
    expect(JSON.parse(a!.datos)).toMatchObject({
      postulacionId: id,
      nuevo: true,
      montoAdjudicado: 24_000_000,
      montoAsignadoComite: 24_000_000,
      montoSolicitado: 25_000_000,
      fechaInicio: "2019-09-02",
      fechaTermino: "2020-02-28",
      responsable: { nombre: "Marta Rivas", rut: "12.***.***-5", email: "marta.rivas@prueba.cl" },
      documento: { adjuntoId: c.documentoId, sha256: sha256(pdf), bytes: pdf.length },
      reemplaza: null,
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });

    // Staff read it, with its state; the signed PDF is served to staff only.
    const panel = (await getPanelConvenios(e.admin, db))!;
    expect(panel.proyectos.find((p) => p.postulacionId === id)).toMatchObject({ estado: "FIRMADO", montoAsignado: 24_000_000, convenio: { montoAdjudicado: 24_000_000, fechaInicio: "2019-09-02", fechaTermino: "2020-02-28" } });
    expect(await documentoConvenioPara(c.id, e.cuentas.ENCARGADO_TECNICO, db)).toMatchObject({ clave: c.documento!.clave, mime: "application/pdf" });
    for (const rol of ["POSTULANTE", "EVALUADOR", "COMITE", "MENTOR", "JURADO"] as const) {
      expect(await documentoConvenioPara(c.id, e.cuentas[rol], db)).toBeNull();
      expect(await getPanelConvenios(e.cuentas[rol], db)).toBeNull();
    }
    expect(await documentoConvenioPara(c.id, null, db)).toBeNull();
    expect(await documentoConvenioPara("no-existe", e.admin, db)).toBeNull();
  });

  it("registrar de nuevo reemplaza el documento: la fila y el archivo anteriores se borran y la bitácora guarda su huella", async () => {
    const id = await seleccionadaFinal("Huertos comunitarios");
    comoExito(await registrar(formulario(id, archivo(pdf, "v1.pdf"))));
    const v1 = await db.convenio.findUniqueOrThrow({ where: { postulacionId: id }, include: { documento: true } });
    const otro = await pdfFirmado("Convenio corregido, segunda firma.");
    const antes = await foto();
    const r = comoExito(await registrar(formulario(id, archivo(otro, "v2.pdf"), { montoAdjudicado: "22000000" })));
    expect(r.mensaje).toBe("Convenio de «Huertos comunitarios» actualizado: $22.000.000, con el nuevo documento firmado.");
    const v2 = await db.convenio.findUniqueOrThrow({ where: { postulacionId: id }, include: { documento: true } });
    expect(v2.id).toBe(v1.id);
    expect(v2).toMatchObject({ montoAdjudicado: 22_000_000, documentoSha256: sha256(otro) });
    expect(await db.adjunto.findUnique({ where: { id: v1.documentoId! } })).toBeNull();
    await expect(fs.access(rutaDe(v1.documento!.clave))).rejects.toThrow();
    const despues = await foto();
    expect(despues).toMatchObject({ convenios: antes.convenios, adjuntos: antes.adjuntos, auditoria: antes.auditoria + 1 });
    expect(despues.archivos).toHaveLength(antes.archivos.length);
    expect(JSON.parse((await ultimaAuditoria())!.datos)).toMatchObject({ nuevo: false, reemplaza: { adjuntoId: v1.documentoId, nombreArchivo: "v1.pdf", sha256: sha256(pdf) } });
  });

  it("un PNG renombrado .pdf se rechaza en español y no escribe nada, ni siquiera un archivo", async () => {
    const id = await seleccionadaFinal("Taller de oficios");
    const antes = await foto();
    const r = comoError(await registrar(formulario(id, archivo(bytesPng(), "convenio.pdf", "application/pdf"))));
    expect(r.error).toBe(MENSAJE_NO_PDF);
    expect(r.fieldErrors.archivo).toEqual([MENSAJE_NO_PDF]);
    expect(await foto()).toEqual(antes);
    // Replacing an existing convenio with a non-PDF keeps the old one whole.
    comoExito(await registrar(formulario(id, archivo(pdf, "bueno.pdf"))));
    const medio = await foto();
    const bueno = await db.convenio.findUniqueOrThrow({ where: { postulacionId: id } });
    comoError(await registrar(formulario(id, archivo(bytesPng(), "malo.pdf"), { montoAdjudicado: "21000000" })));
    expect(await foto()).toEqual(medio);
    expect(await db.convenio.findUniqueOrThrow({ where: { postulacionId: id } })).toEqual(bueno);
  });

  it("sin archivo, o vacío, se pide el PDF", async () => {
    const id = await seleccionadaFinal("Biblioteca móvil");
    const antes = await foto();
    expect(comoError(await registrar(formulario(id, null))).fieldErrors.archivo).toEqual(["Adjunte el convenio firmado en PDF."]);
    expect(comoError(await registrar(formulario(id, archivo(new Uint8Array(), "vacio.pdf")))).fieldErrors.archivo).toEqual(["Adjunte el convenio firmado en PDF."]);
    expect(await foto()).toEqual(antes);
  });

  it("el monto adjudicado no supera el solicitado y queda dentro del rango de la convocatoria, con los montos a la vista", async () => {
    const id = await seleccionadaFinal("Cocina solidaria", 25_000_000);
    const antes = await foto();
    const mas = comoError(await registrar(formulario(id, archivo(pdf, "c.pdf"), { montoAdjudicado: "25000001" })));
    expect(mas.error).toBe("El monto adjudicado ($25.000.001) no puede superar el monto solicitado por el proyecto ($25.000.000).");
    expect(mas.fieldErrors.montoAdjudicado).toEqual([mas.error]);
    const bajo = comoError(await registrar(formulario(id, archivo(pdf, "c.pdf"), { montoAdjudicado: "19999999" })));
    expect(bajo.error).toBe("El monto adjudicado ($19.999.999) debe estar entre $20.000.000 y $30.000.000, el rango por proyecto de la convocatoria.");
    const grande = await seleccionadaFinal("Proyecto que pidió de más", 40_000_000, 30_000_000);
    expect(comoError(await registrar(formulario(grande, archivo(pdf, "c.pdf"), { montoAdjudicado: "31000000" }))).error).toBe(
      "El monto adjudicado ($31.000.000) debe estar entre $20.000.000 y $30.000.000, el rango por proyecto de la convocatoria.",
    );
    expect(comoError(await registrar(formulario(id, archivo(pdf, "c.pdf"), { montoAdjudicado: "20000000,5" }))).fieldErrors.montoAdjudicado).toBeDefined();
    expect(await foto()).toEqual(antes);
    // Both limits are inclusive.
    comoExito(await registrar(formulario(id, archivo(pdf, "c.pdf"), { montoAdjudicado: "25000000" })));
    comoExito(await registrar(formulario(id, archivo(pdf, "c.pdf"), { montoAdjudicado: "20000000" })));
  });

  it("fechas: el término después del inicio, y fechas que existen", async () => {
    const id = await seleccionadaFinal("Ruta del reciclaje");
    const antes = await foto();
    const igual = comoError(await registrar(formulario(id, archivo(pdf, "c.pdf"), { fechaInicio: "2019-10-01", fechaTermino: "2019-10-01" })));
    expect(igual.fieldErrors.fechaTermino).toEqual([MENSAJE_FECHAS]);
    expect(comoError(await registrar(formulario(id, archivo(pdf, "c.pdf"), { fechaInicio: "2019-10-02", fechaTermino: "2019-10-01" }))).fieldErrors.fechaTermino).toEqual([MENSAJE_FECHAS]);
    expect(comoError(await registrar(formulario(id, archivo(pdf, "c.pdf"), { fechaTermino: "2020-02-30" }))).fieldErrors.fechaTermino).toEqual(["Fecha de término: ingrese una fecha válida."]);
    expect(comoError(await registrar(formulario(id, archivo(pdf, "c.pdf"), { fechaInicio: "02-09-2019" }))).fieldErrors.fechaInicio).toContain("Fecha de inicio: ingrese una fecha válida.");
    expect(await foto()).toEqual(antes);
  });

  it("el RUT y el correo de la persona responsable se validan", async () => {
    const id = await seleccionadaFinal("Plaza activa");
    const antes = await foto();
    const malo = comoError(await registrar(formulario(id, archivo(pdf, "c.pdf"), { responsableRut: "12.345.678-9" })));
    expect(malo.fieldErrors.responsableRut).toEqual(["El RUT no es válido: revise el dígito verificador."]);
    expect(comoError(await registrar(formulario(id, archivo(pdf, "c.pdf"), { responsableEmail: "no-es-correo" }))).fieldErrors.responsableEmail).toEqual(["Ingrese un correo electrónico válido."]);
    expect(comoError(await registrar(formulario(id, archivo(pdf, "c.pdf"), { responsableNombre: "  " }))).fieldErrors.responsableNombre).toEqual(["El nombre de la persona responsable es obligatorio."]);
    expect(await foto()).toEqual(antes);
    // With dots and a lowercase k it is normalised.
    comoExito(await registrar(formulario(id, archivo(pdf, "c.pdf"), { responsableRut: rutValido(9_068_826).replace("K", "k") })));
    expect((await db.convenio.findUniqueOrThrow({ where: { postulacionId: id } })).responsableRut).toBe("9068826-K");
  });

  it("un perfil que no fue seleccionado en el acta final firmada se rechaza como uno inexistente", async () => {
    const antes = await foto();
    const noSeleccionada = await seleccionadaFinal("No seleccionado", 25_000_000, 25_000_000, "NO_SELECCIONADA");
    const inexistente = comoError(await registrar(formulario("no-existe", archivo(pdf, "c.pdf"))));
    expect(inexistente.error).toBe(MENSAJE_SIN_SELECCION_FINAL);
    expect(comoError(await registrar(formulario(noSeleccionada, archivo(pdf, "c.pdf"))))).toEqual(inexistente);
    // Preselected only (no final decision): refused alike.
    const duena = await crearUsuario(["POSTULANTE"]);
    const preseleccionada = await db.postulacion.create({
      data: { convocatoriaId: e.convocatoriaId, desafioId: e.desafios[1].id, postulanteId: duena.id, estado: "PRESELECCIONADA", admisible: true, nombreProyecto: "Solo preseleccionado", montoSolicitado: 25_000_000 },
      select: { id: true },
    });
    expect(comoError(await registrar(formulario(preseleccionada.id, archivo(pdf, "c.pdf"))))).toEqual(inexistente);
    expect(await foto()).toEqual(antes);
  });

  it("con el acta final aún en firma, nadie está seleccionado: se rechaza", async () => {
    const id = await seleccionadaFinal("Acta en firma");
    await db.rondaSeleccion.update({ where: { convocatoriaId_fase: { convocatoriaId: e.convocatoriaId, fase: "SELECCION_FINAL" } }, data: { estado: "EN_FIRMA" } });
    try {
      expect(comoError(await registrar(formulario(id, archivo(pdf, "c.pdf")))).error).toBe(MENSAJE_SIN_SELECCION_FINAL);
      expect((await getPanelConvenios(e.admin, db))!).toMatchObject({ actaFinalFirmada: false, proyectos: [] });
    } finally {
      await rondaCerrada(e.convocatoriaId, "SELECCION_FINAL");
    }
  });

  it("solo el equipo FOSIS y solo en Formación e incubación", async () => {
    const id = await seleccionadaFinal("Solo el equipo");
    for (const rol of ["POSTULANTE", "COMITE", "EVALUADOR", "MENTOR"] as const) {
      expect(comoError(await registrar(formulario(id, archivo(pdf, "c.pdf")), e.cuentas[rol])).error).toBe("No tiene permiso para realizar esta acción.");
    }
    await fijarEtapa("EJECUCION");
    expect(comoError(await registrar(formulario(id, archivo(pdf, "c.pdf")))).error).toMatch(/^Esta acción no está disponible en la etapa actual \(Ejecución\)/);
    await fijarEtapa("FORMACION_INCUBACION");
    comoExito(await registrar(formulario(id, archivo(pdf, "c.pdf")), e.cuentas.ENCARGADO_TECNICO));
  });
});

describe("exigirConvenio: el piloto entra en ejecución solo con convenio", () => {
  it("sin convenio, o sin su documento firmado, rechaza; con él, lo devuelve", async () => {
    const id = await seleccionadaFinal("Piloto por ejecutar");
    const exigir = () => db.$transaction((tx) => exigirConvenio(tx, id));
    await expect(exigir()).rejects.toThrow(new ActionError(MENSAJE_SIN_CONVENIO));
    await expect(exigir()).rejects.toBeInstanceOf(ActionError);
    const c = await db.convenio.create({ data: { postulacionId: id, montoAdjudicado: 21_000_000, fechaInicio: new Date("2019-09-02T04:00:00Z"), fechaTermino: new Date("2020-02-29T02:59:59Z") } });
    await expect(exigir()).rejects.toThrow(MENSAJE_SIN_CONVENIO);
    comoExito(await registrar(formulario(id, archivo(pdf, "c.pdf"), { montoAdjudicado: "21000000" })));
    expect(await exigir()).toMatchObject({ id: c.id, postulacionId: id, montoAdjudicado: 21_000_000, documentoSha256: sha256(pdf) });
  });
});

describe("precondición de etapa: salir de Formación e incubación", () => {
  it("sin convenio de cada proyecto seleccionado no se avanza; con todos, sí", async () => {
    const CONFIRMA = { aceptaCorteAnticipado: "si" } as const;
    await rondaCerrada(e.convocatoriaId, "PRESELECCION");
    await rondaCerrada(e.convocatoriaId, "SELECCION_FINAL");
    const sinConvenio = (await leerResumen(db, e.convocatoriaId)).seleccionadasSinConvenio;
    expect(sinConvenio.length).toBeGreaterThan(0);
    const antes = await contarAuditoria();
    const r = comoError(await executeAction(avanzarEtapa, { desde: "FORMACION_INCUBACION", ...CONFIRMA }, { user: e.admin, db }));
    expect(r.error).toBe("No se cumplen las condiciones para avanzar.");
    expect(r.fieldErrors._form).toEqual([mensajeSinConvenio(sinConvenio)]);
    expect(r.fieldErrors._form[0]).toMatch(/falta el de \d+ proyectos? seleccionados? \(«/);
    expect(await etapaActual()).toBe("FORMACION_INCUBACION");
    expect(await contarAuditoria()).toBe(antes);

    // Every finally selected project gets its convenio (the action, as staff would).
    const pendientes = await db.postulacion.findMany({ where: { convocatoriaId: e.convocatoriaId, decisiones: { some: { fase: "SELECCION_FINAL", decision: "SELECCIONADA" } }, OR: [{ convenio: { is: null } }, { convenio: { is: { documentoId: null } } }] }, select: { id: true, montoSolicitado: true } });
    for (const p of pendientes) comoExito(await registrar(formulario(p.id, archivo(pdf, "c.pdf"), { montoAdjudicado: String(Math.min(p.montoSolicitado!, 30_000_000)) })));
    expect((await leerResumen(db, e.convocatoriaId)).seleccionadasSinConvenio).toEqual([]);
    comoExito(await executeAction(avanzarEtapa, { desde: "FORMACION_INCUBACION", ...CONFIRMA }, { user: e.admin, db }));
    expect(await etapaActual()).toBe("EJECUCION");
  });
});
