// The recount's section of /admin/votacion/integridad: the verdict, the report in Spanish, the counts per
// perfil (raw rows vs published, and the popular score) and the batches with problems, if any.
import { Alert } from "@/components/ui/alert";
import { Tabla } from "@/components/ui/table";
import { formatoNota } from "@/lib/domain/nota";
import { formatearNumero } from "@/lib/domain/formato";
import { FORMULA_POPULAR } from "@/lib/domain/puntaje-popular";
import type { InformeRecuento } from "@/lib/votacion/recuento";

export function Recuento({ informe }: { informe: InformeRecuento }) {
  const { conteos, lotes } = informe;
  return (
    <section aria-labelledby="titulo-recuento" className="mt-6">
      <h2 id="titulo-recuento" className="mb-3 text-2xl">
        Recuento
      </h2>
      {informe.ok ? (
        <Alert tipo="exito" titulo="El recuento es correcto">
          Los conteos calculados desde las filas de votos son iguales a los publicados, y cada lote sellado conserva la raíz registrada en la bitácora.
        </Alert>
      ) : (
        <Alert tipo="error" titulo="El recuento encontró diferencias">
          Revise el detalle: {!conteos.iguales && "hay perfiles cuyo conteo publicado no coincide con las filas de votos"}
          {!conteos.iguales && lotes.problemas.length > 0 && "; "}
          {lotes.problemas.length > 0 && "hay lotes cuyos votos ya no son los que se sellaron"}.
        </Alert>
      )}
      <ul className="mb-4 list-disc space-y-1 pl-6">
        {informe.resumen.map((linea) => (
          <li key={linea}>{linea}</li>
        ))}
      </ul>

      {lotes.problemas.length > 0 && (
        <>
          <h3 className="mb-2 text-xl">Lotes con problemas</h3>
          <ul className="mb-4 space-y-2">
            {lotes.problemas.map((p) => (
              <li key={p.lote} className="border-l-4 border-error p-2">
                <span className="font-medium">Lote {p.lote}:</span> {p.motivo}.
              </li>
            ))}
          </ul>
        </>
      )}

      <h3 className="mb-2 text-xl">Votos por perfil</h3>
      {conteos.filas.length === 0 ? (
        <p>Aún no hay perfiles admisibles ni votos en esta convocatoria.</p>
      ) : (
        <Tabla
          caption="Votos por perfil: conteo desde las filas de votos, conteo publicado y puntaje popular"
          columnas={[{ titulo: "Desafío" }, { titulo: "Folio" }, { titulo: "Proyecto" }, { titulo: "Votos (filas)", derecha: true }, { titulo: "Publicados", derecha: true }, { titulo: "Puntaje popular", derecha: true }]}
          className="min-w-[40rem] text-sm"
        >
          {conteos.filas.map((f) => {
            const difiere = f.crudos !== f.publicados;
            return (
              <tr key={f.postulacionId} className={`border-b border-acento ${difiere ? "bg-[#fdecea]" : ""}`}>
                <td className="p-2">{f.desafio}</td>
                <td className="p-2">{f.folio ?? "—"}</td>
                <td className="p-2">{f.nombreProyecto}</td>
                <td className="p-2 text-right">{formatearNumero(f.crudos)}</td>
                <td className="p-2 text-right">
                  {formatearNumero(f.publicados)}
                  {difiere && <span className="ml-1 font-bold">(difiere)</span>}
                </td>
                <td className="p-2 text-right">{f.puntajePopular === null ? "— (no admisible)" : formatoNota(f.puntajePopular)}</td>
              </tr>
            );
          })}
        </Tabla>
      )}
      <p className="mt-2 text-sm">{FORMULA_POPULAR} En la tabla se muestra con un decimal.</p>
    </section>
  );
}
