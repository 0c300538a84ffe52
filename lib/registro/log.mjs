// The portal's structured logs: ONE pino logger per process, JSON lines on standard output, shared by
// scripts/servidor.mjs (the HTTP request lines, Next's own messages through redirigirConsola) and the
// app's modules (the background workers: import { registro } from "@/lib/registro/log.mjs"). Plain
// JavaScript: the server script imports it without a TypeScript step (types in log.d.mts).
//   LOG_LEVEL   fatal | error | warn | info (default) | debug | trace | silent
// Personal data never reaches the output, by two means: pino's `redact` blanks the known keys (password,
// email, rut, cookie, authorization … at the top level and one or two levels down), and every line is
// scrubbed as it is written: whatever looks like an e-mail or a RUT (12.345.678-5, 12345678-5,
// 12 345 678-5), in the message, an interpolated value, an error's stack or a request path, is replaced.
// README, «Salud y registros».
import crypto from "node:crypto";
import util from "node:util";
import pino from "pino";

export const NIVELES = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

// Keys whose value is personal data or a secret, wherever a log call puts them (top level and two levels
// down; a headers object's set-cookie and cache token too).
const CLAVES_OCULTAS = ["password", "contrasena", "contraseña", "clave", "email", "correo", "rut", "run", "cookie", "authorization", "token", "secret"];
const OCULTAS = new Set([...CLAVES_OCULTAS, "set-cookie", "x-fondo-cache-token"]);
export const CAMPOS_OCULTOS = [
  ...CLAVES_OCULTAS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
  ...["headers", "*.headers"].flatMap((h) => [`${h}["set-cookie"]`, `${h}["x-fondo-cache-token"]`]),
];
const CENSURA = "[oculto]";

/**
 * The object with the values of those keys replaced, three levels deep, copying only what changes. A plain
 * walk rather than pino's `redact`: its wildcard paths cost ~25 µs per line, a sixth of a public page's
 * server time (bench/paginas-publicas.mjs); this costs about one.
 */
export function ocultarClaves(valor, nivel = 0) {
  if (valor === null || typeof valor !== "object" || nivel > 2 || Array.isArray(valor) || valor instanceof Error) return valor;
  let copia = null;
  for (const clave of Object.keys(valor)) {
    const v = valor[clave];
    const nuevo = OCULTAS.has(clave.toLowerCase()) ? CENSURA : ocultarClaves(v, nivel + 1);
    if (nuevo !== v) (copia ??= { ...valor })[clave] = nuevo;
  }
  return copia ?? valor;
}

const EMAIL = /[\p{L}\p{N}._%+-]+(?:@|%40)[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.\p{L}{2,}/gu;
// A RUT with or without dots or spaces between its groups (also percent-encoded: %2E, %20), 7 or 8 digits
// and its check digit; not inside a longer number nor followed by a letter or digit (a UUID, a date).
const SEP = String.raw`(?:[.\s]|%2[0Ee])?`;
const RUT = new RegExp(String.raw`(?<![\p{N}.])\d{1,2}${SEP}\d{3}${SEP}\d{3}\s?(?:-|%2[Dd])\s?[\dkK](?!\w)`, "gu");

/** The text with every e-mail-like and RUT-like piece replaced by "[correo]" / "[rut]". */
export function escrubir(texto) {
  return texto.replace(EMAIL, "[correo]").replace(RUT, "[rut]");
}

export function nivelDelEntorno(valor = process.env.LOG_LEVEL) {
  const v = String(valor ?? "").trim().toLowerCase();
  return NIVELES.includes(v) ? v : "info";
}

/**
 * A new logger writing scrubbed JSON lines to `salida` (standard output by default; tests pass their own
 * { write(linea) }). The process's logger is `registro`, below; this is for it and for tests.
 */
export function crearRegistro({ nivel = nivelDelEntorno(), salida = process.stdout } = {}) {
  return pino(
    {
      level: nivel,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (etiqueta) => ({ level: etiqueta }), log: (objeto) => ocultarClaves(objeto) },
    },
    { write: (linea) => salida.write(escrubir(linea)) },
  );
}

// On globalThis: Next bundles this file into the app's server chunks, a second copy of the module in the
// same process as the one scripts/servidor.mjs imports; both use the logger made first.
const CLAVE_GLOBAL = Symbol.for("fondo-idea.registro");
/** The process's logger. Modules take a child with their name: registro.child({ modulo: "correo" }). */
export const registro = (globalThis[CLAVE_GLOBAL] ??= crearRegistro());

/**
 * console.log/info/warn/error/debug through `r`, so that what Next and the libraries print is a JSON
 * line, scrubbed, like the rest. Only the production server calls it (scripts/servidor.mjs).
 */
export function redirigirConsola(r = registro) {
  const escribir = (nivel) => (...args) => {
    if (!r.isLevelEnabled(nivel)) return;
    const err = args.find((a) => a instanceof Error);
    const resto = args.filter((a) => a !== err);
    const texto = resto.length > 0 ? util.format(...resto) : (err?.message ?? "");
    if (err) r[nivel]({ err }, texto);
    else r[nivel](texto);
  };
  console.log = escribir("info");
  console.info = escribir("info");
  console.warn = escribir("warn");
  console.error = escribir("error");
  console.debug = escribir("debug");
}

const ID_VALIDO = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request id: the one a trusted proxy sent, when well formed and not personal data; else a new UUID. */
export function idDeSolicitud(entrante, confiar) {
  if (confiar && typeof entrante === "string" && ID_VALIDO.test(entrante) && escrubir(entrante) === entrante) return entrante;
  return crypto.randomUUID();
}

/**
 * The path of a request target without its query string (which may carry anything), percent-decoded so
 * that the scrubbing sees an encoded e-mail or RUT as such (a malformed one is kept as sent), at most 300
 * characters.
 */
export function rutaSinConsulta(url) {
  const ruta = String(url ?? "").split(/[?#]/, 1)[0];
  let legible = ruta;
  try {
    legible = decodeURIComponent(ruta);
  } catch {
    // not percent-decodable: Next answers 400 (proxy.ts); logged as sent
  }
  return legible.slice(0, 300);
}

/**
 * Gives the request its id (x-request-id on the request, for the app, and on the response) and logs it
 * once when its connection is done with it: id, method, path without query, status, duration in ms.
 * A successful GET /api/salud (a load balancer's probe every few seconds) is logged at debug level.
 */
export function registrarSolicitud(req, res, { confiarEnId = false, r = registro } = {}) {
  const id = idDeSolicitud(req.headers["x-request-id"], confiarEnId);
  req.headers["x-request-id"] = id;
  res.setHeader("x-request-id", id);
  const inicio = process.hrtime.bigint();
  res.once("close", () => {
    const ruta = rutaSinConsulta(req.url);
    const datos = { idSolicitud: id, metodo: req.method, ruta, estado: res.statusCode, ms: Math.round(Number(process.hrtime.bigint() - inicio) / 1e5) / 10 };
    if (!res.writableFinished) datos.interrumpida = true;
    const salud = ruta === "/api/salud";
    const nivel = salud ? (res.statusCode < 400 ? "debug" : "warn") : res.statusCode >= 500 ? "error" : "info";
    r[nivel](datos, "solicitud");
  });
  return id;
}
