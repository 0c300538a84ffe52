import type { Metadata } from "next";
import Link from "next/link";
import { requireVista } from "@/lib/auth/guard";
import { NOMBRE_HELICE } from "@/lib/domain/demo-day";
import { formatearFechaHora } from "@/lib/domain/formato";
import { misDemoDays } from "@/lib/demo-day/queries";

export const metadata: Metadata = { title: "Mis demo days" };

// The demo days the juror sits on, soonest first, with how many pitches they have graded.
export default async function MisDemoDays() {
  const user = await requireVista("jurado", "/jurado");
  const { convocatoria, demoDays } = await misDemoDays(user);
  return (
    <>
      <h1 className="text-3xl">Mis demo days</h1>
      {!convocatoria ? (
        <p className="mt-4">No hay una convocatoria activa.</p>
      ) : (
        <>
          <p className="mt-2">
            {convocatoria.nombre}. Califique cada proyecto con la rúbrica del jurado: una nota de 1,0 a 7,0 por criterio. Si tiene un conflicto de interés con un proyecto, declárelo y no lo califique.
          </p>
          {demoDays.length === 0 ? (
            <p className="mt-6" role="status">
              Aún no integra el jurado de un demo day. El equipo FOSIS le avisará por correo cuando lo sume.
            </p>
          ) : (
            <ul className="mt-6 space-y-4">
              {demoDays.map((d) => (
                <li key={d.evento.id} className="border border-acento p-4">
                  <h2 className="text-xl">
                    <Link href={`/jurado/${d.evento.id}`}>{d.evento.titulo}</Link>
                  </h2>
                  <p className="mt-1">
                    {formatearFechaHora(d.evento.inicio)} · {d.evento.regionNombre ? `Región ${d.evento.regionNombre}` : "Sin región"}
                    {d.evento.lugar ? ` · ${d.evento.lugar}` : ""}
                  </p>
                  <p className="mt-1">Su hélice: {NOMBRE_HELICE[d.helice]}</p>
                  <p className="mt-1 font-medium">
                    {d.pitches === 0
                      ? "Aún no hay proyectos preseleccionados en esta región."
                      : `${d.calificados} de ${d.pitches - d.conflictos} ${d.pitches - d.conflictos === 1 ? "proyecto calificado" : "proyectos calificados"}${d.conflictos ? ` (${d.conflictos} con conflicto declarado)` : ""}.`}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
