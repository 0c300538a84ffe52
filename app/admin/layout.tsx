import { AreaLayout } from "@/components/layout/area-layout";

const secciones = [
  { href: "/admin/convocatoria", nombre: "Convocatoria y etapas" },
  { href: "/admin/desafios", nombre: "Desafíos" },
  { href: "/admin/lineas", nombre: "Líneas de postulación" },
  { href: "/admin/rubrica", nombre: "Rúbrica de evaluación" },
  { href: "/admin/votacion", nombre: "Votación popular" },
  { href: "/comite/seleccion", nombre: "Selección del comité" },
  { href: "/admin/usuarios", nombre: "Usuarios y roles" },
  { href: "/admin/auditoria", nombre: "Bitácora de auditoría" },
  { href: "/admin/datos-personales", nombre: "Datos personales" },
  { href: "/admin/correos", nombre: "Correos" },
];

// Private: rendered per request for the signed-in user (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <AreaLayout etiqueta="Administración" secciones={secciones}>
      {children}
    </AreaLayout>
  );
}
