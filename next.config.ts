import path from "node:path";
import type { NextConfig } from "next";
import { TODAS, TODOS } from "./lib/cache/filtros";

// Content-Security-Policy without per-request nonces, so pages can stay static and cacheable: see
// docs/decisions/0008-cabeceras-y-csp.md. Next inlines its bootstrap and RSC payload
// (`self.__next_f.push(…)`) in every page, different for each render, so <script> elements need
// 'unsafe-inline'; the build's own chunks carry subresource-integrity hashes (experimental.sri).
// Inline event-handler attributes (onerror="…") stay forbidden: React never renders them. Styles come
// from the build's CSS files; only style="" attributes (a chart's bar widths) are inline.
// `next dev` needs 'unsafe-eval' (React rebuilds server error stacks with eval) and inline <style>
// (its error overlay); production needs neither.
const desarrollo = process.env.NODE_ENV === "development";

function politica(https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${desarrollo ? " 'unsafe-eval'" : ""}`,
    "script-src-attr 'none'",
    `style-src 'self'${desarrollo ? " 'unsafe-inline'" : ""}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // ClaveÚnica's sign-in button is a form whose answer redirects to the State's login: without
    // JavaScript the browser applies form-action to that redirect too.
    "form-action 'self' https://accounts.claveunica.gob.cl",
    "frame-ancestors 'none'",
    // Only over https: on plain http (local use, the e2e server) it would send every subresource to https.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** For the PDF responses of /actas/<id> (see headers()). */
const POLITICA_PDF = "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

const securityHeaders = [
  { key: "Content-Security-Policy", value: politica(false) },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// Behind a TLS-terminating proxy, which says so in X-Forwarded-Proto. HSTS sent over plain http would be
// ignored by browsers anyway; sent only here so local http use is never pinned to https.
const httpsHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  { key: "Content-Security-Policy", value: politica(true) },
];

// The cache handlers are modules Next loads with import() at run time, outside the bundle: absolute paths
// here (next.config.ts is compiled to CommonJS, so __dirname is this folder; Next's native TypeScript
// loader would run it as ESM, where the working directory, the project, stands in). `next build` stores
// them relative to .next in required-server-files.json, so a copied build folder still finds them.
const raiz = typeof __dirname === "string" ? __dirname : process.cwd();

const nextConfig: NextConfig = {
  // Native modules stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2", "pg", "@prisma/adapter-pg", "highs"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) before it builds; the build does not do it again
  // (about a minute of CI's 30). A build outside `npm test` (npm start) is not a type check.
  typescript: { ignoreBuildErrors: true },
  // Public pages are prerendered and cached ("use cache" + cacheTag/cacheLife), private ones render per
  // request: docs/decisions/0010-paginas-publicas-en-cache.md.
  cacheComponents: true,
  // With several instances on one PostgreSQL, a tag expired by one instance reaches the others' in-memory
  // caches within a second or two: "use cache" entries through cacheHandlers, prerendered route entries
  // through cacheHandler. On SQLite both are Next's own handlers. docs/decisions/0010, «Varias instancias».
  cacheHandlers: { default: path.join(raiz, "lib/cache/manejador-use-cache.mjs") },
  cacheHandler: path.join(raiz, "lib/cache/manejador-isr.mjs"),
  // Unlisted detail pages (a desafío, taller or perfil not known at build time) block on their first visit,
  // which stores a URL-specific entry served from cache afterwards, and keeps notFound() a real 404.
  partialPrefetching: false,
  experimental: { sri: { algorithm: "sha256" } },
  // Filters in the query string of cached public pages: each filter value is its own cached route, so
  // /desafios and /talleres stay static and a filtered visit is served from cache too (reading
  // searchParams would make every visit render). The address bar keeps /desafios?region=…; a value that
  // is not a region code or a group id shows the whole list.
  async rewrites() {
    const region = { type: "query" as const, key: "region", value: "(?<region>\\d{2})" };
    const grupo = { type: "query" as const, key: "grupo", value: "(?<grupo>[a-z0-9]{1,40})" };
    return {
      beforeFiles: [
        { source: "/desafios", has: [region, grupo], destination: "/desafios-filtrados/:region/:grupo" },
        { source: "/desafios", has: [region], destination: `/desafios-filtrados/:region/${TODOS}` },
        { source: "/desafios", has: [grupo], destination: `/desafios-filtrados/${TODAS}/:grupo` },
        { source: "/talleres", has: [region], destination: "/talleres-filtrados/:region" },
      ],
      // Browsers also ask for /favicon.ico on their own (Chromium does when a client-side navigation swaps the
      // <head> and, for a moment, it names no icon): answer with the site's icon instead of a 404.
      afterFiles: [{ source: "/favicon.ico", destination: "/icono-192.png" }],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Later entries override earlier ones for the same key: the https CSP replaces the plain one.
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: httpsHeaders },
      // A signed acta is a PDF shown in the browser's own viewer, which object-src 'none' blocks (Chromium
      // renders inline PDFs through a plugin object). Last, so it wins over both policies above; the
      // response is the PDF's bytes only, with no script or style of ours.
      { source: "/actas/:id", headers: [{ key: "Content-Security-Policy", value: POLITICA_PDF }] },
    ];
  },
};

export default nextConfig;
