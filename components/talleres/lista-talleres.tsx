// Upcoming talleres with the region filter, cached per region (docs/decisions/0010): /talleres renders it
// unfiltered; /talleres?region=… is rewritten (next.config.ts) to app/talleres-filtrados/[region]. The
// GET form works without JavaScript. Seat counters refresh within seconds (VIDA_CONTADORES).
import { cachearPagina } from "@/lib/cache/pagina";
import { TarjetaTaller } from "@/components/talleres/tarjeta-taller";
import { Button } from "@/components/ui/button";
import { listarRegiones } from "@/lib/desafios/queries";
import { listarTalleresProximos } from "@/lib/talleres/queries";

export async function ListaTalleres({ region }: { region?: string }) {
  "use cache";
  cachearPagina("/talleres", "contadores");
  const [talleres, regiones] = await Promise.all([listarTalleresProximos({ region }), listarRegiones()]);
  const nombreRegion = regiones.find((x) => x.cut === region)?.nombre;
  return (
    <>
      <h1 className="text-3xl">Talleres y encuentros</h1>
      <p className="mt-2 max-w-3xl">
        En los talleres regionales conocerá los desafíos del Fondo IDEA y podrá trabajar su idea con el equipo de FOSIS antes de postular. La inscripción es
        gratuita; si no quedan cupos, puede quedar en la lista de espera.
      </p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3" aria-label="Filtrar talleres">
        <div>
          <label htmlFor="region" className="block font-medium text-titulo">
            Región
          </label>
          <select id="region" name="region" defaultValue={region ?? ""} className="mt-1 block w-full max-w-[20rem] border border-[#767676] bg-white px-3 py-2 text-titulo">
            <option value="">Todas las regiones</option>
            {regiones.map((x) => (
              <option key={x.cut} value={x.cut}>
                {x.nombre}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variante="secundario">
          Filtrar
        </Button>
      </form>
      <p className="mt-4" role="status">
        {talleres.length === 0
          ? `No hay talleres próximos${nombreRegion ? ` en la región de ${nombreRegion} ni en línea` : ""}.`
          : `${talleres.length === 1 ? "1 taller próximo" : `${talleres.length} talleres próximos`}${nombreRegion ? ` en la región de ${nombreRegion} o en línea` : ""}.`}
      </p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {talleres.map((t) => (
          <li key={t.id}>
            <TarjetaTaller t={t} />
          </li>
        ))}
      </ul>
    </>
  );
}
