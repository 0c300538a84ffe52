import type { Metadata } from "next";
import Link from "next/link";
import { dondeTaller } from "@/components/talleres/tarjeta-taller";
import { TallerForm } from "@/components/talleres/taller-form";
import { Tabla } from "@/components/ui/table";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { listarRegiones } from "@/lib/desafios/queries";
import { formatearFechaHora } from "@/lib/domain/formato";
import { listarTalleresStaff } from "@/lib/talleres/queries";
import { NOMBRE_TIPO_EVENTO } from "@/lib/talleres/schema";

export const metadata: Metadata = { title: "Talleres (seguimiento)" };

export default async function SeguimientoTalleres() {
  const user = await requireVista("talleres", "/seguimiento/talleres");
  const [conv, talleres, regiones] = await Promise.all([getConvocatoriaActual(), listarTalleresStaff(), listarRegiones()]);
  const puedeCrear = !!conv && puede("taller.crear", user.roles, conv.etapaActual).ok;
  return (
    <>
      <h1 className="text-3xl">Talleres y encuentros</h1>
      <p className="mt-2">
        Los talleres creados aquí aparecen en la <Link href="/talleres">lista pública de talleres</Link>.
      </p>

      <section aria-labelledby="titulo-lista" className="mt-6">
        <h2 id="titulo-lista" className="text-2xl">
          Talleres de la convocatoria
        </h2>
        {talleres.length === 0 ? (
          <p className="mt-2">Aún no hay talleres.{puedeCrear ? " Cree el primero con el formulario de abajo." : ""}</p>
        ) : (
          <>
            <ul className="mt-3 space-y-3 md:hidden">
              {talleres.map((t) => (
                <li key={t.id} className="border border-acento p-3">
                  <p className="font-medium">
                    <Link href={`/seguimiento/talleres/${t.id}`}>{t.titulo}</Link>
                  </p>
                  <p className="text-sm">
                    {NOMBRE_TIPO_EVENTO[t.tipo]} · {formatearFechaHora(t.inicio)}
                  </p>
                  <p className="text-sm break-words">{dondeTaller(t)}</p>
                  <p className="mt-1 text-sm">
                    Confirmadas {t.confirmadas} de {t.capacidad} · En espera {t.enEspera} · Presentes {t.presentes}
                    {t.porConfirmar > 0 && ` · Por confirmar por correo ${t.porConfirmar} (sin cupo)`}
                  </p>
                </li>
              ))}
            </ul>
            <div className="mt-3 hidden md:block">
              <Tabla
                caption="Talleres de la convocatoria con sus inscripciones"
                columnas={[{ titulo: "Taller" }, { titulo: "Fecha" }, { titulo: "Dónde" }, { titulo: "Confirmadas", derecha: true }, { titulo: "En espera", derecha: true }, { titulo: "Por confirmar (sin cupo)", derecha: true }, { titulo: "Presentes", derecha: true }]}
              >
                {talleres.map((t) => (
                  <tr key={t.id} className="border-b border-acento">
                    <th scope="row" className="p-2 font-normal">
                      <Link href={`/seguimiento/talleres/${t.id}`}>{t.titulo}</Link>
                      <span className="block text-sm">{NOMBRE_TIPO_EVENTO[t.tipo]}</span>
                    </th>
                    <td className="p-2">{formatearFechaHora(t.inicio)}</td>
                    <td className="p-2">{dondeTaller(t)}</td>
                    <td className="p-2 text-right">
                      {t.confirmadas} de {t.capacidad}
                    </td>
                    <td className="p-2 text-right">{t.enEspera}</td>
                    <td className="p-2 text-right">{t.porConfirmar}</td>
                    <td className="p-2 text-right">{t.presentes}</td>
                  </tr>
                ))}
              </Tabla>
            </div>
          </>
        )}
      </section>

      {puedeCrear && (
        <section aria-labelledby="titulo-nuevo" className="mt-10 max-w-xl">
          <h2 id="titulo-nuevo" className="text-2xl">
            Nuevo taller
          </h2>
          <div className="mt-3">
            <TallerForm regiones={regiones} />
          </div>
        </section>
      )}
    </>
  );
}
