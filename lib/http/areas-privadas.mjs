// The private areas of the portal, by their first path segment: ONE list, read by proxy.ts (a visitor
// without a session cookie goes to /ingresar before the page renders) and by scripts/servidor.mjs (a page
// of these areas that calls notFound() answers with a real 404 status). A new private area is added here.
// Plain JavaScript: the server script imports it without a TypeScript step.
export const AREAS_PRIVADAS = ["admin", "postulante", "seguimiento", "evaluador", "comite", "mentor", "mentores", "jurado"];

/** A path inside one of the private areas, or the account's pages. */
export const RUTA_PRIVADA = new RegExp(`^/(?:${[...AREAS_PRIVADAS, "cuenta"].join("|")})(?:/|$)`);

/** Pages whose notFound() must answer 404: the private areas, the account and the e-mailed links' pages. */
export const RUTA_CON_404_REAL = new RegExp(`^/(?:${[...AREAS_PRIVADAS, "cuenta", "invitacion", "talleres/confirmar"].join("|")})(?:/|$)`);
