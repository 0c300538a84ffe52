// The HTML alternative of an e-mail, built from its subject and plain text. The outbox keeps only the text
// (Notificacion.cuerpo); delivery (./deliver.ts) builds the HTML from it with this same function, and the
// templates (./plantillas) and the staff preview (/admin/correos) use it too, so what staff preview is
// what is sent. Every character of the text is escaped; the only markup is the layout's and the links
// made from http(s) addresses. No scripts, no images, no styles other than inline attributes.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside an HTML element or a quoted attribute. */
export function escaparHtml(texto: string): string {
  return texto.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** An http(s) address, up to a space, a quote or an angle bracket. */
const URL = /\bhttps?:\/\/[^\s<>"'«»]+/g;
/** Punctuation that closes a sentence rather than belonging to the address. */
const CIERRE = /[.,;:!?)\]]+$/;

const AZUL = "#006fb3";
const ESTILO_ENLACE = `color:${AZUL};text-decoration:underline;word-break:break-all;`;

/** One line of text: escaped, with its http(s) addresses as links. */
function linea(texto: string): string {
  let out = "";
  let desde = 0;
  for (const m of texto.matchAll(URL)) {
    const url = m[0].replace(CIERRE, "");
    out += escaparHtml(texto.slice(desde, m.index)) + `<a href="${escaparHtml(url)}" style="${ESTILO_ENLACE}">${escaparHtml(url)}</a>`;
    desde = m.index + url.length;
  }
  return out + escaparHtml(texto.slice(desde));
}

/** Paragraphs are separated by blank lines; the lines of one paragraph by line breaks. */
function cuerpo(texto: string): string {
  return texto
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ""))
    .filter((p) => p.trim() !== "")
    .map((p) => `<p style="margin:0 0 16px;">${p.split("\n").map(linea).join("<br>\n")}</p>`)
    .join("\n");
}

/** The whole HTML document of an e-mail: the Fondo IDEA · FOSIS header, the subject as heading, the text. */
export function htmlDeCorreo(asunto: string, texto: string): string {
  return `<!DOCTYPE html>
<html lang="es-CL">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escaparHtml(asunto)}</title>
</head>
<body style="margin:0;padding:0;background-color:#eeeeee;">
<div style="max-width:600px;margin:0 auto;background-color:#ffffff;color:#111111;font-family:Roboto,Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;">
<header style="background-color:${AZUL};color:#ffffff;padding:16px 20px;">
<p style="margin:0;font-size:20px;font-weight:bold;">Fondo IDEA</p>
<p style="margin:0;font-size:14px;">FOSIS · Fondo de Solidaridad e Inversión Social</p>
</header>
<main style="padding:20px;overflow-wrap:anywhere;">
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;">${escaparHtml(asunto)}</h1>
${cuerpo(texto)}
</main>
<footer style="padding:12px 20px;border-top:1px solid #a8b7c7;color:#4a4a4a;font-size:14px;">
<p style="margin:0;">Correo automático del portal Fondo IDEA del FOSIS.</p>
</footer>
</div>
</body>
</html>
`;
}
