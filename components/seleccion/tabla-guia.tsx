import Link from "next/link";
import { Tabla } from "@/components/ui/table";
import { formatoNota } from "@/lib/domain/nota";
import { textoDecision, type FilaGuia, type RondaGuia } from "@/lib/seleccion/resultados";

/**
 * A missing value: a dash for the eye, words for a screen reader. The wrapper is positioned so the
 * visually hidden text (position: absolute) stays inside the table's scrolling box: placed against the
 * page instead, it widened a phone's page to the table's width.
 */
function Falta({ texto }: { texto: string }) {
  return (
    <span className="relative">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{texto}</span>
    </span>
  );
}

const nota = (n: number | null, falta: string) => (n === null ? <Falta texto={falta} /> : formatoNota(n));

/**
 * One round of the guide, ranked. Each row carries its filter values in data-* attributes, read by the
 * filter island (components/seleccion/filtros-guia.tsx); the message under the table is shown by it when no
 * row matches.
 */
export function TablaGuia({ ronda }: { ronda: RondaGuia }) {
  const final = ronda.fase === "SELECCION_FINAL";
  const columnas = [
    { titulo: "Lugar" },
    { titulo: "Proyecto" },
    { titulo: "Desafío" },
    { titulo: "Región" },
    { titulo: "Técnico", derecha: true },
    { titulo: "Popular", derecha: true },
    ...(final ? [{ titulo: "Demo day", derecha: true }] : []),
    { titulo: "Consolidado", derecha: true },
    { titulo: "Decisión" },
  ];
  return (
    <div data-tabla-guia className="mt-4">
      <Tabla caption={`${ronda.nombre}: proyectos ordenados por puntaje consolidado`} columnas={columnas} className="text-sm sm:text-base">
        {ronda.filas.map((f) => (
          <Fila key={f.postulacionId} f={f} final={final} fase={ronda.fase} />
        ))}
      </Tabla>
      <p data-sin-filas hidden className="mt-2">
        Ningún proyecto de esta ronda coincide con los filtros.
      </p>
    </div>
  );
}

function Fila({ f, final, fase }: { f: FilaGuia; final: boolean; fase: RondaGuia["fase"] }) {
  return (
    <tr
      data-fila-guia=""
      data-postulacion={f.postulacionId}
      data-desafio={f.desafioId}
      data-region={f.regionCut}
      data-grupo={f.grupoVulnerable}
      data-linea={f.linea ?? ""}
      className="border-b border-neutro align-top"
    >
      <td className="p-2 tabular-nums">{f.consolidado === null ? <Falta texto="Sin lugar" /> : f.posicion}</td>
      <td className="p-2">
        {f.slugPublico ? <Link href={`/perfiles/${f.slugPublico}`}>{f.nombreProyecto}</Link> : f.nombreProyecto}
        <span className="block text-sm">
          {f.grupoVulnerable}
          {f.linea ? ` · ${f.linea}` : ""}
        </span>
      </td>
      <td className="p-2">{f.desafioTitulo}</td>
      <td className="p-2">{f.regionNombre}</td>
      <td className="p-2 text-right tabular-nums">{nota(f.tecnico, "Sin evaluaciones técnicas")}</td>
      <td className="p-2 text-right tabular-nums">{formatoNota(f.popular)}</td>
      {final && <td className="p-2 text-right tabular-nums">{nota(f.demoDay, "Sin notas del jurado")}</td>}
      <td className="p-2 text-right font-bold tabular-nums">{nota(f.consolidado, "Sin puntaje consolidado")}</td>
      <td className="p-2">{f.decision ? textoDecision(fase, f.decision) : "Sin decisión"}</td>
    </tr>
  );
}
