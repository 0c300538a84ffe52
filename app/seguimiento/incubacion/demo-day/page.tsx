import type { Metadata } from "next";
import { AsignarJuradoForm } from "@/components/demo-day/asignar-jurado-form";
import { Alert } from "@/components/ui/alert";
import { Tabla } from "@/components/ui/table";
import { requireVista } from "@/lib/auth/guard";
import { permiteEtapa } from "@/lib/auth/permissions";
import { CRITERIOS_DEMO_DAY, NOMBRE_HELICE } from "@/lib/domain/demo-day";
import { formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { formatoNota } from "@/lib/domain/nota";
import { resumenDemoDays } from "@/lib/demo-day/queries";

export const metadata: Metadata = { title: "Demo days regionales" };

// The staff overview of the regional demo days: each one's jury by helix (a missing helix warned), the form
// to add a juror, and each pitch's grades with their mean (the demo-day score of the final ranking).
export default async function DemoDays() {
  const user = await requireVista("incubacion", "/seguimiento/incubacion/demo-day");
  const datos = await resumenDemoDays(user);
  if (!datos) {
    return (
      <>
        <h1 className="text-3xl">Demo days regionales</h1>
        <p className="mt-4">No hay una convocatoria activa.</p>
      </>
    );
  }
  const { convocatoria, demoDays } = datos;
  const puedeAsignar = permiteEtapa("demoDay.asignarJurado", convocatoria.etapaActual);
  return (
    <>
      <h1 className="text-3xl">Demo days regionales</h1>
      <p className="mt-2">
        Cada demo day es de una región: se presentan los proyectos preseleccionados de esa región ante un jurado de la cuarta hélice (Estado, academia, empresa y sociedad civil). Cada
        jurado califica con la rúbrica ({CRITERIOS_DEMO_DAY.map((c) => `${c.nombre.toLowerCase()} ${c.peso} %`).join(", ")}); el puntaje del demo day de un proyecto es el promedio de
        las notas del jurado y entra en la selección final con la ponderación de la convocatoria.
      </p>
      {demoDays.length === 0 && (
        <p className="mt-6" role="status">
          Aún no hay demo days en esta convocatoria.
        </p>
      )}
      {demoDays.map((d) => (
        <section key={d.evento.id} aria-labelledby={`titulo-${d.evento.id}`} className="mt-8 border-t border-acento pt-4">
          <h2 id={`titulo-${d.evento.id}`} className="break-words text-2xl">
            {d.evento.titulo}
          </h2>
          <p className="mt-1">
            {formatearFechaHora(d.evento.inicio)} · {d.evento.regionNombre ? `Región ${d.evento.regionNombre}` : "Sin región"}
            {d.evento.lugar ? ` · ${d.evento.lugar}` : ""}
          </p>
          {!d.evento.regionCut && (
            <div className="mt-3">
              <Alert tipo="aviso">Este demo day no tiene región: no tiene proyectos que presentar.</Alert>
            </div>
          )}

          <h3 className="mt-4 text-xl">Jurado</h3>
          {d.avisoHelices && (
            <div className="mt-2">
              <Alert tipo="aviso" anunciar={false}>
                {d.avisoHelices} El jurado debe representar a las cuatro hélices.
              </Alert>
            </div>
          )}
          {d.jurados.length === 0 ? (
            <p className="mt-2">Aún no hay personas en el jurado.</p>
          ) : (
            <ul className="mt-2 list-disc pl-5">
              {d.jurados.map((j) => (
                <li key={j.id} className="break-words">
                  {j.nombre} ({j.email}) — {NOMBRE_HELICE[j.helice]}
                </li>
              ))}
            </ul>
          )}
          {puedeAsignar && (
            <div className="mt-4">
              <AsignarJuradoForm eventoId={d.evento.id} titulo={d.evento.titulo} />
            </div>
          )}

          <h3 className="mt-4 text-xl">Proyectos</h3>
          {d.pitches.length === 0 ? (
            <p className="mt-2">No hay proyectos preseleccionados en esta región.</p>
          ) : (
            <div className="mt-2">
              <Tabla caption={`Notas del jurado — ${d.evento.titulo}`} columnas={[{ titulo: "Folio" }, { titulo: "Proyecto" }, { titulo: "Notas" }, { titulo: "Promedio" }, { titulo: "Conflictos" }]}>
                {d.pitches.map((p) => (
                  <tr key={p.id} className="border-b border-acento align-top">
                    <td className="whitespace-nowrap p-2">{p.folio !== null ? formatearFolio(p.folio) : "—"}</td>
                    <th scope="row" className="break-words p-2 text-left font-normal">
                      {p.nombreProyecto}
                    </th>
                    <td className="p-2">
                      {p.calificaciones} de {d.jurados.length - p.conflictos}
                    </td>
                    <td className="p-2">{p.promedio === null ? "Sin notas" : formatoNota(p.promedio)}</td>
                    <td className="p-2">{p.conflictos}</td>
                  </tr>
                ))}
              </Tabla>
            </div>
          )}
        </section>
      ))}
    </>
  );
}
