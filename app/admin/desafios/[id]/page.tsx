import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DesafioForm } from "@/components/admin/desafio-form";
import { PublicarDesafio } from "@/components/admin/publicar-desafio";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { getDesafioParaEditar, listarGrupos, listarRegiones } from "@/lib/desafios/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { aFechaInput } from "@/lib/domain/formato";

export const metadata: Metadata = { title: "Editar desafío" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ creado?: string }> };

export default async function EditarDesafio({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireVista("admin", `/admin/desafios/${id}`);
  const [d, conv, grupos, regiones, { creado }] = await Promise.all([getDesafioParaEditar(id), getConvocatoriaActual(), listarGrupos(), listarRegiones(), searchParams]);
  if (!d || !conv) notFound();
  const editable = puede("desafio.editar", user.roles, conv.etapaActual).ok;
  const publicable = puede("desafio.publicar", user.roles, conv.etapaActual).ok;
  return (
    <>
      <p>
        <Link href="/admin/desafios">← Desafíos</Link>
      </p>
      <h1 className="mb-2 mt-2 text-3xl">{d.titulo}</h1>
      <p className="mb-4">
        Estado: <strong>{d.estado === "PUBLICADO" ? "Publicado" : "Borrador"}</strong>
        {d.estado === "PUBLICADO" && (
          <>
            {" "}
            · <Link href={`/desafios/${d.slug}`}>Ver página pública</Link>
          </>
        )}
      </p>
      {creado && <Alert tipo="exito">Desafío creado como borrador. Revíselo y publíquelo cuando esté listo.</Alert>}
      {!editable && (
        <Alert tipo="aviso">
          Este desafío ya no se puede editar: la convocatoria está en {NOMBRE_ETAPA[conv.etapaActual]} y los desafíos solo se editan en{" "}
          {NOMBRE_ETAPA.DESARROLLO_CONCURSO}.
        </Alert>
      )}
      {publicable && (
        <div className="mb-6">
          <PublicarDesafio id={d.id} publicado={d.estado === "PUBLICADO"} />
        </div>
      )}
      <DesafioForm
        id={d.id}
        editable={editable}
        grupos={grupos}
        regiones={regiones}
        inicial={{
          titulo: d.titulo,
          resumen: d.resumen,
          descripcion: d.descripcion,
          grupoVulnerableId: d.grupoVulnerableId,
          alcance: d.alcance,
          regionCut: (d.regionCut ?? undefined) as never,
          metricas: d.metricas.map((m) => ({ ...m, valor: String(m.valor), fecha: aFechaInput(m.fecha) })),
        }}
      />
    </>
  );
}
