// The list of published desafíos with its filter form, cached per filter value (docs/decisions/0010):
// /desafios renders it unfiltered; /desafios?region=…&grupo=… is rewritten (next.config.ts) to
// app/desafios-filtrados/[region]/[grupo], which renders it filtered. The GET form works without JavaScript.
import { cachearPagina } from "@/lib/cache/pagina";
import { TarjetaDesafio } from "@/components/desafios/tarjeta-desafio";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { listarDesafiosPublicados, listarGrupos, listarRegiones } from "@/lib/desafios/queries";

export async function ListaDesafios({ region, grupo }: { region?: string; grupo?: string }) {
  "use cache";
  cachearPagina("/desafios");
  const [desafios, regiones, grupos] = await Promise.all([listarDesafiosPublicados({ region: region || undefined, grupo: grupo || undefined }), listarRegiones(), listarGrupos()]);
  return (
    <>
      <h1 className="text-3xl">Desafíos</h1>
      <p className="mt-2 max-w-3xl">Cada desafío describe un problema con su línea base: los datos de hoy contra los que se medirá el piloto.</p>
      <form method="get" className="mt-6 grid items-end gap-x-4 bg-neutro p-4 sm:grid-cols-[1fr_1fr_auto]" aria-label="Filtrar desafíos">
        <Select id="region" label="Región" defaultValue={region ?? ""}>
          <option value="">Todas las regiones</option>
          {regiones.map((r) => (
            <option key={r.cut} value={r.cut}>
              {r.nombre}
            </option>
          ))}
        </Select>
        <Select id="grupo" label="Grupo vulnerable" defaultValue={grupo ?? ""}>
          <option value="">Todos los grupos</option>
          {grupos.map((g) => (
            <option key={g.id} value={g.id}>
              {g.nombre}
            </option>
          ))}
        </Select>
        <Button type="submit" className="mb-4">
          Filtrar
        </Button>
      </form>
      <p className="mt-4" role="status">
        {desafios.length === 1 ? "1 desafío" : `${desafios.length} desafíos`}
        {region ? " (incluye los nacionales)" : ""}
      </p>
      {desafios.length === 0 ? (
        <p className="mt-4">No hay desafíos con esos filtros. Pruebe con otra región o grupo.</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {desafios.map((d) => (
            <li key={d.id}>
              <TarjetaDesafio d={d} nivelTitulo={2} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
