// The PDF receipt of a submitted perfil: only for its applicant; anyone else gets 404.
import { getSessionUser } from "@/lib/auth/session";
import { generarComprobante } from "@/lib/pdf/comprobante";
import { getComprobante } from "@/lib/postulaciones/queries";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  const { id } = await params;
  // The scope ("postulante": own perfiles) is in the query's WHERE clause.
  const datos = user ? await getComprobante(user, id) : null;
  if (!datos) return new Response("No encontrado", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const pdf = await generarComprobante(datos);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="comprobante-folio-${datos.folio}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
