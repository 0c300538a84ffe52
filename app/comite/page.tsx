import { redirect } from "next/navigation";
import { requireVista } from "@/lib/auth/guard";
import { puedeVer } from "@/lib/auth/permissions";
import { faseDeEtapa } from "@/lib/domain/seleccion";
import { convocatoriaSeleccion, existeRonda } from "@/lib/seleccion/espacio";

// The committee's landing: the selection while a round of the etapa exists (preselección, selección final),
// else the technical evaluation.
export default async function Comite() {
  const user = await requireVista("comite", "/comite");
  if (puedeVer("seleccion", user.roles)) {
    const conv = await convocatoriaSeleccion();
    const fase = conv ? faseDeEtapa(conv.etapaActual) : null;
    if (conv && fase && (await existeRonda(conv.id, fase))) redirect("/comite/seleccion");
  }
  redirect("/comite/evaluaciones");
}
