import { AreaLayout } from "@/components/layout/area-layout";
import { puedeVer, type Vista } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";

// Each section is linked only for who may open it (lib/auth/permissions.ts VISTAS; its page checks again).
const secciones: { href: string; nombre: string; vista: Vista }[] = [
  { href: "/comite/evaluaciones", nombre: "Evaluación técnica", vista: "comite" },
  { href: "/comite/seleccion", nombre: "Selección", vista: "seleccion" },
  { href: "/comite/seleccion/acta", nombre: "Acta", vista: "seleccion" },
];

// The committee's area. Private: rendered per request for the signed-in user
// (docs/decisions/0010-paginas-publicas-en-cache.md); each page checks its permission.
export const instant = false;

export default async function ComiteLayout({ children }: { children: React.ReactNode }) {
  const roles = (await getSessionUser())?.roles ?? null;
  return (
    <AreaLayout etiqueta="Comité" secciones={secciones.filter((s) => puedeVer(s.vista, roles))}>
      {children}
    </AreaLayout>
  );
}
