// Checks on the raw request that proxy.ts makes before Next routes it. Pure: no I/O, no Next imports.

/**
 * Whether every segment of the path decodes (`decodeURIComponent`). A lone `%`, a `%` without two hex
 * digits, or escapes that are not UTF-8 (`%C3%28`) make Next's router throw while matching dynamic
 * routes, and it answered 500.
 */
export function rutaBienFormada(pathname: string): boolean {
  if (!pathname.includes("%")) return true;
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * A request Next would hand to its server-action handler (the same test as Next's own
 * getServerActionRequestMetadata): a POST with a `Next-Action` header, or a POST form
 * (multipart or urlencoded, the progressive-enhancement submit before hydration).
 */
export function esPosibleAccionDeServidor(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  if (headers.has("next-action")) return true;
  const tipo = headers.get("content-type") ?? "";
  return tipo === "application/x-www-form-urlencoded" || tipo.startsWith("multipart/form-data");
}

/**
 * Same-site by the rule Next applies to server actions: no `Origin` passes (handcrafted requests carry
 * no visitor's cookies); otherwise its host must equal `X-Forwarded-Host` (first value) when there is
 * one, else `Host`. `Origin: null` (sandboxed frames, some redirects) and unparseable origins do not pass.
 */
export function mismoOrigen(headers: Headers): boolean {
  const origen = headers.get("origin");
  if (origen === null) return true;
  let hostOrigen: string;
  try {
    hostOrigen = new URL(origen).host;
  } catch {
    return false;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !!host && hostOrigen === host;
}

/**
 * The test next-auth applies to a `callbackUrl` (query or cookie) before anything else: an http(s) URL,
 * or a path. What fails it made next-auth throw InvalidCallbackUrl, answered as a 500 in English; the
 * proxy answers 400 in Spanish instead (query) or drops the cookie. Where an accepted value leads is
 * decided later by the redirect callback (lib/domain/redireccion.ts): never off the portal.
 */
export function callbackUrlAceptable(valor: string): boolean {
  try {
    return /^https?:$/.test(new URL(valor, valor.startsWith("/") ? "http://portal.invalid" : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * The Cookie header without next-auth's callback-url cookies whose value next-auth would reject. Read from
 * the raw header: a value that does not percent-decode ("%") is not even listed by Next's cookie parser,
 * but next-auth's reads it raw and threw. Returns null when nothing had to go.
 */
export function sinCallbackUrlInvalida(cabecera: string): string | null {
  const pares = cabecera.split(";");
  const quedan = pares.filter((par) => {
    const i = par.indexOf("=");
    const nombre = (i < 0 ? par : par.slice(0, i)).trim();
    if (!nombre.endsWith("authjs.callback-url")) return true;
    const crudo = i < 0 ? "" : par.slice(i + 1).trim();
    // As next-auth's cookie parser reads it: decoded when it decodes, raw otherwise.
    let valor = crudo;
    try {
      valor = decodeURIComponent(crudo);
    } catch {
      // stays raw
    }
    return callbackUrlAceptable(valor);
  });
  return quedan.length === pares.length ? null : quedan.map((p) => p.trim()).join("; ");
}
