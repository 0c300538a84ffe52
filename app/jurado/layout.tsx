import { AreaLayout } from "@/components/layout/area-layout";

// The juror's area: the demo days they sit on, their pitches and the grading form. Navigation only: each
// page checks VISTAS.jurado itself (requireVista) and reads through the juror's scope.
const secciones = [{ href: "/jurado", nombre: "Mis demo days" }];

// Private: rendered per request for the signed-in user (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default function JuradoLayout({ children }: { children: React.ReactNode }) {
  return (
    <AreaLayout etiqueta="Jurado" secciones={secciones}>
      {children}
    </AreaLayout>
  );
}
