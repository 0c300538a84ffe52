// 1,000 random inputs to each attachment action, as a postulante in the Convocatoria: every answer is an
// ActionResult with one of the actions' Spanish messages (never a throw, never an unexpected error), and a
// refusal leaves the database and the storage folder exactly as they were.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import type { SessionUser } from "@/lib/auth/session-user";
import { eliminarAdjunto } from "@/lib/adjuntos/actions/eliminar";
import { subirAdjunto } from "@/lib/adjuntos/actions/subir";
import { MENSAJE_ADJUNTO_NO_ENCONTRADO, MENSAJE_NO_BORRADOR, MENSAJE_PERFIL_NO_ENCONTRADO } from "@/lib/adjuntos/borrador";
import { CATEGORIAS_ADJUNTO, MENSAJE_TIPO_INVALIDO } from "@/lib/adjuntos/schema";
import { archivo, bytesExe, bytesJpg, bytesPdf, bytesPng } from "../fixtures/acciones/adjuntos";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { esActionResult } from "../support/resultado";

const RUNS = 1000;

let e: Escenario;
let carpeta: string;
const envAnterior = process.env.STORAGE_DIR;
let yo: SessionUser;
let otra: SessionUser;
const ids = { propio: "", propio2: "", ajeno: "", enviado: "" };
let consola: ReturnType<typeof vi.spyOn>;
const inesperados: unknown[] = [];

const MENSAJES = new Set([
  "Revise los campos marcados.",
  MENSAJE_TIPO_INVALIDO,
  MENSAJE_PERFIL_NO_ENCONTRADO,
  MENSAJE_NO_BORRADOR,
  MENSAJE_ADJUNTO_NO_ENCONTRADO,
]);
const esMensajeConocido = (m: string) => MENSAJES.has(m) || /^Superó la cuota de 50 MB para sus documentos/.test(m);

async function perfil(user: SessionUser, n: number, estado: "BORRADOR" | "ENVIADA" = "BORRADOR") {
  return (await db.postulacion.create({ data: { convocatoriaId: e.convocatoriaId, desafioId: e.desafios[n].id, postulanteId: user.id, estado }, select: { id: true } })).id;
}

async function archivos(): Promise<number> {
  const todos = await fs.readdir(carpeta, { recursive: true, withFileTypes: true });
  return todos.filter((d) => d.isFile()).length;
}

const foto = async () => ({
  adjuntos: await db.adjunto.count(),
  auditoria: await contarAuditoria(),
  enviadas: await db.postulacion.count({ where: { estado: { not: "BORRADOR" } } }),
  archivos: await archivos(),
});

beforeAll(async () => {
  e = await prepararDemo();
  carpeta = await fs.mkdtemp(path.join(os.tmpdir(), "fondo-adjuntos-prop-"));
  process.env.STORAGE_DIR = carpeta;
  await fijarEtapa("CONVOCATORIA");
  yo = await crearUsuario(["POSTULANTE"]);
  otra = await crearUsuario(["POSTULANTE"]);
  ids.propio = await perfil(yo, 0);
  ids.propio2 = await perfil(yo, 1);
  ids.enviado = await perfil(yo, 2, "ENVIADA");
  ids.ajeno = await perfil(otra, 0);
  consola = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterAll(async () => {
  consola.mockRestore();
  if (envAnterior === undefined) delete process.env.STORAGE_DIR;
  else process.env.STORAGE_DIR = envAnterior;
  await fs.rm(carpeta, { recursive: true, force: true });
});

const valor = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined, "", " ", "\u0000", "a\u0000b", "../../etc/passwd", "ESTATUTOS", "OTRO"),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

const nombre = fc.oneof(
  fc.constantFrom("estatutos.pdf", "x.pdf", "foto.JPG", "../../x.png", "con\u0000nul.pdf", "", ".pdf", "a".repeat(400)),
  fc.string({ unit: "grapheme", maxLength: 200 }),
);

const archivoAleatorio: fc.Arbitrary<unknown> = fc.oneof(
  // Real files of each accepted type, and a program, under any name.
  fc.tuple(fc.constantFrom(bytesPdf, bytesPng, bytesJpg, bytesExe), nombre).map(([b, n]) => archivo(b(), n)),
  // Random bytes, and a valid header followed by random bytes.
  fc.tuple(fc.uint8Array({ maxLength: 400 }), nombre).map(([b, n]) => archivo(b, n)),
  fc.tuple(fc.constantFrom(bytesPdf, bytesPng, bytesJpg), fc.uint8Array({ maxLength: 200 })).map(([b, r]) => archivo(Uint8Array.from([...b().subarray(0, 16), ...r]), "mezcla.pdf")),
  valor,
);

const postulacionId = fc.oneof(
  fc.constantFrom(() => ids.propio, () => ids.propio2, () => ids.ajeno, () => ids.enviado).map((f) => f()),
  valor,
);
const categoria = fc.oneof(fc.constantFrom(...CATEGORIAS_ADJUNTO), valor);

const registro = fc.record({ postulacionId, categoria, archivo: archivoAleatorio }, { requiredKeys: [] });

/** The same record, posted as a form (what the route handler passes on). */
const comoFormulario = registro.map((r) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(r)) {
    if (v instanceof File) fd.set(k, v);
    else if (v !== undefined) fd.set(k, typeof v === "string" ? v : JSON.stringify(v) ?? "");
  }
  return fd;
});

async function comprobar(def: typeof subirAdjunto | typeof eliminarAdjunto, entradas: fc.Arbitrary<unknown>) {
  let antes = await foto();
  let exitos = 0;
  let rechazos = 0;
  await fc.assert(
    fc.asyncProperty(entradas, async (entrada) => {
      let r: unknown;
      try {
        r = await executeAction(def as typeof subirAdjunto, entrada, { user: yo, db });
      } catch (error) {
        throw new Error(`executeAction lanzó en vez de devolver un resultado: ${String(error)}`);
      }
      expect(esActionResult(r)).toBe(true);
      if (!esActionResult(r)) return;
      if (r.ok) {
        exitos += 1;
        antes = await foto();
        return;
      }
      rechazos += 1;
      if (!esMensajeConocido(r.error)) inesperados.push({ accion: def.name, error: r.error, entrada });
      expect(await foto()).toEqual(antes);
    }),
    { numRuns: RUNS },
  );
  return { exitos, rechazos };
}

describe("entradas arbitrarias a las acciones de adjuntos", () => {
  it(`adjunto.subir: ${RUNS} entradas, siempre un ActionResult en español, y un rechazo no escribe nada`, async () => {
    const { exitos, rechazos } = await comprobar(subirAdjunto, fc.oneof(registro, registro, comoFormulario, fc.anything({ maxDepth: 3 })));
    // The generators reach both outcomes: some uploads are valid, most are not.
    expect(exitos).toBeGreaterThan(0);
    expect(rechazos).toBeGreaterThan(0);
    // Every stored file has its row, and every row of this user has its file.
    const filas = await db.adjunto.findMany({ where: { subidoPorId: yo.id }, select: { postulacionId: true, clave: true } });
    expect(filas.length).toBe(exitos);
    expect(await archivos()).toBe(exitos);
    expect(new Set(filas.map((f) => f.postulacionId))).toEqual(new Set([ids.propio, ids.propio2].filter((id) => filas.some((f) => f.postulacionId === id))));
  });

  it(`adjunto.eliminar: ${RUNS} entradas, siempre un ActionResult en español, y un rechazo no escribe nada`, async () => {
    // Documents to delete: mine (draft), mine (sent) and someone else's.
    const mios: string[] = [];
    for (let i = 0; i < 30; i++) {
      const r = await executeAction(subirAdjunto, { postulacionId: i % 2 ? ids.propio : ids.propio2, categoria: "OTRO", archivo: archivo(bytesPdf(), `d${i}.pdf`) }, { user: yo, db });
      if (!r.ok) throw new Error(r.error);
      mios.push(r.data.id);
    }
    const r = await executeAction(subirAdjunto, { postulacionId: ids.ajeno, categoria: "OTRO", archivo: archivo(bytesPdf(), "ajeno.pdf") }, { user: otra, db });
    if (!r.ok) throw new Error(r.error);
    const ajeno = r.data.id;
    const id = fc.oneof(fc.constantFrom(...mios, ajeno), valor);
    const entradas = fc.oneof(fc.record({ id }, { requiredKeys: [] }), fc.record({ id: fc.constantFrom(...mios) }), fc.anything({ maxDepth: 3 }));
    const { exitos } = await comprobar(eliminarAdjunto, entradas);
    expect(exitos).toBeGreaterThan(0);
    expect(await db.adjunto.findUnique({ where: { id: ajeno } })).not.toBeNull();
  });

  it("ninguna entrada terminó en un error inesperado ni en un mensaje desconocido", () => {
    expect(inesperados).toEqual([]);
  });
});
