// Text that someone else chose (an organisation's declared name), quoted inside an e-mail whose wording
// is fixed, so that it cannot pass for the portal's own words: one line, none of the quotation marks the
// e-mail wraps it in, no link a mail client would make clickable, and a bounded length.

const ESPACIOS = /\s+/gu;
/** The marks the e-mails quote with («…», “…”, "…"), which a name could use to close the quote early. */
const COMILLAS = /[«»“”„‟"]/gu;
/** "https://", "ftp://"…: the scheme goes, "evil.example/x" is then defanged below. */
const ESQUEMA = /\b[a-z][a-z0-9+.-]*:\/\//giu;
/** A dot between a letter or digit and two more (a domain: "evil.cl", "www.x.com"), not "S.A." nor "Ltda.". */
const PUNTO_DE_DOMINIO = /(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}]{2})/gu;

export const LARGO_MAX_CITA = 120;

export function citarEnCorreo(texto: string, max = LARGO_MAX_CITA): string {
  const limpio = texto
    .replace(ESQUEMA, "")
    .replace(COMILLAS, "")
    .replace(PUNTO_DE_DOMINIO, "[.]")
    .replace(ESPACIOS, " ")
    .trim();
  const letras = Array.from(limpio);
  return letras.length > max ? `${letras.slice(0, max - 1).join("").trimEnd()}…` : limpio;
}
