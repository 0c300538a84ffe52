import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { BarraProgreso } from "@/components/ui/barra-progreso";
import { requireVista } from "@/lib/auth/guard";
import { formatearFolio } from "@/lib/domain/huella";
import { formacionDelEquipo } from "@/lib/formacion/queries";
import { MENSAJE_NO_PRESELECCIONADA } from "@/lib/incubacion/preseleccionadas";

export const metadata: Metadata = { title: "Incubación de mi equipo" };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

// The team's hub in etapa 4: for each of the applicant's own preselected perfiles, the formation programme,
// the mentoring sessions and the formulario completo. Anyone else's perfil never shows here.
export default async function IncubacionEquipo() {
  const user = await requireVista("equipo", "/postulante/incubacion");
  const { equipos } = await formacionDelEquipo(user);
  return (
    <>
      <h1 className="text-3xl">Incubación</h1>
      <p className="mt-2 max-w-3xl">
        Los equipos preseleccionados en el acta firmada del comité se preparan durante la etapa de formación e incubación: módulos de formación, ocho semanas de
        mentoría y el formulario completo, antes del demo day regional.
      </p>
      {equipos.length === 0 ? (
        <div className="mt-6 max-w-3xl">
          <Alert tipo="info" titulo="No tiene perfiles preseleccionados">
            <p>{MENSAJE_NO_PRESELECCIONADA}</p>
            <p className="mt-2">
              Vea el estado de sus perfiles en <Link href="/postulante">Mis postulaciones</Link>.
            </p>
          </Alert>
        </div>
      ) : (
        <ul className="mt-6 space-y-6">
          {equipos.map(({ equipo, progreso }) => (
            <li key={equipo.id} className="border border-acento p-4">
              <h2 className="text-xl">
                {equipo.folio ? `${formatearFolio(equipo.folio)} · ` : ""}
                {equipo.nombreProyecto || "Perfil sin nombre"}
              </h2>
              <p className="text-sm">Desafío: {equipo.desafio}</p>
              <div className="mt-3 max-w-md">
                <BarraProgreso etiqueta={`Módulos de formación completados de ${equipo.nombreProyecto}`} valor={progreso.completados} total={progreso.total} unidad="módulos" />
              </div>
              <nav aria-label={`Incubación de ${equipo.nombreProyecto}`} className="mt-4">
                <ul className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:gap-6">
                  <li>
                    <Link href={`/postulante/incubacion/formacion?p=${encodeURIComponent(equipo.id)}`} className="inline-block min-h-11 pt-2">
                      Programa de formación
                    </Link>
                  </li>
                  <li>
                    <Link href={`/postulante/incubacion/mentoria?p=${encodeURIComponent(equipo.id)}`} className="inline-block min-h-11 pt-2">
                      Sesiones de mentoría
                    </Link>
                  </li>
                  <li>
                    <Link href={`/postulante/incubacion/formulario/${encodeURIComponent(equipo.id)}`} className="inline-block min-h-11 pt-2">
                      Formulario completo
                    </Link>
                  </li>
                </ul>
              </nav>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
