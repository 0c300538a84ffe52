import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A private area's section navigation. Navigation only: every page of the area checks the permission
 * itself (layouts do not re-run on client navigation).
 */
export function AreaLayout({ etiqueta, secciones, children }: { etiqueta: string; secciones: { href: string; nombre: string }[]; children: ReactNode }) {
  return (
    <div>
      <nav aria-label={etiqueta} className="mb-6 border-b-2 border-neutro pb-3">
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
