import type { ReactNode } from "react";

type Tipo = "error" | "exito" | "info" | "aviso";

const estilos: Record<Tipo, { clase: string; titulo: string }> = {
  error: { clase: "border-error bg-[#fdecea] text-[#5f1410]", titulo: "Error" },
  exito: { clase: "border-exito bg-[#e6f4ea] text-[#0f3d1d]", titulo: "Listo" },
  info: { clase: "border-primario bg-[#e6f1f8] text-oscuro", titulo: "Información" },
  aviso: { clase: "border-aviso bg-[#fdf6e3] text-[#4d3900]", titulo: "Atención" },
};

/** Message box; errors and successes are announced to screen readers. Never colour alone: it has a title. */
export function Alert({ tipo, titulo, children }: { tipo: Tipo; titulo?: string; children?: ReactNode }) {
  const e = estilos[tipo];
  return (
    <div role={tipo === "error" ? "alert" : "status"} className={`mb-4 border-l-4 p-4 ${e.clase}`}>
      <p className="font-bold">{titulo ?? e.titulo}</p>
      {children && <div className="mt-1">{children}</div>}
    </div>
  );
}
