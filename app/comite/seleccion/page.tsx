import type { Metadata } from "next";
import Link from "next/link";
import { AdoptarSugerencia, GenerarActa } from "@/components/seleccion/acciones-ronda";
import { PrepararRondaForm } from "@/components/seleccion/preparar-ronda-form";
import { QuePasaSi } from "@/components/seleccion/que-pasa-si";
import { ResumenRonda } from "@/components/seleccion/resumen-ronda";
import { SugerenciaCartera } from "@/components/seleccion/sugerencia-cartera";
import { TarjetaCandidato } from "@/components/seleccion/tarjeta-candidato";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearNumero } from "@/lib/domain/formato";
import { nombreRegion } from "@/lib/domain/regiones";
import { coberturaRegional, faseDeEtapa, montoSeleccionado, NOMBRE_FASE, seApartaDeSugerencia } from "@/lib/domain/seleccion";
import { hrefCon, leerFijaciones } from "@/lib/seleccion/escenario";
import { convocatoriaSeleccion, cuentasComite, evaluacionesAnonimas, faseAMostrar, formulaDeRonda, leerRonda, rankingDeRonda } from "@/lib/seleccion/espacio";
import { calcularSugerencia, elegibles, seleccionSugerida, type Sugerencia } from "@/lib/seleccion/ronda";

export const metadata: Metadata = { title: "Selección (comité)" };

const RUTA = "/comite/seleccion";
const POR_PAGINA = 20;

const FILTROS = {
  todos: "Todos",
  pendientes: "Sin decisión",
  sugeridos: "En la cartera sugerida",
  seleccionados: "Seleccionados",
  apartados: "Se apartan de la sugerencia",
} as const;
type Filtro = keyof typeof FILTROS;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const uno = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

// The committee's workspace for a round of selección (issue 12, item 4; VISTAS.seleccion): the round's state
// and progress, preparing it, the optimiser's suggestion, what-if runs, the ranking with a decision per
// perfil, and the way to the acta. Each button only for who may use it (PERMISOS, and being a member present).
export default async function SeleccionComite({ searchParams }: Props) {
  const user = await requireVista("seleccion", RUTA);
  const sp = await searchParams;
  const conv = await convocatoriaSeleccion();
  if (!conv) {
    return (
      <>
        <h1 className="text-3xl">Selección</h1>
        <p className="mt-4">No hay una convocatoria activa.</p>
      </>
    );
  }
  const fase = await faseAMostrar(conv, uno(sp.fase));
  if (!fase) {
    return (
      <>
        <h1 className="text-3xl">Selección</h1>
        <p className="mt-4">
          La etapa actual es «{NOMBRE_ETAPA[conv.etapaActual]}». La preselección se hace en la etapa «{NOMBRE_ETAPA.SELECCION_CONTRATACION}» y la selección final en «
          {NOMBRE_ETAPA.FORMACION_INCUBACION}».
        </p>
      </>
    );
  }
  // The actions always act on the etapa's round; another round is shown read-only.
  const enCurso = fase === faseDeEtapa(conv.etapaActual);
  const [ronda, filas, formula] = await Promise.all([leerRonda(conv.id, fase), rankingDeRonda(conv.id, fase), formulaDeRonda(conv.id, fase)]);
  const etapa = conv.etapaActual;
  const miembro = ronda?.miembros.find((m) => m.usuarioId === user.id && m.presente) ?? null;
  const abierta = enCurso && ronda?.estado === "ABIERTA";
  const puedePreparar = enCurso && (!ronda || ronda.estado === "ABIERTA") && puede("seleccion.prepararRonda", user.roles, etapa).ok;
  const puedeDecidir = abierta && !!miembro && puede("seleccion.decidir", user.roles, etapa).ok;
  const cuentas = puedePreparar ? await cuentasComite() : [];

  const candidatos = filas.filter((f) => f.consolidado !== null);
  const sinPuntaje = filas.length - candidatos.length;
  const sugeridas = seleccionSugerida(ronda?.sugerencia ?? null);
  const decisiones = ronda?.decisiones ?? new Map();
  const lista = [...decisiones.entries()].map(([postulacionId, d]) => ({ postulacionId, ...d }));
  const decididas = candidatos.filter((f) => decisiones.has(f.postulacionId)).length;
  const pendientes = candidatos.length - decididas;
  const cobertura = coberturaRegional(
    candidatos.map((f) => ({ postulacionId: f.postulacionId, folio: f.folio, nombre: f.nombreProyecto, regionCut: f.regionCut, montoSolicitado: f.montoSolicitado ?? 0 })),
    lista,
  );
  const banda = { min: conv.montoMinProyecto, max: conv.montoMaxProyecto };

  // What-if (a read: the optimiser runs off the event loop, nothing is stored).
  const fijaciones = leerFijaciones({ incluir: sp.incluir, excluir: sp.excluir }, new Set(elegibles(filas).map((f) => f.postulacionId)));
  let alternativa: Sugerencia | null = null;
  let errorAlternativa: string | null = null;
  if (ronda && ronda.estado !== "CERRADA" && fijaciones.incluir.length + fijaciones.excluir.length > 0) {
    try {
      alternativa = await calcularSugerencia(filas, { presupuesto: ronda.presupuesto, maxPorDesafio: ronda.maxPorDesafio, banda, incluir: fijaciones.incluir, excluir: fijaciones.excluir });
    } catch (e) {
      // The optimiser refuses bad input with a Spanish RangeError; anything else is not for this screen.
      errorAlternativa = e instanceof RangeError ? e.message : "El optimizador no respondió. Intente de nuevo en un momento.";
    }
  }

  // The ranking, filtered and paged.
  const filtro: Filtro = (uno(sp.ver) ?? "todos") in FILTROS ? (uno(sp.ver) as Filtro) : "todos";
  const visibles = candidatos.filter((f) => {
    const d = decisiones.get(f.postulacionId);
    if (filtro === "pendientes") return !d;
    if (filtro === "sugeridos") return sugeridas.has(f.postulacionId);
    if (filtro === "seleccionados") return d?.decision === "SELECCIONADA";
    if (filtro === "apartados") return !!d && seApartaDeSugerencia(d.sugerida, d.decision);
    return true;
  });
  const paginas = Math.max(1, Math.ceil(visibles.length / POR_PAGINA));
  const pagina = Math.min(Math.max(1, Math.trunc(Number(uno(sp.pagina) ?? 1)) || 1), paginas);
  const enPagina = visibles.slice((pagina - 1) * POR_PAGINA, pagina * POR_PAGINA);
  const evaluaciones = await evaluacionesAnonimas(enPagina.map((f) => f.postulacionId));
  const faseParam = uno(sp.fase) && !enCurso ? fase : undefined;
  const base = { fase: faseParam, ver: filtro === "todos" ? undefined : filtro, incluir: fijaciones.incluir, excluir: fijaciones.excluir };
  const conservar: Record<string, string> = Object.fromEntries(
    Object.entries({ fase: faseParam, ver: base.ver, pagina: pagina > 1 ? String(pagina) : undefined }).filter((e): e is [string, string] => !!e[1]),
  );

  return (
    <>
      <h1 className="text-3xl">Selección: {NOMBRE_FASE[fase].toLowerCase()}</h1>
      <p className="mt-2">
        {conv.nombre} · etapa actual: {NOMBRE_ETAPA[etapa]}.{" "}
        {enCurso ? "El comité decide cada perfil candidato; donde se aparta de la cartera sugerida, con su fundamento." : "Esta ronda no es la de la etapa actual: se muestra solo para consulta."}
      </p>
      {faseDeEtapa(etapa) === "SELECCION_FINAL" && (
        <p className="mt-2">
          {enCurso ? <Link href={hrefCon(RUTA, { fase: "PRESELECCION" })}>Ver la ronda de preselección</Link> : <Link href={RUTA}>Volver a la ronda de la etapa actual</Link>}
        </p>
      )}
      {formula && <p className="mt-2 text-sm">{formula}</p>}

      <ResumenRonda
        estado={ronda?.estado ?? null}
        decididas={decididas}
        candidatos={candidatos.length}
        montoUsado={montoSeleccionado(lista)}
        presupuesto={ronda?.presupuesto ?? conv.presupuestoTotal}
        regionesCubiertas={cobertura.cubiertas.length}
        regionesConCandidatos={cobertura.conCandidatos.length}
        regionesSinProyecto={cobertura.conCandidatos.filter((c) => !cobertura.cubiertas.includes(c)).map(nombreRegion)}
      />

      {ronda && !miembro && user.roles.includes("COMITE") && ronda.estado !== "CERRADA" && (
        <Alert tipo="info" titulo="Usted no figura como miembro presente">
          Puede consultar la ronda, pero solo los miembros presentes deciden y firman el acta.
        </Alert>
      )}
      {ronda && ronda.estado !== "ABIERTA" && (
        <p className="mt-4">
          <Link href={hrefCon(`${RUTA}/acta`, { fase: faseParam })} className="font-medium">
            {ronda.estado === "EN_FIRMA" ? "Ver y firmar el acta" : "Ver el acta firmada y descargar su PDF"}
          </Link>
        </p>
      )}

      {puedePreparar && (
        <section aria-labelledby="preparar" className="mt-6">
          <h2 id="preparar" className="text-2xl">
            {ronda ? "Parámetros de la ronda" : "Preparar la ronda"}
          </h2>
          <details className="mt-2" open={!ronda}>
            <summary className="cursor-pointer text-primario underline underline-offset-2">
              {ronda ? "Cambiar el presupuesto, el máximo por desafío o los miembros presentes" : "Presupuesto, máximo por desafío y miembros presentes"}
            </summary>
            <div className="mt-3">
              <PrepararRondaForm
                preparada={!!ronda}
                presupuesto={ronda?.presupuesto ?? conv.presupuestoTotal}
                presupuestoTotal={conv.presupuestoTotal}
                maxPorDesafio={ronda?.maxPorDesafio ?? null}
                cuentas={cuentas}
                presentes={ronda?.miembros.filter((m) => m.presente).map((m) => m.usuarioId) ?? []}
              />
            </div>
          </details>
        </section>
      )}
      {ronda && (
        <p className="mt-4 text-sm">
          Miembros presentes: {ronda.miembros.filter((m) => m.presente).map((m) => m.nombre).join(", ") || "ninguno"}.
        </p>
      )}

      {ronda && <SugerenciaCartera sugerencia={ronda.sugerencia} />}

      {abierta && !!miembro && (
        <section aria-labelledby="acciones" className="mt-6">
          <h2 id="acciones" className="sr-only">
            Acciones de la ronda
          </h2>
          <div className="flex flex-col gap-4">
            {ronda.sugerencia?.factible && pendientes > 0 && puede("seleccion.adoptarSugerencia", user.roles, etapa).ok && (
              <AdoptarSugerencia pendientes={pendientes} seleccionadas={candidatos.filter((f) => !decisiones.has(f.postulacionId) && sugeridas.has(f.postulacionId)).length} />
            )}
            {puede("acta.generar", user.roles, etapa).ok && <GenerarActa />}
          </div>
        </section>
      )}

      {ronda && ronda.estado !== "CERRADA" && candidatos.length > 0 && (
        <QuePasaSi
          ruta={RUTA}
          candidatos={elegibles(filas).map((f) => ({ id: f.postulacionId, posicion: f.posicion, nombre: f.nombreProyecto || "Perfil sin nombre", region: f.regionNombre, monto: f.montoSolicitado, sugerida: sugeridas.has(f.postulacionId) }))}
          fijaciones={fijaciones}
          base={ronda.sugerencia}
          alternativa={alternativa}
          error={errorAlternativa}
          conservar={conservar}
        />
      )}

      <section aria-labelledby="ranking" className="mt-8">
        <h2 id="ranking" className="text-2xl">
          Ranking consolidado
        </h2>
        <p role="status" className="mt-2">
          {formatearNumero(candidatos.length)} candidatos con puntaje consolidado, {formatearNumero(decididas)} con decisión.
          {sinPuntaje > 0 && ` ${sinPuntaje === 1 ? "1 perfil no tiene puntaje consolidado y no es candidato" : `${formatearNumero(sinPuntaje)} perfiles no tienen puntaje consolidado y no son candidatos`} (${sinPuntaje === 1 ? "le" : "les"} falta el puntaje técnico${fase === "SELECCION_FINAL" ? " o el del demo day" : ""}).`}
        </p>
        <nav aria-label="Filtrar el ranking" className="mt-3">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {(Object.keys(FILTROS) as Filtro[]).map((f) => (
              <li key={f}>
                <Link href={hrefCon(RUTA, { ...base, ver: f === "todos" ? undefined : f })} aria-current={f === filtro ? "page" : undefined} className={f === filtro ? "font-bold" : ""}>
                  {FILTROS[f]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {enPagina.length === 0 ? (
          <p className="mt-4">No hay perfiles en esta vista.</p>
        ) : (
          <ol className="mt-4 space-y-6">
            {enPagina.map((f) => (
              <TarjetaCandidato
                key={f.postulacionId}
                fila={f}
                final={fase === "SELECCION_FINAL"}
                sugerida={sugeridas.has(f.postulacionId)}
                decision={decisiones.get(f.postulacionId) ?? null}
                evaluaciones={evaluaciones.get(f.postulacionId) ?? []}
                decidir={puedeDecidir}
                banda={banda}
              />
            ))}
          </ol>
        )}
        {paginas > 1 && (
          <nav aria-label="Páginas del ranking" className="mt-6 flex flex-wrap items-center gap-4">
            {pagina > 1 && <Link href={hrefCon(RUTA, { ...base, pagina: pagina - 1 })}>← Anteriores</Link>}
            <span>
              Página {pagina} de {paginas}
            </span>
            {pagina < paginas && <Link href={hrefCon(RUTA, { ...base, pagina: pagina + 1 })}>Siguientes →</Link>}
          </nav>
        )}
      </section>
    </>
  );
}
