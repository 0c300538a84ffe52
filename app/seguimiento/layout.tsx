import { AreaLayout } from "@/components/layout/area-layout";
import { puedeVer, type Vista } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";

// Each section is linked only for who may open it (lib/auth/permissions.ts VISTAS; its page checks again).
const secciones: { href: string; nombre: string; vista: Vista }[] = [
  { href: "/seguimiento/postulaciones", nombre: "Postulaciones", vista: "postulaciones" },
  { href: "/seguimiento/talleres", nombre: "Talleres", vista: "talleres" },
  { href: "/seguimiento/scouting", nombre: "Scouting", vista: "scouting" },
  { href: "/seguimiento/organizaciones", nombre: "Organizaciones", vista: "organizaciones" },
];

export default async function SeguimientoLayout({ children }: { children: React.ReactNode }) {
  const roles = (await getSessionUser())?.roles ?? null;
  return (
    <AreaLayout etiqueta="Seguimiento" secciones={secciones.filter((s) => puedeVer(s.vista, roles))}>
      {children}
    </AreaLayout>
  );
}
