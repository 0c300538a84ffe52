import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { REGIONES } from "@/lib/domain/regiones";
import { NIVELES, NOMBRE_NIVEL, NOMBRE_TIPO_EJECUTOR, TIPOS_EJECUTOR } from "@/lib/postulaciones/schema";
import { ESTADOS_LISTADO, NOMBRE_ESTADO, type FiltroPostulaciones } from "@/lib/seguimiento/filtros";

/** GET form: the filters live in the URL, so a filtered list can be shared, reloaded and exported. */
export function FiltrosPostulaciones({ filtro, desafios }: { filtro: FiltroPostulaciones; desafios: { id: string; titulo: string }[] }) {
  return (
    <form method="get" action="/seguimiento/postulaciones" role="search" aria-label="Filtrar postulaciones" className="border border-acento p-4">
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select id="region" label="Región" defaultValue={filtro.region ?? ""}>
          <option value="">Todas las regiones</option>
          {REGIONES.map((r) => (
            <option key={r.cut} value={r.cut}>
              {r.nombre}
            </option>
          ))}
        </Select>
        <Select id="desafio" label="Desafío" defaultValue={filtro.desafio ?? ""}>
          <option value="">Todos los desafíos</option>
          {desafios.map((d) => (
            <option key={d.id} value={d.id}>
              {d.titulo}
            </option>
          ))}
        </Select>
        <Select id="nivel" label="Línea: nivel de madurez" defaultValue={filtro.nivel ?? ""}>
          <option value="">Todos los niveles</option>
          {NIVELES.map((n) => (
            <option key={n} value={n}>
              {NOMBRE_NIVEL[n]}
            </option>
          ))}
        </Select>
        <Select id="tipo" label="Línea: tipo de ejecutor" defaultValue={filtro.tipo ?? ""}>
          <option value="">Todos los tipos</option>
          {TIPOS_EJECUTOR.map((t) => (
            <option key={t} value={t}>
              {NOMBRE_TIPO_EJECUTOR[t]}
            </option>
          ))}
        </Select>
        <Select id="estado" label="Estado" defaultValue={filtro.estado ?? ""}>
          <option value="">Todos los estados</option>
          {ESTADOS_LISTADO.map((e) => (
            <option key={e} value={e}>
              {NOMBRE_ESTADO[e]}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Filtrar</Button>
        <Link href="/seguimiento/postulaciones">Quitar filtros</Link>
      </div>
    </form>
  );
}
