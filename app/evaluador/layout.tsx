import { AreaLayout } from "@/components/layout/area-layout";

// The evaluator's area: their assigned perfiles and the capacitación that opens them. Navigation only:
// each page checks the permission and the capacitación itself.
const secciones = [
  { href: "/evaluador", nombre: "Mis perfiles asignados" },
  { href: "/evaluador/capacitacion", nombre: "Capacitación" },
];

// Private: rendered per request for the signed-in user (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default function EvaluadorLayout({ children }: { children: React.ReactNode }) {
  return (
    <AreaLayout etiqueta="Evaluación" secciones={secciones}>
      {children}
    </AreaLayout>
  );
}
