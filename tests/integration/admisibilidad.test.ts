// Admissibility: the staff decision (perfil.decidirAdmisibilidad), its e-mail and public slug, the
// automatic checks shown to staff, and the etapa precondition it feeds (no leaving CONVOCATORIA while a
// sent perfil waits for a decision). Perfiles are created directly as sent, with folio numbers.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { executeAction, mensajeEtapa } from "@/lib/actions/pipeline";
import { decidirAdmisibilidad } from "@/lib/admisibilidad/actions/decidir";
import { getPerfilParaRevision } from "@/lib/admisibilidad/queries";
import { avanzarEtapa } from "@/lib/convocatoria/actions/avanzar-etapa";
import { verifyAuditChain } from "@/lib/audit/log";
import type { Etapa } from "@/lib/domain/etapas";
import { calcularDv } from "@/lib/domain/rut";
import type { Rol } from "@/lib/domain/roles";
import { comoError, comoExito, esActionResult } from "../support/resultado";
import { crearUsuario, db, etapaActual, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { MENSAJE_INESPERADO, MENSAJE_ROL, MENSAJE_SESION } from "../support/mensajes";

let e: Escenario;

beforeAll(async () => {
  e = await prepararDemo();
  await fijarEtapa("CONVOCATORIA");
});

let correlativo = 0;

type Opciones = {
  estado?: "BORRADOR" | "ENVIADA" | "ADMISIBLE" | "INADMISIBLE" | "RETIRADA" | "PRESELECCIONADA";
  nombre?: string;
  desafio?: number;
  monto?: number;
  rut?: string;
  nivel?: "IDEA_VAGA" | "IDEA_CLARA" | "IDEA_PROTOTIPADA";
  tipo?: "ORGANISMO_PUBLICO" | "SIN_FINES_DE_LUCRO" | "EMPRESA" | "UNIVERSIDAD" | "PERSONA_NATURAL";
  enviadaEn?: Date;
  convocatoriaId?: string;
  adjuntos?: string[];
};

/** A perfil as the lead's submit action leaves it: organisation row, línea, folio, regions. */
async function crearPerfil(o: Opciones = {}) {
  const n = ++correlativo; // read before any await: calls may run concurrently
  const postulante = await crearUsuario(["POSTULANTE"]);
  const cuerpo = String(76_200_000 + n);
  const rutValido = `${cuerpo}-${calcularDv(cuerpo)}`;
  const tipo = o.tipo ?? "SIN_FINES_DE_LUCRO";
  const nivel = o.nivel ?? "IDEA_CLARA";
  const convocatoriaId = o.convocatoriaId ?? e.convocatoriaId;
  const estado = o.estado ?? "ENVIADA";
  const enviado = estado !== "BORRADOR";
  const org = await db.organizacion.create({ data: { nombre: `Fundación Prueba ${n}`, rut: rutValido, tipo, creadaPorId: postulante.id } });
  const linea = await db.lineaPostulacion.findUnique({
    where: { convocatoriaId_nivelMadurez_tipoEjecutor: { convocatoriaId: e.convocatoriaId, nivelMadurez: nivel, tipoEjecutor: tipo } },
    select: { id: true },
  });
  const p = await db.postulacion.create({
    data: {
      convocatoriaId,
      desafioId: e.desafios[o.desafio ?? 0].id,
      postulanteId: postulante.id,
      organizacionId: enviado ? org.id : null,
      lineaId: linea?.id ?? null,
      estado,
      nombreProyecto: o.nombre ?? `Proyecto de prueba ${n}`,
      problema: "Las cuidadoras no tienen descanso.",
      solucion: "Una red de respiro con voluntarios del barrio.",
      usuarios: "Cuidadoras de personas con dependencia severa.",
      coproduccion: "Diseñan los turnos con el equipo.",
      equipo: "Dos trabajadoras sociales y una enfermera.",
      nivelMadurez: nivel,
      tipoEjecutor: tipo,
      organizacionNombre: org.nombre,
      organizacionRut: o.rut ?? rutValido,
      montoSolicitado: o.monto ?? 22_000_000,
      folio: enviado ? n : null,
      huella: enviado ? "a".repeat(64) : null,
      enviadaEn: enviado ? (o.enviadaEn ?? new Date()) : null,
      regiones: { create: [{ regionCut: "09" }] },
    },
    select: { id: true, folio: true, nombreProyecto: true },
  });
  for (const [i, categoria] of (o.adjuntos ?? []).entries()) {
    await db.adjunto.create({
      data: { postulacionId: p.id, subidoPorId: postulante.id, categoria, nombreArchivo: `${categoria.toLowerCase()}.pdf`, mime: "application/pdf", bytes: 1000, sha256: "b".repeat(64), clave: `prueba/${p.id}/${i}` },
    });
  }
  return { ...p, postulante };
}

/** Everything the action may write: audit, outbox and every postulación's decision fields. */
async function foto() {
  const [auditoria, correos, postulaciones] = await Promise.all([
    db.auditLog.count(),
    db.notificacion.count(),
    db.postulacion.findMany({
      orderBy: { id: "asc" },
      select: { id: true, estado: true, admisible: true, admisibilidadMotivos: true, admisibilidadPorId: true, admisibilidadEn: true, slugPublico: true, updatedAt: true },
    }),
  ]);
  return { auditoria, correos, postulaciones };
}

const MOTIVOS = "Cumple todos los requisitos de las bases y los documentos están completos.";
const staff = () => e.cuentas.ENCARGADO_TECNICO;

describe("decidir la admisibilidad", () => {
  it("ADMISIBLE: fija estado, motivos, autor y fecha, el slug público, encola el correo y lo audita", async () => {
    const p = await crearPerfil({ nombre: "Respiro para cuidadoras del Biobío" });
    const antes = await foto();
    const r = comoExito(await executeAction(decidirAdmisibilidad, { id: p.id, decision: "ADMISIBLE", motivos: `  ${MOTIVOS}  ` }, { user: staff(), db }));
    expect(r.mensaje).toBe("Decisión registrada: el perfil quedó admisible. Se avisó por correo a quien postuló.");
    expect(r.data).toEqual({ id: p.id, estado: "ADMISIBLE", slugPublico: `respiro-para-cuidadoras-del-biobio-${p.folio}` });

    const fila = await db.postulacion.findUniqueOrThrow({ where: { id: p.id } });
    expect(fila).toMatchObject({ estado: "ADMISIBLE", admisible: true, admisibilidadMotivos: MOTIVOS, admisibilidadPorId: staff().id, slugPublico: `respiro-para-cuidadoras-del-biobio-${p.folio}` });
    expect(Math.abs(fila.admisibilidadEn!.getTime() - Date.now())).toBeLessThan(60_000);

    const correo = await db.notificacion.findFirstOrThrow({ where: { userId: p.postulante.id } });
    expect(correo).toMatchObject({ para: p.postulante.email, estado: "PENDIENTE", asunto: "Fondo IDEA: su perfil «Respiro para cuidadoras del Biobío» fue declarado admisible" });
    expect(correo.cuerpo).toContain(`Hola ${p.postulante.nombre}:`);
    expect(correo.cuerpo).toContain("Decisión: ADMISIBLE");
    expect(correo.cuerpo).toContain(MOTIVOS);
    expect(correo.cuerpo).toContain(`folio N° ${String(p.folio).padStart(6, "0")}`);
    expect(correo.cuerpo).toMatch(/«Mis postulaciones»: \S*\/postulante$/);

    const despues = await foto();
    expect(despues.auditoria).toBe(antes.auditoria + 1);
    expect(despues.correos).toBe(antes.correos + 1);
    const a = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(a).toMatchObject({ accion: "perfil.decidirAdmisibilidad", entidad: "Postulacion", entidadId: p.id, actorId: staff().id, etapa: "CONVOCATORIA" });
    expect(JSON.parse(a.datos)).toEqual({ folio: p.folio, anterior: "ENVIADA", decision: "ADMISIBLE", motivos: MOTIVOS });
  });

  it("INADMISIBLE no crea slug; cambiar a ADMISIBLE en Selección lo crea, avisa otra vez y queda en la bitácora", async () => {
    const p = await crearPerfil({ nombre: "Huertos en campamentos" });
    comoExito(await executeAction(decidirAdmisibilidad, { id: p.id, decision: "INADMISIBLE", motivos: "Falta el certificado de vigencia de la organización." }, { user: e.cuentas.EVALUADOR, db }));
    expect(await db.postulacion.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ estado: "INADMISIBLE", admisible: false, slugPublico: null, admisibilidadPorId: e.cuentas.EVALUADOR.id });
    const primero = await db.notificacion.findFirstOrThrow({ where: { userId: p.postulante.id } });
    expect(primero.asunto).toBe("Fondo IDEA: su perfil «Huertos en campamentos» fue declarado inadmisible");
    expect(primero.cuerpo).toContain("Falta el certificado de vigencia de la organización.");

    await fijarEtapa("SELECCION_CONTRATACION");
    try {
      const r = comoExito(
        await executeAction(decidirAdmisibilidad, { id: p.id, decision: "ADMISIBLE", motivos: "El certificado estaba adjunto como otro documento.", desde: "INADMISIBLE" }, { user: e.admin, db }),
      );
      expect(r.data.slugPublico).toBe(`huertos-en-campamentos-${p.folio}`);
      expect(await db.postulacion.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ estado: "ADMISIBLE", admisible: true, admisibilidadPorId: e.admin.id });
      const correos = await db.notificacion.findMany({ where: { userId: p.postulante.id }, orderBy: { createdAt: "asc" } });
      expect(correos).toHaveLength(2);
      expect(correos[1].cuerpo).toContain("Esta decisión reemplaza la que le comunicamos anteriormente.");
      const auditorias = await db.auditLog.findMany({ where: { entidadId: p.id, accion: "perfil.decidirAdmisibilidad" }, orderBy: { id: "asc" } });
      expect(auditorias.map((x) => [JSON.parse(x.datos).anterior, JSON.parse(x.datos).decision, x.etapa])).toEqual([
        ["ENVIADA", "INADMISIBLE", "CONVOCATORIA"],
        ["INADMISIBLE", "ADMISIBLE", "SELECCION_CONTRATACION"],
      ]);

      // Back to INADMISIBLE: the slug is kept (the public page shows only admissible perfiles).
      comoExito(await executeAction(decidirAdmisibilidad, { id: p.id, decision: "INADMISIBLE", motivos: "Revisión final: el monto excede la línea." }, { user: e.admin, db }));
      expect(await db.postulacion.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ estado: "INADMISIBLE", admisible: false, slugPublico: `huertos-en-campamentos-${p.folio}` });

      // Where it is now the history page reads it back, oldest first.
      const revision = await getPerfilParaRevision(p.id, e.admin, db);
      expect(revision!.historial.map((h) => [h.anterior, h.decision])).toEqual([
        ["ENVIADA", "INADMISIBLE"],
        ["INADMISIBLE", "ADMISIBLE"],
        ["ADMISIBLE", "INADMISIBLE"],
      ]);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    } finally {
      await fijarEtapa("CONVOCATORIA");
    }
  });

  it("un slug ya ocupado por otra convocatoria recibe el año", async () => {
    const p = await crearPerfil({ nombre: "Cocinas solidarias" });
    const otro = await crearPerfil({ nombre: "Otro nombre", estado: "ADMISIBLE" });
    await db.postulacion.update({ where: { id: otro.id }, data: { slugPublico: `cocinas-solidarias-${p.folio}` } });
    const r = comoExito(await executeAction(decidirAdmisibilidad, { id: p.id, decision: "ADMISIBLE", motivos: MOTIVOS }, { user: staff(), db }));
    // The demo convocatoria is named for the year its calendar runs in (lib/seed/linea-de-tiempo.ts).
    const { anio } = await db.convocatoria.findFirstOrThrow({ where: { activa: true }, select: { anio: true } });
    expect(r.data.slugPublico).toBe(`cocinas-solidarias-${p.folio}-${anio}`);
  });
});

describe("rechazos que no escriben nada", () => {
  const valido = (id: string) => ({ id, decision: "ADMISIBLE", motivos: MOTIVOS });

  it("en una etapa en que no se decide (Desarrollo del concurso, Formación e incubación)", async () => {
    const p = await crearPerfil();
    for (const etapa of ["DESARROLLO_CONCURSO", "FORMACION_INCUBACION", "CIERRE"] as Etapa[]) {
      await fijarEtapa(etapa);
      const antes = await foto();
      const r = comoError(await executeAction(decidirAdmisibilidad, valido(p.id), { user: staff(), db }));
      expect(r.error).toBe(mensajeEtapa("perfil.decidirAdmisibilidad", etapa));
      expect(await foto()).toEqual(antes);
    }
    await fijarEtapa("CONVOCATORIA");
  });

  it("con un rol que no es del equipo FOSIS, o sin sesión", async () => {
    const p = await crearPerfil();
    const antes = await foto();
    for (const rol of ["POSTULANTE", "AFILIADO", "COMITE", "JURADO", "MENTOR"] as Rol[]) {
      const r = comoError(await executeAction(decidirAdmisibilidad, valido(p.id), { user: e.cuentas[rol], db }));
      expect(r.error).toBe(MENSAJE_ROL);
    }
    // Not even the applicant may decide on their own perfil.
    expect(comoError(await executeAction(decidirAdmisibilidad, valido(p.id), { user: p.postulante, db })).error).toBe(MENSAJE_ROL);
    expect(comoError(await executeAction(decidirAdmisibilidad, valido(p.id), { user: null, db })).error).toBe(MENSAJE_SESION);
    expect(await foto()).toEqual(antes);
  });

  it("un borrador, un perfil retirado o uno que ya avanzó no se deciden", async () => {
    const borrador = await crearPerfil({ estado: "BORRADOR" });
    const retirado = await crearPerfil({ estado: "RETIRADA" });
    const avanzado = await crearPerfil({ estado: "PRESELECCIONADA" });
    const antes = await foto();
    // A draft is its applicant's alone: to staff it does not exist (the scope of the permission table).
    expect(comoError(await executeAction(decidirAdmisibilidad, valido(borrador.id), { user: staff(), db })).error).toBe("El perfil no existe.");
    expect(comoError(await executeAction(decidirAdmisibilidad, valido(retirado.id), { user: staff(), db })).error).toBe(
      "Este perfil fue retirado por quien postuló: no se puede decidir su admisibilidad.",
    );
    expect(comoError(await executeAction(decidirAdmisibilidad, valido(avanzado.id), { user: staff(), db })).error).toBe(
      "Este perfil ya avanzó en el proceso de selección: su admisibilidad no se puede cambiar.",
    );
    expect(comoError(await executeAction(decidirAdmisibilidad, valido("no-existe"), { user: staff(), db })).error).toBe("El perfil no existe.");
    expect(await foto()).toEqual(antes);
  });

  it("un perfil de otra convocatoria (no activa) no existe para la acción", async () => {
    const vieja = await db.convocatoria.create({
      data: { anio: 2018, nombre: "Fondo IDEA 2018", presupuestoTotal: 360_000_000, montoMinProyecto: 20_000_000, montoMaxProyecto: 30_000_000, proyectosObjetivo: 12, activa: false },
    });
    const p = await crearPerfil({ convocatoriaId: vieja.id });
    const antes = await foto();
    expect(comoError(await executeAction(decidirAdmisibilidad, valido(p.id), { user: staff(), db })).error).toBe("El perfil no existe.");
    expect(await getPerfilParaRevision(p.id, e.admin, db)).toBeNull();
    expect(await foto()).toEqual(antes);
  });

  it("sin motivos, con motivos de menos de 10 o más de 2.000 caracteres, o sin decisión", async () => {
    const p = await crearPerfil();
    const antes = await foto();
    const casos: [Record<string, unknown>, string, string][] = [
      [{ id: p.id, decision: "ADMISIBLE" }, "motivos", "Escriba los motivos de la decisión."],
      [{ id: p.id, decision: "ADMISIBLE", motivos: "" }, "motivos", "Los motivos deben tener al menos 10 caracteres."],
      [{ id: p.id, decision: "INADMISIBLE", motivos: "   corto   " }, "motivos", "Los motivos deben tener al menos 10 caracteres."],
      [{ id: p.id, decision: "ADMISIBLE", motivos: "x".repeat(2001) }, "motivos", "Los motivos admiten como máximo 2000 caracteres."],
      [{ id: p.id, decision: "ADMISIBLE", motivos: "Motivo con \u0000 NUL" }, "motivos", "Los motivos contienen caracteres no válidos."],
      [{ id: p.id, motivos: MOTIVOS }, "decision", "Indique si el perfil es admisible o inadmisible."],
      [{ id: p.id, decision: "QUIZAS", motivos: MOTIVOS }, "decision", "Indique si el perfil es admisible o inadmisible."],
    ];
    for (const [entrada, campo, mensaje] of casos) {
      const r = comoError(await executeAction(decidirAdmisibilidad, entrada, { user: staff(), db }));
      expect(r.error).toBe("Revise los campos marcados.");
      expect(r.fieldErrors[campo]).toEqual([mensaje]);
    }
    expect(await foto()).toEqual(antes);
    // 10 and 2,000 characters are accepted.
    comoExito(await executeAction(decidirAdmisibilidad, { id: p.id, decision: "INADMISIBLE", motivos: "0123456789" }, { user: staff(), db }));
    comoExito(await executeAction(decidirAdmisibilidad, { id: p.id, decision: "ADMISIBLE", motivos: "y".repeat(2000) }, { user: staff(), db }));
  });

  it("repetir la decisión vigente, o decidir sobre un estado que ya cambió, se rechaza", async () => {
    const p = await crearPerfil();
    comoExito(await executeAction(decidirAdmisibilidad, valido(p.id), { user: staff(), db }));
    const antes = await foto();
    const repetida = comoError(await executeAction(decidirAdmisibilidad, valido(p.id), { user: e.admin, db }));
    expect(repetida.error).toBe("El perfil ya está declarado admisible.");
    expect(repetida.fieldErrors.decision).toEqual(["Elija la otra opción para cambiar la decisión."]);
    // Someone saw it as ENVIADA and decides INADMISIBLE after the ADMISIBLE above: refused, not overwritten.
    const obsoleta = comoError(await executeAction(decidirAdmisibilidad, { ...valido(p.id), decision: "INADMISIBLE", desde: "ENVIADA" }, { user: e.admin, db }));
    expect(obsoleta.error).toBe("Otra persona del equipo decidió este perfil mientras usted lo revisaba. Recargue la página para ver la decisión vigente.");
    expect(await foto()).toEqual(antes);
  });
});

describe("concurrencia", () => {
  it("ocho personas del equipo deciden a la vez el mismo perfil: gana una sola decisión y sale un solo correo", async () => {
    const p = await crearPerfil();
    // The evaluators are of the perfil's region (La Araucanía): theirs to decide.
    const personas = await Promise.all(Array.from({ length: 8 }, (_, i) => crearUsuario([(["ADMIN", "ENCARGADO_TECNICO", "EVALUADOR"] as Rol[])[i % 3]], { regionCut: "09" })));
    const antes = await foto();
    const resultados = await Promise.all(
      personas.map((u, i) =>
        executeAction(decidirAdmisibilidad, { id: p.id, decision: i % 2 ? "INADMISIBLE" : "ADMISIBLE", motivos: `Decisión número ${i} del equipo.`, desde: "ENVIADA" }, { user: u, db }),
      ),
    );
    const exitos = resultados.flatMap((r, i) => (r.ok ? [i] : []));
    expect(exitos).toHaveLength(1);
    for (const r of resultados) {
      if (!r.ok) expect(r.error).toBe("Otra persona del equipo decidió este perfil mientras usted lo revisaba. Recargue la página para ver la decisión vigente.");
    }
    const ganador = exitos[0];
    const fila = await db.postulacion.findUniqueOrThrow({ where: { id: p.id } });
    expect(fila).toMatchObject({
      estado: ganador % 2 ? "INADMISIBLE" : "ADMISIBLE",
      admisibilidadPorId: personas[ganador].id,
      admisibilidadMotivos: `Decisión número ${ganador} del equipo.`,
    });
    const despues = await foto();
    expect(despues.correos).toBe(antes.correos + 1);
    expect(despues.auditoria).toBe(antes.auditoria + 1);
    expect(await db.notificacion.count({ where: { userId: p.postulante.id } })).toBe(1);
  });

  it("sin el estado visto, ocho ADMISIBLE simultáneos dejan una sola decisión y un solo correo", async () => {
    const p = await crearPerfil();
    const antes = await foto();
    const resultados = await Promise.all(
      Array.from({ length: 8 }, (_, i) => executeAction(decidirAdmisibilidad, { id: p.id, decision: "ADMISIBLE", motivos: `Admisible, revisión ${i}.` }, { user: staff(), db })),
    );
    expect(resultados.filter((r) => r.ok)).toHaveLength(1);
    for (const r of resultados) {
      if (!r.ok) expect(["El perfil ya está declarado admisible.", "Otra persona del equipo decidió este perfil mientras usted lo revisaba. Recargue la página para ver la decisión vigente."]).toContain(r.error);
    }
    const despues = await foto();
    expect(despues.correos).toBe(antes.correos + 1);
    expect(despues.auditoria).toBe(antes.auditoria + 1);
  });
});

describe("entradas arbitrarias", () => {
  it("1.000 entradas como Encargado técnico en Convocatoria: siempre un ActionResult en español, y un rechazo no escribe nada", { timeout: 300_000 }, async () => {
    const ids = (await Promise.all([crearPerfil(), crearPerfil(), crearPerfil(), crearPerfil({ estado: "BORRADOR" }), crearPerfil({ estado: "RETIRADA" })])).map((p) => p.id);
    const consola = vi.spyOn(console, "error").mockImplementation(() => {});
    const valor = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.string({ minLength: 10, maxLength: 2100 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constantFrom(null, undefined, "", " ", "\u0000", "ADMISIBLE", "INADMISIBLE", "ENVIADA", "admisible", "x".repeat(2001)),
      fc.array(fc.anything(), { maxLength: 3 }),
      fc.object({ maxDepth: 2 }),
    );
    const entrada = fc.oneof(
      fc.record(
        {
          id: fc.oneof(fc.constantFrom(...ids), valor),
          decision: fc.oneof(fc.constantFrom("ADMISIBLE", "INADMISIBLE"), valor),
          motivos: fc.oneof(fc.constant(MOTIVOS), valor),
          desde: fc.oneof(fc.constantFrom("ENVIADA", "ADMISIBLE", "INADMISIBLE"), valor),
        },
        { requiredKeys: [] },
      ),
      fc.anything({ maxDepth: 3 }),
      fc.dictionary(fc.string(), valor),
    );
    let estado = await foto();
    let exitos = 0;
    try {
      await fc.assert(
        fc.asyncProperty(entrada, async (x) => {
          let r: unknown;
          try {
            r = await executeAction(decidirAdmisibilidad, x, { user: staff(), db });
          } catch (error) {
            throw new Error(`executeAction lanzó en vez de devolver un resultado: ${String(error)}`);
          }
          expect(esActionResult(r)).toBe(true);
          if (!esActionResult(r)) return;
          if (r.ok) {
            exitos += 1;
            estado = await foto();
            return;
          }
          expect(r.error).not.toBe(MENSAJE_INESPERADO);
          // Spanish messages only: none of zod's English defaults leak through.
          for (const m of [r.error, ...Object.values(r.fieldErrors).flat()]) expect(m).not.toMatch(/\b(invalid|expected|received|required|must|string|number)\b/i);
          expect(await foto()).toEqual(estado);
        }),
        { numRuns: 1000 },
      );
    } finally {
      consola.mockRestore();
    }
    expect(exitos).toBeGreaterThan(0);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});

describe("chequeos automáticos que ve el equipo", () => {
  it("un perfil completo, en plazo, con RUT válido y sus documentos cumple todo", async () => {
    const p = await crearPerfil({ adjuntos: ["ESTATUTOS", "CERTIFICADO_VIGENCIA"] });
    const r = (await getPerfilParaRevision(p.id, e.admin, db))!;
    expect(r.chequeos.map((c) => [c.regla, c.ok])).toEqual([
      ["Campos obligatorios", true],
      ["Línea de postulación", true],
      ["Monto solicitado", true],
      ["RUT de la organización", true],
      ["Documentos exigidos", true],
      ["Enviado a tiempo", true],
    ]);
    expect(r.adjuntos.map((a) => a.categoria)).toEqual(["ESTATUTOS", "CERTIFICADO_VIGENCIA"]);
    expect(r.organizacionRutNormalizado).toMatch(/^\d+-[\dK]$/);
    expect(r.regiones).toEqual([{ cut: "09", nombre: "La Araucanía" }]);
    expect(r.postulante.email).toBe(p.postulante.email);
  });

  it("cada regla que falla se informa con su detalle", async () => {
    const cierre = (await db.etapaCalendario.findFirstOrThrow({ where: { convocatoriaId: e.convocatoriaId, etapa: "CONVOCATORIA" } })).fin;
    const p = await crearPerfil({
      nivel: "IDEA_VAGA",
      tipo: "PERSONA_NATURAL", // closed in the demo; requires CEDULA
      monto: 29_000_000,
      rut: "12.345.678-9",
      enviadaEn: new Date(cierre.getTime() + 60_000),
    });
    await db.postulacion.update({ where: { id: p.id }, data: { equipo: "   " } });
    const r = (await getPerfilParaRevision(p.id, e.admin, db))!;
    const porRegla = Object.fromEntries(r.chequeos.map((c) => [c.regla, c]));
    expect(porRegla["Campos obligatorios"]).toMatchObject({ ok: false, detalle: "Faltan: Equipo." });
    expect(porRegla["Línea de postulación"]).toMatchObject({ ok: false, detalle: "La línea elegida no está abierta en esta convocatoria." });
    expect(porRegla["Monto solicitado"]).toMatchObject({ ok: false });
    expect(porRegla["Monto solicitado"].detalle).toMatch(/^\$29\.000\.000; debe estar entre \$20\.000\.000 y \$20\.000\.000\.$/);
    expect(porRegla["RUT de la organización"]).toMatchObject({ ok: false, detalle: "El RUT no es válido." });
    expect(porRegla["Documentos exigidos"]).toMatchObject({ ok: false, detalle: "Faltan: Cédula de identidad." });
    expect(porRegla["Enviado a tiempo"]).toMatchObject({ ok: false, detalle: "Después del cierre." });
    expect(r.organizacionRutNormalizado).toBeNull();
  });

  it("sin lineaId, la línea se lee de la celda nivel × tipo; un borrador no se revisa", async () => {
    const p = await crearPerfil({ adjuntos: ["ESTATUTOS", "CERTIFICADO_VIGENCIA"] });
    await db.postulacion.update({ where: { id: p.id }, data: { lineaId: null } });
    const r = (await getPerfilParaRevision(p.id, e.admin, db))!;
    expect(r.chequeos.every((c) => c.ok)).toBe(true);
    const borrador = await crearPerfil({ estado: "BORRADOR" });
    expect(await getPerfilParaRevision(borrador.id, e.admin, db)).toBeNull();
    // Whatever comes in the URL: no error on either provider.
    for (const raro of ["a\u0000b", "x".repeat(65), "../../etc", ""]) expect(await getPerfilParaRevision(raro, e.admin, db)).toBeNull();
  });
});

describe("precondición para salir de la Convocatoria", () => {
  it("no se avanza a Selección mientras haya un perfil enviado sin decisión; sí después de decidirlos todos", async () => {
    await fijarEtapa("CONVOCATORIA");
    // Decide whatever earlier tests left pending, then add fresh ones.
    const pendientes = await db.postulacion.findMany({ where: { convocatoriaId: e.convocatoriaId, estado: "ENVIADA" }, select: { id: true } });
    const nuevos = [await crearPerfil(), await crearPerfil()];
    // Drafts and withdrawn perfiles do not block.
    await crearPerfil({ estado: "BORRADOR" });
    await crearPerfil({ estado: "RETIRADA" });

    // Confirmed as early ("Avanzar igual"): the calendar may still run; this test is about the precondition.
    const intentar = () => executeAction(avanzarEtapa, { desde: "CONVOCATORIA", aceptaCorteAnticipado: "si" }, { user: e.admin, db });
    const antes = await foto();
    const r = comoError(await intentar());
    expect(r.error).toBe("No se cumplen las condiciones para avanzar.");
    expect(r.fieldErrors._form).toEqual(["Todos los perfiles enviados deben tener una decisión de admisibilidad."]);
    expect(await etapaActual()).toBe("CONVOCATORIA");
    expect(await foto()).toEqual(antes);

    for (const { id } of [...pendientes, nuevos[0]]) comoExito(await executeAction(decidirAdmisibilidad, { id, decision: "ADMISIBLE", motivos: MOTIVOS }, { user: staff(), db }));
    // One left: still refused.
    expect(comoError(await intentar()).fieldErrors._form).toEqual(["Todos los perfiles enviados deben tener una decisión de admisibilidad."]);
    expect(await etapaActual()).toBe("CONVOCATORIA");

    comoExito(await executeAction(decidirAdmisibilidad, { id: nuevos[1].id, decision: "INADMISIBLE", motivos: "El monto solicitado excede el de la línea." }, { user: staff(), db }));
    const ok = comoExito(await intentar());
    expect(ok.data).toEqual({ etapa: "SELECCION_CONTRATACION" });
    expect(await etapaActual()).toBe("SELECCION_CONTRATACION");
    await fijarEtapa("CONVOCATORIA");
  });
});
