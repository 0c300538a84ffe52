import { AreaLayout } from "@/components/layout/area-layout";

const secciones = [
  { href: "/admin/convocatoria", nombre: "Convocatoria y etapas" },
  { href: "/admin/desafios", nombre: "Desafíos" },
  { href: "/admin/lineas", nombre: "Líneas de postulación" },
  { href: "/admin/usuarios", nombre: "Usuarios y roles" },
  { href: "/admin/auditoria", nombre: "Bitácora de auditoría" },
  { href: "/admin/correos", nombre: "Correos" },
];

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <AreaLayout etiqueta="Administración" secciones={secciones}>
      {children}
    </AreaLayout>
  );
}
