// To everyone holding a perfil when the admin ends the Convocatoria before its planned end
// (convocatoria.avanzarEtapa, "Avanzar igual"). The wording is decided with the rest of the early cut in
// lib/domain/corte-anticipado.ts; this template gives it the portal's link and the HTML layout.
import { urlPortal } from "@/lib/config/url-portal";
import { correoCorteConvocatoria, type Afectado } from "@/lib/domain/corte-anticipado";
import { mensaje } from "../mensaje";

export type DatosConvocatoriaCerradaAntes = { afectado: Afectado; convocatoria: string; finPlanificado: Date; cierre: Date };

export function correoConvocatoriaCerradaAntes({ afectado, ...d }: DatosConvocatoriaCerradaAntes) {
  const { asunto, cuerpo } = correoCorteConvocatoria(afectado, { ...d, enlace: urlPortal("/postulante") });
  return mensaje(asunto, [cuerpo]);
}
