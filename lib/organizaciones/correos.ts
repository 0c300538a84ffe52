// The organisation pages: the actions revalidate them, and the e-mails (lib/mail/plantillas/organizacion-*)
// link to them.
export const RUTA_MIS_ORGANIZACIONES = "/postulante/organizaciones";
export const RUTA_SEGUIMIENTO_ORGANIZACIONES = "/seguimiento/organizaciones";
