import type { Metadata } from "next";
import Link from "next/link";
import { CerrarConvocatoria } from "@/components/sistematizacion/cerrar-convocatoria";
import { InformeLectura } from "@/components/sistematizacion/informe-lectura";
import { RevisarInforme } from "@/components/sistematizacion/revisar-informe";
import { AvisoPersistente } from "@/components/ui/aviso-persistente";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { mensajeCierrePendiente, NOMBRE_ESTADO_SISTEMATIZACION, NOMBRE_RECOMENDACION } from "@/lib/domain/sistematizacion";
import { getCierreConvocatoria, getInformeStaff, listarInformesStaff } from "@/lib/sistematizacion/queries";

export const metadata: Metadata = { title: "Informes finales de los pilotos" };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

type Props = { searchParams: Promise<{ id?: string }> };

export default async function InformesFinales({ searchParams }: Props) {
  const user = await requireVista("ejecucion", "/seguimiento/ejecucion/informes");
  const { id } = await searchParams;
  const [lista, conv, abierto] = await Promise.all([listarInformesStaff(user), getConvocatoriaActual(), id ? getInformeStaff(user, id) : Promise.resolve(null)]);
  const puedeRevisar = !!conv?.activa && puede("sistematizacion.revisar", user.roles, conv.etapaActual).ok;
  const puedeCerrar = !!conv?.activa && puede("convocatoria.cerrar", user.roles, conv.etapaActual).ok;
  const cierre = puedeCerrar ? await getCierreConvocatoria() : null;
  const aprobados = lista.filter((p) => p.estado === "APROBADA").length;

  return (
    <>
      <p>
        <Link href="/seguimiento/ejecucion">← Ejecución y cierre</Link>
      </p>
      <h1 className="mt-2 text-3xl">Informes finales de los pilotos</h1>
      {conv && !conv.activa && (
        <div className="mt-4">
          <Alert tipo="info" titulo={`La convocatoria ${conv.anio} está cerrada`}>
            Queda en el historial con sus pilotos e informes.
          </Alert>
        </div>
      )}
      <p className="mt-1" aria-live="polite">
        {lista.length === 0 ? "" : `${aprobados} de ${lista.length} informes aprobados.`}
      </p>

      {id && !abierto && (
        <div className="mt-4">
          <Alert tipo="aviso" titulo="Informe no encontrado">
            No se encontró un piloto con ese identificador.
          </Alert>
        </div>
      )}

      {abierto && (
        <section aria-labelledby="titulo-abierto" className="mt-6 border border-acento p-3 sm:p-4">
          <AvisoPersistente>
          <h2 id="titulo-abierto" className="break-words text-2xl">
            {abierto.nombreProyecto}
          </h2>
          <p className="mt-1">
            Desafío: {abierto.desafio}
            {abierto.folio !== null && ` · Folio ${formatearFolio(abierto.folio)}`} · Estado: <strong>{NOMBRE_ESTADO_SISTEMATIZACION[abierto.estado]}</strong>
            {abierto.enviadaEn && abierto.estado !== "BORRADOR" && ` · enviado el ${formatearFechaHora(abierto.enviadaEn)}`}
          </p>
          {abierto.estado === "OBSERVADA" && abierto.revisionMotivo && <p className="mt-2 whitespace-pre-line">Observaciones enviadas: {abierto.revisionMotivo}</p>}
          {abierto.estado === "BORRADOR" || abierto.version === 0 ? (
            <p className="mt-3">El equipo aún no envía su informe: lo verá aquí cuando lo envíe a revisión.</p>
          ) : (
            <InformeLectura contenido={abierto.contenido} />
          )}
          {abierto.estado === "ENVIADA" && puedeRevisar && <RevisarInforme id={abierto.id} proyecto={abierto.nombreProyecto} />}
          <p className="mt-4">
            <Link href="/seguimiento/ejecucion/informes">Cerrar este informe</Link>
          </p>
          </AvisoPersistente>
        </section>
      )}

      <h2 className="mt-8 text-2xl">Pilotos</h2>
      {lista.length === 0 ? (
        <p className="mt-2">Aún no hay pilotos: un piloto es un proyecto seleccionado con su convenio firmado.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {lista.map((p) => (
            <li key={p.id} className={`border p-3 ${p.estado === "ENVIADA" ? "border-l-4 border-primario" : "border-acento"}`}>
              <p className="break-words font-medium text-titulo">
                {p.nombreProyecto}
                {p.folio !== null && <span className="font-normal"> · Folio {formatearFolio(p.folio)}</span>}
              </p>
              <p className="text-sm">Desafío: {p.desafio}</p>
              <p className="text-sm">
                {p.estado ? NOMBRE_ESTADO_SISTEMATIZACION[p.estado] : "Sin informe"}
                {p.estado === "ENVIADA" && p.enviadaEn && ` el ${formatearFechaHora(p.enviadaEn)}: por revisar`}
                {p.recomendacion && p.estado !== "BORRADOR" && ` · Recomienda: ${NOMBRE_RECOMENDACION[p.recomendacion]}`}
              </p>
              <Link href={`/seguimiento/ejecucion/informes?id=${p.id}`} className="mt-1 inline-block min-h-11 pt-2">
                {p.estado === "ENVIADA" && puedeRevisar ? "Revisar" : "Ver"} el informe<span className="sr-only"> de {p.nombreProyecto}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}

      {cierre && (
        <section aria-labelledby="titulo-cierre" className="mt-10 max-w-2xl">
          <h2 id="titulo-cierre" className="text-2xl">
            Cerrar la convocatoria {cierre.anio}
          </h2>
          <p className="mt-2">
            Se cierra cuando todos los informes finales están aprobados. La convocatoria queda en el historial con todo lo que contiene.
            {cierre.haySiguiente ? ` La convocatoria ${cierre.anio + 1} pasará a ser la activa.` : ` Aún no existe la convocatoria ${cierre.anio + 1}: conviene crearla antes de cerrar esta.`}
          </p>
          {cierre.pendientes.length > 0 ? (
            <p className="mt-2 border-l-4 border-aviso p-2">{mensajeCierrePendiente(cierre.pendientes, cierre.pilotos)}</p>
          ) : (
            <div className="mt-3">
              <CerrarConvocatoria anio={cierre.anio} haySiguiente={cierre.haySiguiente} />
            </div>
          )}
        </section>
      )}
    </>
  );
}
