import Link from "next/link";

const secciones = [
  { href: "/admin/convocatoria", nombre: "Convocatoria y etapas" },
  { href: "/admin/desafios", nombre: "Desafíos" },
  { href: "/admin/lineas", nombre: "Líneas de postulación" },
  { href: "/admin/usuarios", nombre: "Usuarios y roles" },
  { href: "/admin/auditoria", nombre: "Bitácora de auditoría" },
];

// Navigation only: every admin page checks the permission itself (layouts do not re-run on navigation).
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <div>
      <nav aria-label="Administración" className="mb-6 border-b-2 border-neutro pb-3">
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {secciones.map((s) => (
            <li key={s.href}>
              <Link href={s.href}>{s.nombre}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
