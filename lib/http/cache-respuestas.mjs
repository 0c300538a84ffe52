// Public pages served from this process's memory for up to a second, in front of Next
// (docs/decisions/0010-paginas-publicas-en-cache.md, «La página entera en memoria»).
// Next already serves them prerendered, from its own cache; what each request still costs is Next's router
// (rewrites, headers, proxy matcher, cache lookup): about 1.5–2 ms of CPU, as much as the bare static page
// the issue compares against. This store does what a CDN in front of the portal would do with Next's
// `Cache-Control: s-maxage=…`, but for one second at most, and it forgets everything when this process
// expires a cache tag (an action, the start-up expiry, another instance's expiry replayed here), so a change
// shows at once on the instance that made it and within a second or two on the others.
//   - only a GET with no query string, none of the headers Next varies the page on (RSC navigation,
//     prefetch, server action), on a path outside the private areas and the API;
//   - only a 200 HTML response Next marked shareable (s-maxage, no private/no-store), with its length
//     known (a whole prerendered page, not a stream) and no Set-Cookie;
//   - the page is asked of Next uncompressed and kept twice, as is and gzip-compressed (compressed once
//     here rather than by Next on every request), and sent in the encoding the client accepts;
//   - at most MAX_ENTRADAS pages and MAX_BYTES in all, the least recently stored dropped first;
//   - when a page's second is up, one request asks Next again while the others still get the stored copy
//     (for REFRESCO_MS at most); the gzip copy is reused when Next answers the same bytes;
//   - a path whose answer could not be kept (a 404, a page streamed per request) is left alone, its
//     Accept-Encoding included, for NO_GUARDABLE_MS or until the next expiry.
// Plain JavaScript: the server script imports it without a TypeScript step. No I/O but the response.
import zlib from "node:zlib";
import { RUTA_CON_404_REAL, RUTA_PRIVADA } from "./areas-privadas.mjs";
import { retenerRespuesta } from "./retener-respuesta.mjs";

export const VIGENCIA_MS = 1000;
export const MAX_ENTRADAS = 500;
export const MAX_BYTES = 48 * 1024 * 1024;
const MAX_BYTES_PAGINA = 1024 * 1024;
const REFRESCO_MS = 500;
const NO_GUARDABLE_MS = 60_000;
const MAX_NO_GUARDABLES = 2000;

/** The header that says where a page came from: HIT (this store) or MISS (Next, then stored). */
export const CABECERA = "x-fondo-cache";

// Next's Vary on every page (rsc, next-router-*), the interception-route header and a server action:
// a request with any of them wants something other than the page's HTML.
// Also Next's on-demand revalidation header; draft mode travels in a cookie (COOKIES_DE_NEXT).
const CABECERAS_QUE_CAMBIAN_LA_RESPUESTA = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action", "x-prerender-revalidate", "content-type", "range", "x-fondo-cache-token"];
const COOKIES_DE_NEXT = /(?:^|;)\s*(?:__prerender_bypass|__next_preview_data)=/;
// Not kept: set again for each response (length, encoding, the request's id) or by Node itself.
const NO_GUARDADAS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "x-request-id", "set-cookie", CABECERA]);

// The expiries this process has seen, on globalThis because Next may load lib/cache modules more than once.
const CLAVE_GENERACION = Symbol.for("fondo-idea.generacion-cache");
export const generacion = () => globalThis[CLAVE_GENERACION] ?? 0;
/** Called after this process expired cache tags (lib/cache/cache-del-proceso.mjs): every stored page is stale. */
export function marcarExpiracion() {
  globalThis[CLAVE_GENERACION] = generacion() + 1;
}

const texto = (v) => (Array.isArray(v) ? v.join(", ") : v === undefined ? "" : String(v));

/** The store's key for a request (protocol and path), or null when the request must reach Next. */
export function claveDeSolicitud(metodo, url, cabeceras) {
  if (metodo !== "GET" || typeof url !== "string" || !url.startsWith("/") || /[?#]/.test(url)) return null;
  if (url.startsWith("/_next/") || url.startsWith("/api/") || RUTA_PRIVADA.test(url) || RUTA_CON_404_REAL.test(url)) return null;
  // A file (/datos-abiertos/desafios.csv, /icono-192.png): never an HTML page; Next sends and compresses it.
  if (/\.[A-Za-z0-9]+$/.test(url)) return null;
  if (CABECERAS_QUE_CAMBIAN_LA_RESPUESTA.some((h) => cabeceras[h] !== undefined)) return null;
  if (COOKIES_DE_NEXT.test(texto(cabeceras.cookie))) return null;
  // Behind a TLS proxy the page carries another CSP (upgrade-insecure-requests) and HSTS: kept apart.
  return `${cabeceras["x-forwarded-proto"] === "https" ? "https" : "http"} ${url}`;
}

/** How long (ms) a response may be kept, 0 if it may not: see the header comment. */
export function vigenciaDeRespuesta(status, cabeceras) {
  if (status !== 200 || cabeceras["set-cookie"] !== undefined || cabeceras["content-encoding"] !== undefined) return 0;
  if (!texto(cabeceras["content-type"]).startsWith("text/html")) return 0;
  const largo = Number(cabeceras["content-length"]);
  if (!Number.isInteger(largo) || largo <= 0 || largo > MAX_BYTES_PAGINA) return 0;
  const cc = texto(cabeceras["cache-control"]).toLowerCase();
  if (/\b(?:private|no-store|no-cache)\b/.test(cc)) return 0;
  const sMaxAge = /\bs-maxage=(\d+)/.exec(cc);
  return sMaxAge ? Math.min(VIGENCIA_MS, Number(sMaxAge[1]) * 1000) : 0;
}

/** Whether Accept-Encoding admits gzip (by name or by *, with a q above 0). */
export function aceptaGzip(acceptEncoding) {
  let gzip = null;
  let comodin = null;
  for (const parte of texto(acceptEncoding).toLowerCase().split(",")) {
    const [nombre, ...params] = parte.split(";").map((s) => s.trim());
    const q = params.map((p) => /^q=([\d.]+)$/.exec(p)).find(Boolean);
    const admite = !q || Number(q[1]) > 0;
    if (nombre === "gzip" || nombre === "x-gzip") gzip = admite;
    else if (nombre === "*") comodin = admite;
  }
  return gzip ?? comodin ?? false;
}

/** Whether an If-None-Match names `etag` (weak or strong: a GET compares weakly). */
export function coincideEtag(ifNoneMatch, etag) {
  if (!etag || typeof ifNoneMatch !== "string") return false;
  const sinW = (t) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((t) => sinW(t) === sinW(etag));
}

/** `ahora` is injectable for tests (ms, monotonic). */
export function crearCacheRespuestas({ ahora = () => performance.now(), maxEntradas = MAX_ENTRADAS, maxBytes = MAX_BYTES } = {}) {
  const entradas = new Map();
  let bytes = 0;
  const quitar = (clave) => {
    const e = entradas.get(clave);
    if (!e) return;
    entradas.delete(clave);
    bytes -= e.bytes;
  };

  // Keys whose last answer could not be kept: key → { hasta, generacion }, oldest first.
  const noGuardables = new Map();

  function leer(clave) {
    const e = entradas.get(clave);
    if (!e) return null;
    if (e.generacion !== generacion()) {
      quitar(clave);
      return null;
    }
    const t = ahora();
    if (t < e.vence) return e;
    // Its second is up: this request asks Next again; until it answers, the others get this copy.
    if (t < e.refrescoHasta) return e;
    e.refrescoHasta = t + REFRESCO_MS;
    return null;
  }

  function noGuardable(clave) {
    const n = noGuardables.get(clave);
    if (!n) return false;
    if (n.generacion === generacion() && ahora() < n.hasta) return true;
    noGuardables.delete(clave);
    return false;
  }

  function marcarNoGuardable(clave) {
    noGuardables.delete(clave);
    noGuardables.set(clave, { hasta: ahora() + NO_GUARDABLE_MS, generacion: generacion() });
    if (noGuardables.size > MAX_NO_GUARDABLES) noGuardables.delete(noGuardables.keys().next().value);
  }

  function guardar(clave, { cabeceras, cuerpo, vigenciaMs, generacionInicial }) {
    // An expiry while Next was answering: what it answered may predate it.
    if (generacionInicial !== generacion() || vigenciaMs <= 0) return null;
    const previa = entradas.get(clave);
    // Copied out of zlib's larger buffer, so `bytes` counts what is held.
    const gzip = previa?.cuerpo.equals(cuerpo) ? previa.gzip : Buffer.from(zlib.gzipSync(cuerpo, { level: 6 }));
    const e = { cabeceras, cuerpo, gzip, etag: texto(cabeceras.etag), vence: ahora() + vigenciaMs, generacion: generacionInicial, bytes: cuerpo.length + gzip.length };
    quitar(clave);
    entradas.set(clave, e);
    bytes += e.bytes;
    for (const [k] of entradas) {
      if (entradas.size <= maxEntradas && bytes <= maxBytes) break;
      quitar(k);
    }
    return e;
  }

  /** Sets a stored page's headers on `res` and returns the body in the encoding the client accepts. */
  function preparar(res, e, estado, acceptEncoding) {
    for (const [k, v] of Object.entries(e.cabeceras)) res.setHeader(k, v);
    res.setHeader(CABECERA, estado);
    res.statusCode = 200;
    // The body depends on Accept-Encoding now, whatever Next's own Vary said.
    const vary = texto(res.getHeader("vary"));
    if (!/(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    if (!aceptaGzip(acceptEncoding)) return e.cuerpo;
    res.setHeader("Content-Encoding", "gzip");
    return e.gzip;
  }

  return {
    get tamano() {
      return { paginas: entradas.size, bytes };
    },
    vaciar() {
      entradas.clear();
      noGuardables.clear();
      bytes = 0;
    },
    /**
     * Answers `req` from the store and returns true, or prepares `res` so that Next's answer is stored on
     * its way out and returns false: the caller then hands the request to Next.
     */
    atender(req, res) {
      const clave = claveDeSolicitud(req.method, req.url, req.headers);
      if (clave === null || noGuardable(clave)) return false;
      const e = leer(clave);
      if (e) {
        const cuerpo = preparar(res, e, "HIT", req.headers["accept-encoding"]);
        // As Next does: a client that asks for no cached copy (a reload) gets the page, not a 304.
        const sinCache = /\bno-cache\b/i.test(texto(req.headers["cache-control"]));
        if (!sinCache && coincideEtag(req.headers["if-none-match"], e.etag)) {
          res.removeHeader("content-type");
          res.removeHeader("content-encoding");
          res.statusCode = 304;
          res.end();
        } else {
          res.setHeader("Content-Length", cuerpo.length);
          res.end(cuerpo);
        }
        return true;
      }
      // Next answers a matching If-None-Match with its own 304, which passes through unstored.
      const generacionInicial = generacion();
      const acceptEncoding = req.headers["accept-encoding"];
      delete req.headers["accept-encoding"];
      let vigenciaMs = 0;
      retenerRespuesta(res, {
        retener: () => {
          vigenciaMs = vigenciaDeRespuesta(res.statusCode, res.getHeaders());
          if (vigenciaMs <= 0) marcarNoGuardable(clave);
          return vigenciaMs > 0;
        },
        alTerminar: (cuerpo, mandar) => {
          const cabeceras = Object.fromEntries(Object.entries(res.getHeaders()).filter(([k]) => !NO_GUARDADAS.has(k)));
          const guardada = guardar(clave, { cabeceras, cuerpo, vigenciaMs, generacionInicial });
          if (guardada) return mandar(preparar(res, guardada, "MISS", acceptEncoding));
          res.setHeader(CABECERA, "MISS");
          return mandar(cuerpo);
        },
      });
      return false;
    },
  };
}
