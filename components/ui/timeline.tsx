import { textoFechasEtapa } from "@/lib/domain/fechas-etapa";

export type PasoTimeline = {
  clave: string;
  titulo: string;
  descripcion?: string;
  /** Planned dates, and the actual ones once known (null: as planned): both are shown when they differ. */
  inicio?: Date;
  fin?: Date;
  inicioReal?: Date | null;
  finReal?: Date | null;
  estado: "hecho" | "actual" | "pendiente";
  /** Said after a finished step's title, agreeing with it: "terminada" (an etapa, by default), "terminado" (a borrador). */
  hecho?: string;
  /** The current step's badge: "Etapa actual" by default. */
  enCurso?: string;
};

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
            {p.estado === "actual" && <span className="ml-2 bg-primario px-2 py-0.5 font-sans text-sm text-white">{p.enCurso ?? "Etapa actual"}</span>}
            {p.estado === "hecho" && <span className="ml-2 text-sm font-normal">({p.hecho ?? "terminada"})</span>}
          </h3>
          {p.inicio && p.fin && <p className="text-sm">{textoFechasEtapa({ inicio: p.inicio, fin: p.fin, inicioReal: p.inicioReal, finReal: p.finReal }, p.estado)}</p>}
          {p.descripcion && <p className="mt-1">{p.descripcion}</p>}
        </li>
      ))}
    </ol>
  );
}
