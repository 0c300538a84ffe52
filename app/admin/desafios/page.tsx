import type { Metadata } from "next";
import { Tabla } from "@/components/ui/table";
import Link from "next/link";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { listarDesafiosAdmin } from "@/lib/desafios/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";

export const metadata: Metadata = { title: "Desafíos (administración)" };

export default async function AdminDesafios() {
  const user = await requireVista("admin", "/admin/desafios");
  const [conv, desafios] = await Promise.all([getConvocatoriaActual(), listarDesafiosAdmin()]);
  const puedeCrear = !!conv && puede("desafio.crear", user.roles, conv.etapaActual).ok;
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl">Desafíos</h1>
        {puedeCrear && (
          <Link href="/admin/desafios/nuevo" className="bg-primario px-4 py-2 text-white">
            Nuevo desafío
          </Link>
        )}
      </div>
      {!puedeCrear && conv && (
        <p className="mt-2">
          Los desafíos solo se crean y editan en la etapa {NOMBRE_ETAPA.DESARROLLO_CONCURSO}. La convocatoria está en {NOMBRE_ETAPA[conv.etapaActual]}.
        </p>
      )}
      {desafios.length === 0 ? (
        <p className="mt-6">Aún no hay desafíos. Cree el primero.</p>
      ) : (
        <Tabla caption="Desafíos de la convocatoria" columnas={[{ titulo: "Título" }, { titulo: "Alcance" }, { titulo: "Métricas" }, { titulo: "Estado" }]} className="min-w-[36rem]">
          {desafios.map((d) => (
            <tr key={d.id} className="border-b border-acento">
              <th scope="row" className="p-2 font-normal">
                <Link href={`/admin/desafios/${d.id}`}>{d.titulo}</Link>
              </th>
              <td className="p-2">{d.alcance === "NACIONAL" ? "Nacional" : d.region?.nombre}</td>
              <td className="p-2">{d._count.metricas}</td>
              <td className="p-2">{d.estado === "PUBLICADO" ? "Publicado" : "Borrador"}</td>
            </tr>
          ))}
        </Tabla>
      )}
    </>
  );
}
