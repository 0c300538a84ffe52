import Link from "next/link";

const secciones = [
  { href: "/seguimiento/postulaciones", nombre: "Postulaciones" },
  { href: "/seguimiento/talleres", nombre: "Talleres" },
  { href: "/seguimiento/scouting", nombre: "Scouting" },
];

// Navigation only: every staff page checks the permission itself (layouts do not re-run on navigation).
export default function SeguimientoLayout({ children }: { children: React.ReactNode }) {
  return (
    <div>
      <nav aria-label="Seguimiento" className="mb-6 border-b-2 border-neutro pb-3">
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
