// next-auth's endpoints. next-auth (trustHost, no AUTH_URL) builds its callback URLs from the request's
// URL, and Next hands route handlers a NextRequest whose URL turns 127.0.0.1 into "localhost" (NextURL
// normalises loopback hosts). On http://127.0.0.1:… ClaveÚnica's token request then named a redirect_uri
// that was never registered (invalid_grant) and errors sent people to localhost. Here next-auth gets a
// plain Request on the address the browser used: the Host header (scripts/servidor.mjs answers 400 to an
// invalid one) and X-Forwarded-Proto (kept only from trusted proxies). With AUTH_URL set, next-auth uses it.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

function conHostDeLaPeticion(req: NextRequest): NextRequest {
  const host = req.headers.get("host");
  if (!host) return req;
  const url = new URL(req.url);
  url.host = host;
  const proto = req.headers.get("x-forwarded-proto");
  if (proto === "https" || proto === "http") url.protocol = `${proto}:`;
  if (url.href === req.url) return req;
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers: req.headers, body: req.body, duplex: "half", signal: req.signal };
  return new Request(url, init) as NextRequest;
}

export const GET = (req: NextRequest) => handlers.GET(conHostDeLaPeticion(req));
export const POST = (req: NextRequest) => handlers.POST(conHostDeLaPeticion(req));
