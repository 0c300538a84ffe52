import { AreaLayout } from "@/components/layout/area-layout";
import { puedeVer, type Vista } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";

// Each section is linked only for who may open it (lib/auth/permissions.ts VISTAS; its page checks again).
const secciones: { href: string; nombre: string; vista: Vista }[] = [
  { href: "/seguimiento/postulaciones", nombre: "Postulaciones", vista: "postulaciones" },
  { href: "/seguimiento/talleres", nombre: "Talleres", vista: "talleres" },
  { href: "/seguimiento/scouting", nombre: "Scouting", vista: "scouting" },
  { href: "/seguimiento/organizaciones", nombre: "Organizaciones", vista: "organizaciones" },
  { href: "/seguimiento/evaluacion", nombre: "Evaluación técnica", vista: "evaluacion" },
  { href: "/seguimiento/asignaciones", nombre: "Asignaciones", vista: "asignaciones" },
  { href: "/seguimiento/incubacion", nombre: "Incubación", vista: "incubacion" },
  { href: "/seguimiento/ejecucion", nombre: "Ejecución y cierre", vista: "ejecucion" },
  { href: "/seguimiento/exportaciones", nombre: "Exportaciones", vista: "exportaciones" },
];

// Private: rendered per request for the signed-in user (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default async function SeguimientoLayout({ children }: { children: React.ReactNode }) {
  const roles = (await getSessionUser())?.roles ?? null;
  return (
    <AreaLayout etiqueta="Seguimiento" secciones={secciones.filter((s) => puedeVer(s.vista, roles))}>
      {children}
    </AreaLayout>
  );
}
