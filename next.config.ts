import type { NextConfig } from "next";

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
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over https: on plain http (local use, the e2e server) it would send every subresource to https.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

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

const nextConfig: NextConfig = {
  // Native modules stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  experimental: { sri: { algorithm: "sha256" } },
  // Browsers also ask for /favicon.ico on their own (Chromium does when a client-side navigation swaps the
  // <head> and, for a moment, it names no icon): answer with the site's icon instead of a 404.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icono-192.png" }];
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Later entries override earlier ones for the same key: the https CSP replaces the plain one.
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: httpsHeaders },
    ];
  },
};

export default nextConfig;
