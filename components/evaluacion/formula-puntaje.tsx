import { formulaPuntaje } from "@/lib/domain/puntaje-tecnico";

/** The technical score's formula as the rubric applies it (normalised per evaluator or not), in Spanish. */
export function FormulaPuntaje({ normalizar, minMuestra }: { normalizar: boolean; minMuestra: number }) {
  const f = formulaPuntaje({ minMuestra });
  return (
    <div className="my-4 border-l-4 border-oscuro bg-neutro p-3">
      <p className="font-bold text-titulo">Cómo se calcula el puntaje técnico{normalizar ? " (normalizado por evaluador)" : ""}</p>
      <p className="mt-1 text-sm">{normalizar ? f.normalizado : f.simple}</p>
    </div>
  );
}
