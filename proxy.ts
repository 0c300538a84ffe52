// Optimistic check only: sends visitors without a session cookie to /ingresar before rendering a
// private page. Every page and action authorizes again on the server (lib/auth/guard.ts, the pipeline).
import { NextResponse, type NextRequest } from "next/server";

export function proxy(req: NextRequest) {
  // Downloads answer 404 to anyone not allowed (signed in or not): no redirect reveals they exist.
  if (req.nextUrl.pathname.endsWith("/comprobante")) return NextResponse.next();
  const tieneSesion = req.cookies.getAll().some((c) => c.name.includes("authjs.session-token"));
  if (!tieneSesion) {
    const url = new URL("/ingresar", req.url);
    url.searchParams.set("volver", req.nextUrl.pathname);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/admin/:path*", "/cuenta", "/postulante/:path*", "/seguimiento/:path*"] };
