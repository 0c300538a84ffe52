import type { ButtonHTMLAttributes } from "react";

type Variante = "primario" | "secundario" | "peligro";

const clases: Record<Variante, string> = {
  primario: "bg-primario text-white hover:bg-primario-oscuro disabled:bg-acento",
  secundario: "border-2 border-primario bg-white text-primario hover:bg-neutro disabled:text-acento",
  peligro: "bg-error text-white hover:bg-[#8c1d18] disabled:bg-acento",
};

export function Button({ variante = "primario", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variante?: Variante }) {
  return (
    <button
      className={`inline-flex min-h-11 items-center justify-center gap-2 px-5 py-2 font-medium transition-colors disabled:cursor-not-allowed ${clases[variante]} ${className}`}
      {...props}
    />
  );
}
