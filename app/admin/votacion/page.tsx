import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ReglasForm } from "@/components/votacion/reglas-form";
import { VerificarRutForm } from "@/components/votacion/verificar-rut-form";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { aFechaInput, formatearFechaHora } from "@/lib/domain/formato";
import { getReglasVotacion } from "@/lib/votacion/queries";
import { ambitoDe, textoCupo, ventanaDentroDeEtapa } from "@/lib/votacion/reglas";
import type { ConfigurarVotacion } from "@/lib/votacion/schema";

export const metadata: Metadata = { title: "Votación popular" };

const DIA = 86_400_000;

/** "HH:MM" in Chile's time. */
const hora = (d: Date) => formatearFechaHora(d).slice(11);

/** The window the form shows: the stored one; without one, the planned etapa's dates (or the next two weeks). */
function ventanaPropuesta(r: { votacionInicio: Date | null; votacionFin: Date | null; etapaSeleccion: { inicio: Date; fin: Date } | null }) {
  const ahora = Date.now();
  return {
    inicio: r.votacionInicio ?? r.etapaSeleccion?.inicio ?? new Date(ahora + DIA),
    fin: r.votacionFin ?? r.etapaSeleccion?.fin ?? new Date(ahora + 15 * DIA),
  };
}

// The popular vote's administration: its rules (frozen by the first vote) and staff RUT verification.
// Private: the admin layout renders it per request.
export default async function AdminVotacion() {
  const user = await requireVista("admin", "/admin/votacion");
  const r = await getReglasVotacion();
  if (!r) return <Alert tipo="aviso">No hay una convocatoria activa.</Alert>;
  const congeladas = r.primerVoto !== null;
  const editable = !congeladas && puede("votacion.configurar", user.roles, r.etapaActual).ok;
  const { inicio, fin } = ventanaPropuesta(r);
  const valores: ConfigurarVotacion = {
    inicioFecha: aFechaInput(inicio),
    inicioHora: r.votacionInicio ? hora(inicio) : "09:00",
    finFecha: aFechaInput(fin),
    finHora: r.votacionFin ? hora(fin) : "18:00",
    votoAmbito: ambitoDe(r),
    votosPorDesafio: r.votosPorDesafio,
    votosPorConvocatoria: r.votosPorConvocatoria,
    ocultarConteos: r.ocultarConteos,
  };
  const fuera = r.votacionInicio && r.votacionFin && !ventanaDentroDeEtapa(r.votacionInicio, r.votacionFin, r.etapaSeleccion);
  return (
    <>
      <h1 className="text-3xl">Votación popular</h1>
      <p className="mt-2">
        {r.nombre} · etapa actual: <strong>{NOMBRE_ETAPA[r.etapaActual]}</strong>. Se vota solo en la etapa Selección y contratación, dentro de la ventana.{" "}
        <Link href="/votacion">Ver los resultados públicos</Link> · <Link href="/admin/votacion/integridad">Integridad: recuento, ráfagas y exportes</Link>
      </p>

      <section aria-labelledby="titulo-reglas" className="mt-8">
        <h2 id="titulo-reglas" className="text-2xl">
          Reglas
        </h2>
        {r.votacionInicio && r.votacionFin ? (
          <p className="mt-2">
            Vigentes: {textoCupo(r)}; del {formatearFechaHora(r.votacionInicio)} al {formatearFechaHora(r.votacionFin)} (hora de Chile continental)
            {r.ocultarConteos ? "; conteos ocultos hasta el cierre" : ""}.
          </p>
        ) : (
          <p className="mt-2">La votación aún no tiene fechas: nadie puede votar hasta que se fijen.</p>
        )}
        {r.etapaSeleccion && (
          <p className="mt-2 text-sm">
            Fechas planificadas de Selección y contratación: del {formatearFechaHora(r.etapaSeleccion.inicio)} al {formatearFechaHora(r.etapaSeleccion.fin)}.
          </p>
        )}
        {fuera && (
          <div className="mt-2">
            <Alert tipo="aviso" titulo="La ventana sale de la etapa planificada">
              Solo se puede votar mientras la convocatoria esté en Selección y contratación, aunque la ventana siga abierta.
            </Alert>
          </div>
        )}
        {congeladas ? (
          <div className="mt-4">
            <Alert tipo="info" titulo="Reglas congeladas">
              El primer voto se emitió el {formatearFechaHora(r.primerVoto!)}: desde entonces las reglas no se pueden cambiar, para que todos los votos se cuenten con las
              mismas.
            </Alert>
          </div>
        ) : (
          !editable && <p className="mt-2">Las reglas se fijan entre el Desarrollo del concurso y la Selección y contratación.</p>
        )}
        <div className="mt-4">
          <ReglasForm valores={valores} editable={editable} />
        </div>
      </section>

      <section aria-labelledby="titulo-verificar" className="mt-10">
        <h2 id="titulo-verificar" className="text-2xl">
          Verificar el RUT de una persona
        </h2>
        <p className="mt-2">
          Para quien no puede usar ClaveÚnica: con su cédula de identidad a la vista, verifique el RUT de su cuenta. La cuenta recibe el rol de afiliado y puede votar;
          sus sesiones abiertas se cierran. Un RUT ya verificado en otra cuenta se rechaza: una persona tiene una sola cuenta.
        </p>
        <div className="mt-4">
          <VerificarRutForm />
        </div>
      </section>
    </>
  );
}
