import type { Metadata } from "next";
import { AvanzarEtapa } from "@/components/admin/avanzar-etapa";
import { AvisoCorteAnticipado } from "@/components/admin/aviso-corte-anticipado";
import { CalendarioForm } from "@/components/admin/calendario-form";
import { ConfiguracionForm } from "@/components/admin/configuracion-form";
import { CrearSiguiente } from "@/components/admin/crear-siguiente";
import { Alert } from "@/components/ui/alert";
import { Timeline } from "@/components/ui/timeline";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual, getEstadoAvance, getConvocatoriaSiguiente } from "@/lib/convocatoria/queries";
import { ETAPAS, NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { aFechaInput, formatearMM } from "@/lib/domain/formato";

export const metadata: Metadata = { title: "Convocatoria y etapas" };

export default async function AdminConvocatoria() {
  const user = await requireVista("admin", "/admin/convocatoria");
  const [conv, estado] = await Promise.all([getConvocatoriaActual(), getEstadoAvance()]);
  if (!conv || !estado) return <Alert tipo="aviso">No hay una convocatoria activa.</Alert>;
  const { evaluacion, corte } = estado;
  const hacia = evaluacion.hacia;
  const puedeAvanzar = puede("convocatoria.avanzarEtapa", user.roles, conv.etapaActual).ok;
  const puedeCalendario = puede("convocatoria.guardarCalendario", user.roles, conv.etapaActual).ok;
  const puedeConfigurar = puede("convocatoria.configurar", user.roles, conv.etapaActual).ok;
  const puedeCrearSiguiente = puede("convocatoria.crearSiguiente", user.roles, conv.etapaActual).ok;
  const siguiente = puedeCrearSiguiente ? await getConvocatoriaSiguiente(conv.anio) : null;

  return (
    <>
      <h1 className="text-3xl">{conv.nombre}</h1>
      <p className="mt-2">
        Presupuesto ${formatearMM(conv.presupuestoTotal)} · etapa actual: <strong>{NOMBRE_ETAPA[conv.etapaActual]}</strong>
      </p>

      <section aria-labelledby="titulo-avance" className="mt-8">
        <h2 id="titulo-avance" className="text-2xl">
          Avanzar de etapa
        </h2>
        {hacia === null ? (
          <p className="mt-2">La convocatoria está en su última etapa.</p>
        ) : (
          <>
            <p className="mt-2">
              Siguiente etapa: <strong>{NOMBRE_ETAPA[hacia]}</strong>.
            </p>
            {evaluacion.puede ? (
              <p className="mt-2">Se cumplen todas las condiciones para avanzar.</p>
            ) : (
              <div className="mt-2">
                <p>Condiciones pendientes:</p>
                <ul className="list-disc pl-6" aria-label="Condiciones pendientes">
                  {evaluacion.faltantes.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              </div>
            )}
            {puedeAvanzar && corte.anticipado && (
              <div className="mt-4">
                <AvisoCorteAnticipado corte={corte} />
              </div>
            )}
            {puedeAvanzar && (
              <div className="mt-4">
                <AvanzarEtapa desde={conv.etapaActual} hacia={NOMBRE_ETAPA[hacia]} habilitado={evaluacion.puede} anticipado={corte.anticipado} />
              </div>
            )}
          </>
        )}
        <div className="mt-6">
          <Timeline titulo="Etapas" pasos={conv.calendario.map((c) => ({ ...c, clave: c.etapa, titulo: NOMBRE_ETAPA[c.etapa] }))} />
        </div>
      </section>

      {puedeCrearSiguiente && (
        <section aria-labelledby="titulo-siguiente" className="mt-10">
          <h2 id="titulo-siguiente" className="text-2xl">
            Convocatoria {conv.anio + 1}
          </h2>
          {siguiente ? (
            <p className="mt-2">
              La convocatoria {siguiente.anio} («{siguiente.nombre}») ya está creada, inactiva, en {NOMBRE_ETAPA[siguiente.etapaActual]}: pasa a ser la activa cuando se cierre esta
              (Seguimiento › Ejecución y cierre › Informes finales).
            </p>
          ) : (
            <>
              <p className="mt-2">Créela antes de cerrar esta: parte de esta configuración, sin los desafíos, y queda inactiva hasta el cierre.</p>
              <div className="mt-3">
                <CrearSiguiente anio={conv.anio} />
              </div>
            </>
          )}
        </section>
      )}

      {puedeCalendario && (
        <section aria-labelledby="titulo-calendario" className="mt-10">
          <h2 id="titulo-calendario" className="mb-2 text-2xl">
            Calendario
          </h2>
          <p className="mb-4 text-sm">Cada etapa comienza a las 00:00 de su primer día y termina a las 23:59 de su último día, hora de Chile continental.</p>
          <CalendarioForm
            filas={ETAPAS.map((e) => {
              const f = conv.calendario.find((c) => c.etapa === e);
              return { etapa: e, nombre: NOMBRE_ETAPA[e], inicio: f ? aFechaInput(f.inicio) : "", fin: f ? aFechaInput(f.fin) : "" };
            })}
          />
        </section>
      )}

      <section aria-labelledby="titulo-config" className="mt-10">
        <h2 id="titulo-config" className="mb-2 text-2xl">
          Configuración
        </h2>
        {!puedeConfigurar && <p className="mb-4 text-sm">La configuración solo se puede cambiar en la etapa {NOMBRE_ETAPA.DESARROLLO_CONCURSO}.</p>}
        <ConfiguracionForm editable={puedeConfigurar} valores={conv} />
      </section>
    </>
  );
}
