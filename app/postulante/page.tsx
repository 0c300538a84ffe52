import type { Metadata } from "next";
import Link from "next/link";
import { LineaTiempoPostulacion } from "@/components/postulaciones/linea-tiempo-postulacion";
import { requireVista } from "@/lib/auth/guard";
import { formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { misPostulaciones } from "@/lib/postulaciones/queries";

export const metadata: Metadata = { title: "Mis postulaciones" };

const ESTADO: Record<string, string> = {
  BORRADOR: "Borrador",
  ENVIADA: "Enviado, en revisión de admisibilidad",
  RETIRADA: "Retirado",
  ADMISIBLE: "Admisible",
  INADMISIBLE: "Inadmisible",
};

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default async function MisPostulaciones() {
  const user = await requireVista("postulante", "/postulante");
  const lista = await misPostulaciones(user);
  return (
    <>
      <h1 className="text-3xl">Mis postulaciones</h1>
      <p className="mt-2">
        Los perfiles se envían a nombre de una organización de la que usted es integrante. Vea las suyas, agregue integrantes o pida unirse a una en{" "}
        <Link href="/postulante/organizaciones">Mis organizaciones</Link>.
      </p>
      {lista.length === 0 ? (
        <p className="mt-4">
          Aún no tiene postulaciones. Elija un <Link href="/desafios">desafío</Link> y presione «Postular a este desafío».
        </p>
      ) : (
        <ul className="mt-6 space-y-6">
          {lista.map((p) => (
            <li key={p.id} className="border border-acento p-4">
              <h2 className="text-xl">
                <Link href={`/postulante/perfiles/${p.id}`}>{p.nombreProyecto || "Perfil sin nombre"}</Link>
              </h2>
              <p className="text-sm">
                Desafío: {p.desafio.titulo} · Estado: <strong>{ESTADO[p.estado] ?? p.estado}</strong>
                {p.enviadaEn && ` · enviado el ${formatearFechaHora(p.enviadaEn)}`}
              </p>
              {p.admisibilidadMotivos && <p className="mt-1 text-sm">Motivos: {p.admisibilidadMotivos}</p>}
              <div className="mt-4">
                <LineaTiempoPostulacion estado={p.estado} folio={p.folio ? formatearFolio(p.folio) : null} enviadaEn={p.enviadaEn} titulo={`Avance de ${p.nombreProyecto || "su perfil"}`} />
              </div>
              <p className="mt-3 flex flex-wrap gap-4 text-sm">
                {p.folio && <a href={`/postulante/perfiles/${p.id}/comprobante`}>Descargar comprobante (PDF)</a>}
                {p.slugPublico && <Link href={`/perfiles/${p.slugPublico}`}>Ver página pública</Link>}
                {/* The incubation pages check the signed preselection acta themselves; this only points the way. */}
                {(p.estado === "PRESELECCIONADA" || p.estado === "SELECCIONADA") && <Link href="/postulante/incubacion">Incubación: formación, mentoría y formulario completo</Link>}
                {(p.estado === "SELECCIONADA" || p.estado === "EN_EJECUCION" || p.estado === "FINALIZADA") && <Link href="/postulante/piloto">Mi piloto: hitos, reportes e informe final</Link>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
