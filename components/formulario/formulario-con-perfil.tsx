// The frozen perfil, its preselection decision (with the committee's reasons) and the formulario completo,
// side by side on a wide screen and one after the other on a phone. For any page that has already
// authorised the perfil for its viewer (staff's /seguimiento/incubacion, the juror's and the evaluator's
// pages): it reads by id, and shows personal data by the viewer's roles (lib/auth/datos-personales.ts).
import { PerfilCongelado } from "@/components/evaluacion/perfil-congelado";
import { Alert } from "@/components/ui/alert";
import { formatearClp, formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import type { Rol } from "@/lib/domain/roles";
import { getFormularioConPerfil } from "@/lib/formulario/queries";
import { FormularioLectura } from "./formulario-lectura";

const NOMBRE_DECISION: Record<string, string> = { SELECCIONADA: "Preseleccionado", NO_SELECCIONADA: "No preseleccionado", LISTA_ESPERA: "En lista de espera" };

export async function FormularioConPerfil({ postulacionId, roles }: { postulacionId: string; roles: readonly Rol[] }) {
  const d = await getFormularioConPerfil(postulacionId, roles);
  if (!d) return <Alert tipo="aviso">Este perfil no fue preseleccionado en el acta firmada: no tiene formulario completo.</Alert>;
  const { perfil, decision, formulario, metricas } = d;
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <div>
        <section aria-labelledby="fcp-perfil">
          <h2 id="fcp-perfil" className="mb-3 text-2xl">
            Perfil enviado
          </h2>
          <PerfilCongelado perfil={perfil} />
        </section>
        <section aria-labelledby="fcp-decision" className="mt-8">
          <h2 id="fcp-decision" className="mb-3 text-2xl">
            Decisión de preselección
          </h2>
          {decision ? (
            <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
              <dt className="font-medium text-titulo">Decisión del comité</dt>
              <dd>{NOMBRE_DECISION[decision.decision] ?? decision.decision}</dd>
              {decision.montoAsignado !== null && (
                <>
                  <dt className="font-medium text-titulo">Monto asignado</dt>
                  <dd>{formatearClp(decision.montoAsignado)}</dd>
                </>
              )}
              {decision.ronda.cerradaEn && (
                <>
                  <dt className="font-medium text-titulo">Acta firmada</dt>
                  <dd>{formatearFechaHora(decision.ronda.cerradaEn)} (hora de Chile)</dd>
                </>
              )}
              <dt className="font-medium text-titulo">Fundamento</dt>
              <dd className="whitespace-pre-line break-words">{decision.fundamento || "Sin fundamento escrito: la decisión siguió la sugerencia del optimizador."}</dd>
            </dl>
          ) : (
            <p>Sin decisión registrada.</p>
          )}
        </section>
      </div>
      <section aria-labelledby="fcp-formulario">
        <h2 id="fcp-formulario" className="mb-3 text-2xl">
          Formulario completo
        </h2>
        {!formulario?.enviadoEn ? (
          <p>El equipo aún no envía su formulario completo (un borrador es solo del equipo).</p>
        ) : (
          <>
            <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
              <dt className="font-medium text-titulo">Enviado</dt>
              <dd>
                {formatearFechaHora(formulario.enviadoEn)} (hora de Chile){perfil.folio !== null && ` · Folio ${formatearFolio(perfil.folio)}`}
              </dd>
              {formulario.huella && (
                <>
                  <dt className="font-medium text-titulo">Huella SHA-256</dt>
                  <dd className="break-all font-mono text-sm">{formulario.huella}</dd>
                </>
              )}
            </dl>
            <FormularioLectura contenido={formulario.contenido} metricas={metricas} montoSolicitado={perfil.montoSolicitado} nombresVisibles={d.nombresVisibles} />
          </>
        )}
      </section>
    </div>
  );
}
