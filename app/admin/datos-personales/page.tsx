import type { Metadata } from "next";
import { ResolverSolicitud } from "@/components/datos-personales/resolver-solicitud";
import { AvisoPersistente } from "@/components/ui/aviso-persistente";
import { requireVista } from "@/lib/auth/guard";
import { listarSolicitudesDatos } from "@/lib/datos-personales/queries";
import { NOMBRE_ESTADO_SOLICITUD, NOMBRE_TIPO_SOLICITUD } from "@/lib/datos-personales/reglas";
import { formatearFechaHora } from "@/lib/domain/formato";
import { textoPlazo } from "@/lib/domain/plazos-datos";
import { nombreRegion } from "@/lib/domain/regiones";
import { formatearRut } from "@/lib/domain/rut";

export const metadata: Metadata = { title: "Solicitudes de datos personales" };

// The data-subject requests (Ley 21.719; docs/decisions/0019-derechos-sobre-datos.md): pending ones first,
// by deadline (overdue ones marked), then the answered ones. An administrator applies a rectification,
// carries out an erasure or rejects with the reasons, each after confirming.
export default async function AdminDatosPersonales() {
  const user = await requireVista("solicitudesDatos", "/admin/datos-personales");
  const ahora = new Date();
  const solicitudes = (await listarSolicitudesDatos(user, ahora)) ?? [];
  const pendientes = solicitudes.filter((s) => s.estado === "PENDIENTE");
  const respondidas = solicitudes.filter((s) => s.estado !== "PENDIENTE");
  const vencidas = pendientes.filter((s) => s.vencida).length;
  return (
    <>
      <h1 className="text-3xl">Solicitudes de datos personales</h1>
      <p className="mt-2">
        Cada solicitud se responde dentro de 30 días corridos desde que se recibe (Ley 19.628, modificada por la Ley 21.719). La persona ve el mismo plazo en su
        cuenta.
      </p>
      <p className="mt-2" role="status">
        {pendientes.length === 0 ? "No hay solicitudes pendientes." : `${pendientes.length} pendiente${pendientes.length === 1 ? "" : "s"}${vencidas ? `, ${vencidas} vencida${vencidas === 1 ? "" : "s"}` : ""}.`}
      </p>

      <AvisoPersistente>
        {pendientes.length > 0 && (
          <section aria-labelledby="pendientes" className="mt-6">
            <h2 id="pendientes" className="text-2xl">
              Pendientes, por plazo
            </h2>
            <ul className="mt-4 space-y-4">
              {pendientes.map((s) => (
                <li key={s.id} className={`border-2 p-4 ${s.vencida ? "border-error" : "border-acento"}`} aria-labelledby={`sol-${s.id}`}>
                  <p id={`sol-${s.id}`} className="font-medium text-titulo">
                    {NOMBRE_TIPO_SOLICITUD[s.tipo]} · {s.user.nombre}
                  </p>
                  <p className={s.vencida ? "font-bold text-error" : ""}>
                    {s.vencida ? "VENCIDA. " : ""}Plazo: {formatearFechaHora(s.venceEn)} · {textoPlazo(s.venceEn, ahora)}
                  </p>
                  <p className="text-sm">Recibida el {formatearFechaHora(s.createdAt)}</p>
                  <p className="mt-1 break-words text-sm">
                    {s.user.email}
                    {s.user.rut ? ` · RUT ${formatearRut(s.user.rut)}${s.user.rutVerificado ? " (verificado)" : ""}` : ""}
                    {s.user.regionCut ? ` · ${nombreRegion(s.user.regionCut)}` : ""}
                  </p>
                  {s.detalle && <p className="mt-2 whitespace-pre-line border-l-4 border-neutro pl-3">{s.detalle}</p>}
                  <ResolverSolicitud id={s.id} tipo={s.tipo} persona={s.user.nombre} rutVerificado={s.user.rutVerificado} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </AvisoPersistente>

      <section aria-labelledby="respondidas" className="mt-8">
        <h2 id="respondidas" className="text-2xl">
          Respondidas
        </h2>
        {respondidas.length === 0 ? (
          <p className="mt-2">Aún no se ha respondido ninguna solicitud.</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {respondidas.map((s) => (
              <li key={s.id} className="border border-neutro p-3">
                <p className="font-medium">
                  {NOMBRE_TIPO_SOLICITUD[s.tipo]} · {s.user.nombre} · {NOMBRE_ESTADO_SOLICITUD[s.estado]}
                </p>
                <p className="text-sm">
                  Recibida el {formatearFechaHora(s.createdAt)}
                  {s.resueltaEn ? ` · respondida el ${formatearFechaHora(s.resueltaEn)}` : ""}
                  {s.resueltaEn && s.resueltaEn > s.venceEn ? " (fuera de plazo)" : ""}
                </p>
                {s.respuesta && <p className="mt-1 whitespace-pre-line text-sm">{s.respuesta}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
