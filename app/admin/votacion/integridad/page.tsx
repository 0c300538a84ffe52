import type { Metadata } from "next";
import Link from "next/link";
import { Recuento } from "@/components/votacion/integridad/recuento";
import { Rafagas } from "@/components/votacion/integridad/rafagas";
import { requireVista } from "@/lib/auth/guard";
import { informeRafagasActiva, parametrosDeBusqueda } from "@/lib/votacion/rafagas";
import { recontarActiva } from "@/lib/votacion/recuento";

export const metadata: Metadata = { title: "Integridad de la votación popular" };

const RUTA = "/admin/votacion/integridad";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// ADMIN only (VISTAS.votacionIntegridad). Each visit recounts: it seals what is pending, recounts from the
// raw rows and recomputes every sealed batch (lib/votacion/recuento.ts, ADR 0014).
export default async function IntegridadVotacion({ searchParams }: Props) {
  await requireVista("votacionIntegridad", RUTA);
  const parametros = parametrosDeBusqueda(await searchParams);
  // Sequential: the recount seals first, so the burst report reads the same rows.
  const informe = await recontarActiva();
  const rafagas = await informeRafagasActiva(parametros);
  if (!informe || !rafagas) {
    return (
      <>
        <h1 className="text-3xl">Integridad de la votación popular</h1>
        <p className="mt-4">No hay una convocatoria activa.</p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl">Integridad de la votación popular</h1>
      <p className="mt-2">
        {informe.convocatoria.nombre}. Cada voto se sella en la bitácora de auditoría dentro de un lote, con una raíz Merkle que cambia si se altera, se borra o se agrega
        cualquier voto del lote. Esta página sella lo pendiente y vuelve a contar cada vez que se abre. Reglas de la votación:{" "}
        <Link href="/admin/votacion">Votación popular</Link>; la cadena completa: <Link href="/admin/auditoria">Bitácora de auditoría</Link>.
      </p>
      <Recuento informe={informe} />
      <section aria-labelledby="titulo-exportes" className="mt-10">
        <h2 id="titulo-exportes" className="mb-3 text-2xl">
          Exportar los votos anonimizados
        </h2>
        <p className="mb-3">
          Cada votante aparece con un identificador seudónimo (nunca su RUT, correo ni nombre). El JSON incluye los lotes sellados y cómo recalcular sus
          raíces; el formato Pabulib (.pb) es el de la biblioteca de presupuestos participativos usada en investigación.
        </p>
        <ul className="flex flex-wrap gap-3">
          <li>
            <a href="/api/exportes/votos?formato=csv" download className="inline-block border-2 border-primario px-4 py-2 no-underline">
              CSV (Excel)
            </a>
          </li>
          <li>
            <a href="/api/exportes/votos?formato=json" download className="inline-block border-2 border-primario px-4 py-2 no-underline">
              JSON con lotes
            </a>
          </li>
          <li>
            <a href="/api/exportes/votos?formato=pb" download className="inline-block border-2 border-primario px-4 py-2 no-underline">
              Pabulib (.pb)
            </a>
          </li>
        </ul>
      </section>
      <Rafagas informe={rafagas} ruta={RUTA} />
    </>
  );
}
