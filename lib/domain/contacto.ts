// The channel where people exercise their rights over their personal data (the privacy page), from the
// CONTACTO_DATOS_PERSONALES setting: an e-mail address, a web address (https) or a free text such as a
// postal address. Pure: the page passes the setting's value.

export type CanalContacto = { tipo: "correo" | "web" | "texto"; texto: string; href: string | null };

/** FOSIS's own site, where its information and complaints office (OIRS) is reached, until one is configured. */
export const CONTACTO_POR_OMISION = "https://www.fosis.gob.cl";

const CORREO = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

export function canalDeContacto(valor: string | undefined | null): CanalContacto {
  const v = (valor ?? "").trim() || CONTACTO_POR_OMISION;
  if (CORREO.test(v)) return { tipo: "correo", texto: v, href: `mailto:${v}` };
  try {
    const url = new URL(v);
    // Only web addresses become links: never javascript:, data: or anything a browser would run.
    if (url.protocol === "https:" || url.protocol === "http:") return { tipo: "web", texto: v, href: url.href };
  } catch {
    // Not a URL: shown as text.
  }
  return { tipo: "texto", texto: v, href: null };
}
