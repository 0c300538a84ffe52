import Link from "next/link";
import { NOMBRE_DOCUMENTO } from "@/lib/domain/admisibilidad";
import { formatearMM } from "@/lib/domain/formato";
import { NIVELES, NOMBRE_NIVEL, NOMBRE_TIPO_EJECUTOR, TIPOS_EJECUTOR } from "@/lib/postulaciones/schema";

export type CeldaLinea = {
  id: string;
  nivelMadurez: (typeof NIVELES)[number];
  tipoEjecutor: (typeof TIPOS_EJECUTOR)[number];
  habilitada: boolean;
  montoMaximo: number;
  adjuntosRequeridos: string[];
};

function Estado({ abierta }: { abierta: boolean }) {
  // Text and a symbol, not colour alone.
  return abierta ? (
    <span className="inline-block bg-[#e6f4ea] px-2 py-0.5 font-medium text-[#0f3d1d]">✓ Abierta</span>
  ) : (
    <span className="inline-block bg-neutro px-2 py-0.5 font-medium text-titulo">✕ Cerrada</span>
  );
}

function Detalle({ l, editable }: { l: CeldaLinea; editable: boolean }) {
  const nombre = `${NOMBRE_NIVEL[l.nivelMadurez]}, ${NOMBRE_TIPO_EJECUTOR[l.tipoEjecutor]}`;
  return (
    <>
      <Estado abierta={l.habilitada} />
      <p className="mt-1">Hasta ${formatearMM(l.montoMaximo)}</p>
      <p className="mt-1 text-sm">
        {l.adjuntosRequeridos.length === 0 ? "Sin documentos exigidos" : `Documentos: ${l.adjuntosRequeridos.map((d) => NOMBRE_DOCUMENTO[d] ?? d).join(", ")}`}
      </p>
      {editable && (
        <p className="mt-1 text-sm">
          <Link href={`/admin/lineas/${l.id}`}>
            Configurar<span className="sr-only"> la línea {nombre}</span>
          </Link>
        </p>
      )}
    </>
  );
}

/** The matrix maturity × executor type: a table on wide screens, one list per maturity level on phones. */
export function MatrizLineas({ lineas, editable }: { lineas: CeldaLinea[]; editable: boolean }) {
  const celda = (n: CeldaLinea["nivelMadurez"], t: CeldaLinea["tipoEjecutor"]) => lineas.find((l) => l.nivelMadurez === n && l.tipoEjecutor === t);
  return (
    <>
      <div className="md:hidden">
        {NIVELES.map((n) => (
          <section key={n} aria-labelledby={`nivel-${n}`} className="mt-6">
            <h2 id={`nivel-${n}`} className="text-xl">
              {NOMBRE_NIVEL[n]}
            </h2>
            <ul className="mt-2 space-y-3">
              {TIPOS_EJECUTOR.map((t) => {
                const l = celda(n, t);
                return (
                  <li key={t} className="border border-acento p-3" aria-label={`${NOMBRE_NIVEL[n]}, ${NOMBRE_TIPO_EJECUTOR[t]}`}>
                    <p className="font-medium text-titulo">{NOMBRE_TIPO_EJECUTOR[t]}</p>
                    {l ? <Detalle l={l} editable={editable} /> : <p>Sin configurar</p>}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
      <div className="mt-6 hidden md:block">
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Matriz de líneas de postulación">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Líneas de postulación: nivel de madurez (filas) por tipo de ejecutor (columnas)</caption>
            <thead className="bg-oscuro text-white">
              <tr>
                <th scope="col" className="p-2">
                  Nivel de madurez
                </th>
                {TIPOS_EJECUTOR.map((t) => (
                  <th key={t} scope="col" className="p-2">
                    {NOMBRE_TIPO_EJECUTOR[t]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {NIVELES.map((n) => (
                <tr key={n} className="border-b border-acento align-top">
                  <th scope="row" className="p-2">
                    {NOMBRE_NIVEL[n]}
                  </th>
                  {TIPOS_EJECUTOR.map((t) => {
                    const l = celda(n, t);
                    return (
                      <td key={t} className="p-2">
                        {l ? <Detalle l={l} editable={editable} /> : "Sin configurar"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
