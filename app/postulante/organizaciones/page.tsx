import type { Metadata } from "next";
import Link from "next/link";
import { AgregarMiembroForm, SolicitarIngresoForm } from "@/components/organizaciones/formularios";
import { Invitaciones } from "@/components/organizaciones/invitaciones";
import { AvisoResoluciones, ResolverSolicitud } from "@/components/organizaciones/resolver-solicitud";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFecha } from "@/lib/domain/formato";
import { formatearRut } from "@/lib/domain/rut";
import { misInvitaciones, misOrganizaciones } from "@/lib/organizaciones/queries";

export const metadata: Metadata = { title: "Mis organizaciones" };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default async function MisOrganizaciones() {
  const user = await requireVista("postulante", "/postulante/organizaciones");
  const [conv, organizaciones, invitaciones] = await Promise.all([getConvocatoriaActual(), misOrganizaciones(user.id), misInvitaciones(user.id)]);
  const permite = (accion: "organizacion.solicitarIngreso" | "organizacion.agregarMiembro" | "organizacion.aceptarInvitacion" | "organizacion.resolverSolicitud") =>
    !!conv && puede(accion, user.roles, conv.etapaActual).ok;
  const cerrado = conv ? `La convocatoria está en ${NOMBRE_ETAPA[conv.etapaActual]}: ya no se cambian los integrantes de las organizaciones.` : "No hay una convocatoria activa.";

  return (
    <>
      <p>
        <Link href="/postulante">← Mis postulaciones</Link>
      </p>
      <h1 className="mt-2 text-3xl">Mis organizaciones</h1>
      <p className="mt-2 max-w-3xl">
        Solo puede enviar perfiles a nombre de una organización de la que es integrante. La primera persona que envía un perfil con el RUT de una organización la
        registra a su nombre; las demás se unen cuando aceptan la invitación de un integrante, o cuando un integrante aprueba su solicitud.
      </p>

      <Invitaciones
        invitaciones={invitaciones.map((i) => ({
          id: i.id,
          organizacion: i.organizacion.nombre,
          rut: formatearRut(i.organizacion.rut),
          invitadaPor: i.agregadoPor?.nombre ?? "un integrante",
          fecha: formatearFecha(i.createdAt),
        }))}
        cerrado={permite("organizacion.aceptarInvitacion") ? null : cerrado}
      />

      <section aria-labelledby="titulo-mias" className="mt-8">
        <h2 id="titulo-mias" className="text-2xl">
          Organizaciones de las que es integrante
        </h2>
        {organizaciones.length === 0 ? (
          <p className="mt-2">Aún no es integrante de ninguna organización. Quedará registrada a su nombre al enviar su primer perfil con un RUT nuevo.</p>
        ) : (
          <AvisoResoluciones>
            <ul className="mt-3 space-y-6">
              {organizaciones.map((o) => {
                const activos = o.miembros.filter((m) => m.estado === "ACTIVO");
                const pendientes = o.miembros.filter((m) => m.estado === "PENDIENTE");
                return (
                  <li key={o.id} className="border border-acento p-4">
                    <h3 className="text-xl">{o.nombre}</h3>
                    <p className="text-sm">RUT {formatearRut(o.rut)}</p>

                    <h4 className="mt-4 font-medium text-titulo">Integrantes</h4>
                    <ul className="mt-1 list-disc pl-5" aria-label={`Integrantes de ${o.nombre}`}>
                      {activos.map((m) => (
                        <li key={m.id} className="break-words">
                          {m.user.nombre} · <span className="break-all">{m.user.email}</span>
                          {m.user.id === user.id && " (usted)"}
                        </li>
                      ))}
                    </ul>

                    <h4 className="mt-4 font-medium text-titulo">Solicitudes para unirse</h4>
                    {pendientes.length === 0 ? (
                      <p className="text-sm">No hay solicitudes pendientes.</p>
                    ) : (
                      <ul className="mt-1 space-y-4" aria-label={`Solicitudes para unirse a ${o.nombre}`}>
                        {pendientes.map((m) => (
                          <li key={m.id} className="bg-neutro p-3">
                            <p className="font-medium text-titulo">{m.user.nombre}</p>
                            <p className="break-all text-sm">{m.user.email}</p>
                            <p className="text-sm">Pidió unirse el {formatearFecha(m.createdAt)}. Su mensaje:</p>
                            <blockquote className="mt-1 whitespace-pre-line border-l-4 border-acento pl-3">{m.mensaje}</blockquote>
                            {permite("organizacion.resolverSolicitud") && <ResolverSolicitud id={m.id} persona={m.user.nombre} organizacion={o.nombre} />}
                          </li>
                        ))}
                      </ul>
                    )}

                    {permite("organizacion.agregarMiembro") && (
                      <details className="mt-4">
                        <summary className="min-h-11 cursor-pointer py-2 font-medium">Invitar a otra persona</summary>
                        <div className="mt-2">
                          <AgregarMiembroForm organizacionId={o.id} organizacion={o.nombre} />
                        </div>
                      </details>
                    )}
                  </li>
                );
              })}
            </ul>
          </AvisoResoluciones>
        )}
      </section>

      <section aria-labelledby="titulo-unirse" className="mt-10 max-w-xl">
        <h2 id="titulo-unirse" className="text-2xl">
          Solicitar unirse a una organización
        </h2>
        <p className="mt-2">
          Si su organización ya está registrada en el portal por otra persona, pida unirse: sus integrantes o el equipo FOSIS aprobarán su solicitud, y le avisaremos por
          correo. Por privacidad, el portal no indica si un RUT está registrado.
        </p>
        <div className="mt-3">{permite("organizacion.solicitarIngreso") ? <SolicitarIngresoForm /> : <Alert tipo="aviso">{cerrado}</Alert>}</div>
      </section>
    </>
  );
}
