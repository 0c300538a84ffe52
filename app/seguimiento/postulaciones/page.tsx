import type { Metadata } from "next";
import Link from "next/link";
import { FiltrosPostulaciones } from "@/components/seguimiento/filtros-postulaciones";
import { ListaPostulaciones } from "@/components/seguimiento/lista-postulaciones";
import { GraficoBarras } from "@/components/ui/grafico-barras";
import { requireVista } from "@/lib/auth/guard";
import { alcances } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { aQuery, leerFiltro } from "@/lib/seguimiento/filtros";
import { contarPorRegion, listarPostulaciones, opcionesSeguimiento } from "@/lib/seguimiento/queries";

export const metadata: Metadata = { title: "Postulaciones (seguimiento)" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// FOSIS staff see every region's postulaciones; a regional evaluator, those of their region (the scope
// of VISTAS.postulaciones, applied by the queries).
export default async function PostulacionesSeguimiento({ searchParams }: Props) {
  const user = await requireVista("postulaciones", "/seguimiento/postulaciones");
  const filtro = leerFiltro(await searchParams);
  const [{ convocatoria, desafios }, filas, porRegion] = await Promise.all([opcionesSeguimiento(), listarPostulaciones(filtro, user), contarPorRegion(filtro, user)]);
  const soloSuRegion = !alcances("postulaciones", user.roles).includes("todos");
  const conFiltros = Object.keys(filtro).length > 0;
  const sinDecision = filas.filter((f) => f.estado === "ENVIADA").length;

  if (!convocatoria) {
    return (
      <>
        <h1 className="text-3xl">Postulaciones</h1>
        <p className="mt-4">No hay una convocatoria activa.</p>
      </>
    );
  }

  return (
    <>
      <h1 className="text-3xl">Postulaciones</h1>
      <p className="mt-2">
        {convocatoria.nombre} · etapa actual: {NOMBRE_ETAPA[convocatoria.etapaActual]}. Perfiles enviados por las personas y organizaciones postulantes; los
        borradores no se muestran.{soloSuRegion && " Solo se muestran los perfiles de su región."}
      </p>

      <div className="mt-6">
        <FiltrosPostulaciones filtro={filtro} desafios={desafios} />
      </div>

      <div className="mt-4 flex flex-wrap items-baseline justify-between gap-3">
        <p role="status">
          {filas.length === 1 ? "1 postulación" : `${filas.length} postulaciones`}
          {conFiltros ? " con estos filtros" : ""}
          {sinDecision > 0 ? `, ${sinDecision} sin decisión de admisibilidad` : ""}.
        </p>
        <a href={`/api/exportes/postulaciones${aQuery(filtro)}`} download className="inline-block border-2 border-primario px-4 py-2 no-underline">
          Descargar CSV (Excel){conFiltros ? " con estos filtros" : ""}
        </a>
      </div>

      <GraficoBarras
        titulo="Postulaciones por región"
        descripcion="Las 16 regiones de norte a sur. Aplica los filtros de desafío, línea y estado, pero no el de región, para comparar regiones. Un perfil con varias regiones cuenta en cada una."
        columnaEtiqueta="Región"
        datos={porRegion.map((r) => ({ clave: r.cut, etiqueta: r.nombre, valor: r.cantidad }))}
      />

      <h2 className="mb-3 mt-8 text-2xl">Listado</h2>
      {filas.length === 0 ? (
        conFiltros ? (
          <p>
            No hay postulaciones que coincidan con estos filtros. <Link href="/seguimiento/postulaciones">Ver todas</Link>.
          </p>
        ) : (
          <p>Aún no hay perfiles enviados en esta convocatoria. Aparecerán aquí en cuanto alguien envíe el suyo.</p>
        )
      ) : (
        <ListaPostulaciones filas={filas} />
      )}
    </>
  );
}
