// The registration box of a taller's public page, for whoever asks: the page is prerendered for everyone
// (docs/decisions/0010-paginas-publicas-en-cache.md) and this private answer fills its client island.
// Scoped like the cancel action (the caller's own registration); the actions still decide everything.
import { puede } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { getMiInscripcion } from "@/lib/talleres/queries";

export type EstadoInscripcionCliente = {
  /** The signed-in account (its registration uses the account's e-mail), or null. */
  cuenta: { nombre: string; email: string } | null;
  /** The caller's live registration to this taller. */
  mia: { id: string; estado: "CONFIRMADA" | "LISTA_ESPERA"; email: string } | null;
  /** Registrations open for this caller in the current etapa (permission table). */
  abiertas: boolean;
};

const ID = /^[a-z0-9]{10,40}$/;

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!ID.test(id)) return Response.json({ error: "Taller no encontrado." }, { status: 404 });
  const [user, conv] = await Promise.all([getSessionUser(), getConvocatoriaActual()]);
  const mia = user ? await getMiInscripcion(id, user) : null;
  const cuerpo: EstadoInscripcionCliente = {
    cuenta: user ? { nombre: user.nombre, email: user.email } : null,
    mia: mia && (mia.estado === "CONFIRMADA" || mia.estado === "LISTA_ESPERA") ? { id: mia.id, estado: mia.estado, email: mia.email } : null,
    abiertas: !!conv && puede("taller.inscribirse", user?.roles ?? null, conv.etapaActual).ok,
  };
  return Response.json(cuerpo, { headers: { "Cache-Control": "private, no-store" } });
}
