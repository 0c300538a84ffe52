import { AreaLayout } from "@/components/layout/area-layout";

// The mentor's area: their live mentorías (VISTAS.mentor) and, in execution, their pilots (VISTAS.mentorPiloto). Navigation only: each page checks the permission
// and reads through the scoped queries (lib/mentoria/queries.ts).
const secciones = [
  { href: "/mentor", nombre: "Mis equipos" },
  { href: "/mentor/pilotos", nombre: "Pilotos" },
];

// Private: rendered per request for the signed-in user (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default function MentorLayout({ children }: { children: React.ReactNode }) {
  return (
    <AreaLayout etiqueta="Mentoría" secciones={secciones}>
      {children}
    </AreaLayout>
  );
}
