import type { Metadata } from "next";
import Link from "next/link";
import { AvisoPersistente } from "@/components/ui/aviso-persistente";
import { CompletarModulo } from "@/components/formacion/completar-modulo";
import { Alert } from "@/components/ui/alert";
import { BarraProgreso } from "@/components/ui/barra-progreso";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, puede } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { parrafos } from "@/lib/domain/formacion";
import { formatearFecha } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { formacionDelEquipo } from "@/lib/formacion/queries";
import { MENSAJE_NO_PRESELECCIONADA } from "@/lib/incubacion/preseleccionadas";

export const metadata: Metadata = { title: "Programa de formación" };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The team's formation programme: each module with its material and a button to mark it done, and the
// progress. `?p=` picks one of the applicant's preselected perfiles; without it, all of them.
export default async function FormacionEquipo({ searchParams }: Props) {
  const user = await requireVista("equipo", "/postulante/incubacion/formacion");
  const p = (await searchParams).p;
  const postulacionId = typeof p === "string" && p ? p : undefined;
  const { convocatoria, equipos } = await formacionDelEquipo(user, postulacionId);
  const puedeMarcar = !!convocatoria && puede("formacion.completarModulo", user.roles, convocatoria.etapaActual).ok;
  return (
    <>
      <p className="text-sm">
        <Link href="/postulante/incubacion">← Incubación</Link>
      </p>
      <h1 className="mt-2 text-3xl">Programa de formación</h1>
      {equipos.length === 0 ? (
        <div className="mt-6 max-w-3xl">
          <Alert tipo="info" titulo="Sin módulos para usted">
            <p>{MENSAJE_NO_PRESELECCIONADA}</p>
            <p className="mt-2">
              Vea el estado de sus perfiles en <Link href="/postulante">Mis postulaciones</Link>.
            </p>
          </Alert>
        </div>
      ) : (
        <AvisoPersistente>
          {equipos.map(({ equipo, modulos, progreso }) => (
            <section key={equipo.id} aria-labelledby={`equipo-${equipo.id}`} className="mt-6 max-w-3xl">
              <h2 id={`equipo-${equipo.id}`} className="text-2xl">
                {equipo.folio ? `${formatearFolio(equipo.folio)} · ` : ""}
                {equipo.nombreProyecto || "Perfil sin nombre"}
              </h2>
              <div className="mt-3">
                <BarraProgreso etiqueta={`Módulos completados de ${equipo.nombreProyecto}`} valor={progreso.completados} total={progreso.total} unidad="módulos" />
              </div>
              {!puedeMarcar && (
                <div className="mt-3">
                  <Alert tipo="aviso">
                    Los módulos se marcan como completados en la etapa {PERMISOS["formacion.completarModulo"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ")}
                    {convocatoria ? `; la convocatoria está en ${NOMBRE_ETAPA[convocatoria.etapaActual]}` : ""}.
                  </Alert>
                </div>
              )}
              {modulos.length === 0 ? (
                <p className="mt-4">El equipo FOSIS aún no publica los módulos de formación. Vuelva pronto.</p>
              ) : (
                <ol className="mt-4 space-y-4">
                  {modulos.map((m) => (
                    <li key={m.id} className="border border-acento p-4">
                      <h3 className="text-xl">
                        {m.orden}. {m.titulo}
                      </h3>
                      <p className="mt-1">{m.resumen}</p>
                      <details className="mt-2" open={progreso.siguienteId === m.id}>
                        <summary className="min-h-11 cursor-pointer pt-2 font-medium">Material del módulo</summary>
                        <div className="mt-2 space-y-3">
                          {parrafos(m.material).map((texto, i) => (
                            <p key={i} className="whitespace-pre-line">
                              {texto}
                            </p>
                          ))}
                        </div>
                      </details>
                      <div className="mt-3">
                        {m.completadoEn ? (
                          <p className="font-medium text-exito">Completado el {formatearFecha(m.completadoEn)}.</p>
                        ) : puedeMarcar ? (
                          <CompletarModulo postulacionId={equipo.id} moduloId={m.id} titulo={m.titulo} />
                        ) : (
                          <p>Pendiente.</p>
                        )}
                      </div>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          ))}
        </AvisoPersistente>
      )}
    </>
  );
}
