// The perfil: draft, autosave with versions, submit (deadline, línea, amount, documents, one per
// organisation and desafío, consecutive folios under concurrency), withdraw, and random inputs.
import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import type { SessionUser } from "@/lib/auth/session-user";
import { calcularDv } from "@/lib/domain/rut";
import { aceptarInvitacion } from "@/lib/organizaciones/actions/aceptar-invitacion";
import { agregarMiembro } from "@/lib/organizaciones/actions/agregar-miembro";
import { crearBorrador } from "@/lib/postulaciones/actions/crear-borrador";
import { enviarPerfil } from "@/lib/postulaciones/actions/enviar";
import { guardarBorrador } from "@/lib/postulaciones/actions/guardar-borrador";
import { retirarPerfil } from "@/lib/postulaciones/actions/retirar";
import { eliminarAdjunto } from "@/lib/adjuntos/actions/eliminar";
import { subirAdjunto } from "@/lib/adjuntos/actions/subir";
import { CAMPOS_PERFIL_MUESTRA } from "../fixtures/acciones/perfil";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { esActionResult } from "../support/resultado";

let e: Escenario;
let postulante: SessionUser;

const rutOrg = (cuerpo: number) => `${cuerpo}-${calcularDv(String(cuerpo))}`;

async function fijarCierre(fin: Date) {
  await db.etapaCalendario.update({ where: { convocatoriaId_etapa: { convocatoriaId: e.convocatoriaId, etapa: "CONVOCATORIA" } }, data: { fin } });
}

async function nuevoBorrador(user: SessionUser, desafioId = e.desafios[0].id): Promise<string> {
  const r = await executeAction(crearBorrador, { desafioId }, { user, db });
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

/** The documents the línea SIN_FINES_DE_LUCRO requires in the demo, stored as rows (no files needed here). */
async function adjuntarDocumentos(postulacionId: string, user: SessionUser) {
  for (const categoria of ["ESTATUTOS", "CERTIFICADO_VIGENCIA"]) {
    await db.adjunto.create({
      data: { postulacionId, subidoPorId: user.id, categoria, nombreArchivo: `${categoria}.pdf`, mime: "application/pdf", bytes: 10, sha256: categoria.padEnd(64, "0"), clave: `${postulacionId}-${categoria}` },
    });
  }
}

const contarFilas = async () => ({
  auditoria: await contarAuditoria(),
  notificaciones: await db.notificacion.count(),
  organizaciones: await db.organizacion.count(),
  enviadas: await db.postulacion.count({ where: { estado: { not: "BORRADOR" } } }),
});

beforeAll(async () => {
  e = await prepararDemo();
});

beforeEach(async () => {
  await fijarEtapa("CONVOCATORIA");
  await fijarCierre(new Date(Date.now() + 7 * 86_400_000));
  postulante = await crearUsuario(["POSTULANTE"]);
});

describe("borrador", () => {
  it("un postulante tiene un solo borrador por desafío: pedirlo de nuevo devuelve el mismo", async () => {
    const a = await nuevoBorrador(postulante);
    const b = await nuevoBorrador(postulante);
    expect(b).toBe(a);
    expect(await db.postulacion.count({ where: { postulanteId: postulante.id } })).toBe(1);
  });

  it("fuera de la Convocatoria no se puede comenzar un perfil", async () => {
    await fijarEtapa("DESARROLLO_CONCURSO");
    const r = await executeAction(crearBorrador, { desafioId: e.desafios[0].id }, { user: postulante, db });
    expect(r.ok).toBe(false);
    expect(await db.postulacion.count({ where: { postulanteId: postulante.id } })).toBe(0);
  });

  it("el autoguardado sube la versión y rechaza una versión vieja sin pisar el texto nuevo", async () => {
    const id = await nuevoBorrador(postulante);
    const r1 = await executeAction(guardarBorrador, { id, version: 0, problema: "Primera versión", regiones: ["08", "13"] }, { user: postulante, db });
    expect(r1).toMatchObject({ ok: true, data: { version: 1 } });
    const r2 = await executeAction(guardarBorrador, { id, version: 0, problema: "Desde otra pestaña" }, { user: postulante, db });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.fieldErrors.version).toEqual(["1"]);
    const fila = await db.postulacion.findUniqueOrThrow({ where: { id }, select: { problema: true, borradorVersion: true, regiones: { select: { regionCut: true } } } });
    expect(fila.problema).toBe("Primera versión");
    expect(fila.borradorVersion).toBe(1);
    expect(fila.regiones.map((r) => r.regionCut).sort()).toEqual(["08", "13"]);
  });

  it("nadie más puede guardar en un borrador ajeno", async () => {
    const id = await nuevoBorrador(postulante);
    const otro = await crearUsuario(["POSTULANTE"]);
    const antes = await contarAuditoria();
    const r = await executeAction(guardarBorrador, { id, version: 0, problema: "intruso" }, { user: otro, db });
    expect(r).toMatchObject({ ok: false, error: "No encontramos ese borrador, o ya fue enviado." });
    expect((await db.postulacion.findUniqueOrThrow({ where: { id } })).problema).toBe("");
    expect(await contarAuditoria()).toBe(antes);
  });
});

describe("envío", () => {
  it("congela el perfil con folio, huella SHA-256 y un correo de confirmación", async () => {
    const id = await nuevoBorrador(postulante);
    await adjuntarDocumentos(id, postulante);
    const r = await executeAction(enviarPerfil, { id, ...CAMPOS_PERFIL_MUESTRA, organizacionRut: rutOrg(70_000_001) }, { user: postulante, db });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const p = await db.postulacion.findUniqueOrThrow({ where: { id }, select: { estado: true, folio: true, huella: true, enviadaEn: true, lineaId: true, organizacionId: true } });
    expect(p.estado).toBe("ENVIADA");
    expect(p.folio).toBeGreaterThan(0);
    expect(p.huella).toMatch(/^[0-9a-f]{64}$/);
    expect(p.lineaId).not.toBeNull();
    expect(p.organizacionId).not.toBeNull();
    const correo = await db.notificacion.findFirstOrThrow({ where: { userId: postulante.id } });
    expect(correo.asunto).toContain(String(p.folio));
    expect(correo.cuerpo).toContain(p.huella!);
    // Frozen: autosave no longer touches it.
    const g = await executeAction(guardarBorrador, { id, version: 5, problema: "cambio tardío" }, { user: postulante, db });
    expect(g.ok).toBe(false);
  });

  const rechazos: [string, (id: string) => Promise<Record<string, unknown>>, RegExp][] = [
    [
      "después del cierre (reloj del servidor)",
      async () => {
        await fijarCierre(new Date(Date.now() - 60_000));
        return {};
      },
      /plazo para enviar perfiles cerró/,
    ],
    ["con un monto sobre el tope de la línea", async () => ({ nivelMadurez: "IDEA_VAGA", montoSolicitado: 25_000_000 }), /no cumple las condiciones/],
    ["con un monto bajo la banda de la convocatoria", async () => ({ montoSolicitado: 5_000_000 }), /no cumple las condiciones/],
    ["sin los documentos exigidos", async () => ({ sinDocumentos: true }), /no cumple las condiciones/],
    ["con una línea cerrada", async () => ({ nivelMadurez: "IDEA_VAGA", tipoEjecutor: "PERSONA_NATURAL", montoSolicitado: 20_000_000 }), /no cumple las condiciones/],
    [
      "en otra etapa",
      async () => {
        await fijarEtapa("SELECCION_CONTRATACION");
        return {};
      },
      /no está disponible en la etapa actual/,
    ],
  ];

  it.each(rechazos)("se rechaza %s y no escribe nada", async (_n, preparar, mensaje) => {
    const id = await nuevoBorrador(postulante);
    const cambios = await preparar(id);
    if (!cambios.sinDocumentos) await adjuntarDocumentos(id, postulante);
    delete cambios.sinDocumentos;
    const antes = await contarFilas();
    const r = await executeAction(enviarPerfil, { id, ...CAMPOS_PERFIL_MUESTRA, organizacionRut: rutOrg(70_000_002), ...cambios }, { user: postulante, db });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(mensaje);
    expect(await contarFilas()).toEqual(antes);
    expect((await db.postulacion.findUniqueOrThrow({ where: { id } })).estado).toBe("BORRADOR");
  });

  it("el monto sobre el tope se explica junto al campo", async () => {
    const id = await nuevoBorrador(postulante);
    await adjuntarDocumentos(id, postulante);
    const r = await executeAction(enviarPerfil, { id, ...CAMPOS_PERFIL_MUESTRA, nivelMadurez: "IDEA_VAGA", montoSolicitado: 25_000_000 }, { user: postulante, db });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors.montoSolicitado?.[0]).toMatch(/debe estar entre \$20\.000\.000 y \$20\.000\.000/);
  });

  it("una organización envía un solo perfil por desafío", async () => {
    const rut = rutOrg(70_000_003);
    const a = await nuevoBorrador(postulante);
    await adjuntarDocumentos(a, postulante);
    expect((await executeAction(enviarPerfil, { id: a, ...CAMPOS_PERFIL_MUESTRA, organizacionRut: rut }, { user: postulante, db })).ok).toBe(true);
    // A colleague who acts for the same organisation (she accepted a member's invitation): still one perfil per desafío.
    const colega = await crearUsuario(["POSTULANTE"]);
    const org = await db.organizacion.findUniqueOrThrow({ where: { rut }, select: { id: true } });
    expect((await executeAction(agregarMiembro, { organizacionId: org.id, email: colega.email }, { user: postulante, db })).ok).toBe(true);
    const invitacion = await db.miembroOrganizacion.findUniqueOrThrow({ where: { organizacionId_userId: { organizacionId: org.id, userId: colega.id } }, select: { id: true } });
    expect((await executeAction(aceptarInvitacion, { id: invitacion.id, respuesta: "ACEPTAR" }, { user: colega, db })).ok).toBe(true);
    const b = await nuevoBorrador(colega);
    await adjuntarDocumentos(b, colega);
    const r = await executeAction(enviarPerfil, { id: b, ...CAMPOS_PERFIL_MUESTRA, organizacionRut: rut }, { user: colega, db });
    expect(r).toMatchObject({ ok: false, error: "Esta organización ya envió un perfil para este desafío." });
  });

  it("los folios son consecutivos y únicos con envíos simultáneos", async () => {
    const previos = (await db.postulacion.aggregate({ where: { convocatoriaId: e.convocatoriaId }, _max: { folio: true } }))._max.folio ?? 0;
    const personas = await Promise.all(Array.from({ length: 10 }, () => crearUsuario(["POSTULANTE"])));
    const ids: string[] = [];
    for (const p of personas) {
      const id = await nuevoBorrador(p, e.desafios[1].id);
      await adjuntarDocumentos(id, p);
      ids.push(id);
    }
    const rs = await Promise.all(
      personas.map((p, i) => executeAction(enviarPerfil, { id: ids[i], ...CAMPOS_PERFIL_MUESTRA, organizacionRut: rutOrg(71_000_000 + i) }, { user: p, db })),
    );
    expect(rs.filter((r) => r.ok)).toHaveLength(10);
    const folios = (await db.postulacion.findMany({ where: { id: { in: ids } }, select: { folio: true } })).map((f) => f.folio!).sort((x, y) => x - y);
    expect(folios).toEqual(Array.from({ length: 10 }, (_, i) => previos + i + 1));
  });
});

describe("retiro", () => {
  it("retira antes del cierre, libera la organización y puede reabrirse como borrador", async () => {
    const id = await nuevoBorrador(postulante);
    await adjuntarDocumentos(id, postulante);
    expect((await executeAction(enviarPerfil, { id, ...CAMPOS_PERFIL_MUESTRA, organizacionRut: rutOrg(70_000_004) }, { user: postulante, db })).ok).toBe(true);
    const r = await executeAction(retirarPerfil, { id }, { user: postulante, db });
    expect(r.ok).toBe(true);
    expect(await db.postulacion.findUniqueOrThrow({ where: { id }, select: { estado: true, organizacionId: true } })).toEqual({ estado: "RETIRADA", organizacionId: null });
    expect(await nuevoBorrador(postulante)).toBe(id);
    expect((await db.postulacion.findUniqueOrThrow({ where: { id } })).estado).toBe("BORRADOR");
  });

  it("después del cierre no se puede retirar", async () => {
    const id = await nuevoBorrador(postulante);
    await adjuntarDocumentos(id, postulante);
    expect((await executeAction(enviarPerfil, { id, ...CAMPOS_PERFIL_MUESTRA, organizacionRut: rutOrg(70_000_005) }, { user: postulante, db })).ok).toBe(true);
    await fijarCierre(new Date(Date.now() - 1000));
    const r = await executeAction(retirarPerfil, { id }, { user: postulante, db });
    expect(r.ok).toBe(false);
    expect((await db.postulacion.findUniqueOrThrow({ where: { id } })).estado).toBe("ENVIADA");
  });

  // Regression: with the etapa still CONVOCATORIA after the planned end, new drafts, autosaves and
  // uploads still succeeded. The deadline is the calendar's, by the server clock, for every write.
  it("después del cierre, con la etapa aún en Convocatoria, no se crean borradores ni se autoguarda ni se tocan documentos; el borrador se conserva", async () => {
    const duena = await crearUsuario(["POSTULANTE"]);
    const id = await nuevoBorrador(duena, e.desafios[1].id);
    const v1 = await executeAction(guardarBorrador, { id, version: 0, problema: "Texto escrito antes del cierre" }, { user: duena, db });
    expect(v1.ok).toBe(true);
    await adjuntarDocumentos(id, duena);
    const adjunto = await db.adjunto.findFirstOrThrow({ where: { postulacionId: id }, select: { id: true } });
    const cierre = new Date(Date.now() - 60_000);
    await fijarCierre(cierre);
    try {
      const antes = await contarFilas();
      const intentos = [
        await executeAction(crearBorrador, { desafioId: e.desafios[2].id }, { user: duena, db }),
        await executeAction(guardarBorrador, { id, version: 1, problema: "Texto después del cierre" }, { user: duena, db }),
        await executeAction(eliminarAdjunto, { id: adjunto.id }, { user: duena, db }),
        await executeAction(subirAdjunto, { postulacionId: id, categoria: "ESTATUTOS", archivo: new File([new Uint8Array([37, 80, 68, 70])], "a.pdf") }, { user: duena, db }),
      ];
      for (const r of intentos) {
        expect(r.ok).toBe(false);
        expect(r.ok ? "" : r.error).toMatch(/^El plazo para postular cerró el .+ \(hora de Chile\)\. Sus borradores quedan guardados y puede leerlos/);
      }
      expect(await contarFilas()).toEqual(antes);
      const fila = await db.postulacion.findUniqueOrThrow({ where: { id }, select: { problema: true, estado: true, borradorVersion: true, _count: { select: { adjuntos: true } } } });
      expect(fila).toEqual({ problema: "Texto escrito antes del cierre", estado: "BORRADOR", borradorVersion: 1, _count: { adjuntos: 2 } });
      expect(await db.postulacion.count({ where: { postulanteId: duena.id } })).toBe(1);
    } finally {
      await fijarCierre(new Date(Date.now() + 30 * 86_400_000));
    }
  });
});

describe("entradas aleatorias", () => {
  const valor = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.constantFrom("", "\u0000", "08", "99", "IDEA_VAGA", -1, 3_000_000_000));
  const claves = ["id", "version", "desafioId", ...Object.keys(CAMPOS_PERFIL_MUESTRA)];

  it.each([
    ["perfil.crearBorrador", crearBorrador],
    ["perfil.guardarBorrador", guardarBorrador],
    ["perfil.enviar", enviarPerfil],
    ["perfil.retirar", retirarPerfil],
  ] as const)("%s: 1.000 entradas aleatorias responden con un resultado y un rechazo no escribe", async (_n, def) => {
    const id = await nuevoBorrador(postulante);
    const base = { id, version: 0, desafioId: e.desafios[0].id, ...CAMPOS_PERFIL_MUESTRA };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...claves), valor), fc.tuple(fc.constantFrom(...claves), valor).map(([k, v]) => ({ ...base, [k]: v }))), async (entrada) => {
        const antes = await contarFilas();
        const r = await executeAction(def as never, entrada, { user: postulante, db });
        expect(esActionResult(r)).toBe(true);
        if (!r.ok) {
          expect(r.error).not.toMatch(/error inesperado/);
          expect(await contarFilas()).toEqual(antes);
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
