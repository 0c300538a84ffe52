// Runs before Next routes a request (every path but the build's static files, see `config`):
//   1. a path that does not percent-decode answers 400 (Next's router threw on it and answered 500);
//   2. a server action (or a form POST) from another site answers 403 (Next refused it with a 500);
//   3. next-auth's own endpoints: a callbackUrl it would reject answers 400 here (it threw a 500), and a
//      malformed callback-url cookie is dropped before it reaches it;
//   4. optimistic check only: visitors without a session cookie go to /ingresar before a private page
//      renders. Every page and action authorizes again on the server (lib/auth/guard.ts, the pipeline).
import { NextResponse, type NextRequest } from "next/server";
import { callbackUrlAceptable, esPosibleAccionDeServidor, mismoOrigen, rutaBienFormada, sinCallbackUrlInvalida } from "@/lib/http/peticion";

const PRIVADAS = /^\/(?:admin|postulante|seguimiento)(?:\/|$)|^\/cuenta$/;

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
  if (!PRIVADAS.test(pathname)) return NextResponse.next();
  // Downloads answer 404 to anyone not allowed (signed in or not): no redirect reveals they exist.
  if (pathname.endsWith("/comprobante")) return NextResponse.next();
  const tieneSesion = req.cookies.getAll().some((c) => c.name.includes("authjs.session-token"));
  if (!tieneSesion) {
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
export const config = { matcher: ["/((?!_next/static/|_next/image|icon\\.svg|favicon\\.ico).*)"] };
