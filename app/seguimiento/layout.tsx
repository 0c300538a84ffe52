import { AreaLayout } from "@/components/layout/area-layout";

const secciones = [
  { href: "/seguimiento/postulaciones", nombre: "Postulaciones" },
  { href: "/seguimiento/talleres", nombre: "Talleres" },
  { href: "/seguimiento/scouting", nombre: "Scouting" },
  { href: "/seguimiento/organizaciones", nombre: "Organizaciones" },
];

export default function SeguimientoLayout({ children }: { children: React.ReactNode }) {
  return (
    <AreaLayout etiqueta="Seguimiento" secciones={secciones}>
      {children}
    </AreaLayout>
  );
}
