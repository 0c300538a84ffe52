import type { ReactNode } from "react";

/** Data table with a caption (read by screen readers) and column headers; rows come as children. */
export function Tabla({ caption, columnas, children, className = "" }: { caption: string; columnas: { titulo: string; derecha?: boolean }[]; children: ReactNode; className?: string }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className={`w-full border-collapse text-left ${className}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-oscuro text-white">
          <tr>
            {columnas.map((c) => (
              <th key={c.titulo} scope="col" className={`p-2 ${c.derecha ? "text-right" : ""}`}>
                {c.titulo}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
