// Links in the organisation e-mails, from the portal's public address (APP_URL, as the other e-mails).
export function enlacePortal(ruta: string): string {
  return `${(process.env.APP_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "")}${ruta}`;
}

export const RUTA_MIS_ORGANIZACIONES = "/postulante/organizaciones";
export const RUTA_SEGUIMIENTO_ORGANIZACIONES = "/seguimiento/organizaciones";
