import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AsignarPendientes, ReasignarForm } from "@/components/asignaciones/controles";
import { Alert } from "@/components/ui/alert";
import { Tabla } from "@/components/ui/table";
import { NOMBRE_MOTIVO, getPanelAsignaciones } from "@/lib/asignaciones/queries";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, puede, puedeVer } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFolio } from "@/lib/domain/huella";

export const metadata: Metadata = { title: "Asignaciones de evaluadores (seguimiento)" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const plural = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;
const ESTADO = { ENVIADA: "Enviada", BORRADOR: "En borrador", SIN_COMENZAR: "Sin comenzar" } as const;
/** How many perfiles lacking evaluators are listed by name. */
const MAX_LISTADOS = 50;

// FOSIS staff: the bulk assignment (with the reasons when it cannot cover everything), each evaluator's
// load against the cap, and one evaluator's assignments with the control to reassign each.
export default async function AsignacionesSeguimiento({ searchParams }: Props) {
  const user = await requireVista("asignaciones", "/seguimiento/asignaciones");
  const q = await searchParams;
  const evaluadorId = typeof q.evaluador === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(q.evaluador) ? q.evaluador : null;
  const panel = await getPanelAsignaciones(user, evaluadorId);
  if (!panel) {
    return (
      <>
        <h1 className="text-3xl">Asignaciones de evaluadores</h1>
        <p className="mt-4">No hay una convocatoria activa.</p>
      </>
    );
  }
  if (evaluadorId && !panel.detalle) notFound();
  const { convocatoria, reglas, perfiles, evaluadores, detalle } = panel;
  const etapa = convocatoria.etapaActual;
  const puedeAsignar = puede("evaluacion.asignar", user.roles, etapa).ok;
  const puedeReasignar = puede("evaluacion.reasignar", user.roles, etapa).ok;
  const etapasAsignar = PERMISOS["evaluacion.asignar"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ");
  const sinAsignar = perfiles.faltan.length;

  return (
    <>
      <h1 className="text-3xl">Asignaciones de evaluadores</h1>
      <p className="mt-2">
        {convocatoria.nombre} · etapa actual: {NOMBRE_ETAPA[etapa]}. {plural(reglas.evaluadoresPorPerfil, "evaluador", "evaluadores")} por perfil admisible (más las terceras
        revisiones pedidas), a lo más {plural(reglas.tope, "perfil", "perfiles")} por evaluador. {reglas.nombreRegla}. Nadie evalúa un perfil de su propia organización,
        el suyo ni uno con el que declaró un conflicto de interés.
        {puedeVer("admin", user.roles) && (
          <>
            {" "}
            <Link href="/admin/rubrica">Rúbrica y reglas</Link>.
          </>
        )}
      </p>

      <section aria-labelledby="titulo-pendientes" className="mt-8">
        <h2 id="titulo-pendientes" className="text-2xl">
          Perfiles admisibles
        </h2>
        <p className="mt-2" role="status">
          {perfiles.admisibles === 0
            ? "Aún no hay perfiles admisibles."
            : `${plural(perfiles.admisibles, "perfil admisible", "perfiles admisibles")}: ${perfiles.completos} con todos sus evaluadores${sinAsignar ? `, ${sinAsignar} con evaluadores por asignar` : ""}.`}
        </p>
        {sinAsignar > 0 && (
          <ul className="mt-2 list-disc pl-6" aria-label="Perfiles con evaluadores por asignar">
            {perfiles.faltan.slice(0, MAX_LISTADOS).map((p) => (
              <li key={p.id}>
                {p.folio !== null ? `Folio ${formatearFolio(p.folio)}` : "Sin folio"} «{p.proyecto || "Perfil sin nombre"}»: {plural(p.faltan, "evaluador", "evaluadores")} por asignar
              </li>
            ))}
            {sinAsignar > MAX_LISTADOS && <li>y {plural(sinAsignar - MAX_LISTADOS, "perfil más", "perfiles más")}.</li>}
          </ul>
        )}
        <div className="mt-4">
          {puedeAsignar ? (
            <AsignarPendientes pendientes={sinAsignar} />
          ) : (
            <Alert tipo="info" titulo="Asignación cerrada">
              Los evaluadores se asignan en la etapa {etapasAsignar}.
            </Alert>
          )}
        </div>
      </section>

      <section aria-labelledby="titulo-carga" className="mt-10">
        <h2 id="titulo-carga" className="mb-3 text-2xl">
          Carga por evaluador
        </h2>
        {evaluadores.length === 0 ? (
          <p>No hay personas con el rol Evaluador. Otórguelo en «Usuarios y roles» de la administración.</p>
        ) : (
          <Tabla
            caption={`Carga de cada evaluador (tope: ${reglas.tope})`}
            columnas={[
              { titulo: "Evaluador" },
              { titulo: "Región" },
              { titulo: "Capacitación" },
              { titulo: "Asignados", derecha: true },
              { titulo: "Enviadas", derecha: true },
              { titulo: "Pendientes", derecha: true },
              { titulo: "Recusados", derecha: true },
            ]}
          >
            {evaluadores.map((e) => (
              <tr key={e.id} className={`border-b border-neutro ${detalle?.evaluador.id === e.id ? "bg-neutro" : ""}`}>
                <th scope="row" className="p-2 text-left font-normal">
                  <Link href={`/seguimiento/asignaciones?evaluador=${e.id}#detalle`} aria-current={detalle?.evaluador.id === e.id ? "true" : undefined}>
                    {e.nombre}
                  </Link>
                </th>
                <td className="p-2">{e.region}</td>
                <td className="p-2">{e.capacitado ? "Aprobada" : "Pendiente"}</td>
                <td className="p-2 text-right tabular-nums">
                  {e.carga}
                  {e.carga >= reglas.tope ? " (tope)" : ""}
                </td>
                <td className="p-2 text-right tabular-nums">{e.enviadas}</td>
                <td className="p-2 text-right tabular-nums">{e.pendientes}</td>
                <td className="p-2 text-right tabular-nums">{e.recusadas}</td>
              </tr>
            ))}
          </Tabla>
        )}
      </section>

      {detalle && (
        <section id="detalle" aria-labelledby="titulo-detalle" className="mt-10">
          <h2 id="titulo-detalle" className="text-2xl">
            Perfiles de {detalle.evaluador.nombre}
          </h2>
          <p className="mt-2">
            {plural(detalle.evaluador.carga, "perfil asignado", "perfiles asignados")}, {detalle.evaluador.enviadas} con la evaluación enviada.{" "}
            {puedeReasignar && "Una evaluación aún no enviada se puede pasar a otro evaluador: quien la tenía queda recusado para ese perfil."}
          </p>
          {detalle.asignaciones.length === 0 ? (
            <p className="mt-2">No tiene perfiles asignados.</p>
          ) : (
            <ul className="mt-4 space-y-4">
              {detalle.asignaciones.map((a) => {
                const nombre = `${a.folio !== null ? `folio ${formatearFolio(a.folio)}` : "perfil sin folio"} «${a.proyecto || "Perfil sin nombre"}»`;
                return (
                  <li key={a.id} className="border-l-4 border-acento pl-3">
                    <p className="font-medium text-titulo">
                      {a.folio !== null ? `Folio ${formatearFolio(a.folio)}` : "Sin folio"} «{a.proyecto || "Perfil sin nombre"}»
                    </p>
                    <p className="text-sm">
                      {NOMBRE_MOTIVO[a.motivo]} · evaluación: {ESTADO[a.estado]}
                    </p>
                    {puedeReasignar && a.reasignable && (
                      <div className="mt-2">
                        <ReasignarForm
                          asignacionId={a.id}
                          descripcion={nombre}
                          otros={evaluadores
                            .filter((e) => e.id !== detalle.evaluador.id)
                            .map((e) => ({ id: e.id, etiqueta: `${e.nombre} (${e.region}; ${plural(e.carga, "perfil", "perfiles")})` }))}
                        />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
