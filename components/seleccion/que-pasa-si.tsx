import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatearClp, formatearNumero } from "@/lib/domain/formato";
import { compararCarteras, hrefCon, MAX_FIJACIONES, type Fijaciones } from "@/lib/seleccion/escenario";
import { formatoPuntos, preciosDeSugerencia } from "@/lib/seleccion/presentacion";
import type { Sugerencia } from "@/lib/seleccion/ronda";

export type CandidatoEscenario = { id: string; posicion: number | null; nombre: string; region: string; monto: number | null; sugerida: boolean };

/**
 * What-if: pin or exclude perfiles and see the optimiser's portfolio next to the stored suggestion. A GET
 * form (it works without JavaScript): the choices travel in the address, the page re-runs the optimiser
 * and shows which perfiles enter or leave and the score difference. Nothing is stored.
 */
export function QuePasaSi({
  ruta,
  candidatos,
  fijaciones,
  base,
  alternativa,
  error,
  conservar,
}: {
  ruta: string;
  candidatos: CandidatoEscenario[];
  fijaciones: Fijaciones;
  base: Sugerencia | null;
  alternativa: Sugerencia | null;
  error: string | null;
  /** Query parameters the form keeps (page, filter). */
  conservar: Record<string, string>;
}) {
  const hay = fijaciones.incluir.length + fijaciones.excluir.length > 0;
  const incluir = new Set(fijaciones.incluir);
  const excluir = new Set(fijaciones.excluir);
  return (
    <section aria-labelledby="que-pasa-si" className="mt-8">
      <h2 id="que-pasa-si" className="text-2xl">
        ¿Qué pasa si…?
      </h2>
      <p className="mt-2">
        Fije perfiles que deben entrar o excluya otros y vea la cartera que resultaría, junto a la sugerida. Es solo una consulta: no cambia la sugerencia ni las decisiones.
      </p>
      {fijaciones.avisos.map((a) => (
        <Alert key={a} tipo="aviso">
          {a}
        </Alert>
      ))}
      {hay && <Resultado candidatos={candidatos} fijaciones={fijaciones} base={base} alternativa={alternativa} error={error} />}
      {hay && (
        <p className="mt-2">
          <Link href={hrefCon(ruta, conservar)}>Quitar las fijaciones y exclusiones</Link>
        </p>
      )}
      <details className="mt-4" open={hay}>
        <summary className="cursor-pointer text-primario underline underline-offset-2">Elegir perfiles para fijar o excluir</summary>
        <form method="get" action={ruta} className="mt-3">
          {Object.entries(conservar).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <p className="text-sm">Como máximo {MAX_FIJACIONES} de cada tipo. Un perfil marcado en ambas columnas no se toma en cuenta.</p>
          <ul className="mt-2 divide-y divide-neutro border-y border-neutro">
            {candidatos.map((c) => (
              <li key={c.id} className="py-2">
                <p className="break-words">
                  {c.posicion !== null && <span>{c.posicion}. </span>}
                  <span className="font-medium text-titulo">{c.nombre}</span>
                  <span className="text-sm">
                    {" "}
                    · {c.region}
                    {c.monto !== null && ` · ${formatearClp(c.monto)}`} · {c.sugerida ? "en la cartera sugerida" : "fuera de la cartera sugerida"}
                  </span>
                </p>
                <div className="flex flex-wrap gap-x-6">
                  <label className="flex min-h-11 items-center gap-2">
                    <input type="checkbox" name="incluir" value={c.id} defaultChecked={incluir.has(c.id)} className="h-5 w-5" />
                    Fijar (debe entrar)<span className="sr-only"> «{c.nombre}»</span>
                  </label>
                  <label className="flex min-h-11 items-center gap-2">
                    <input type="checkbox" name="excluir" value={c.id} defaultChecked={excluir.has(c.id)} className="h-5 w-5" />
                    Excluir<span className="sr-only"> «{c.nombre}»</span>
                  </label>
                </div>
              </li>
            ))}
          </ul>
          <Button type="submit" className="mt-3">
            Calcular la cartera con estos cambios
          </Button>
        </form>
      </details>
    </section>
  );
}

function Resultado({
  candidatos,
  fijaciones,
  base,
  alternativa,
  error,
}: {
  candidatos: CandidatoEscenario[];
  fijaciones: Fijaciones;
  base: Sugerencia | null;
  alternativa: Sugerencia | null;
  error: string | null;
}) {
  const nombre = new Map(candidatos.map((c) => [c.id, c]));
  const etiqueta = (id: string) => {
    const c = nombre.get(id);
    return c ? `${c.posicion !== null ? `${c.posicion}. ` : ""}${c.nombre} (${c.region})` : id;
  };
  const cambios = `${fijaciones.incluir.length === 1 ? "1 perfil fijado" : `${fijaciones.incluir.length} perfiles fijados`} y ${fijaciones.excluir.length === 1 ? "1 excluido" : `${fijaciones.excluir.length} excluidos`}`;
  if (error) return <Alert tipo="error" titulo="No se pudo calcular la cartera alternativa">{error}</Alert>;
  if (!alternativa) return null;
  if (!alternativa.factible) {
    return (
      <div role="status" className="mt-3 border-l-4 border-aviso bg-[#fdf6e3] p-3">
        Con {cambios} no hay una cartera factible: {alternativa.motivo}
      </div>
    );
  }
  // The optimiser answers with the ids it was given (strings here).
  const guardada = new Set((base?.factible ? base.seleccion : []).map(String));
  const { entran, salen } = compararCarteras(guardada, new Set(alternativa.seleccion.map(String)), candidatos.map((c) => c.id));
  const diferencia = base?.factible ? alternativa.puntajeTotal - base.puntajeTotal : null;
  const precioFijaciones = preciosDeSugerencia(alternativa)?.fijaciones;
  return (
    <div role="status" className="mt-3 border border-primario p-3">
      <p>
        Con {cambios}: {formatearNumero(alternativa.seleccion.length)} proyectos, puntaje total <strong>{formatoPuntos(alternativa.puntajeTotal)}</strong>
        {diferencia !== null && (
          <>
            {" "}
            ({diferencia === 0 ? "igual que" : diferencia < 0 ? `${formatoPuntos(-diferencia)} puntos menos que` : `${formatoPuntos(diferencia)} puntos más que`} la sugerida)
          </>
        )}
        , monto total {formatearClp(alternativa.montoTotal)}
        {base?.factible && ` (la sugerida: ${formatearClp(base.montoTotal)})`}.
      </p>
      {precioFijaciones !== undefined && (
        <p className="mt-1">
          Las fijaciones y exclusiones cuestan <strong>{formatoPuntos(precioFijaciones)}</strong> puntos frente a la mejor cartera sin ellas.
        </p>
      )}
      <div className="mt-2 grid gap-4 sm:grid-cols-2">
        <div>
          <h3 className="text-lg">Entran ({entran.length})</h3>
          {entran.length ? (
            <ul className="list-disc pl-5">
              {entran.map((id) => (
                <li key={id}>{etiqueta(id)}</li>
              ))}
            </ul>
          ) : (
            <p>Ninguno.</p>
          )}
        </div>
        <div>
          <h3 className="text-lg">Salen ({salen.length})</h3>
          {salen.length ? (
            <ul className="list-disc pl-5">
              {salen.map((id) => (
                <li key={id}>{etiqueta(id)}</li>
              ))}
            </ul>
          ) : (
            <p>Ninguno.</p>
          )}
        </div>
      </div>
    </div>
  );
}
