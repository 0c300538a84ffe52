import type { Metadata } from "next";
import { ConvenioForm } from "@/components/convenio/convenio-form";
import { Alert } from "@/components/ui/alert";
import { AvisoPersistente } from "@/components/ui/aviso-persistente";
import { formatearBytes } from "@/lib/adjuntos/schema";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, puede } from "@/lib/auth/permissions";
import { getPanelConvenios, type EstadoConvenio, type ProyectoConvenio } from "@/lib/convenio/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearClp, formatearFecha, formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { nombreRegion } from "@/lib/domain/regiones";

export const metadata: Metadata = { title: "Convenios de los proyectos seleccionados (seguimiento)" };

const ESTADO: Record<EstadoConvenio, string> = {
  SIN_CONVENIO: "Sin convenio",
  SIN_DOCUMENTO: "Convenio sin documento firmado",
  FIRMADO: "Convenio firmado registrado",
};

const plural = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;

/** A "YYYY-MM-DD" calendar day, read as noon in Chile so no time zone moves it to another day. */
const dia = (f: string) => formatearFecha(new Date(`${f}T12:00:00-04:00`));

// FOSIS staff: the projects the signed final acta selected, the amount the committee decided and each one's
// convenio (amount awarded, dates, responsible person, signed PDF), with the form to register or replace it.
export default async function ConveniosSeguimiento() {
  const user = await requireVista("incubacion", "/seguimiento/incubacion/convenios");
  const panel = await getPanelConvenios(user);
  if (!panel) {
    return (
      <>
        <h1 className="text-3xl">Convenios</h1>
        <p className="mt-4">No hay una convocatoria activa.</p>
      </>
    );
  }
  const { convocatoria, actaFinalFirmada, proyectos } = panel;
  const puedeRegistrar = puede("convenio.registrar", user.roles, convocatoria.etapaActual).ok;
  const firmados = proyectos.filter((p) => p.estado === "FIRMADO").length;
  const etapas = PERMISOS["convenio.registrar"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ");

  return (
    <>
      <h1 className="text-3xl">Convenios de los proyectos seleccionados</h1>
      <p className="mt-2">
        Cada proyecto seleccionado en el acta final firmada necesita su convenio: el monto adjudicado (no más que lo solicitado, entre{" "}
        {formatearClp(convocatoria.montoMinProyecto)} y {formatearClp(convocatoria.montoMaxProyecto)}), las fechas, la persona responsable y el convenio firmado en
        PDF. Sin todos los convenios la convocatoria no pasa a Ejecución.
      </p>

      {!actaFinalFirmada ? (
        <Alert tipo="info" titulo="El acta de selección final aún no está firmada">
          Los convenios se registran cuando todos los miembros presentes del comité firmen el acta de selección final: entonces aparecerán aquí los proyectos
          seleccionados.
        </Alert>
      ) : proyectos.length === 0 ? (
        <Alert tipo="info" titulo="Sin proyectos seleccionados">
          El acta de selección final firmada no seleccionó proyectos.
        </Alert>
      ) : (
        <>
          <p className="mt-4" role="status">
            {plural(proyectos.length, "proyecto seleccionado", "proyectos seleccionados")}: {plural(firmados, "con convenio firmado", "con convenio firmado")}
            {proyectos.length > firmados ? `, ${plural(proyectos.length - firmados, "pendiente", "pendientes")}` : ""}.
          </p>
          {!puedeRegistrar && (
            <div className="mt-4">
              <Alert tipo="info" titulo="Registro cerrado">
                Los convenios se registran en la etapa {etapas}.
              </Alert>
            </div>
          )}
          <AvisoPersistente>
            <ul className="mt-6 space-y-6" aria-label="Proyectos seleccionados">
              {proyectos.map((p) => (
                <li key={p.postulacionId}>
                  <TarjetaProyecto p={p} editable={puedeRegistrar} />
                </li>
              ))}
            </ul>
          </AvisoPersistente>
        </>
      )}
    </>
  );
}

function TarjetaProyecto({ p, editable }: { p: ProyectoConvenio; editable: boolean }) {
  const idTitulo = `proyecto-${p.postulacionId}`;
  const c = p.convenio;
  return (
    <article aria-labelledby={idTitulo} className="border border-acento p-4">
      <h2 id={idTitulo} className="text-xl">
        {p.nombreProyecto || "Proyecto sin nombre"}
      </h2>
      <p className="text-sm">
        {p.folio !== null ? `Folio ${formatearFolio(p.folio)}` : "Sin folio"} · {p.postulante}
        {p.regiones.length > 0 && ` · ${p.regiones.map(nombreRegion).join(", ")}`}
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Monto solicitado</dt>
        <dd>{p.montoSolicitado !== null ? formatearClp(p.montoSolicitado) : "Sin monto"}</dd>
        <dt className="font-medium">Monto decidido por el comité</dt>
        <dd>{p.montoAsignado !== null ? formatearClp(p.montoAsignado) : "Sin monto"}</dd>
        <dt className="font-medium">Estado</dt>
        <dd>
          <strong>{ESTADO[p.estado]}</strong>
        </dd>
        {c && (
          <>
            <dt className="font-medium">Monto adjudicado</dt>
            <dd>{formatearClp(c.montoAdjudicado)}</dd>
            <dt className="font-medium">Vigencia</dt>
            <dd>
              {dia(c.fechaInicio)} al {dia(c.fechaTermino)}
            </dd>
            <dt className="font-medium">Responsable</dt>
            <dd className="break-words">
              {c.responsableNombre} · {c.responsableEmail}
            </dd>
          </>
        )}
        {c?.documento && (
          <>
            <dt className="font-medium">Documento</dt>
            <dd className="break-all">
              <a href={`/seguimiento/incubacion/convenios/${encodeURIComponent(c.id)}/documento`} className="text-primario underline" download>
                {c.documento.nombreArchivo}
              </a>{" "}
              (PDF, {formatearBytes(c.documento.bytes)}
              {c.firmadoEn ? `, registrado el ${formatearFechaHora(c.firmadoEn)}` : ""})
            </dd>
          </>
        )}
      </dl>
      {editable && (
        <details className="mt-3" open={!c?.documento}>
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-primario">{c ? "Actualizar el convenio" : "Registrar el convenio"}</summary>
          <ConvenioForm postulacionId={p.postulacionId} nombreProyecto={p.nombreProyecto} montoSugerido={p.montoAsignado} convenio={c} />
        </details>
      )}
    </article>
  );
}
