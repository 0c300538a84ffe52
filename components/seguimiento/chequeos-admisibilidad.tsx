import type { Chequeo } from "@/lib/domain/admisibilidad";

/** The automatic checks as a checklist: each says "Cumple" or "No cumple" in words; the mark is decoration. */
export function ChequeosAdmisibilidad({ chequeos }: { chequeos: Chequeo[] }) {
  const fallas = chequeos.filter((c) => !c.ok).length;
  return (
    <>
      <p className="mb-3">
        {fallas === 0 ? "El perfil cumple todos los chequeos automáticos." : `El perfil no cumple ${fallas} de ${chequeos.length} chequeos automáticos.`} La decisión
        la toma el equipo, con sus motivos.
      </p>
      <ul className="space-y-2" aria-label="Chequeos automáticos">
        {chequeos.map((c) => (
          <li key={c.regla} className={`flex gap-3 border-l-4 p-3 ${c.ok ? "border-exito bg-[#e6f4ea]" : "border-error bg-[#fdecea]"}`}>
            <span aria-hidden="true" className={`text-xl font-bold leading-none ${c.ok ? "text-exito" : "text-error"}`}>
              {c.ok ? "✓" : "✗"}
            </span>
            <span className="text-titulo">
              <strong>{c.regla}</strong>: {c.ok ? "Cumple" : "No cumple"}. {c.detalle}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
