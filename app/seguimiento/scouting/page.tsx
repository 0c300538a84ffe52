import type { Metadata } from "next";
import { InvitarForm } from "@/components/scouting/invitar-form";
import { Alert } from "@/components/ui/alert";
import { Tabla } from "@/components/ui/table";
import { requireVista } from "@/lib/auth/guard";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { puede, PERMISOS } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { formatearFecha, formatearFechaHora } from "@/lib/domain/formato";
import { listarDesafiosParaInvitar, listarInvitaciones } from "@/lib/scouting/queries";

export const metadata: Metadata = { title: "Scouting (seguimiento)" };

export default async function Scouting() {
  const user = await requireVista("scouting", "/seguimiento/scouting");
  const [conv, invitaciones, desafios] = await Promise.all([getConvocatoriaActual(), listarInvitaciones(), listarDesafiosParaInvitar()]);
  const puedeInvitar = !!conv && puede("scouting.invitar", user.roles, conv.etapaActual).ok;
  return (
    <>
      <h1 className="text-3xl">Scouting</h1>
      <p className="mt-2 max-w-3xl">
        Invite por correo a personas u organizaciones con ideas prometedoras. Reciben un enlace firmado al desafío, válido por 14 días, para crear su cuenta y
        postular.
      </p>

      <section aria-labelledby="titulo-invitar" className="mt-6 max-w-xl">
        <h2 id="titulo-invitar" className="text-2xl">
          Nueva invitación
        </h2>
        <div className="mt-3">
          {puedeInvitar ? (
            desafios.length === 0 ? (
              <p>No hay desafíos publicados a los que invitar.</p>
            ) : (
              <InvitarForm desafios={desafios} />
            )
          ) : (
            <Alert tipo="aviso">
              Las invitaciones se envían en las etapas {PERMISOS["scouting.invitar"].etapas.map((e) => NOMBRE_ETAPA[e]).join(" y ")}
              {conv ? `; la convocatoria está en ${NOMBRE_ETAPA[conv.etapaActual]}` : ""}.
            </Alert>
          )}
        </div>
      </section>

      <section aria-labelledby="titulo-enviadas" className="mt-10">
        <h2 id="titulo-enviadas" className="text-2xl">
          Invitaciones enviadas
        </h2>
        {invitaciones.length === 0 ? (
          <p className="mt-2">Aún no se ha enviado ninguna invitación.</p>
        ) : (
          <>
            <ul className="mt-3 space-y-3 md:hidden" aria-label="Invitaciones enviadas">
              {invitaciones.map((i) => (
                <li key={i.id} className="border border-acento p-3">
                  <p className="font-medium text-titulo">{i.nombre || i.email}</p>
                  <p className="text-sm break-all">{i.email}</p>
                  <p className="text-sm">Desafío: {i.desafio.titulo}</p>
                  <p className="text-sm">
                    Enviada el {formatearFecha(i.createdAt)} por {i.invitadoPor.nombre}
                  </p>
                  <p className="text-sm">
                    Abierta: {i.abiertaEn ? `sí, el ${formatearFechaHora(i.abiertaEn)}` : "no"} · Vencida: {i.vencida ? "sí" : `no (vence el ${formatearFecha(i.expiraEn)})`}
                  </p>
                </li>
              ))}
            </ul>
            <div className="mt-3 hidden md:block">
              <Tabla
                caption="Invitaciones enviadas en la convocatoria"
                columnas={[{ titulo: "Persona" }, { titulo: "Desafío" }, { titulo: "Enviada" }, { titulo: "Abierta" }, { titulo: "Vencida" }]}
              >
                {invitaciones.map((i) => (
                  <tr key={i.id} className="border-b border-acento align-top">
                    <th scope="row" className="p-2 font-normal">
                      {i.nombre}
                      <span className="block break-all text-sm">{i.email}</span>
                    </th>
                    <td className="p-2">{i.desafio.titulo}</td>
                    <td className="p-2">
                      {formatearFecha(i.createdAt)}
                      <span className="block text-sm">por {i.invitadoPor.nombre}</span>
                    </td>
                    <td className="p-2">{i.abiertaEn ? `Sí, ${formatearFechaHora(i.abiertaEn)}` : "No"}</td>
                    <td className="p-2">{i.vencida ? "Sí" : `No (vence el ${formatearFecha(i.expiraEn)})`}</td>
                  </tr>
                ))}
              </Tabla>
            </div>
          </>
        )}
      </section>
    </>
  );
}
