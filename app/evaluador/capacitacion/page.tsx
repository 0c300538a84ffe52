import type { Metadata } from "next";
import Link from "next/link";
import { CalibracionForm } from "@/components/capacitacion/calibracion-form";
import { Alert } from "@/components/ui/alert";
import { Tabla } from "@/components/ui/table";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, puede } from "@/lib/auth/permissions";
import { getCapacitacion } from "@/lib/capacitacion/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFecha } from "@/lib/domain/formato";
import { formatoDiferencia, formatoNota } from "@/lib/domain/nota";

export const metadata: Metadata = { title: "Capacitación de evaluadores" };

const dif = (d: number) => formatoDiferencia(d).replace("+", "");

// The evaluator's training: the guidance of every criterion with worked examples, then the calibration
// exercise (grade the reference perfiles). Until they pass it they see no assigned perfiles.
export default async function Capacitacion() {
  const user = await requireVista("evaluador", "/evaluador/capacitacion");
  const c = await getCapacitacion(user);
  if (!c) return <Alert tipo="aviso">No hay una convocatoria activa.</Alert>;
  const estado = c.estado;
  const ultimo = estado.ultimo;
  const abierta = puede("capacitacion.calibrar", user.roles, c.convocatoria.etapaActual).ok;
  const etapas = PERMISOS["capacitacion.calibrar"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ");
  const previas = Object.fromEntries((ultimo?.respuestas ?? []).map((r) => [r.orden, r.notas]));

  return (
    <>
      <h1 className="text-3xl">Capacitación de evaluadores</h1>
      <p className="mt-2">
        {c.convocatoria.nombre}. Antes de evaluar perfiles, lea la guía de cada criterio y califique los perfiles de referencia del ejercicio de calibración.
      </p>

      <div className="mt-4" role="status">
        {estado.aprobada ? (
          <Alert tipo="exito" titulo="Capacitación aprobada" anunciar={false}>
            Aprobó la calibración{estado.completadaEn ? ` el ${formatearFecha(estado.completadaEn)}` : ""}. Vea los perfiles asignados en{" "}
            <Link href="/evaluador">Mis evaluaciones</Link>.
          </Alert>
        ) : (
          <Alert tipo="aviso" titulo="Capacitación pendiente" anunciar={false}>
            {estado.intentos === 0
              ? "Aún no responde el ejercicio de calibración. Mientras no lo apruebe no verá los perfiles que se le asignen."
              : `Lleva ${estado.intentos === 1 ? "1 intento" : `${estado.intentos} intentos`} sin aprobar. Revise dónde divergió y vuelva a intentarlo.`}
          </Alert>
        )}
      </div>

      {!c.disponible ? (
        <div className="mt-6">
          <Alert tipo="info" titulo="La capacitación aún no está disponible">
            El equipo FOSIS todavía no completa la rúbrica y los perfiles de referencia de esta convocatoria.
          </Alert>
        </div>
      ) : (
        <>
          <nav aria-labelledby="titulo-indice" className="mt-6">
            <h2 id="titulo-indice" className="text-xl">
              Contenido
            </h2>
            <ol className="mt-2 list-decimal pl-6">
              {c.criterios.map((k) => (
                <li key={k.clave}>
                  <a href={`#criterio-${k.clave}`}>{k.nombre}</a>
                </li>
              ))}
              <li>
                <a href="#calibracion">Ejercicio de calibración</a>
              </li>
            </ol>
          </nav>

          <section aria-labelledby="titulo-formacion" className="mt-8">
            <h2 id="titulo-formacion" className="text-2xl">
              Módulo de formación: los criterios
            </h2>
            <p className="mt-2">
              Cada criterio se califica de 1,0 a 7,0, con un decimal; 4,0 es la nota de aprobación. La nota final de una evaluación es el promedio de las notas de los
              criterios ponderado por su peso.
            </p>
            {c.criterios.map((k) => (
              <section key={k.clave} id={`criterio-${k.clave}`} aria-labelledby={`titulo-${k.clave}`} className="mt-6 border-l-4 border-primario pl-4">
                <h3 id={`titulo-${k.clave}`} className="text-xl">
                  {k.nombre} <span className="text-base font-normal">(peso {k.peso} %)</span>
                </h3>
                <p className="mt-2">{k.descripcion}</p>
                {k.orientacion && (
                  <>
                    <h4 className="mt-3 font-bold">Cómo evaluarlo</h4>
                    <p className="mt-1 whitespace-pre-line">{k.orientacion}</p>
                  </>
                )}
                {k.ejemplos.length > 0 && (
                  <>
                    <h4 className="mt-3 font-bold">Ejemplos trabajados</h4>
                    <ul className="mt-1 space-y-2">
                      {k.ejemplos.map((e, i) => (
                        <li key={i}>
                          <strong>Nota {formatoNota(e.nota)}:</strong> {e.texto}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </section>
            ))}
          </section>

          <section id="calibracion" aria-labelledby="titulo-calibracion" className="mt-10">
            <h2 id="titulo-calibracion" className="text-2xl">
              Ejercicio de calibración
            </h2>
            <p className="mt-2">
              Califique cada perfil de referencia en cada criterio. Aprueba si, en cada criterio, su nota se aleja en promedio a lo más {dif(c.umbral)} puntos de la
              nota que acordó el equipo técnico. Puede intentarlo las veces que necesite; después de cada intento verá dónde divergió.
            </p>

            {ultimo && (
              <div className="mt-6">
                <h3 className="text-xl">
                  Resultado de su último intento (intento {ultimo.intento}): {ultimo.aprobada ? "dentro del umbral" : "fuera del umbral"}
                </h3>
                <Tabla caption="Diferencia media con las notas de referencia, por criterio" columnas={[{ titulo: "Criterio" }, { titulo: "Diferencia media", derecha: true }, { titulo: "Resultado" }]}>
                  {ultimo.porCriterio.map((p) => (
                    <tr key={p.clave} className="border-b border-neutro">
                      <th scope="row" className="p-2 text-left font-normal">
                        {p.nombre}
                      </th>
                      <td className="p-2 text-right">{dif(p.diferenciaMedia)}</td>
                      <td className="p-2">{p.dentro ? "Dentro del umbral" : <strong>Fuera del umbral</strong>}</td>
                    </tr>
                  ))}
                </Tabla>
                {ultimo.divergencias.length > 0 && (
                  <div className="mt-4">
                    <h4 className="font-bold">Dónde divergió</h4>
                    <p className="mt-1 text-sm">
                      Las notas en que se alejó más de {dif(ultimo.umbral)} puntos de la referencia. Relea la orientación de ese criterio antes de volver a intentarlo.
                    </p>
                    <Tabla
                      caption="Notas que divergieron de la referencia"
                      columnas={[{ titulo: "Perfil" }, { titulo: "Criterio" }, { titulo: "Su nota", derecha: true }, { titulo: "Referencia", derecha: true }, { titulo: "Diferencia", derecha: true }]}
                    >
                      {ultimo.divergencias.map((d) => (
                        <tr key={`${d.orden}:${d.clave}`} className="border-b border-neutro">
                          <td className="p-2">
                            {d.orden}. {d.titulo}
                          </td>
                          <td className="p-2">
                            <a href={`#criterio-${d.clave}`}>{d.nombre}</a>
                          </td>
                          <td className="p-2 text-right">{formatoNota(d.nota)}</td>
                          <td className="p-2 text-right">{formatoNota(d.referencia)}</td>
                          <td className="p-2 text-right">{formatoDiferencia(d.diferencia)}</td>
                        </tr>
                      ))}
                    </Tabla>
                  </div>
                )}
              </div>
            )}

            <div className="mt-6">
              {abierta ? (
                <>
                  {estado.aprobada && <p className="mb-4">Ya aprobó. Puede repetir el ejercicio para practicar: su aprobación se mantiene.</p>}
                  <CalibracionForm
                    perfiles={c.referencias}
                    criterios={c.criterios.map((k) => ({ clave: k.clave, nombre: k.nombre }))}
                    previas={previas}
                    divergentes={(ultimo?.divergencias ?? []).map((d) => `${d.orden}:${d.clave}`)}
                  />
                </>
              ) : (
                <Alert tipo="info" titulo="El ejercicio está cerrado">
                  El ejercicio de calibración se responde en las etapas {etapas}.
                </Alert>
              )}
            </div>
          </section>
        </>
      )}
    </>
  );
}
