import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MarcarAsistencia } from "@/components/talleres/asistencia";
import { CompartirMaterial } from "@/components/talleres/compartir-material";
import { dondeTaller } from "@/components/talleres/tarjeta-taller";
import { Tabla } from "@/components/ui/table";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { formatearFechaHora } from "@/lib/domain/formato";
import { NOMBRE_ESTADO_INSCRIPCION, textoAsistencia, textoCupos } from "@/lib/talleres/formato";
import { getTallerStaff } from "@/lib/talleres/queries";
import { NOMBRE_TIPO_EVENTO } from "@/lib/talleres/schema";

export const metadata: Metadata = { title: "Inscripciones del taller" };

type Props = { params: Promise<{ id: string }> };

export default async function InscripcionesTaller({ params }: Props) {
  const { id } = await params;
  const user = await requireVista("talleres", `/seguimiento/talleres/${id}`);
  const [t, conv] = await Promise.all([getTallerStaff(id, user), getConvocatoriaActual()]);
  if (!t || !conv) notFound();
  const puedeMarcar = puede("taller.marcarAsistencia", user.roles, conv.etapaActual).ok;
  const puedeCompartir = puede("taller.compartirMaterial", user.roles, conv.etapaActual).ok && t.tipo !== "DEMO_DAY";
  // Those still waiting for their e-mail confirmation hold no seat and have no attendance to mark.
  const activas = t.inscripciones.filter((i) => i.estado === "CONFIRMADA" || i.estado === "LISTA_ESPERA");
  const porConfirmar = t.inscripciones.filter((i) => i.estado === "POR_CONFIRMAR").length;
  const conAsistencia = (i: (typeof t.inscripciones)[number]) => i.estado === "CONFIRMADA" || i.estado === "LISTA_ESPERA";
  const presente = (i: (typeof t.inscripciones)[number]) => i.asistencia?.presente ?? null;
  return (
    <>
      <p>
        <Link href="/seguimiento/talleres">← Talleres</Link>
      </p>
      <h1 className="mb-1 mt-2 text-3xl">{t.titulo}</h1>
      <p>
        {NOMBRE_TIPO_EVENTO[t.tipo]} · {formatearFechaHora(t.inicio)} · <span className="break-words">{dondeTaller(t)}</span>
      </p>
      <p className="mt-1">
        {t.cuposOcupados} de {t.capacidad} cupos ocupados ({textoCupos(t.capacidad, t.cuposOcupados)}) ·{" "}
        <Link href={`/talleres/${t.id}`}>Ver página pública</Link>
      </p>

      {t.tipo !== "DEMO_DAY" && (
        <section aria-labelledby="titulo-material" className="mt-8 max-w-2xl">
          <h2 id="titulo-material" className="text-2xl">
            Material compartido
          </h2>
          {t.material ? <p className="mt-2 whitespace-pre-line break-words border-l-4 border-exito p-2">{t.material}</p> : <p className="mt-2">Aún no se comparte material.</p>}
          {puedeCompartir &&
            (t.comenzado ? (
              <div className="mt-3">
                <CompartirMaterial eventoId={t.id} material={t.material} confirmadas={t.inscripciones.filter((i) => i.estado === "CONFIRMADA").length} />
              </div>
            ) : (
              <p className="mt-2 text-sm">Podrá compartir el material (presentación, grabación, documentos) cuando el encuentro haya comenzado.</p>
            ))}
        </section>
      )}

      <h2 className="mt-8 text-2xl">Inscripciones</h2>
      {t.inscripciones.length === 0 ? (
        <p className="mt-2">Aún no hay inscripciones.</p>
      ) : (
        <>
          <p className="mt-2">
            {activas.length} inscripciones vigentes; {t.inscripciones.filter((i) => presente(i) === true).length} personas marcadas como presentes.
            {porConfirmar === 1 && " 1 inscripción está por confirmar por correo: no ocupa cupo."}
            {porConfirmar > 1 && ` ${porConfirmar} inscripciones están por confirmar por correo: no ocupan cupo.`}
          </p>
          <ul className="mt-3 space-y-3 md:hidden" aria-label="Inscripciones">
            {t.inscripciones.map((i) => (
              <li key={i.id} className="border border-acento p-3" aria-label={i.nombre}>
                <p className="font-medium text-titulo">{i.nombre}</p>
                <p className="text-sm break-all">{i.email}</p>
                <p className="text-sm">
                  {NOMBRE_ESTADO_INSCRIPCION[i.estado]} · {i.estado === "POR_CONFIRMAR" ? "enlace enviado el" : "inscrita el"} {formatearFechaHora(i.createdAt)}
                </p>
                {conAsistencia(i) && (
                  <div className="mt-2">
                    <p>Asistencia: {textoAsistencia(presente(i))}</p>
                    {puedeMarcar && <MarcarAsistencia inscripcionId={i.id} nombre={i.nombre} presente={presente(i)} />}
                  </div>
                )}
              </li>
            ))}
          </ul>
          <div className="mt-3 hidden md:block">
            <Tabla
              caption={`Inscripciones del taller ${t.titulo}`}
              columnas={[{ titulo: "Nombre" }, { titulo: "Correo" }, { titulo: "Estado" }, { titulo: "Inscrita" }, { titulo: "Asistencia" }]}
            >
              {t.inscripciones.map((i) => (
                <tr key={i.id} className="border-b border-acento align-top">
                  <th scope="row" className="p-2 font-normal">
                    {i.nombre}
                  </th>
                  <td className="p-2 break-all">{i.email}</td>
                  <td className="p-2">{NOMBRE_ESTADO_INSCRIPCION[i.estado]}</td>
                  <td className="p-2">{formatearFechaHora(i.createdAt)}</td>
                  <td className="p-2">
                    {!conAsistencia(i) ? (
                      "—"
                    ) : (
                      <>
                        <p>{textoAsistencia(presente(i))}</p>
                        {puedeMarcar && <MarcarAsistencia inscripcionId={i.id} nombre={i.nombre} presente={presente(i)} />}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </Tabla>
          </div>
        </>
      )}
    </>
  );
}
