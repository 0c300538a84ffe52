import type { Metadata } from "next";
import { requireVista } from "@/lib/auth/guard";
import { CATALOGO } from "@/lib/mail/plantillas/catalogo";

export const metadata: Metadata = { title: "Correos del portal" };

// Staff preview of every e-mail the portal sends (lib/mail/plantillas), with sample data: the subject,
// the text and the HTML exactly as delivery builds it. The HTML is shown in a fully sandboxed frame (no
// scripts, no same origin, no navigation out of it), never inserted into this page.
export default async function Correos() {
  await requireVista("admin", "/admin/correos");
  const correos = CATALOGO.map((c) => ({ ...c, mensaje: c.ejemplo() }));
  return (
    <>
      <h1 className="text-3xl">Correos del portal</h1>
      <p className="mb-4 mt-2">
        Cada correo que envía el portal, con datos de ejemplo. Se envía en texto y en HTML: el HTML se arma desde el texto al entregarlo, así que lo que ve aquí
        es lo que recibe la persona (con los datos de su caso).
      </p>
      <ul className="space-y-3">
        {correos.map(({ clave, titulo, cuando, mensaje }) => (
          <li key={clave}>
            <details className="border border-acento">
              <summary className="cursor-pointer p-3">
                <h2 className="inline text-lg font-medium text-titulo">{titulo}</h2>
              </summary>
              <div className="space-y-3 border-t border-acento p-3">
                <p>{cuando}</p>
                <dl>
                  <dt className="font-medium text-titulo">Asunto</dt>
                  <dd className="break-words">{mensaje.asunto}</dd>
                </dl>
                <div>
                  <h3 className="font-medium text-titulo">Texto</h3>
                  <pre className="mt-1 whitespace-pre-wrap break-words bg-neutro p-3 font-sans text-sm text-titulo">{mensaje.texto}</pre>
                </div>
                <div>
                  <h3 className="font-medium text-titulo">HTML</h3>
                  <iframe title={`Correo «${titulo}» en HTML`} srcDoc={mensaje.html} sandbox="" loading="lazy" className="mt-1 h-[32rem] w-full border border-acento bg-white" />
                </div>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
