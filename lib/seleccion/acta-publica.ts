// The PDF of a signed acta, public (issue 12, item 5: "a PDF with its SHA-256 … is published"): only once its
// round is CERRADA, when the PDF exists and nothing can change any more. It holds no personal data beyond the
// committee members' names and postures, which the acta publishes by design. Served by app/actas/[id].
import "server-only";
import { createHash } from "node:crypto";
import { db as dbPorDefecto, type Db } from "@/lib/db/client";
import type { Fase } from "@/lib/domain/seleccion";

export type ActaPublicada = { id: string; fase: Fase; numero: number; anio: number; pdf: Uint8Array; sha256: string; cerradaEn: Date };

/** Ids are cuids: anything else is not looked up. */
const ID = /^[a-z0-9]{1,40}$/;

export async function actaPublicada(id: string, client: Db = dbPorDefecto): Promise<ActaPublicada | null> {
  if (!ID.test(id)) return null;
  const a = await client.acta.findFirst({
    where: { id, cerradaEn: { not: null }, sha256: { not: null }, ronda: { estado: "CERRADA" } },
    select: { id: true, fase: true, numero: true, pdf: true, sha256: true, cerradaEn: true, convocatoria: { select: { anio: true } } },
  });
  if (!a?.pdf || !a.sha256 || !a.cerradaEn) return null;
  return { id: a.id, fase: a.fase, numero: a.numero, anio: a.convocatoria.anio, pdf: a.pdf, sha256: a.sha256, cerradaEn: a.cerradaEn };
}

/** "acta-preseleccion-2019-1.pdf" */
export function nombreArchivoActa(a: Pick<ActaPublicada, "fase" | "anio" | "numero">): string {
  return `acta-${a.fase === "PRESELECCION" ? "preseleccion" : "seleccion-final"}-${a.anio}-${a.numero}.pdf`;
}

const TEXTO = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/**
 * The answer to GET /actas/<id>: the PDF exactly as stored when the last member signed, inline, with its
 * SHA-256 in the headers so anyone can check the copy they hold, cacheable for good (it never changes);
 * 404 in Spanish for an unknown id or an acta not yet closed.
 */
export async function respuestaActa(id: string, client: Db = dbPorDefecto): Promise<Response> {
  const acta = await actaPublicada(id, client);
  if (!acta) return new Response("No se encontró un acta firmada con esa dirección.", { status: 404, headers: TEXTO });
  // What is served is what was signed: a stored PDF that does not match its recorded SHA-256 is not served.
  const sha256 = createHash("sha256").update(acta.pdf).digest("hex");
  if (sha256 !== acta.sha256.toLowerCase()) {
    console.error(`[GET /actas/${acta.id}] el PDF no coincide con su SHA-256 registrado`);
    return new Response("El acta almacenada no coincide con su huella registrada: avise al equipo del Fondo IDEA.", { status: 500, headers: TEXTO });
  }
  return new Response(new Uint8Array(acta.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${nombreArchivoActa(acta)}"`,
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: `"${sha256}"`,
      "Last-Modified": acta.cerradaEn.toUTCString(),
      // RFC 9530: the digest of the representation sent (base64); and the hex the acta page and the audit log show.
      "Repr-Digest": `sha-256=:${Buffer.from(sha256, "hex").toString("base64")}:`,
      "X-Acta-SHA256": sha256,
    },
  });
}
