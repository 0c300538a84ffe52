// CSV export of the staff list, with the same filters and the same scope as /seguimiento/postulaciones.
// Only for who may open that screen: anyone else (signed in or not) gets a 404, so the export's existence
// is not revealed.
import { puedeVer } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { documentoCsv } from "@/lib/seguimiento/csv";
import { leerFiltro } from "@/lib/seguimiento/filtros";
import { exportarPostulaciones } from "@/lib/seguimiento/queries";


const noEncontrado = () => new Response("No encontrado.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request): Promise<Response> {
  const user = await getSessionUser();
  if (!user || !puedeVer("postulaciones", user.roles)) return noEncontrado();
  const datos = await exportarPostulaciones(leerFiltro(new URL(request.url).searchParams), user);
  if (!datos) return noEncontrado();
  return new Response(documentoCsv(datos.encabezados, datos.filas), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="postulaciones-${datos.anio}.csv"`,
      // Organisation RUTs inside: never kept by a shared cache.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
