// Where to send someone after signing in (`?volver=`, `callbackUrl`): only a path of this portal.
// Browsers read "/\evil.example" and "/\/evil.example" as "//evil.example" (another site), and they
// drop tabs and newlines inside URLs, so a prefix check on the raw text is not enough: the value is
// refused if it holds a backslash or a control character, then parsed against a placeholder origin and
// kept only if it is still on that origin. The result is rebuilt from the parsed parts.
const ORIGEN_FICTICIO = "https://portal.invalid";

export const DESTINO_POR_DEFECTO = "/cuenta";

export function destinoSeguro(volver: unknown, porDefecto = DESTINO_POR_DEFECTO): string {
  if (typeof volver !== "string" || volver.length === 0 || volver.length > 2000) return porDefecto;
  if (/[\\\u0000-\u001f\u007f-\u009f]/.test(volver)) return porDefecto;
  if (!volver.startsWith("/") || volver.startsWith("//")) return porDefecto;
  let url: URL;
  try {
    url = new URL(volver, ORIGEN_FICTICIO);
  } catch {
    return porDefecto;
  }
  if (url.origin !== ORIGEN_FICTICIO) return porDefecto;
  const destino = `${url.pathname}${url.search}${url.hash}`;
  return destino.startsWith("//") ? porDefecto : destino;
}

/** For next-auth's redirect callback: absolute URLs on the portal's own origin become paths. */
export function destinoSeguroAbsoluto(url: string, baseUrl: string): string {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return "/";
  }
  if (url.startsWith("/")) return new URL(destinoSeguro(url, "/"), base).toString();
  try {
    const u = new URL(url);
    if (u.origin === base.origin) return new URL(destinoSeguro(`${u.pathname}${u.search}${u.hash}`, "/"), base).toString();
  } catch {
    // not a URL: fall through
  }
  return base.toString();
}
