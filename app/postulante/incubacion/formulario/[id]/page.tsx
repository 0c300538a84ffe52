import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormularioForm } from "@/components/formulario/formulario-form";
import { FormularioLectura } from "@/components/formulario/formulario-lectura";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFechaHora, formatearNumero } from "@/lib/domain/formato";
import type { ContenidoFormulario, EntradaContenido } from "@/lib/domain/formulario-completo";
import { formatearFolio } from "@/lib/domain/huella";
import { getFormularioEquipo, type FormularioEquipo } from "@/lib/formulario/queries";
import { MENSAJE_NO_PRESELECCIONADA } from "@/lib/incubacion/preseleccionadas";

export const metadata: Metadata = { title: "Formulario completo" };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ enviado?: string }> };

/** The stored content as the form holds it (a week number as the text of its input). */
function aFormulario(c: ContenidoFormulario): EntradaContenido {
  return { ...c, cronograma: c.cronograma.map((h) => ({ ...h, semana: h.semana === null ? "" : String(h.semana) })) };
}

/** A new formulario: one target row per baseline metric of the desafío, one empty row in each other section. */
function inicialNuevo(d: FormularioEquipo): EntradaContenido {
  return {
    teoriaCambio: { problema: "", actividades: "", resultados: "", impacto: "" },
    modeloSostenibilidad: "",
    planCoproduccion: "",
    metricas: d.desafio.metricas.map((m) => ({ metricaLineaBaseId: m.id, lineaBase: formatearNumero(m.valor), meta: "", unidad: m.unidad, medioVerificacion: "" })),
    presupuesto: [{ item: "", categoria: "", monto: null }],
    cronograma: [{ titulo: "", descripcion: "", semana: "", fecha: "" }],
    equipo: [{ nombre: "", rol: "", dedicacion: "" }],
    riesgos: [{ riesgo: "", mitigacion: "" }],
  };
}

export default async function FormularioCompleto({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireVista("equipo", `/postulante/incubacion/formulario/${id}`);
  const [d, { enviado }] = await Promise.all([getFormularioEquipo(user, id), searchParams]);
  // "Not found" and "not yours" are the same answer.
  if (!d) notFound();
  const f = d.formulario;
  const ahora = new Date();
  const enPlazo = !!d.cierre && ahora <= d.cierre;
  const editable = d.preseleccionada && !f?.enviadoEn && enPlazo && puede("formulario.guardarBorrador", user.roles, d.convocatoria.etapaActual).ok;

  return (
    <>
      <p>
        <Link href="/postulante">← Mis postulaciones</Link>
      </p>
      <h1 className="mt-2 break-words text-3xl">Formulario completo</h1>
      <p className="mt-1 break-words">
        {d.nombreProyecto || "Proyecto sin nombre"} · Desafío: {d.desafio.titulo}
        {d.folio !== null && ` · Folio ${formatearFolio(d.folio)}`}
      </p>

      {!d.preseleccionada ? (
        <div className="mt-6">
          <Alert tipo="aviso" titulo="Sin formulario completo">
            {MENSAJE_NO_PRESELECCIONADA}
          </Alert>
          <p>
            <Link href={`/postulante/perfiles/${d.id}`}>Ver su perfil</Link>
          </p>
        </div>
      ) : f?.enviadoEn ? (
        <div className="mt-6">
          <Alert tipo="exito" titulo={enviado ? "Formulario completo enviado" : "Comprobante de envío"}>
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(0,10rem)_minmax(0,1fr)]">
              <dt className="font-medium">Folio</dt>
              <dd>{d.folio !== null ? formatearFolio(d.folio) : "Sin folio"}</dd>
              <dt className="font-medium">Enviado</dt>
              <dd>{formatearFechaHora(f.enviadoEn)} (hora de Chile)</dd>
              <dt className="font-medium">Huella SHA-256</dt>
              <dd className="break-all font-mono text-sm" data-testid="huella">
                {f.huella}
              </dd>
            </dl>
            <p className="mt-2">Le enviamos un correo con estos datos. El formulario quedó congelado: así lo leerán el equipo FOSIS y el jurado.</p>
          </Alert>
          <FormularioLectura contenido={f.contenido} metricas={d.desafio.metricas} montoSolicitado={d.montoSolicitado} nivel={2} />
        </div>
      ) : editable ? (
        <div className="mt-4">
          <p className="mb-4 text-sm">
            Plazo para enviar: hasta el {formatearFechaHora(d.cierre!)} (hora de Chile). Lo que escribe se guarda solo, en este dispositivo y en el portal.
          </p>
          <FormularioForm
            id={d.id}
            version={f?.version ?? 0}
            inicial={f ? aFormulario(f.contenido) : inicialNuevo(d)}
            metricas={d.desafio.metricas}
            montoSolicitado={d.montoSolicitado}
            banda={{ min: d.convocatoria.montoMinProyecto, max: d.convocatoria.montoMaxProyecto }}
          />
        </div>
      ) : (
        <div className="mt-6">
          <Alert tipo="aviso" titulo="El formulario no se puede editar ahora">
            {!puede("formulario.guardarBorrador", user.roles, d.convocatoria.etapaActual).ok
              ? `El formulario completo solo se escribe y envía durante la etapa ${NOMBRE_ETAPA.FORMACION_INCUBACION}. La convocatoria está en ${NOMBRE_ETAPA[d.convocatoria.etapaActual]}.`
              : d.cierre
                ? `El plazo cerró el ${formatearFechaHora(d.cierre)} (hora de Chile). Lo guardado se puede leer, pero ya no se puede modificar ni enviar.`
                : "La convocatoria aún no tiene fecha de cierre para la formación e incubación."}
          </Alert>
          {f ? <FormularioLectura contenido={f.contenido} metricas={d.desafio.metricas} montoSolicitado={d.montoSolicitado} nivel={2} /> : <p>No hay nada guardado en este formulario.</p>}
        </div>
      )}
    </>
  );
}
