// The portal's public address, for links that leave the portal (e-mails). The one reader of APP_URL.
export const URL_PORTAL_POR_OMISION = "http://localhost:3000";

/**
 * An absolute link to `ruta` ("/postulante", "/talleres/abc") on the portal: APP_URL (trimmed; blank means
 * unset) or http://localhost:3000, without its trailing slashes, followed by the route.
 */
export function urlPortal(ruta = "/"): string {
  const base = (process.env.APP_URL?.trim() || URL_PORTAL_POR_OMISION).replace(/\/+$/, "");
  return `${base}${ruta.startsWith("/") ? ruta : `/${ruta}`}`;
}
