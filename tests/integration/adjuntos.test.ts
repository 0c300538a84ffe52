// Attachments of a perfil against the real database and real files in a temp STORAGE_DIR: type by
// content, size and quota limits, ownership, draft-only changes, no orphan files, and who may download.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import type { SessionUser } from "@/lib/auth/session-user";
import { eliminarAdjunto } from "@/lib/adjuntos/actions/eliminar";
import { subirAdjunto } from "@/lib/adjuntos/actions/subir";
import { MENSAJE_ADJUNTO_NO_ENCONTRADO, MENSAJE_NO_BORRADOR, MENSAJE_PERFIL_NO_ENCONTRADO } from "@/lib/adjuntos/borrador";
import { cabecerasDescarga, contentDisposition, leerFormularioDeSubida } from "@/lib/adjuntos/http";
import { adjuntoVisiblePara, categoriasSubidas, listarAdjuntosDePerfil } from "@/lib/adjuntos/queries";
import { ADJUNTO_CUOTA_BYTES, ADJUNTO_MAX_BYTES, ADJUNTO_MAX_CUERPO_BYTES, MENSAJE_MUY_GRANDE, MENSAJE_TIPO_INVALIDO } from "@/lib/adjuntos/schema";
import { abrirArchivo, raizAlmacenamiento, rutaDe, sha256 } from "@/lib/adjuntos/storage";
import { sanearNombre } from "@/lib/adjuntos/tipo";
import type { Db } from "@/lib/db/client";
import { ROLES } from "@/lib/domain/roles";
import { archivo, bytesExe, bytesJpg, bytesPdf, bytesPng, rellenar } from "../fixtures/acciones/adjuntos";
import { comoError, comoExito } from "../support/resultado";
import { contarAuditoria, crearUsuario, db, fijarEtapa, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { MENSAJE_INESPERADO } from "../support/mensajes";

const MB = 1024 * 1024;

let e: Escenario;
let carpeta: string;
const envAnterior = process.env.STORAGE_DIR;

beforeAll(async () => {
  e = await prepararDemo();
  carpeta = await fs.mkdtemp(path.join(os.tmpdir(), "fondo-adjuntos-"));
  process.env.STORAGE_DIR = carpeta;
});

afterAll(async () => {
  if (envAnterior === undefined) delete process.env.STORAGE_DIR;
  else process.env.STORAGE_DIR = envAnterior;
  await fs.rm(carpeta, { recursive: true, force: true });
});

beforeEach(async () => {
  await fijarEtapa("CONVOCATORIA");
});

/** A draft perfil of `user` on the n-th demo desafío (one draft per desafío per user). */
async function borrador(user: SessionUser, n = 0, estado: "BORRADOR" | "ENVIADA" = "BORRADOR"): Promise<string> {
  const p = await db.postulacion.create({
    data: { convocatoriaId: e.convocatoriaId, desafioId: e.desafios[n].id, postulanteId: user.id, estado },
    select: { id: true },
  });
  return p.id;
}

function formulario(postulacionId: string, f: File | string | null, categoria = "ESTATUTOS"): FormData {
  const fd = new FormData();
  fd.set("postulacionId", postulacionId);
  fd.set("categoria", categoria);
  if (f !== null) fd.set("archivo", f);
  return fd;
}

const subir = (user: SessionUser | null, postulacionId: string, f: File, categoria = "ESTATUTOS", client: Db = db) =>
  executeAction(subirAdjunto, formulario(postulacionId, f, categoria), { user, db: client });

async function archivosGuardados(): Promise<string[]> {
  const todos = (await fs.readdir(raizAlmacenamiento(), { recursive: true, withFileTypes: true })) as import("node:fs").Dirent[];
  return todos.filter((d) => d.isFile()).map((d) => path.relative(carpeta, path.join(d.parentPath, d.name)).split(path.sep).join("/")).sort();
}

const estado = async () => ({ adjuntos: await db.adjunto.count(), auditoria: await contarAuditoria(), archivos: await archivosGuardados() });

/** Attachment rows without files, to fill a user's quota quickly. */
async function ocupar(user: SessionUser, postulacionId: string, bytes: number) {
  await db.adjunto.create({
    data: { postulacionId, subidoPorId: user.id, categoria: "OTRO", nombreArchivo: "relleno.pdf", mime: "application/pdf", bytes, sha256: "0".repeat(64), clave: `relleno-${user.id}-${bytes}-${Math.random()}` },
  });
}

/** The test database, except that the audit write fails: the transaction rolls back after the body ran. */
function dbConBitacoraRota(): Db {
  const txRota = (tx: object) =>
    new Proxy(tx, {
      get(t, k) {
        const v = Reflect.get(t, k);
        if (k === "auditLog") {
          return { findFirst: (...a: unknown[]) => (v as { findFirst: (...a: unknown[]) => unknown }).findFirst(...a), create: () => Promise.reject(new Error("falla simulada de la bitácora")) };
        }
        return typeof v === "function" ? v.bind(t) : v;
      },
    });
  return {
    $transaction: (fn: (tx: object) => Promise<unknown>, opts?: unknown) => (db.$transaction as (f: unknown, o: unknown) => Promise<unknown>)((tx: object) => fn(txRota(tx)), opts),
  } as unknown as Db;
}

describe("subir: tipo por contenido", () => {
  it("acepta PDF, PNG y JPG: guarda fila, archivo con clave aleatoria, huella y bitácora", async () => {
    const u = await crearUsuario(["POSTULANTE"], { nombre: "Ana Adjunta" });
    const pid = await borrador(u);
    const antes = await estado();
    const casos = [
      { bytes: bytesPdf(), nombre: "../../etc/Estatutos Fundación Ñuble.PDF", mime: "application/pdf", esperado: "Estatutos Fundación Ñuble.pdf", categoria: "ESTATUTOS" },
      { bytes: bytesPng(), nombre: "cédula.png", mime: "image/png", esperado: "cédula.png", categoria: "CEDULA" },
      { bytes: bytesJpg(), nombre: "C:\\fotos\\vigencia.jpeg", mime: "image/jpeg", esperado: "vigencia.jpg", categoria: "CERTIFICADO_VIGENCIA" },
    ];
    for (const c of casos) {
      const r = comoExito(await subir(u, pid, archivo(c.bytes, c.nombre, "application/octet-stream"), c.categoria));
      expect(r.data).toMatchObject({ postulacionId: pid, categoria: c.categoria, nombreArchivo: c.esperado, mime: c.mime, bytes: c.bytes.length });
      expect(r.mensaje).toBe(`Documento «${c.esperado}» adjuntado.`);
      const fila = await db.adjunto.findUniqueOrThrow({ where: { id: r.data.id } });
      expect(fila).toMatchObject({ subidoPorId: u.id, sha256: sha256(c.bytes), bytes: c.bytes.length, mime: c.mime });
      // The key is random, never the user's name, and the stored bytes are the uploaded ones.
      expect(fila.clave).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}$/);
      expect(new Uint8Array(await fs.readFile(rutaDe(fila.clave)))).toEqual(c.bytes);
      expect(await ultimaAuditoria()).toMatchObject({ accion: "adjunto.subir", actorId: u.id, entidad: "Adjunto", entidadId: r.data.id, etapa: "CONVOCATORIA" });
    }
    const despues = await estado();
    expect(despues.adjuntos).toBe(antes.adjuntos + 3);
    expect(despues.auditoria).toBe(antes.auditoria + 3);
    expect(despues.archivos.length).toBe(antes.archivos.length + 3);
    expect(despues.archivos.join()).not.toMatch(/Estatutos|cédula|vigencia/);
    expect(await categoriasSubidas(db, pid)).toEqual(["CEDULA", "CERTIFICADO_VIGENCIA", "ESTATUTOS"]);
  });

  it("el nombre declarado no manda: un PNG llamado «acta.pdf» se guarda como PNG con extensión .png", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const r = comoExito(await subir(u, await borrador(u), archivo(bytesPng(), "acta.pdf", "application/pdf")));
    expect(r.data).toMatchObject({ mime: "image/png", nombreArchivo: "acta.png" });
  });

  it("un .exe renombrado a «x.pdf» se rechaza en español y no escribe nada (ni fila, ni archivo, ni bitácora)", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const pid = await borrador(u);
    const antes = await estado();
    const r = comoError(await subir(u, pid, archivo(bytesExe(), "x.pdf", "application/pdf")));
    expect(r.error).toBe(MENSAJE_TIPO_INVALIDO);
    expect(r.fieldErrors.archivo).toEqual([MENSAJE_TIPO_INVALIDO]);
    expect(await estado()).toEqual(antes);
  });

  it("texto, HTML o bytes cualesquiera con nombre de imagen también se rechazan", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const pid = await borrador(u);
    const antes = await estado();
    const falsos = [
      new TextEncoder().encode("hola, soy un texto"),
      new TextEncoder().encode("<html><script>alert(1)</script></html>"),
      new TextEncoder().encode("GIF89a\x01\x00\x01\x00"),
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), // ZIP
    ];
    for (const b of falsos) expect(comoError(await subir(u, pid, archivo(b, "foto.jpg", "image/jpeg"))).error).toBe(MENSAJE_TIPO_INVALIDO);
    expect(await estado()).toEqual(antes);
  });
});

describe("subir: tamaño y cuota", () => {
  it("10 MB exactos se aceptan; 10 MB y un byte se rechazan sin escribir", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const pid = await borrador(u);
    comoExito(await subir(u, pid, archivo(rellenar(bytesPng(), ADJUNTO_MAX_BYTES), "plano.png")));
    const antes = await estado();
    const r = comoError(await subir(u, pid, archivo(rellenar(bytesPdf(), ADJUNTO_MAX_BYTES + 1), "grande.pdf")));
    expect(r.fieldErrors.archivo).toEqual([MENSAJE_MUY_GRANDE]);
    expect(MENSAJE_MUY_GRANDE).toBe("El archivo supera el máximo de 10 MB.");
    expect(await estado()).toEqual(antes);
  });

  it("sin archivo, o con un archivo vacío, pide seleccionar uno", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const pid = await borrador(u);
    for (const f of [null, archivo(new Uint8Array(0), "vacio.pdf"), "no-soy-un-archivo"]) {
      const r = comoError(await executeAction(subirAdjunto, formulario(pid, f), { user: u, db }));
      expect(r.fieldErrors.archivo).toEqual(["Seleccione un archivo."]);
    }
    const r = comoError(await executeAction(subirAdjunto, formulario(pid, archivo(bytesPdf(), "a.pdf"), "FACTURA"), { user: u, db }));
    expect(r.fieldErrors.categoria).toEqual(["Seleccione el tipo de documento."]);
  });

  it("la cuota de 50 MB suma todos los perfiles del usuario: lo que la excede se rechaza sin escribir", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const otro = await crearUsuario(["POSTULANTE"]);
    const [a, b] = [await borrador(u, 0), await borrador(u, 1)];
    await ocupar(u, a, 45 * MB);
    await ocupar(otro, await borrador(otro), 49 * MB); // another user's usage does not count
    comoExito(await subir(u, b, archivo(rellenar(bytesPdf(), 4 * MB), "cuatro.pdf")));
    const antes = await estado();
    const r = comoError(await subir(u, b, archivo(rellenar(bytesPdf(), 2 * MB), "dos.pdf")));
    expect(r.error).toMatch(/^Superó la cuota de 50 MB para sus documentos: ya usa 49 MB y este archivo pesa 2 MB\./);
    expect(r.fieldErrors.archivo).toEqual([r.error]);
    expect(await estado()).toEqual(antes);
    // Exactly up to the quota still fits.
    comoExito(await subir(u, b, archivo(rellenar(bytesPdf(), 1 * MB), "uno.pdf")));
    const usados = await db.adjunto.aggregate({ where: { subidoPorId: u.id }, _sum: { bytes: true } });
    expect(usados._sum.bytes).toBe(ADJUNTO_CUOTA_BYTES);
  });

  it("12 subidas simultáneas que juntas exceden la cuota: entran exactamente las que caben", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const perfiles = [await borrador(u, 0), await borrador(u, 1), await borrador(u, 2)];
    await ocupar(u, perfiles[0], 44 * MB);
    const antes = await estado();
    const resultados = await Promise.all(
      Array.from({ length: 12 }, (_, i) => subir(u, perfiles[i % 3], archivo(rellenar(bytesPng(), 2 * MB), `parte-${i}.png`))),
    );
    const ok = resultados.filter((r) => r.ok);
    expect(ok).toHaveLength(3); // 44 + 3 × 2 = 50 MB
    for (const r of resultados.filter((x) => !x.ok)) expect(comoError(r).error).toMatch(/^Superó la cuota de 50 MB/);
    const usados = await db.adjunto.aggregate({ where: { subidoPorId: u.id }, _sum: { bytes: true } });
    expect(usados._sum.bytes).toBe(ADJUNTO_CUOTA_BYTES);
    const despues = await estado();
    expect(despues.adjuntos).toBe(antes.adjuntos + 3);
    expect(despues.auditoria).toBe(antes.auditoria + 3);
    expect(despues.archivos.length).toBe(antes.archivos.length + 3);
  });
});

describe("subir: dueño y estado del perfil", () => {
  it("el perfil de otra persona responde igual que uno inexistente, y no escribe nada", async () => {
    const duena = await crearUsuario(["POSTULANTE"]);
    const intrusa = await crearUsuario(["POSTULANTE"]);
    const pid = await borrador(duena);
    const antes = await estado();
    const ajeno = comoError(await subir(intrusa, pid, archivo(bytesPdf(), "a.pdf")));
    const inexistente = comoError(await subir(intrusa, "no-existe", archivo(bytesPdf(), "a.pdf")));
    expect(ajeno).toEqual(inexistente);
    expect(ajeno.error).toBe(MENSAJE_PERFIL_NO_ENCONTRADO);
    // Even a file of the wrong type gets the same answer: nothing about the perfil is revealed.
    expect(comoError(await subir(intrusa, pid, archivo(bytesExe(), "x.pdf"))).error).toBe(MENSAJE_PERFIL_NO_ENCONTRADO);
    expect(await estado()).toEqual(antes);
  });

  it("un perfil ENVIADO ya no acepta documentos ni deja quitarlos", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const pid = await borrador(u);
    const subido = comoExito(await subir(u, pid, archivo(bytesPdf(), "estatutos.pdf")));
    await db.postulacion.update({ where: { id: pid }, data: { estado: "ENVIADA", enviadaEn: new Date() } });
    const antes = await estado();
    expect(comoError(await subir(u, pid, archivo(bytesPdf(), "otro.pdf"))).error).toBe(MENSAJE_NO_BORRADOR);
    expect(comoError(await executeAction(eliminarAdjunto, { id: subido.data.id }, { user: u, db })).error).toBe(MENSAJE_NO_BORRADOR);
    expect(await estado()).toEqual(antes);
  });

  it("fuera de la Convocatoria, o sin ser postulante, el pipeline lo rechaza sin escribir", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const pid = await borrador(u);
    const antes = await estado();
    await fijarEtapa("SELECCION_CONTRATACION");
    expect(comoError(await subir(u, pid, archivo(bytesPdf(), "a.pdf"))).error).toMatch(/^Esta acción no está disponible en la etapa actual/);
    await fijarEtapa("CONVOCATORIA");
    expect(comoError(await subir(e.admin, pid, archivo(bytesPdf(), "a.pdf"))).error).toBe("No tiene permiso para realizar esta acción.");
    expect(comoError(await subir(null, pid, archivo(bytesPdf(), "a.pdf"))).error).toBe("Debe iniciar sesión para realizar esta acción.");
    expect(await estado()).toEqual(antes);
  });
});

describe("sin archivos huérfanos", () => {
  it("si la transacción falla después de guardar el archivo, el archivo se borra", async () => {
    const consola = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const u = await crearUsuario(["POSTULANTE"]);
      const pid = await borrador(u);
      const antes = await estado();
      const r = comoError(await subir(u, pid, archivo(bytesPdf(), "a.pdf"), "ESTATUTOS", dbConBitacoraRota()));
      expect(r.error).toBe(MENSAJE_INESPERADO);
      expect(await estado()).toEqual(antes);
    } finally {
      consola.mockRestore();
    }
  });

  it("eliminar borra la fila y, tras el commit, el archivo; si la transacción falla, quedan ambos", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const pid = await borrador(u);
    const { data } = comoExito(await subir(u, pid, archivo(bytesPdf(), "a.pdf")));
    const { clave } = await db.adjunto.findUniqueOrThrow({ where: { id: data.id } });

    const consola = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const antes = await estado();
      expect(comoError(await executeAction(eliminarAdjunto, { id: data.id }, { user: u, db: dbConBitacoraRota() })).error).toBe(MENSAJE_INESPERADO);
      expect(await estado()).toEqual(antes);
    } finally {
      consola.mockRestore();
    }

    const antes = await estado();
    const r = comoExito(await executeAction(eliminarAdjunto, { id: data.id }, { user: u, db }));
    expect(r.mensaje).toBe("Documento «a.pdf» eliminado.");
    expect(await db.adjunto.findUnique({ where: { id: data.id } })).toBeNull();
    await expect(fs.access(rutaDe(clave))).rejects.toThrow();
    const despues = await estado();
    expect(despues).toEqual({ adjuntos: antes.adjuntos - 1, auditoria: antes.auditoria + 1, archivos: antes.archivos.filter((f) => f !== clave) });
    expect(await ultimaAuditoria()).toMatchObject({ accion: "adjunto.eliminar", entidadId: data.id });
  });

  it("eliminar el documento de otra persona responde igual que uno inexistente y no toca nada", async () => {
    const duena = await crearUsuario(["POSTULANTE"]);
    const intrusa = await crearUsuario(["POSTULANTE"]);
    const { data } = comoExito(await subir(duena, await borrador(duena), archivo(bytesPdf(), "a.pdf")));
    const antes = await estado();
    const ajeno = comoError(await executeAction(eliminarAdjunto, { id: data.id }, { user: intrusa, db }));
    const inexistente = comoError(await executeAction(eliminarAdjunto, { id: "no-existe" }, { user: intrusa, db }));
    expect(ajeno).toEqual(inexistente);
    expect(ajeno.error).toBe(MENSAJE_ADJUNTO_NO_ENCONTRADO);
    expect(await estado()).toEqual(antes);
  });

  it("10 eliminaciones simultáneas del mismo documento: una sola tiene éxito", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const { data } = comoExito(await subir(u, await borrador(u), archivo(bytesPdf(), "a.pdf")));
    const antes = await estado();
    const rs = await Promise.all(Array.from({ length: 10 }, () => executeAction(eliminarAdjunto, { id: data.id }, { user: u, db })));
    expect(rs.filter((r) => r.ok)).toHaveLength(1);
    for (const r of rs.filter((x) => !x.ok)) expect(comoError(r).error).toBe(MENSAJE_ADJUNTO_NO_ENCONTRADO);
    const despues = await estado();
    expect(despues.adjuntos).toBe(antes.adjuntos - 1);
    expect(despues.auditoria).toBe(antes.auditoria + 1);
    expect(despues.archivos.length).toBe(antes.archivos.length - 1);
  });
});

describe("quién puede ver y descargar", () => {
  it("la dueña siempre y el equipo FOSIS una vez enviado el perfil; otra postulante, los demás roles y un anónimo reciben lo mismo que un id inexistente", async () => {
    const duena = await crearUsuario(["POSTULANTE"]);
    const otra = await crearUsuario(["POSTULANTE"]);
    const pid = await borrador(duena);
    const { data } = comoExito(await subir(duena, pid, archivo(bytesPdf(), "Acta Ñuñoa.pdf")));
    const esperado = { mime: "application/pdf", nombreArchivo: "Acta Ñuñoa.pdf", bytes: bytesPdf().length };

    expect(await adjuntoVisiblePara(data.id, duena, db)).toMatchObject(esperado);
    // Regression: staff downloaded the files of an unsubmitted draft while the draft itself was hidden.
    for (const rol of ["ADMIN", "ENCARGADO_TECNICO", "EVALUADOR"] as const) {
      expect(await adjuntoVisiblePara(data.id, e.cuentas[rol], db), `${rol}, borrador`).toBeNull();
    }
    // Once submitted, the perfil and its files are visible to staff; to a regional evaluator (the demo's is
    // of La Araucanía) only when the perfil names their region.
    await db.postulacion.update({ where: { id: pid }, data: { estado: "ENVIADA" } });
    for (const rol of ["ADMIN", "ENCARGADO_TECNICO"] as const) {
      expect(await adjuntoVisiblePara(data.id, e.cuentas[rol], db), rol).toMatchObject(esperado);
    }
    expect(await adjuntoVisiblePara(data.id, e.cuentas.EVALUADOR, db), "EVALUADOR, otra región").toBeNull();
    await db.postulacionRegion.create({ data: { postulacionId: pid, regionCut: "09" } });
    expect(await adjuntoVisiblePara(data.id, e.cuentas.EVALUADOR, db), "EVALUADOR, su región").toMatchObject(esperado);
    for (const rol of ROLES.filter((r) => !["ADMIN", "ENCARGADO_TECNICO", "EVALUADOR"].includes(r))) {
      expect(await adjuntoVisiblePara(data.id, e.cuentas[rol], db), rol).toBeNull();
    }
    expect(await adjuntoVisiblePara(data.id, otra, db)).toBeNull();
    expect(await adjuntoVisiblePara(data.id, null, db)).toBeNull();
    expect(await adjuntoVisiblePara("no-existe", duena, db)).toBeNull();
    expect(await adjuntoVisiblePara("a\u0000b", e.admin, db)).toBeNull();

    expect(await listarAdjuntosDePerfil(pid, duena, db)).toEqual([{ id: data.id, categoria: "ESTATUTOS", ...esperado }]);
    expect(await listarAdjuntosDePerfil(pid, otra, db)).toEqual([]);
  });
});

describe("nombres saneados", () => {
  it.each([
    ["../../../etc/passwd.pdf", "pdf", "passwd.pdf"],
    ["C:\\Users\\ana\\Cédula Ñandú.JPG", "jpg", "Cédula Ñandú.jpg"],
    ["informe\u0000\u0007\u202e.exe.pdf", "pdf", "informe.exe.pdf"],
    ["<img onerror=alert(1)>.png", "png", "img onerror_alert_1.png"],
    ["<script>alert(1)</script>.png", "png", "script.png"], // "/" is a folder separator: only the last part stays
    ["   ...   ", "pdf", "documento.pdf"],
    [".bashrc", "png", "bashrc.png"],
    ["北京.pdf", "pdf", "documento.pdf"],
    ["a".repeat(300) + ".pdf", "pdf", "a".repeat(116) + ".pdf"],
  ])("%j → %j", (original, ext, esperado) => {
    const n = sanearNombre(original, ext);
    expect(n).toBe(esperado);
    expect(n.length).toBeLessThanOrEqual(120);
  });
});

describe("bordes HTTP de /api/adjuntos", () => {
  const URL_SUBIDA = "http://portal.test/api/adjuntos";

  it("un Content-Length de más de 11 MB se rechaza con 413 antes de leer el cuerpo", async () => {
    const cuerpo = new ReadableStream<Uint8Array>({
      pull() {
        throw new Error("no debió leerse el cuerpo");
      },
    });
    const req = new Request(URL_SUBIDA, {
      method: "POST",
      headers: { "content-length": String(ADJUNTO_MAX_CUERPO_BYTES + 1), "content-type": "multipart/form-data; boundary=x" },
      body: cuerpo,
      duplex: "half",
    } as RequestInit);
    const r = await leerFormularioDeSubida(req);
    expect(r).toEqual({ ok: false, status: 413, cuerpo: { ok: false, error: MENSAJE_MUY_GRANDE, fieldErrors: { archivo: [MENSAJE_MUY_GRANDE] } } });
  });

  it("un cuerpo sin Content-Length que pasa de 11 MB se corta al leerlo (413)", async () => {
    let enviados = 0;
    const trozo = new Uint8Array(MB);
    const cuerpo = new ReadableStream<Uint8Array>({
      pull(c) {
        enviados += trozo.length;
        if (enviados > 30 * MB) c.close();
        else c.enqueue(trozo);
      },
    });
    const req = new Request(URL_SUBIDA, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: cuerpo, duplex: "half" } as RequestInit);
    const r = await leerFormularioDeSubida(req);
    expect(r.ok ? 0 : r.status).toBe(413);
    expect(enviados).toBeLessThan(14 * MB); // stopped reading right after the limit
  });

  it("desde otro sitio: 403; sin formulario multipart: 400", async () => {
    const fd = formulario("x", archivo(bytesPdf(), "a.pdf"));
    const ajeno = await leerFormularioDeSubida(new Request(URL_SUBIDA, { method: "POST", headers: { origin: "https://malicioso.example", host: "portal.test" }, body: fd }));
    expect(ajeno.ok ? 0 : ajeno.status).toBe(403);
    const json = await leerFormularioDeSubida(new Request(URL_SUBIDA, { method: "POST", headers: { "content-type": "application/json", host: "portal.test" }, body: "{}" }));
    expect(json).toMatchObject({ ok: false, status: 400, cuerpo: { ok: false, error: "Envíe el documento desde el formulario del perfil." } });
    const roto = await leerFormularioDeSubida(new Request(URL_SUBIDA, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=zzz" }, body: "basura" }));
    expect(roto.ok ? 0 : roto.status).toBe(400);
  });

  it("un formulario del mismo sitio llega entero al pipeline, y la descarga devuelve los mismos bytes con sus cabeceras", async () => {
    const u = await crearUsuario(["POSTULANTE"]);
    const pid = await borrador(u);
    const req = new Request(URL_SUBIDA, { method: "POST", headers: { origin: "http://portal.test", host: "portal.test" }, body: formulario(pid, archivo(bytesPng(), "Acta Ñuñoa (1).png")) });
    const form = await leerFormularioDeSubida(req);
    if (!form.ok) throw new Error(form.cuerpo.error);
    const { data } = comoExito(await executeAction(subirAdjunto, form.datos, { user: u, db }));
    const a = await adjuntoVisiblePara(data.id, u, db);
    if (!a) throw new Error("la dueña debería verlo");
    expect(cabecerasDescarga(a)).toEqual({
      "Content-Type": "image/png",
      "Content-Length": String(bytesPng().length),
      "Content-Disposition": "attachment; filename=\"Acta Nunoa _1.png\"; filename*=UTF-8''Acta%20%C3%91u%C3%B1oa%20_1.png",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    });
    const flujo = await abrirArchivo(a.clave);
    if (!flujo) throw new Error("falta el archivo");
    const partes: Buffer[] = [];
    for await (const p of flujo) partes.push(p as Buffer);
    expect(new Uint8Array(Buffer.concat(partes))).toEqual(bytesPng());
    expect(await abrirArchivo("../../etc/passwd")).toBeNull();
    expect(a.nombreArchivo).toBe("Acta Ñuñoa _1.png");
    expect(contentDisposition("x.pdf")).toBe("attachment; filename=\"x.pdf\"; filename*=UTF-8''x.pdf");
    expect(contentDisposition("Año (final)'s.pdf")).toBe("attachment; filename=\"Ano _final__s.pdf\"; filename*=UTF-8''A%C3%B1o%20%28final%29%27s.pdf");
  });
});
