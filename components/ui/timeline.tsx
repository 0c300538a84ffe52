import { formatearFecha } from "@/lib/domain/formato";

export type PasoTimeline = { clave: string; titulo: string; descripcion?: string; inicio?: Date; fin?: Date; estado: "hecho" | "actual" | "pendiente" };

/** The six etapas as an ordered list: the current one is marked in text, not only in colour. */
export function Timeline({ pasos, titulo }: { pasos: PasoTimeline[]; titulo: string }) {
  return (
    <ol aria-label={titulo} className="relative border-l-4 border-acento pl-6">
      {pasos.map((p) => (
        <li key={p.clave} className="mb-6 last:mb-0" aria-current={p.estado === "actual" ? "step" : undefined}>
          <span
            aria-hidden="true"
            className={`absolute -left-[14px] mt-1 h-6 w-6 border-4 border-white ${p.estado === "actual" ? "bg-primario" : p.estado === "hecho" ? "bg-oscuro" : "bg-acento"}`}
          />
          <h3 className="text-lg">
            {p.titulo}
            {p.estado === "actual" && <span className="ml-2 bg-primario px-2 py-0.5 font-sans text-sm text-white">Etapa actual</span>}
            {p.estado === "hecho" && <span className="ml-2 text-sm font-normal">(terminada)</span>}
          </h3>
          {p.inicio && p.fin && (
            <p className="text-sm">
              {formatearFecha(p.inicio)} al {formatearFecha(p.fin)}
            </p>
          )}
          {p.descripcion && <p className="mt-1">{p.descripcion}</p>}
        </li>
      ))}
    </ol>
  );
}
