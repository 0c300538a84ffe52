import { CAMPOS_PERFIL } from "@/lib/postulaciones/schema";

/** The perfil's free-text answers, in the form's order. */
export const TEXTOS_PERFIL = ["problema", "solucion", "usuarios", "coproduccion", "equipo"] as const;

/**
 * The texts of a sent perfil, read-only: one heading and paragraph per answer. A field the reader's roles
 * may not see comes as null and is left out; an empty answer says so. Shared by the staff review and the
 * evaluator's page.
 */
export function TextosPerfil({ perfil }: { perfil: Record<(typeof TEXTOS_PERFIL)[number], string | null> }) {
  return TEXTOS_PERFIL.filter((k) => perfil[k] !== null).map((k) => (
    <div key={k} className="mt-5">
      <h3 className="text-lg">{CAMPOS_PERFIL[k].etiqueta}</h3>
      <p className="mt-1 whitespace-pre-line break-words">{perfil[k] || "(sin completar)"}</p>
    </div>
  ));
}
