// The public pages kept whole in the server's memory (lib/http/cache-respuestas.mjs; ADR 0010, «La página
// entera en memoria»): which requests and responses it keeps, for how long, and what it forgets. The store
// sits in front of a real Node HTTP server; behind it, a handler that answers as Next does for a
// prerendered page (its headers are copied from the portal's /privacidad) or for a private one, and counts
// how often it is reached. tests/e2e/publico.spec.ts and admin.spec.ts check it in front of the real portal.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  aceptaGzip,
  claveDeSolicitud,
  coincideEtag,
  crearCacheRespuestas,
  generacion,
  marcarExpiracion,
  vigenciaDeRespuesta,
} from "@/lib/http/cache-respuestas.mjs";

const PUBLICA = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "s-maxage=60, stale-while-revalidate=3540",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  "content-security-policy": "default-src 'self'",
  etag: '"abc123"',
};

describe("qué solicitudes pueden salir de la memoria", () => {
  it("un GET sin consulta a una página fuera de las áreas privadas y de la API, separado por protocolo", () => {
    expect(claveDeSolicitud("GET", "/privacidad", {})).toBe("http /privacidad");
    expect(claveDeSolicitud("GET", "/desafios/agua-potable", { "x-forwarded-proto": "https" })).toBe("https /desafios/agua-potable");
    expect(claveDeSolicitud("GET", "/", { cookie: "authjs.session-token=x", "accept-encoding": "gzip" })).toBe("http /");
  });

  it("nunca: otro método, una consulta, las áreas privadas, la cuenta, los enlaces por correo, la API y los archivos de Next", () => {
    for (const m of ["POST", "HEAD", "PUT", "DELETE", undefined]) expect(claveDeSolicitud(m, "/privacidad", {})).toBeNull();
    for (const url of ["/desafios?region=05", "/privacidad?_rsc=1", "/#x", "/admin", "/postulante/perfiles/1", "/seguimiento", "/cuenta", "/cuenta/correo/t", "/invitacion/t", "/talleres/confirmar/t", "/api/salud", "/api/votos", "/_next/static/chunks/a.js", "privacidad", "", undefined]) {
      expect(claveDeSolicitud("GET", url, {}), String(url)).toBeNull();
    }
  });

  it("nunca con una cabecera que cambia la respuesta: navegación RSC, prefetch, acción de servidor, cuerpo, rango, expiración", () => {
    for (const h of ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action", "x-prerender-revalidate", "content-type", "range", "x-fondo-cache-token"]) {
      expect(claveDeSolicitud("GET", "/privacidad", { [h]: "1" }), h).toBeNull();
    }
  });

  it("nunca un archivo ni una visita en modo borrador de Next (sus cookies)", () => {
    for (const url of ["/datos-abiertos/desafios.csv", "/icono-192.png", "/manifest.webmanifest", "/robots.txt"]) expect(claveDeSolicitud("GET", url, {}), url).toBeNull();
    expect(claveDeSolicitud("GET", "/privacidad", { cookie: "a=1; __prerender_bypass=x" })).toBeNull();
    expect(claveDeSolicitud("GET", "/privacidad", { cookie: "__next_preview_data=x" })).toBeNull();
    expect(claveDeSolicitud("GET", "/privacidad", { cookie: "mi__prerender_bypass_no=1" })).toBe("http /privacidad");
  });
});

describe("qué respuestas se guardan y cuánto", () => {
  const largo = { "content-length": "2048" };
  it("una página HTML entera que Next marcó compartible: un segundo como máximo", () => {
    expect(vigenciaDeRespuesta(200, { ...PUBLICA, ...largo })).toBe(1000);
    expect(vigenciaDeRespuesta(200, { ...PUBLICA, ...largo, "cache-control": "s-maxage=0, stale-while-revalidate=5" })).toBe(0);
  });

  it("nunca: otro estado, sin largo (un flujo), privada o sin s-maxage, con cookie, comprimida, no HTML, demasiado grande", () => {
    expect(vigenciaDeRespuesta(404, { ...PUBLICA, ...largo })).toBe(0);
    expect(vigenciaDeRespuesta(304, { ...PUBLICA, ...largo })).toBe(0);
    expect(vigenciaDeRespuesta(200, PUBLICA)).toBe(0);
    expect(vigenciaDeRespuesta(200, { ...PUBLICA, ...largo, "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" })).toBe(0);
    expect(vigenciaDeRespuesta(200, { ...PUBLICA, ...largo, "cache-control": "s-maxage=60, no-store" })).toBe(0);
    expect(vigenciaDeRespuesta(200, { ...PUBLICA, ...largo, "cache-control": "max-age=60" })).toBe(0);
    expect(vigenciaDeRespuesta(200, { ...PUBLICA, ...largo, "set-cookie": ["a=1"] })).toBe(0);
    expect(vigenciaDeRespuesta(200, { ...PUBLICA, ...largo, "content-encoding": "gzip" })).toBe(0);
    expect(vigenciaDeRespuesta(200, { ...PUBLICA, ...largo, "content-type": "application/json" })).toBe(0);
    expect(vigenciaDeRespuesta(200, { ...PUBLICA, "content-length": String(2 * 1024 * 1024) })).toBe(0);
  });

  it("gzip según Accept-Encoding, y If-None-Match débil o fuerte", () => {
    expect(aceptaGzip("gzip, deflate, br")).toBe(true);
    expect(aceptaGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(aceptaGzip("*")).toBe(true);
    expect(aceptaGzip("gzip;q=0, *")).toBe(false);
    expect(aceptaGzip("br")).toBe(false);
    expect(aceptaGzip(undefined)).toBe(false);
    expect(aceptaGzip("identity")).toBe(false);
    expect(coincideEtag('W/"abc123"', '"abc123"')).toBe(true);
    expect(coincideEtag('"x", "abc123"', '"abc123"')).toBe(true);
    expect(coincideEtag('"x"', '"abc123"')).toBe(false);
    expect(coincideEtag(undefined, '"abc123"')).toBe(false);
    expect(coincideEtag('"abc123"', "")).toBe(false);
  });
});

describe("delante de un servidor HTTP de verdad", () => {
  let reloj = 0;
  const cache = crearCacheRespuestas({ ahora: () => reloj, maxEntradas: 3 });
  const llegadas: string[] = [];
  let version = 1;
  let servidor: http.Server;
  let base = "";

  beforeAll(async () => {
    servidor = http.createServer((req, res) => {
      if (cache.atender(req, res)) return;
      llegadas.push(`${req.url} ae=${req.headers["accept-encoding"] ?? "-"}`);
      const url = req.url ?? "";
      if (url.startsWith("/privada-ruidosa")) {
        res.writeHead(200, { "content-type": "text/html", "cache-control": "private, no-store" });
        res.end("<p>privada</p>");
        return;
      }
      if (url.startsWith("/no-existe")) {
        res.writeHead(404, { "content-type": "text/html", "cache-control": "private, no-store" });
        res.end("<p>404</p>");
        return;
      }
      if (url.startsWith("/doble")) {
        // A handler that ends twice: the second end is ignored, nothing throws.
        const html = "<p>doble</p>";
        res.writeHead(200, { ...PUBLICA, "content-length": Buffer.byteLength(html) });
        res.end(html);
        res.end();
        return;
      }
      if (url.startsWith("/lenta")) {
        const html = `<p>lenta v${version}</p>`;
        setTimeout(() => {
          res.writeHead(200, { "content-type": "text/html", "cache-control": "s-maxage=60", "content-length": Buffer.byteLength(html) });
          res.end(html);
        }, 60);
        return;
      }
      if (url.startsWith("/flujo")) {
        // Streamed, without a length (a page that renders per request): passes through, never kept.
        res.writeHead(200, { ...PUBLICA });
        res.write("<p>uno</p>");
        setTimeout(() => res.end("<p>dos</p>"), 5);
        return;
      }
      const html = `<html><body><h1>${url} v${version}</h1>${"<p>relleno de la página pública</p>".repeat(200)}</body></html>`;
      res.setHeader("x-request-id", "de-la-primera");
      res.writeHead(200, { ...PUBLICA, etag: `"v${version}"`, "content-length": Buffer.byteLength(html) });
      res.end(html);
    });
    await new Promise<void>((r) => servidor.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(servidor.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => servidor.close(() => r())));

  /** A raw GET (no automatic decompression), the body as bytes. */
  function get(ruta: string, cabeceras: Record<string, string> = {}) {
    return new Promise<{ status: number; h: http.IncomingHttpHeaders; cuerpo: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${ruta}`, { headers: cabeceras }, (res) => {
          const partes: Buffer[] = [];
          res.on("data", (c: Buffer) => partes.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, h: res.headers, cuerpo: Buffer.concat(partes) }));
        })
        .on("error", reject);
    });
  }

  it("la primera visita llega al servidor y se guarda; la siguiente sale de la memoria, igual, hasta que pasa el segundo", async () => {
    llegadas.length = 0;
    const a = await get("/privacidad");
    const b = await get("/privacidad");
    expect(a.h["x-fondo-cache"]).toBe("MISS");
    expect(b.h["x-fondo-cache"]).toBe("HIT");
    expect(b.cuerpo.equals(a.cuerpo)).toBe(true);
    expect(b.h["content-security-policy"]).toBe("default-src 'self'");
    expect(b.h["cache-control"]).toBe(PUBLICA["cache-control"]);
    expect(b.h["content-length"]).toBe(String(a.cuerpo.length));
    // The request id is each response's own, never the stored one's.
    expect(b.h["x-request-id"]).toBeUndefined();
    expect(llegadas).toEqual(["/privacidad ae=-"]);
    reloj += 999;
    expect((await get("/privacidad")).h["x-fondo-cache"]).toBe("HIT");
    reloj += 1;
    expect((await get("/privacidad")).h["x-fondo-cache"]).toBe("MISS");
    expect(llegadas).toHaveLength(2);
  });

  it("se pide sin comprimir y se manda gzip a quien lo acepta, con el mismo contenido; 304 con su ETag", async () => {
    llegadas.length = 0;
    const g1 = await get("/desafios", { "accept-encoding": "gzip, br" });
    const g2 = await get("/desafios", { "accept-encoding": "gzip, br" });
    const plano = await get("/desafios");
    expect(llegadas).toEqual(["/desafios ae=-"]);
    for (const g of [g1, g2]) {
      expect(g.h["content-encoding"]).toBe("gzip");
      expect(zlib.gunzipSync(g.cuerpo).equals(plano.cuerpo)).toBe(true);
    }
    expect(g2.cuerpo.length).toBeLessThan(plano.cuerpo.length / 4);
    expect(plano.h["content-encoding"]).toBeUndefined();
    const no = await get("/desafios", { "if-none-match": String(plano.h.etag) });
    expect(no.status).toBe(304);
    expect(no.cuerpo.length).toBe(0);
    expect(no.h.etag).toBe(plano.h.etag);
  });

  it("una expiración de etiquetas en el proceso olvida todo, y lo que Next respondía mientras tanto no se guarda", async () => {
    await get("/guia");
    expect((await get("/guia")).h["x-fondo-cache"]).toBe("HIT");
    const antes = generacion();
    version += 1;
    marcarExpiracion();
    expect(generacion()).toBe(antes + 1);
    const fresca = await get("/guia");
    expect(fresca.h["x-fondo-cache"]).toBe("MISS");
    expect(fresca.cuerpo.toString()).toContain(`v${version}`);
    expect((await get("/guia")).h["x-fondo-cache"]).toBe("HIT");
  });

  it("no guarda lo privado, lo que no existe, lo que fluye ni lo que no pidió la página entera", async () => {
    llegadas.length = 0;
    for (let i = 0; i < 2; i++) {
      const p = await get("/privada-ruidosa");
      expect(p.h["x-fondo-cache"]).toBeUndefined();
      expect((await get("/no-existe")).status).toBe(404);
      const f = await get("/flujo");
      expect(f.cuerpo.toString()).toBe("<p>uno</p><p>dos</p>");
      expect(f.h["x-fondo-cache"]).toBeUndefined();
      expect((await get("/privacidad", { rsc: "1" })).h["x-fondo-cache"]).toBeUndefined();
      expect((await get("/privacidad?x=1")).h["x-fondo-cache"]).toBeUndefined();
    }
    expect(llegadas).toHaveLength(10);
  });

  it("a un camino que no se pudo guardar se le deja pedir gzip a Next desde la segunda vez, hasta la próxima expiración", async () => {
    llegadas.length = 0;
    await get("/no-existe-2", { "accept-encoding": "gzip" });
    await get("/no-existe-2", { "accept-encoding": "gzip" });
    marcarExpiracion();
    await get("/no-existe-2", { "accept-encoding": "gzip" });
    expect(llegadas).toEqual(["/no-existe-2 ae=-", "/no-existe-2 ae=gzip", "/no-existe-2 ae=-"]);
  });

  it("vencido el segundo, una petición pregunta a Next y las que llegan mientras tanto reciben la copia guardada", async () => {
    llegadas.length = 0;
    await get("/lenta");
    reloj += 1000;
    version += 1;
    const refresco = get("/lenta");
    await new Promise((r) => setTimeout(r, 20));
    const mientras = await get("/lenta");
    expect(mientras.h["x-fondo-cache"]).toBe("HIT");
    expect(mientras.cuerpo.toString()).toBe(`<p>lenta v${version - 1}</p>`);
    const nueva = await refresco;
    expect(nueva.h["x-fondo-cache"]).toBe("MISS");
    expect(nueva.cuerpo.toString()).toBe(`<p>lenta v${version}</p>`);
    expect(llegadas).toEqual(["/lenta ae=-", "/lenta ae=-"]);
    // Next's answer had no Vary: the stored page varies on Accept-Encoding anyway.
    expect(nueva.h.vary).toBe("Accept-Encoding");
    // A second later the refreshed copy is up in turn.
    reloj += 1000;
    expect((await get("/lenta")).h["x-fondo-cache"]).toBe("MISS");
  });

  it("una recarga (Cache-Control: no-cache) recibe la página, no un 304; terminar dos veces no rompe nada", async () => {
    const a = await get("/desafios");
    const b = await get("/desafios", { "if-none-match": String(a.h.etag), "cache-control": "no-cache" });
    expect(b.status).toBe(200);
    expect(b.cuerpo.equals(a.cuerpo)).toBe(true);
    for (let i = 0; i < 2; i++) expect((await get("/doble")).cuerpo.toString()).toBe("<p>doble</p>");
  });

  it("guarda como mucho maxEntradas páginas: la guardada hace más tiempo sale primero", async () => {
    cache.vaciar();
    for (const p of ["/a", "/b", "/c", "/d"]) await get(p);
    expect(cache.tamano.paginas).toBe(3);
    expect((await get("/a")).h["x-fondo-cache"]).toBe("MISS");
    expect((await get("/d")).h["x-fondo-cache"]).toBe("HIT");
    expect(cache.tamano.bytes).toBeGreaterThan(0);
  });
});
