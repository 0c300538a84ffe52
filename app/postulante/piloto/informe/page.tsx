import type { Metadata } from "next";
import Link from "next/link";
import { InformeForm } from "@/components/sistematizacion/informe-form";
import { InformeLectura } from "@/components/sistematizacion/informe-lectura";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { NOMBRE_ESTADO_SISTEMATIZACION } from "@/lib/domain/sistematizacion";
import { getInformesEquipo, type InformePiloto } from "@/lib/sistematizacion/queries";

export const metadata: Metadata = { title: "Informe final del piloto" };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

type Props = { searchParams: Promise<{ id?: string }> };

export default async function InformeFinal({ searchParams }: Props) {
  const user = await requireVista("piloto", "/postulante/piloto/informe");
  const [informes, conv, { id }] = await Promise.all([getInformesEquipo(user), getConvocatoriaActual(), searchParams]);
  const informe = informes.find((i) => i.id === id) ?? informes[0];

  return (
    <>
      <p>
        <Link href="/postulante">← Mis postulaciones</Link>
      </p>
      <h1 className="mt-2 text-3xl">Informe final del piloto</h1>
      <p className="mt-1 max-w-3xl">
        La sistematización del piloto: lo realizado, los aprendizajes, la co-producción, cada métrica frente a la línea base del desafío y su meta, los costos y su
        recomendación. Una vez aprobado por el equipo FOSIS, se publica en el repositorio de aprendizajes.
      </p>

      {informes.length > 1 && (
        <nav aria-label="Sus pilotos" className="mt-4">
          <ul className="flex flex-wrap gap-3">
            {informes.map((i) => (
              <li key={i.id}>
                <Link href={`/postulante/piloto/informe?id=${i.id}`} aria-current={i.id === informe?.id ? "page" : undefined}>
                  {i.nombreProyecto}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {!informe ? (
        <div className="mt-6">
          <Alert tipo="info" titulo="Aún no tiene un piloto">
            El informe final es de los proyectos seleccionados que firmaron su convenio. Cuando su proyecto esté en ejecución, aquí escribirá su informe.
          </Alert>
        </div>
      ) : (
        <Informe informe={informe} editableEnEtapa={!!conv && puede("sistematizacion.guardarBorrador", user.roles, conv.etapaActual).ok} etapa={conv ? NOMBRE_ETAPA[conv.etapaActual] : null} />
      )}
    </>
  );
}

function Informe({ informe, editableEnEtapa, etapa }: { informe: InformePiloto; editableEnEtapa: boolean; etapa: string | null }) {
  const editable = informe.estado === "BORRADOR" || informe.estado === "OBSERVADA";
  return (
    <div className="mt-6">
      <p className="break-words">
        <strong>{informe.nombreProyecto}</strong> · Desafío: {informe.desafio}
        {informe.folio !== null && ` · Folio ${formatearFolio(informe.folio)}`}
      </p>
      <p className="mt-1" data-testid="estado-informe">
        Estado: <strong>{NOMBRE_ESTADO_SISTEMATIZACION[informe.estado]}</strong>
        {informe.enviadaEn && informe.estado !== "BORRADOR" && ` · enviado el ${formatearFechaHora(informe.enviadaEn)}`}
        {informe.aprobadaEn && ` · aprobado el ${formatearFechaHora(informe.aprobadaEn)}`}
      </p>

      {informe.estado === "OBSERVADA" && (
        <div className="mt-4">
          <Alert tipo="aviso" titulo="El equipo FOSIS pidió cambios">
            <p className="whitespace-pre-line">{informe.revisionMotivo}</p>
            <p className="mt-2">Corrija el informe y envíelo de nuevo.</p>
          </Alert>
        </div>
      )}
      {informe.estado === "ENVIADA" && (
        <div className="mt-4">
          <Alert tipo="info" titulo="Informe enviado a revisión">
            El equipo FOSIS lo está revisando; le avisaremos por correo. Mientras tanto no se puede editar.
          </Alert>
        </div>
      )}
      {informe.estado === "APROBADA" && (
        <div className="mt-4">
          <Alert tipo="exito" titulo="Informe aprobado y publicado">
            Su informe está en el repositorio público de aprendizajes del Fondo IDEA.
            {informe.revisionMotivo && <span className="mt-2 block whitespace-pre-line">Comentario: {informe.revisionMotivo}</span>}
          </Alert>
        </div>
      )}

      {editable && editableEnEtapa ? (
        <div className="mt-6 max-w-3xl">
          <InformeForm id={informe.id} inicial={informe.contenido} version={informe.version} />
        </div>
      ) : (
        <>
          {editable && (
            <div className="mt-4">
              <Alert tipo="info" titulo="Aún no se escribe el informe final">
                El informe final se escribe en la etapa de Cierre{etapa ? ` (la convocatoria está en ${etapa})` : ""}.
              </Alert>
            </div>
          )}
          <InformeLectura contenido={informe.contenido} />
        </>
      )}
    </div>
  );
}
