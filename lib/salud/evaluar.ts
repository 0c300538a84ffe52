// GET /api/salud, the pure part: from what lib/salud/medir.ts measured (database, migrations, outbox,
// disk) to the answer a load balancer reads. No I/O here: tests/unit/salud.test.ts feeds it measurements.
// The answer holds counts, ages, sizes and migration names only: no personal data, no paths, no errors'
// text (a driver's message can name the host or the user; the server's log keeps it).

export type EstadoSalud = "ok" | "degradado" | "caido";
/** "omitida": not measured, because the database it needs did not answer. */
export type EstadoComprobacion = EstadoSalud | "omitida";

export const UMBRALES = {
  /** Each database query of a check waits at most this long. */
  tiempoMaximoBaseMs: 2_000,
  /** The oldest message still PENDIENTE in the outbox: older than this, the mail is not going out. */
  correoPendienteMaximoMs: 15 * 60_000,
  /** Free space where attachments are stored: below either limit, degraded. */
  discoLibreMinimoBytes: 1024 ** 3,
  discoLibreMinimoFraccion: 0.05,
} as const;

export type MedicionBase = { ok: true; ms: number } | { ok: false; motivo: "sin-respuesta" | "error" };

/** One row of _prisma_migrations, as scripts/migrate.mjs (Prisma's schema engine) records it. */
export type FilaMigracion = { nombre: string; terminada: boolean; revertida: boolean };
export type MedicionMigraciones = { enCodigo: string[] | null; enBase: FilaMigracion[] } | { error: "sin-respuesta" | "error" };

export type MedicionCorreo = { pendientes: number; fallidas: number; pendienteMasAntigua: Date | null } | { error: "sin-respuesta" | "error" };

export type MedicionDisco = { libresBytes: number; totalBytes: number } | { error: "no-medible" };

export type Mediciones = {
  base: MedicionBase;
  /** null when the database did not answer (the check is then "omitida"). */
  migraciones: MedicionMigraciones | null;
  correo: MedicionCorreo | null;
  disco: MedicionDisco;
};

type Comprobacion = { estado: EstadoComprobacion; motivo?: string };

export type InformeSalud = {
  estado: EstadoSalud;
  comprobaciones: {
    baseDeDatos: Comprobacion & { ms?: number };
    migraciones: Comprobacion & { aplicadas?: number; enCodigo?: number; pendientes?: string[]; fallidas?: string[]; desconocidas?: string[] };
    correo: Comprobacion & { pendientes?: number; fallidas?: number; pendienteMasAntiguaSegundos?: number | null };
    disco: Comprobacion & { libresBytes?: number; totalBytes?: number; libresPorcentaje?: number };
  };
};

const MOTIVO_CONSULTA = {
  "sin-respuesta": `la base de datos no respondió en ${UMBRALES.tiempoMaximoBaseMs / 1000} s`,
  error: "la consulta a la base de datos falló",
};
const OMITIDA: Comprobacion = { estado: "omitida", motivo: "la base de datos no responde" };

export function evaluarBase(m: MedicionBase): InformeSalud["comprobaciones"]["baseDeDatos"] {
  return m.ok ? { estado: "ok", ms: m.ms } : { estado: "caido", motivo: MOTIVO_CONSULTA[m.motivo] };
}

/**
 * Pending (in the code, not applied) or failed (started, never finished nor rolled back) migrations: the
 * code expects tables the database lacks, so down. Applied migrations the code does not know: the database
 * is newer than this instance (a deployment in progress), degraded. A rolled-back row does not count; its
 * re-run is a row of its own.
 */
export function evaluarMigraciones(m: MedicionMigraciones | null): InformeSalud["comprobaciones"]["migraciones"] {
  if (m === null) return OMITIDA;
  if ("error" in m) return { estado: "degradado", motivo: MOTIVO_CONSULTA[m.error] };
  if (m.enCodigo === null || m.enCodigo.length === 0) return { estado: "degradado", motivo: "no se encontraron las migraciones del código para compararlas" };
  const aplicadas = new Set(m.enBase.filter((f) => f.terminada && !f.revertida).map((f) => f.nombre));
  const enCodigo = new Set(m.enCodigo);
  const fallidas = [...new Set(m.enBase.filter((f) => !f.terminada && !f.revertida && !aplicadas.has(f.nombre)).map((f) => f.nombre))].sort();
  const pendientes = m.enCodigo.filter((n) => !aplicadas.has(n) && !fallidas.includes(n)).sort();
  const desconocidas = [...aplicadas].filter((n) => !enCodigo.has(n)).sort();
  const cuenta = { aplicadas: aplicadas.size, enCodigo: enCodigo.size };
  if (fallidas.length > 0) return { estado: "caido", motivo: "hay migraciones que fallaron", ...cuenta, pendientes, fallidas, desconocidas };
  if (pendientes.length > 0) return { estado: "caido", motivo: "hay migraciones sin aplicar", ...cuenta, pendientes, fallidas, desconocidas };
  if (desconocidas.length > 0) return { estado: "degradado", motivo: "la base tiene migraciones que este código no conoce", ...cuenta, pendientes, fallidas, desconocidas };
  return { estado: "ok", ...cuenta };
}

export function evaluarCorreo(m: MedicionCorreo | null, ahora: Date): InformeSalud["comprobaciones"]["correo"] {
  if (m === null) return OMITIDA;
  if ("error" in m) return { estado: "degradado", motivo: MOTIVO_CONSULTA[m.error] };
  const edadMs = m.pendienteMasAntigua ? Math.max(0, ahora.getTime() - m.pendienteMasAntigua.getTime()) : null;
  const datos = { pendientes: m.pendientes, fallidas: m.fallidas, pendienteMasAntiguaSegundos: edadMs === null ? null : Math.floor(edadMs / 1000) };
  if (edadMs !== null && edadMs > UMBRALES.correoPendienteMaximoMs) {
    return { estado: "degradado", motivo: `hay correos pendientes hace más de ${UMBRALES.correoPendienteMaximoMs / 60_000} minutos`, ...datos };
  }
  return { estado: "ok", ...datos };
}

export function evaluarDisco(m: MedicionDisco): InformeSalud["comprobaciones"]["disco"] {
  if ("error" in m) return { estado: "degradado", motivo: "no se pudo medir el espacio libre de los adjuntos" };
  const fraccion = m.totalBytes > 0 ? m.libresBytes / m.totalBytes : 0;
  const datos = { libresBytes: m.libresBytes, totalBytes: m.totalBytes, libresPorcentaje: Math.floor(fraccion * 1000) / 10 };
  if (m.libresBytes < UMBRALES.discoLibreMinimoBytes || fraccion < UMBRALES.discoLibreMinimoFraccion) {
    return { estado: "degradado", motivo: "queda poco espacio libre para los adjuntos (menos de 1 GiB o del 5 %)", ...datos };
  }
  return { estado: "ok", ...datos };
}

/** The whole answer: "caido" if any check is down, else "degradado" if any is degraded, else "ok". */
export function evaluarSalud(m: Mediciones, ahora: Date): InformeSalud {
  const comprobaciones: InformeSalud["comprobaciones"] = {
    baseDeDatos: evaluarBase(m.base),
    migraciones: evaluarMigraciones(m.migraciones),
    correo: evaluarCorreo(m.correo, ahora),
    disco: evaluarDisco(m.disco),
  };
  const estados = Object.values(comprobaciones).map((c) => c.estado);
  const estado: EstadoSalud = estados.includes("caido") ? "caido" : estados.includes("degradado") ? "degradado" : "ok";
  return { estado, comprobaciones };
}

/**
 * 503 only when this instance cannot serve ("caido"): a load balancer takes it out. "degradado" answers 200:
 * a late mail outbox or a full shared disk is the same for every instance, and answering 503 for it would
 * take them all out at once; a monitor reads "estado" and alerts instead.
 */
export const estadoHttp = (informe: InformeSalud): 200 | 503 => (informe.estado === "caido" ? 503 : 200);
