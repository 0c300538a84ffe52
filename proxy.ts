// Runs before Next routes a request (every path but the build's static files, see `config`):
//   1. a path that does not percent-decode answers 400 (Next's router threw on it and answered 500);
//   2. a server action (or a form POST) from another site answers 403 (Next refused it with a 500);
//   3. next-auth's own endpoints: a callbackUrl it would reject answers 400 here (it threw a 500), and a
//      malformed callback-url cookie is dropped before it reaches it;
//   4. optimistic check only: visitors without a session cookie go to /ingresar before a private page
//      renders. Every page and action authorizes again on the server (lib/auth/guard.ts, the pipeline).
import { NextResponse, type NextRequest } from "next/server";
import { RUTA_PRIVADA } from "@/lib/http/areas-privadas.mjs";
import { callbackUrlAceptable, esPosibleAccionDeServidor, mismoOrigen, rutaBienFormada, sinCallbackUrlInvalida } from "@/lib/http/peticion";


const SIN_CACHE = { "Cache-Control": "no-store" };

const PAGINA_MAL_FORMADA = `<!DOCTYPE html>
<html lang="es-CL"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dirección mal formada · Fondo IDEA</title><link rel="icon" href="/icon.svg" type="image/svg+xml"></head>
<body><main><h1>Dirección mal formada.</h1>
<p>La dirección tiene caracteres que no son válidos. Revise que copió el enlace completo o vuelva al <a href="/">inicio del Fondo IDEA</a>.</p></main></body></html>
`;

export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (!rutaBienFormada(pathname)) {
    return new NextResponse(PAGINA_MAL_FORMADA, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", ...SIN_CACHE } });
  }
  if (esPosibleAccionDeServidor(req.method, req.headers) && !mismoOrigen(req.headers)) {
    return new NextResponse("Solicitud no permitida: el formulario no se envió desde el portal.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...SIN_CACHE },
    });
  }
  if (pathname.startsWith("/api/auth/")) return revisarAuth(req);
  if (!RUTA_PRIVADA.test(pathname)) return NextResponse.next();
  // Downloads answer 404 to anyone not allowed (signed in or not): no redirect reveals they exist.
  if (/\/(?:comprobante|documento|mis-datos)$/.test(pathname)) return NextResponse.next();
  const tieneSesion = req.cookies.getAll().some((c) => c.name.includes("authjs.session-token"));
  if (!tieneSesion) {
    // A router request (prefetch or client navigation, RSC) for a private page without a session, e.g. a
    // link still on screen after signing out, gets nothing: redirected, Next fetched the sign-in page's RSC
    // payload and logged a 404 in the console. With no payload the router falls back to loading the page
    // itself, which this proxy then redirects to /ingresar.
    if (req.headers.has("rsc") || req.headers.has("next-router-prefetch") || req.headers.has("next-router-segment-prefetch")) {
      return new NextResponse(null, { status: 204, headers: SIN_CACHE });
    }
    const url = new URL("/ingresar", req.url);
    url.searchParams.set("volver", pathname);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

function revisarAuth(req: NextRequest): NextResponse {
  const cb = req.nextUrl.searchParams.get("callbackUrl");
  if (cb !== null && !callbackUrlAceptable(cb)) {
    return new NextResponse(PAGINA_MAL_FORMADA, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", ...SIN_CACHE } });
  }
  const cookies = sinCallbackUrlInvalida(req.headers.get("cookie") ?? "");
  if (cookies === null) return NextResponse.next();
  const headers = new Headers(req.headers);
  if (cookies) headers.set("cookie", cookies);
  else headers.delete("cookie");
  return NextResponse.next({ request: { headers } });
}

// Everything except the build's hashed files and the icon: those never reach a route with parameters
// nor a server action, and skipping them keeps the proxy off most of a page load's requests.
// The public pages served from cache whose path is fixed (/, /privacidad, /como-postular, /desafios,
// /talleres, /votacion, /resultados, /guia, a perfil's page and its poster: docs/decisions/0010-paginas-publicas-en-cache.md)
// skip it too, unless the request could be a server action or a form post (it carries Content-Type or
// Next-Action): for a plain GET of one of those exact paths the proxy has nothing to check (the path
// decodes, it is not private, it is not next-auth), and running it cost a third of their requests per second. Every other path, and any POST with a body
// type, still goes through steps 1–4.
// GET /api/salud (the load balancer's health check, app/api/salud/route.ts) skips it on every request: a
// route handler with GET only, no session, no server action; a POST to it gets Next's 405.
export const config = {
  matcher: [
    "/((?!_next/static/|_next/image|icon\\.svg|favicon\\.ico|(?:privacidad|como-postular|desafios|talleres|votacion|resultados|guia|aprendizajes|api/salud)$|(?:desafios|perfiles)/[a-z0-9-]+$|perfiles/[a-z0-9-]+/afiche$|(?:talleres|aprendizajes)/[a-z0-9]+$).+)",
    // Written out: Next reads the matcher without running this file.
    { source: "/", has: [{ type: "header", key: "content-type" }] },
    { source: "/", has: [{ type: "header", key: "next-action" }] },
    { source: "/privacidad", has: [{ type: "header", key: "content-type" }] },
    { source: "/privacidad", has: [{ type: "header", key: "next-action" }] },
    { source: "/como-postular", has: [{ type: "header", key: "content-type" }] },
    { source: "/como-postular", has: [{ type: "header", key: "next-action" }] },
    { source: "/desafios", has: [{ type: "header", key: "content-type" }] },
    { source: "/desafios", has: [{ type: "header", key: "next-action" }] },
    { source: "/talleres", has: [{ type: "header", key: "content-type" }] },
    { source: "/talleres", has: [{ type: "header", key: "next-action" }] },
    { source: "/votacion", has: [{ type: "header", key: "content-type" }] },
    { source: "/votacion", has: [{ type: "header", key: "next-action" }] },
    { source: "/resultados", has: [{ type: "header", key: "content-type" }] },
    { source: "/resultados", has: [{ type: "header", key: "next-action" }] },
    { source: "/guia", has: [{ type: "header", key: "content-type" }] },
    { source: "/guia", has: [{ type: "header", key: "next-action" }] },
    { source: "/desafios/:slug([a-z0-9-]+)", has: [{ type: "header", key: "content-type" }] },
    { source: "/desafios/:slug([a-z0-9-]+)", has: [{ type: "header", key: "next-action" }] },
    { source: "/perfiles/:slug([a-z0-9-]+)", has: [{ type: "header", key: "content-type" }] },
    { source: "/perfiles/:slug([a-z0-9-]+)", has: [{ type: "header", key: "next-action" }] },
    { source: "/perfiles/:slug([a-z0-9-]+)/afiche", has: [{ type: "header", key: "content-type" }] },
    { source: "/perfiles/:slug([a-z0-9-]+)/afiche", has: [{ type: "header", key: "next-action" }] },
    { source: "/talleres/:id([a-z0-9]+)", has: [{ type: "header", key: "content-type" }] },
    { source: "/talleres/:id([a-z0-9]+)", has: [{ type: "header", key: "next-action" }] },
    { source: "/aprendizajes", has: [{ type: "header", key: "content-type" }] },
    { source: "/aprendizajes", has: [{ type: "header", key: "next-action" }] },
    { source: "/aprendizajes/:id([a-z0-9]+)", has: [{ type: "header", key: "content-type" }] },
    { source: "/aprendizajes/:id([a-z0-9]+)", has: [{ type: "header", key: "next-action" }] },
  ],
};
