import type { Metadata } from "next";
import { AvisoResoluciones, ResolverSolicitud } from "@/components/organizaciones/resolver-solicitud";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFecha } from "@/lib/domain/formato";
import { formatearRut } from "@/lib/domain/rut";
import { solicitudesPendientes } from "@/lib/organizaciones/queries";

export const metadata: Metadata = { title: "Organizaciones (seguimiento)" };

export default async function Organizaciones() {
  // Only who resolves disputes opens it (VISTAS.organizaciones): other staff get a 404, as on any page they may not see.
  const user = await requireVista("organizaciones", "/seguimiento/organizaciones");
  const [conv, solicitudes] = await Promise.all([getConvocatoriaActual(), solicitudesPendientes(user.roles)]);
  const puedeResolver = !!conv && puede("organizacion.resolverSolicitud", user.roles, conv.etapaActual).ok;
  return (
    <>
      <h1 className="text-3xl">Organizaciones</h1>
      <p className="mt-2 max-w-3xl">
        Solicitudes pendientes para unirse a una organización. La primera cuenta que registró el RUT la reclamó; si quien pide unirse es quien de verdad actúa por
        ella, puede aprobarla y quitar a los demás integrantes, con motivos que quedan en la bitácora.
      </p>
      {!puedeResolver && (
        <Alert tipo="aviso">
          {conv ? `La convocatoria está en ${NOMBRE_ETAPA[conv.etapaActual]}: las solicitudes ya no se resuelven.` : "No hay una convocatoria activa."}
        </Alert>
      )}

      {solicitudes.length === 0 ? (
        <p className="mt-6">No hay solicitudes pendientes.</p>
      ) : (
        <AvisoResoluciones>
          <ul className="mt-6 space-y-6" aria-label="Solicitudes pendientes">
            {solicitudes.map((s) => {
              const o = s.organizacion;
              return (
                <li key={s.id} className="border border-acento p-4">
                  <h2 className="text-xl">{o.nombre}</h2>
                  <p className="text-sm">
                    RUT {formatearRut(o.rut)} · registrada el {formatearFecha(o.createdAt)} por {o.creadaPor.nombre}
                  </p>

                  <h3 className="mt-3 font-medium text-titulo">Integrantes actuales</h3>
                  {o.miembros.length === 0 ? (
                    <p className="text-sm">Ninguno.</p>
                  ) : (
                    <ul className="mt-1 list-disc pl-5" aria-label={`Integrantes de ${o.nombre}`}>
                      {o.miembros.map((m) => (
                        <li key={m.id}>
                          {m.user.nombre} · <span className="break-all">{m.user.email}</span> · desde el {formatearFecha(m.createdAt)}
                        </li>
                      ))}
                    </ul>
                  )}

                  <h3 className="mt-3 font-medium text-titulo">Pide unirse</h3>
                  <p>
                    {s.user.nombre} · <span className="break-all">{s.user.email}</span>
                  </p>
                  <p className="text-sm">El {formatearFecha(s.createdAt)}. Su mensaje:</p>
                  <blockquote className="mt-1 whitespace-pre-line border-l-4 border-acento pl-3">{s.mensaje}</blockquote>

                  {puedeResolver && <ResolverSolicitud id={s.id} persona={s.user.nombre} organizacion={o.nombre} integrantes={o.miembros.map((m) => m.user.nombre)} equipo />}
                </li>
              );
            })}
          </ul>
        </AvisoResoluciones>
      )}
    </>
  );
}
