import type { Metadata } from "next";
import Link from "next/link";
import { PedirTerceraRevision, Reasignar } from "@/components/evaluacion/acciones-tablero";
import { FormulaPuntaje } from "@/components/evaluacion/formula-puntaje";
import { BarraProgreso } from "@/components/ui/barra-progreso";
import { Histograma } from "@/components/ui/histograma";
import { Tabla } from "@/components/ui/table";
import { requireVista } from "@/lib/auth/guard";
import { permiteEtapa, puedeVer } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearNumero } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { formatoDiferencia, formatoNota } from "@/lib/domain/nota";
import { TRAMOS_NOTA } from "@/lib/evaluacion/histograma";
import { NOMBRE_ESTADO_EVALUACION } from "@/lib/evaluacion/queries";
import { INDULGENCIAS_VISIBLES, tableroEvaluacion, type AsignacionTablero } from "@/lib/evaluacion/tablero";

export const metadata: Metadata = { title: "Evaluación técnica (seguimiento)" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MOTIVO: Record<AsignacionTablero["motivo"], string> = { ORDINARIA: "", TERCERA_REVISION: " (tercera revisión)", REASIGNACION: " (reasignada)" };
const decimal = (x: number) => formatearNumero(Math.round(x * 100) / 100);

// The technical lead follows the evaluation here (VISTAS.evaluacion): progress, outliers with the rubric's
// bounds, and the one-click third review or reassignment (open in the evaluation etapa only).
export default async function TableroEvaluacion({ searchParams }: Props) {
  const user = await requireVista("evaluacion", "/seguimiento/evaluacion");
  const sp = await searchParams;
  const pagina = Number(typeof sp.pagina === "string" ? sp.pagina : 1);
  const evaluadorId = typeof sp.evaluador === "string" ? sp.evaluador : undefined;
  // The leniency table shows its top rows unless asked for all (at 500 evaluators it outweighed the page).
  const todasIndulgencias = sp.indulgencia === "todas";
  const t = await tableroEvaluacion({ pagina, evaluadorId });

  if (!t) {
    return (
      <>
        <h1 className="text-3xl">Evaluación técnica</h1>
        <p className="mt-4">No hay una convocatoria activa.</p>
      </>
    );
  }
  const { convocatoria, ajustes, totales } = t;
  const puedeTercera = permiteEtapa("evaluacion.pedirTerceraRevision", convocatoria.etapaActual);
  const puedeReasignar = permiteEtapa("evaluacion.reasignar", convocatoria.etapaActual);
  const enlace = (p: number, ev?: string, todas = todasIndulgencias) => {
    const q = new URLSearchParams({ ...(p > 1 ? { pagina: String(p) } : {}), ...(ev ? { evaluador: ev } : {}), ...(todas ? { indulgencia: "todas" } : {}) }).toString();
    return q ? `/seguimiento/evaluacion?${q}` : "/seguimiento/evaluacion";
  };
  // Sorted by |z|, so the flagged ones come first and are always among the rows shown.
  const indulgenciasVisibles = todasIndulgencias ? t.indulgencias : t.indulgencias.slice(0, Math.max(INDULGENCIAS_VISIBLES, t.marcados));

  return (
    <>
      <h1 className="text-3xl">Evaluación técnica</h1>
      <p className="mt-2">
        {convocatoria.nombre} · etapa actual: {NOMBRE_ETAPA[convocatoria.etapaActual]}. {convocatoria.evaluadoresPorPerfil} evaluaciones por perfil admisible.
      </p>
      <p className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        <a href="/api/exportes/evaluaciones" download className="inline-block border-2 border-primario px-4 py-2 no-underline">
          Descargar notas por criterio (CSV)
        </a>
        {puedeVer("comite", user.roles) && <Link href="/comite/evaluaciones">Ver como el comité</Link>}
      </p>
      <FormulaPuntaje normalizar={ajustes.normalizar} minMuestra={ajustes.minMuestra} />

      <section aria-labelledby="titulo-avance" className="mt-8">
        <h2 id="titulo-avance" className="mb-3 text-2xl">
          Avance
        </h2>
        <div className="space-y-3">
          <div>
            <p className="font-medium text-titulo">Evaluaciones enviadas</p>
            <BarraProgreso etiqueta="Evaluaciones enviadas de las asignadas" valor={totales.enviadas} total={totales.asignadas} />
          </div>
          <div>
            <p className="font-medium text-titulo">Perfiles admisibles con sus {convocatoria.evaluadoresPorPerfil} evaluaciones</p>
            <BarraProgreso etiqueta="Perfiles admisibles con todas sus evaluaciones" valor={totales.completos} total={totales.admisibles} />
          </div>
        </div>

        <h3 className="mb-2 mt-6 text-xl">Por región</h3>
        <p className="mb-2 text-sm">Evaluaciones enviadas de las asignadas, por región del perfil (un perfil con varias regiones cuenta en cada una).</p>
        <Tabla caption="Avance de la evaluación por región" columnas={[{ titulo: "Región" }, { titulo: "Enviadas de asignadas" }]}>
          {t.porRegion.map((r) => (
            <tr key={r.cut} className="border-b border-acento">
              <th scope="row" className="p-2 text-left font-normal">
                {r.nombre}
              </th>
              <td className="w-1/2 p-2">{r.asignadas === 0 ? <span className="text-sm">Sin asignaciones</span> : <BarraProgreso etiqueta={`Avance en ${r.nombre}`} valor={r.enviadas} total={r.asignadas} />}</td>
            </tr>
          ))}
        </Tabla>
      </section>

      <section aria-labelledby="titulo-indulgencia" className="mt-8">
        <h2 id="titulo-indulgencia" className="mb-3 text-2xl">
          Indulgencia por evaluador
        </h2>
        <p className="text-sm">
          Para cada evaluador, la desviación media de sus notas finales respecto de quienes evaluaron los mismos perfiles, como puntaje z robusto (mediana y desviación absoluta
          mediana del grupo). Solo con al menos {ajustes.minMuestra} perfiles coevaluados; se marca cuando |z| supera {formatearNumero(ajustes.limiteIndulgencia)}.
        </p>
        <p className="mt-2" role="status">
          {t.marcados === 0 ? "Ningún evaluador marcado." : t.marcados === 1 ? "1 evaluador marcado." : `${t.marcados} evaluadores marcados.`}
        </p>
        {t.indulgencias.length === 0 ? (
          <p className="mt-2">Aún no hay evaluadores con suficientes perfiles coevaluados para calcularla.</p>
        ) : (
          <div className="mt-3">
            {t.indulgencias.length > INDULGENCIAS_VISIBLES && (
              <p className="mb-2 text-sm">
                {todasIndulgencias ? (
                  <>
                    Se muestran los {formatearNumero(t.indulgencias.length)} evaluadores con puntaje z.{" "}
                    <Link href={`${enlace(t.evaluadores.pagina, evaluadorId, false)}#titulo-indulgencia`}>Ver solo los más alejados de sus pares</Link>
                  </>
                ) : (
                  <>
                    Se muestran los {formatearNumero(indulgenciasVisibles.length)} más alejados de sus pares (mayor |z|), de {formatearNumero(t.indulgencias.length)}.{" "}
                    <Link href={`${enlace(t.evaluadores.pagina, evaluadorId, true)}#titulo-indulgencia`}>Ver los {formatearNumero(t.indulgencias.length)}</Link>
                  </>
                )}
              </p>
            )}
            <Tabla caption="Indulgencia por evaluador" columnas={[{ titulo: "Evaluador/a" }, { titulo: "Coevaluados", derecha: true }, { titulo: "Desviación media", derecha: true }, { titulo: "z", derecha: true }, { titulo: "Marca" }]}>
              {indulgenciasVisibles.map((i) => (
                <tr key={i.evaluadorId} className={`border-b border-acento ${i.marcado ? "bg-[#fdf6e3] font-bold" : ""}`}>
                  <th scope="row" className="p-2 text-left font-normal">
                    {i.marcado && <span aria-hidden="true">⚠ </span>}
                    {i.nombre}
                  </th>
                  <td className="p-2 text-right tabular-nums">{i.n}</td>
                  <td className="p-2 text-right tabular-nums">{formatoDiferencia(i.desviacionMedia)}</td>
                  <td className="p-2 text-right tabular-nums">{i.z === null ? "—" : decimal(i.z)}</td>
                  <td className="p-2">{i.marcado ? (i.desviacionMedia > 0 ? "Marcado: más indulgente que sus pares" : "Marcado: más severo/a que sus pares") : "Dentro del rango"}</td>
                </tr>
              ))}
            </Tabla>
          </div>
        )}
      </section>

      <section aria-labelledby="titulo-discrepancias" className="mt-8">
        <h2 id="titulo-discrepancias" className="mb-3 text-2xl">
          Perfiles con evaluaciones discrepantes
        </h2>
        <p className="text-sm">Perfiles cuya nota final más alta y más baja difieren en más de {formatearNumero(ajustes.brechaDiscrepancia)} puntos.</p>
        <p className="mt-2" role="status">
          {t.discrepancias.total === 0
            ? "Ningún perfil con evaluaciones discrepantes."
            : `${formatearNumero(t.discrepancias.total)} ${t.discrepancias.total === 1 ? "perfil" : "perfiles"}${t.discrepancias.total > t.discrepancias.filas.length ? `; se muestran los ${t.discrepancias.filas.length} de mayor brecha` : ""}.`}
        </p>
        {!puedeTercera && t.discrepancias.total > 0 && <p className="mt-2 text-sm">Las terceras revisiones y reasignaciones se piden en la etapa Selección y contratación.</p>}
        <ul className="mt-3 space-y-4">
          {t.discrepancias.filas.map((d) => (
            <li key={d.postulacionId} className="border border-acento p-3">
              <p className="break-words font-bold text-titulo">
                {d.folio !== null ? `${formatearFolio(d.folio)} · ` : ""}
                {d.proyecto || "Perfil sin nombre"}
              </p>
              <p className="text-sm">
                Notas finales de {formatoNota(d.minima)} a {formatoNota(d.maxima)}: brecha de {decimal(d.brecha)} puntos.
              </p>
              <ul className="mt-2 space-y-2 text-sm">
                {d.asignaciones.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <span>
                      {a.evaluador.nombre}
                      {MOTIVO[a.motivo]}: {a.notaFinal !== null ? formatoNota(a.notaFinal) : NOMBRE_ESTADO_EVALUACION[a.estado].toLowerCase()}
                    </span>
                    {a.estado !== "enviada" && puedeReasignar && <Reasignar asignacionId={a.id} evaluador={a.evaluador.nombre} proyecto={d.proyecto} />}
                  </li>
                ))}
              </ul>
              <div className="mt-2">
                {d.terceraPendiente ? (
                  <p className="text-sm">Tercera revisión pedida: falta que se envíe.</p>
                ) : (
                  puedeTercera && <PedirTerceraRevision postulacionId={d.postulacionId} proyecto={d.proyecto} />
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>

      {t.pendientes && (
        <section aria-labelledby="titulo-pendientes" id="pendientes" className="mt-8 scroll-mt-4">
          <h2 id="titulo-pendientes" className="mb-3 text-2xl">
            Evaluaciones pendientes de {t.pendientes.evaluador.nombre}
          </h2>
          <p>
            <Link href={enlace(t.evaluadores.pagina)}>Cerrar esta lista</Link>
          </p>
          {t.pendientes.asignaciones.length === 0 ? (
            <p className="mt-2">No tiene evaluaciones pendientes.</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {t.pendientes.asignaciones.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-acento pb-2">
                  <span className="break-words">
                    {a.folio !== null ? `${formatearFolio(a.folio)} · ` : ""}
                    {a.proyecto || "Perfil sin nombre"}
                    {MOTIVO[a.motivo]} · {NOMBRE_ESTADO_EVALUACION[a.estado]}
                  </span>
                  {puedeReasignar && <Reasignar asignacionId={a.id} evaluador={a.evaluador.nombre} proyecto={a.proyecto} />}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="titulo-evaluadores" className="mt-8">
        <h2 id="titulo-evaluadores" className="mb-3 text-2xl">
          Avance y distribución de notas por evaluador
        </h2>
        <p className="text-sm">
          Primero los marcados por indulgencia, luego quienes van más atrasados. La distribución cuenta las notas finales enviadas en seis tramos: 1 = de 1,0 a menos de 2,0, … 6 =
          de 6,0 a 7,0.
        </p>
        <p className="mt-2">{formatearNumero(t.evaluadores.total)} evaluadores.</p>
        <ul className="mt-3 space-y-3">
          {t.evaluadores.filas.map((e) => (
            <li key={e.id} className={`border p-3 ${e.indulgencia?.marcado ? "border-2 border-aviso" : "border-acento"}`}>
              <p className="break-words font-bold text-titulo">
                {e.nombre}
                {e.region && <span className="font-normal"> · {e.region}</span>}
              </p>
              {e.indulgencia?.marcado && <p className="text-sm font-bold">⚠ Marcado por indulgencia (z = {decimal(e.indulgencia.z ?? 0)})</p>}
              {!e.capacitada && <p className="text-sm">Sin capacitación aprobada.</p>}
              <div className="mt-2 grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
                <div>
                  <p className="text-sm">Evaluaciones enviadas</p>
                  {e.asignadas === 0 ? <p className="text-sm">Sin asignaciones.</p> : <BarraProgreso etiqueta={`Avance de ${e.nombre}`} valor={e.enviadas} total={e.asignadas} />}
                  {e.asignadas > e.enviadas && (
                    <p className="mt-1 text-sm">
                      <Link href={`${enlace(t.evaluadores.pagina, e.id)}#pendientes`}>
                        Ver sus {e.asignadas - e.enviadas} pendientes<span className="sr-only"> ({e.nombre})</span>
                      </Link>
                    </p>
                  )}
                </div>
                {e.enviadas > 0 && <Histograma titulo={`Distribución de las notas finales de ${e.nombre}`} tramos={TRAMOS_NOTA} cuentas={e.histograma} />}
              </div>
            </li>
          ))}
        </ul>
        {t.evaluadores.paginas > 1 && (
          <nav aria-label="Páginas de evaluadores" className="mt-4 flex flex-wrap items-center gap-4">
            {t.evaluadores.pagina > 1 && <Link href={enlace(t.evaluadores.pagina - 1)}>← Anteriores</Link>}
            <span>
              Página {t.evaluadores.pagina} de {t.evaluadores.paginas}
            </span>
            {t.evaluadores.pagina < t.evaluadores.paginas && <Link href={enlace(t.evaluadores.pagina + 1)}>Siguientes →</Link>}
          </nav>
        )}
      </section>

      <section aria-labelledby="titulo-sin-capacitar" className="mt-8">
        <h2 id="titulo-sin-capacitar" className="mb-3 text-2xl">
          Evaluadores sin capacitación aprobada
        </h2>
        {t.sinCapacitar.length === 0 ? (
          <p>Todos los evaluadores aprobaron la capacitación.</p>
        ) : (
          <>
            <p className="text-sm">No ven perfiles ni pueden evaluar hasta aprobarla.</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {t.sinCapacitar.map((e) => (
                <li key={e.id} className="break-words">
                  {e.nombre}
                  {e.region && ` · ${e.region}`} · {e.intentos === 0 ? "sin intentos" : e.intentos === 1 ? "1 intento" : `${e.intentos} intentos`}
                  {e.asignadas > 0 && ` · ${e.asignadas} ${e.asignadas === 1 ? "perfil asignado" : "perfiles asignados"}`}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
