// Who is signed in, for the header's account menu and the desafío page's "postular" box: client islands
// on pages that are prerendered for everyone (docs/decisions/0010-paginas-publicas-en-cache.md). Only
// the name, the areas the roles open (the permission table) and whether the account may start a perfil.
import { puede, puedeVer, puedeVerSeguimiento } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import type { SesionCliente } from "@/components/layout/sesion-cliente";

export async function GET(): Promise<Response> {
  const user = await getSessionUser();
  let cuerpo: SesionCliente = null;
  if (user) {
    const conv = await getConvocatoriaActual();
    cuerpo = {
      nombre: user.nombre,
      postulante: puedeVer("postulante", user.roles),
      evaluador: puedeVer("evaluador", user.roles),
      comite: puedeVer("comite", user.roles),
      mentor: puedeVer("mentor", user.roles),
      jurado: puedeVer("jurado", user.roles),
      seguimiento: puedeVerSeguimiento(user.roles),
      admin: puedeVer("admin", user.roles),
      puedePostular: !!conv && puede("perfil.crearBorrador", user.roles, conv.etapaActual).ok,
    };
  }
  return Response.json(cuerpo, { headers: { "Cache-Control": "private, no-store" } });
}
