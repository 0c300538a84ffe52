import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Tabla } from "@/components/ui/table";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, permiteEtapa } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { formatoNota } from "@/lib/domain/nota";
import { misAsignaciones, NOMBRE_ESTADO_EVALUACION } from "@/lib/evaluacion/queries";

export const metadata: Metadata = { title: "Mis perfiles asignados" };

// The evaluator's assignments. Until they pass the capacitación they see none (issue 10: "until they pass
// they see no assignments"); the query returns none, and the page says where to go.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MisPerfilesAsignados({ searchParams }: Props) {
  const user = await requireVista("evaluador", "/evaluador");
  const conflicto = (await searchParams).conflicto === "1";
  const { convocatoria, capacitada, asignaciones } = await misAsignaciones(user);

  if (!convocatoria) {
    return (
      <>
        <h1 className="text-3xl">Mis perfiles asignados</h1>
        <p className="mt-4">No hay una convocatoria activa.</p>
      </>
    );
  }

  const abierta = permiteEtapa("evaluacion.guardarBorrador", convocatoria.etapaActual);
  const etapas = PERMISOS["evaluacion.guardarBorrador"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ");
  const pendientes = asignaciones.filter((a) => a.estado !== "enviada").length;

  return (
    <>
      <h1 className="text-3xl">Mis perfiles asignados</h1>
      <p className="mt-2">{convocatoria.nombre}. Evalúe cada perfil con la rúbrica: una nota de 1,0 a 7,0 y un comentario por criterio.</p>
      {conflicto && (
        <div className="mt-4">
          <Alert tipo="exito">Registramos su conflicto de interés: ya no evaluará ese perfil, que pasa a otra persona.</Alert>
        </div>
      )}

      {!capacitada ? (
        <div className="mt-6">
          <Alert tipo="aviso" titulo="Primero, la capacitación">
            <p>
              Para ver y evaluar perfiles debe aprobar la capacitación de esta convocatoria: conocer la rúbrica y calificar tres perfiles de referencia con notas cercanas a las del
              equipo técnico.
            </p>
            <p className="mt-2">
              <Link href="/evaluador/capacitacion">Ir a la capacitación</Link>
            </p>
          </Alert>
        </div>
      ) : (
        <>
          {!abierta && (
            <div className="mt-4">
              <Alert tipo="info">
                Las evaluaciones se escriben en la etapa {etapas}. La convocatoria está en {NOMBRE_ETAPA[convocatoria.etapaActual]}: puede leer sus perfiles, pero no cambiar notas.
              </Alert>
            </div>
          )}
          <p className="mt-4" role="status">
            {asignaciones.length === 0
              ? "Aún no tiene perfiles asignados. Le avisaremos por correo cuando se le asignen."
              : `${asignaciones.length === 1 ? "1 perfil asignado" : `${asignaciones.length} perfiles asignados`}, ${pendientes === 0 ? "todos enviados" : pendientes === 1 ? "1 por enviar" : `${pendientes} por enviar`}.`}
          </p>
          {asignaciones.length > 0 && (
            <div className="mt-4">
              <Tabla caption="Perfiles asignados" columnas={[{ titulo: "Folio" }, { titulo: "Proyecto" }, { titulo: "Desafío" }, { titulo: "Región" }, { titulo: "Estado" }]}>
                {asignaciones.map((a) => (
                  <tr key={a.postulacionId} className="border-b border-acento align-top">
                    <td className="whitespace-nowrap p-2">{a.folio !== null ? formatearFolio(a.folio) : "—"}</td>
                    <th scope="row" className="p-2 text-left font-normal">
                      <Link href={`/evaluador/perfiles/${a.postulacionId}`} className="break-words">
                        {a.proyecto || "Perfil sin nombre"}
                      </Link>
                      {a.tercera && <span className="block text-sm">Tercera revisión</span>}
                    </th>
                    <td className="p-2">{a.desafio}</td>
                    <td className="p-2">{a.regiones.map((r) => r.nombre).join(", ") || "—"}</td>
                    <td className="p-2">
                      <strong>{NOMBRE_ESTADO_EVALUACION[a.estado]}</strong>
                      {a.estado === "enviada" && a.notaFinal !== null && (
                        <span className="block text-sm">
                          Nota {formatoNota(a.notaFinal)}
                          {a.enviadaEn && `, el ${formatearFechaHora(a.enviadaEn)}`}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </Tabla>
            </div>
          )}
        </>
      )}
    </>
  );
}
