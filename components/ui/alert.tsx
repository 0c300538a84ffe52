import type { ReactNode } from "react";

type Tipo = "error" | "exito" | "info" | "aviso";

const estilos: Record<Tipo, { clase: string; titulo: string }> = {
  error: { clase: "border-error bg-[#fdecea] text-[#5f1410]", titulo: "Error" },
  exito: { clase: "border-exito bg-[#e6f4ea] text-[#0f3d1d]", titulo: "Listo" },
  info: { clase: "border-primario bg-[#e6f1f8] text-oscuro", titulo: "Información" },
  aviso: { clase: "border-aviso bg-[#fdf6e3] text-[#4d3900]", titulo: "Atención" },
};

/**
 * Message box; errors and successes are announced to screen readers. Never colour alone: it has a title.
 * `anunciar={false}`: no role of its own, for a box placed inside a live region that is always on the page
 * (components/ui/formulario.tsx), which announces it more reliably than a region that appears with its text.
 */
export function Alert({ tipo, titulo, anunciar = true, children }: { tipo: Tipo; titulo?: string; anunciar?: boolean; children?: ReactNode }) {
  const e = estilos[tipo];
  return (
    <div role={!anunciar ? undefined : tipo === "error" ? "alert" : "status"} className={`mb-4 border-l-4 p-4 ${e.clase}`}>
      <p className="font-bold">{titulo ?? e.titulo}</p>
      {children && <div className="mt-1">{children}</div>}
    </div>
  );
}
