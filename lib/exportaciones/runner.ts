// The exports' background runner (issue 14, item 5), off the request path like the mail cartero
// (lib/mail/cartero.ts): instrumentation.ts starts one per server process; exportacion.solicitar wakes it
// once its transaction has committed (despertarExportador); a periodic loop picks up whatever is left
// (a request made on another instance, a restart). Several instances share the table: each row is claimed
// with one atomic UPDATE … WHERE estado = 'PENDIENTE', so exactly one instance generates it.
//
// No "server-only" here: instrumentation is compiled without the react-server condition.
import type { Db } from "@/lib/db/client";
import { registro } from "@/lib/registro/log.mjs";
import { ExportacionInvalida, generarExportacion } from "./generar";
import { TIPOS_EXPORTACION, type TipoExportacion } from "./schema";

const log = registro.child({ modulo: "exportaciones" });

export const INTERVALO_POR_OMISION_MS = 10_000;
/** An EN_CURSO row older than this was left by an instance that stopped mid-way: it is marked FALLIDA. */
export const ABANDONO_MS = 60 * 60_000;

export const MENSAJE_INTERRUMPIDA = "La generación se interrumpió (el servidor se detuvo): solicítela de nuevo.";
export const MENSAJE_ERROR = "Ocurrió un error inesperado al generar la exportación. Solicítela de nuevo; si se repite, avise al equipo técnico.";

export type Reclamada = { id: string; tipo: string; parametros: string };

/**
 * Claims the oldest PENDIENTE row: the UPDATE only matches while the row is still PENDIENTE, so when two
 * runners race for it one updates it (count 1) and the other gets 0 and tries the next one.
 */
export async function reclamarSiguiente(db: Db): Promise<Reclamada | null> {
  for (let intento = 0; intento < 20; intento++) {
    const candidata = await db.exportacion.findFirst({ where: { estado: "PENDIENTE" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, tipo: true, parametros: true } });
    if (!candidata) return null;
    const { count } = await db.exportacion.updateMany({ where: { id: candidata.id, estado: "PENDIENTE" }, data: { estado: "EN_CURSO", avance: 0, error: "" } });
    if (count === 1) return candidata;
  }
  return null;
}

/** Generates a claimed row, updating avance/total as it goes, and stores the file (LISTA) or the reason (FALLIDA). */
export async function procesar(db: Db, fila: Reclamada, ahora: () => Date = () => new Date()): Promise<"LISTA" | "FALLIDA"> {
  try {
    if (!(TIPOS_EXPORTACION as readonly string[]).includes(fila.tipo)) throw new ExportacionInvalida(`Tipo de exportación desconocido: ${fila.tipo}.`);
    let total = 1;
    const r = await generarExportacion(db, fila.tipo as TipoExportacion, fila.parametros, ahora(), async (avance, de) => {
      total = Math.max(1, de);
      await db.exportacion.updateMany({ where: { id: fila.id, estado: "EN_CURSO" }, data: { avance, total: de } });
    });
    // Ends at avance = total, whatever the generator reported last.
    await db.exportacion.updateMany({
      where: { id: fila.id, estado: "EN_CURSO" },
      data: { estado: "LISTA", avance: total, total, archivo: new Uint8Array(r.archivo), mime: r.mime, nombre: r.nombre, terminadaEn: ahora() },
    });
    return "LISTA";
  } catch (e) {
    if (!(e instanceof ExportacionInvalida)) log.error({ err: e }, `[exportaciones] ${fila.tipo} ${fila.id}`);
    await db.exportacion.updateMany({ where: { id: fila.id, estado: "EN_CURSO" }, data: { estado: "FALLIDA", error: e instanceof ExportacionInvalida ? e.message : MENSAJE_ERROR, terminadaEn: ahora() } });
    return "FALLIDA";
  }
}

/** Marks FALLIDA the EN_CURSO rows abandoned by a stopped instance. */
export async function recuperarAbandonadas(db: Db, ahora = new Date()): Promise<number> {
  const { count } = await db.exportacion.updateMany({
    where: { estado: "EN_CURSO", createdAt: { lt: new Date(ahora.getTime() - ABANDONO_MS) } },
    data: { estado: "FALLIDA", error: MENSAJE_INTERRUMPIDA, terminadaEn: ahora },
  });
  return count;
}

/** Claims and generates PENDIENTE rows until none is left (or `maximo`); returns how many this runner did. */
export async function procesarPendientes(db: Db, maximo = 20): Promise<number> {
  let hechas = 0;
  while (hechas < maximo) {
    const fila = await reclamarSiguiente(db);
    if (!fila) break;
    await procesar(db, fila);
    hechas += 1;
  }
  return hechas;
}

export type Exportador = { despertar(): void; detener(): Promise<void> };

// On globalThis: Next compiles instrumentation and the app routes into separate bundles; the action's
// despertarExportador() must find the runner instrumentation started.
const g = globalThis as unknown as { fondoIdeaExportador?: Exportador };

export function intervaloDelEntorno(): number {
  const n = Number(process.env.EXPORT_INTERVAL_MS);
  return Number.isFinite(n) && n >= 100 ? n : INTERVALO_POR_OMISION_MS;
}

/** Starts the process's runner (idempotent). */
export function iniciarExportador(opciones: { db?: Db; intervaloMs?: number } = {}): Exportador {
  if (g.fondoIdeaExportador) return g.fondoIdeaExportador;
  const intervalo = opciones.intervaloMs ?? intervaloDelEntorno();
  let baseDeDatos = opciones.db;
  let temporizador: ReturnType<typeof setTimeout> | undefined;
  let enCurso: Promise<void> | undefined;
  let otraVez = false;
  let detenido = false;

  async function trabajar(): Promise<void> {
    baseDeDatos ??= (await import("@/lib/db/client")).db;
    otraVez = false;
    await recuperarAbandonadas(baseDeDatos);
    const n = await procesarPendientes(baseDeDatos);
    if (n > 0) log.info(`[exportaciones] generadas ${n}`);
  }

  function programar(ms: number) {
    if (detenido) return;
    clearTimeout(temporizador);
    temporizador = setTimeout(vuelta, ms);
    temporizador.unref?.();
  }

  function vuelta() {
    if (detenido) return;
    if (enCurso) {
      otraVez = true;
      return;
    }
    enCurso = trabajar()
      .catch((e) => log.error({ err: e }, "[exportaciones] La vuelta falló"))
      .finally(() => {
        enCurso = undefined;
        programar(otraVez ? 0 : intervalo);
      });
  }

  const exportador: Exportador = {
    despertar() {
      programar(0);
    },
    async detener() {
      detenido = true;
      clearTimeout(temporizador);
      if (g.fondoIdeaExportador === exportador) delete g.fondoIdeaExportador;
      await enCurso;
    },
  };
  g.fondoIdeaExportador = exportador;
  programar(0);
  return exportador;
}

/** Asks this process's runner to look for work now; a no-op when none runs (the loop of some instance still picks it up). */
export function despertarExportador(): void {
  g.fondoIdeaExportador?.despertar();
}
