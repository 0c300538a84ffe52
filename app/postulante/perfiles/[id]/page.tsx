import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdjuntosPerfil } from "@/components/adjuntos/adjuntos-perfil";
import { LineaTiempoPostulacion } from "@/components/postulaciones/linea-tiempo-postulacion";
import { PerfilForm } from "@/components/postulaciones/perfil-form";
import { RetirarPerfil } from "@/components/postulaciones/retirar-perfil";
import { Alert } from "@/components/ui/alert";
import { listarAdjuntosDePerfil } from "@/lib/adjuntos/queries";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { listarRegiones } from "@/lib/desafios/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearClp, formatearFechaHora, formatearNumero } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { formatearRut, normalizarRut } from "@/lib/domain/rut";
import { listarLineasAbiertas } from "@/lib/lineas/queries";
import { cierreEnCalendario } from "@/lib/postulaciones/plazo";
import { getPerfilPropio } from "@/lib/postulaciones/queries";
import { CAMPOS_PERFIL, NOMBRE_NIVEL, NOMBRE_TIPO_EJECUTOR } from "@/lib/postulaciones/schema";

export const metadata: Metadata = { title: "Perfil del proyecto" };

/** The RUT as sent (normalised then), with dots; as typed if it does not parse. */
const rutMostrado = (rut: string) => {
  const n = normalizarRut(rut);
  return n ? formatearRut(n) : rut || "—";
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ enviado?: string }> };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default async function Perfil({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireVista("postulante", `/postulante/perfiles/${id}`);
  // "Not found" and "not yours" are the same answer.
  const [p, conv, regiones, lineas, adjuntos, { enviado }] = await Promise.all([
    getPerfilPropio(user, id),
    getConvocatoriaActual(),
    listarRegiones(),
    listarLineasAbiertas(),
    listarAdjuntosDePerfil(id, user),
    searchParams,
  ]);
  if (!p || !conv) notFound();
  const editable = p.estado === "BORRADOR" && puede("perfil.guardarBorrador", user.roles, conv.etapaActual).ok;
  const retirable = p.estado === "ENVIADA" && puede("perfil.retirar", user.roles, conv.etapaActual).ok;
  const cierre = cierreEnCalendario(conv.calendario);
  const requeridos = lineas.find((l) => l.nivelMadurez === p.nivelMadurez && l.tipoEjecutor === p.tipoEjecutor)?.adjuntosRequeridos ?? [];

  const lineaBase = (
    <details className="bg-neutro p-3 text-sm">
      <summary className="cursor-pointer font-medium">Línea base del desafío «{p.desafio.titulo}»</summary>
      <ul className="mt-2 list-disc pl-5">
        {p.desafio.metricas.map((m) => (
          <li key={m.indicador}>
            {m.indicador}: {formatearNumero(m.valor)} {m.unidad}
          </li>
        ))}
      </ul>
    </details>
  );

  return (
    <>
      <p>
        <Link href="/postulante">← Mis postulaciones</Link>
      </p>
      <h1 className="mt-2 text-3xl">{p.nombreProyecto || "Nuevo perfil"}</h1>
      <p className="mt-1">
        Desafío: <Link href={`/desafios/${p.desafio.slug}`}>{p.desafio.titulo}</Link> · {p.convocatoria.nombre}
      </p>
      {cierre && p.estado === "BORRADOR" && <p className="mt-1 text-sm">Plazo para enviar: hasta el {formatearFechaHora(cierre)} (hora de Chile).</p>}
      {enviado && p.folio && (
        <Alert tipo="exito" titulo={`Perfil enviado. Folio ${formatearFolio(p.folio)}`}>
          Le enviamos un correo de confirmación. <a href={`/postulante/perfiles/${p.id}/comprobante`}>Descargue su comprobante (PDF)</a>.
        </Alert>
      )}
      <div className="mt-6">
        {editable ? (
          <PerfilForm
            id={p.id}
            version={p.borradorVersion}
            regiones={regiones}
            lineas={lineas}
            banda={{ min: p.convocatoria.montoMinProyecto, max: p.convocatoria.montoMaxProyecto }}
            lineaBase={lineaBase}
            adjuntos={<AdjuntosPerfil postulacionId={p.id} requeridos={requeridos} adjuntos={adjuntos} editable />}
            inicial={{
              nombreProyecto: p.nombreProyecto,
              problema: p.problema,
              solucion: p.solucion,
              usuarios: p.usuarios,
              coproduccion: p.coproduccion,
              equipo: p.equipo,
              organizacionNombre: p.organizacionNombre,
              organizacionRut: p.organizacionRut,
              nivelMadurez: p.nivelMadurez ?? "",
              tipoEjecutor: p.tipoEjecutor ?? "",
              montoSolicitado: p.montoSolicitado === null ? "" : String(p.montoSolicitado),
              regiones: p.regiones.map((r) => r.regionCut),
            }}
          />
        ) : (
          <>
            {p.estado === "BORRADOR" && (
              <Alert tipo="aviso">Los perfiles solo se pueden editar y enviar durante la etapa Convocatoria. La convocatoria está en {NOMBRE_ETAPA[conv.etapaActual]}.</Alert>
            )}
            <LineaTiempoPostulacion estado={p.estado} folio={p.folio ? formatearFolio(p.folio) : null} enviadaEn={p.enviadaEn} titulo="Avance del perfil" />
            <dl className="mt-6 space-y-4">
              {Object.entries(CAMPOS_PERFIL).map(([k, c]) => (
                <div key={k}>
                  <dt className="font-medium text-titulo">{c.etiqueta}</dt>
                  <dd className="whitespace-pre-line">{p[k as keyof typeof CAMPOS_PERFIL] || "—"}</dd>
                </div>
              ))}
              <div>
                <dt className="font-medium text-titulo">RUT de la organización</dt>
                <dd>{rutMostrado(p.organizacionRut)}</dd>
              </div>
              <div>
                <dt className="font-medium text-titulo">Línea de postulación</dt>
                <dd>{p.nivelMadurez && p.tipoEjecutor ? `${NOMBRE_NIVEL[p.nivelMadurez]} · ${NOMBRE_TIPO_EJECUTOR[p.tipoEjecutor]}` : "—"}</dd>
              </div>
              <div>
                <dt className="font-medium text-titulo">Regiones donde se ejecutaría</dt>
                <dd>{p.regiones.length ? regiones.filter((r) => p.regiones.some((x) => x.regionCut === r.cut)).map((r) => r.nombre).join(", ") : "—"}</dd>
              </div>
              <div>
                <dt className="font-medium text-titulo">Monto solicitado</dt>
                <dd>{p.montoSolicitado !== null ? formatearClp(p.montoSolicitado) : "—"}</dd>
              </div>
              {p.huella && (
                <div>
                  <dt className="font-medium text-titulo">Huella SHA-256 del contenido enviado</dt>
                  <dd className="break-all font-mono text-sm">{p.huella}</dd>
                </div>
              )}
            </dl>
            <AdjuntosPerfil postulacionId={p.id} requeridos={requeridos} adjuntos={adjuntos} editable={false} />
            <p className="mt-6 flex flex-wrap gap-4">
              {p.folio && <a href={`/postulante/perfiles/${p.id}/comprobante`}>Descargar comprobante (PDF)</a>}
              {p.slugPublico && <Link href={`/perfiles/${p.slugPublico}`}>Ver página pública</Link>}
            </p>
            {retirable && (
              <div className="mt-6">
                <RetirarPerfil id={p.id} />
              </div>
            )}
          </>
        )}
      </div>
    </>
  );
}
