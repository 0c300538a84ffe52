import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChequeosAdmisibilidad } from "@/components/seguimiento/chequeos-admisibilidad";
import { DecisionAdmisibilidadForm } from "@/components/seguimiento/decision-admisibilidad";
import { Alert } from "@/components/ui/alert";
import { getPerfilParaRevision } from "@/lib/admisibilidad/queries";
import { ESTADOS_DECIDIBLES } from "@/lib/admisibilidad/schema";
import { requireVista } from "@/lib/auth/guard";
import { puede, PERMISOS } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { NOMBRE_DOCUMENTO } from "@/lib/domain/admisibilidad";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearClp, formatearFechaHora, formatearNumero } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { formatearRut } from "@/lib/domain/rut";
import { CAMPOS_PERFIL } from "@/lib/postulaciones/schema";
import { TextosPerfil } from "@/components/postulaciones/textos-perfil";
import { NOMBRE_ESTADO } from "@/lib/seguimiento/filtros";

export const metadata: Metadata = { title: "Revisión de admisibilidad" };

type Props = { params: Promise<{ id: string }> };


function tamano(bytes: number): string {
  return bytes >= 1_048_576 ? `${formatearNumero(Math.round((bytes / 1_048_576) * 10) / 10)} MB` : `${formatearNumero(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

export default async function RevisionPostulacion({ params }: Props) {
  const { id } = await params;
  const user = await requireVista("postulaciones", `/seguimiento/postulaciones/${id}`);
  // Outside the user's scope (another region's perfil, for a regional evaluator) is a 404, like a missing one.
  const [p, conv] = await Promise.all([getPerfilParaRevision(id, user), getConvocatoriaActual()]);
  if (!p || !conv) notFound();

  const estadoDecidible = (ESTADOS_DECIDIBLES as readonly string[]).includes(p.estado) ? (p.estado as (typeof ESTADOS_DECIDIBLES)[number]) : null;
  const permiso = puede("perfil.decidirAdmisibilidad", user.roles, conv.etapaActual);
  const etapasDecision = PERMISOS["perfil.decidirAdmisibilidad"].etapas.map((e) => NOMBRE_ETAPA[e]).join(" y ");

  return (
    <>
      <p>
        <Link href="/seguimiento/postulaciones">← Postulaciones</Link>
      </p>
      <h1 className="mt-2 break-words text-3xl">{p.nombreProyecto || "Perfil sin nombre"}</h1>
      <p className="mt-2">
        {p.folio !== null ? `Folio ${formatearFolio(p.folio)}` : "Sin folio"} · Estado: <strong>{NOMBRE_ESTADO[p.estado]}</strong>
      </p>
      {estadoDecidible && permiso.ok && (
        <p className="mt-2">
          <a href="#decision">Ir a la decisión de admisibilidad</a>
        </p>
      )}

      <section aria-labelledby="titulo-chequeos" className="mt-8">
        <h2 id="titulo-chequeos" className="mb-3 text-2xl">
          Chequeos automáticos
        </h2>
        <ChequeosAdmisibilidad chequeos={p.chequeos} />
      </section>

      <section aria-labelledby="titulo-perfil" className="mt-8">
        <h2 id="titulo-perfil" className="mb-3 text-2xl">
          Perfil enviado
        </h2>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
          <dt className="font-medium text-titulo">Desafío</dt>
          <dd className="break-words">{p.desafio.titulo}</dd>
          <dt className="font-medium text-titulo">Línea</dt>
          <dd>{[p.nivel, p.tipo].filter(Boolean).join(" · ") || "Sin línea"}</dd>
          <dt className="font-medium text-titulo">Monto solicitado</dt>
          <dd>{p.montoSolicitado === null ? "Sin monto" : formatearClp(p.montoSolicitado)}</dd>
          <dt className="font-medium text-titulo">Región(es)</dt>
          <dd>{p.regiones.map((r) => r.nombre).join(", ") || "Sin región"}</dd>
          <dt className="font-medium text-titulo">{CAMPOS_PERFIL.organizacionNombre.etiqueta}</dt>
          <dd className="break-words">{p.organizacionNombre || "—"}</dd>
          {/* Personal data only as far as the reader's roles may see it (the DTO leaves the rest null). */}
          {p.organizacionRut !== null && (
            <>
              <dt className="font-medium text-titulo">RUT de la organización</dt>
              <dd>{p.organizacionRutNormalizado ? formatearRut(p.organizacionRutNormalizado) : `${p.organizacionRut || "—"} (no válido)`}</dd>
            </>
          )}
          {p.postulante.nombre !== null && (
            <>
              <dt className="font-medium text-titulo">Postulante</dt>
              <dd className="break-words">
                {p.postulante.nombre}
                {p.postulante.email !== null && (
                  <>
                    {" "}
                    · <a href={`mailto:${p.postulante.email}`}>{p.postulante.email}</a>
                  </>
                )}
              </dd>
            </>
          )}
          <dt className="font-medium text-titulo">Enviado</dt>
          <dd>{p.enviadaEn ? `${formatearFechaHora(p.enviadaEn)} (hora de Chile)` : "—"}</dd>
          <dt className="font-medium text-titulo">Cierre de la convocatoria</dt>
          <dd>{p.cierre ? `${formatearFechaHora(p.cierre)} (hora de Chile)` : "Sin fecha"}</dd>
          {p.huella && (
            <>
              <dt className="font-medium text-titulo">Huella SHA-256</dt>
              <dd className="break-all font-mono text-sm">{p.huella}</dd>
            </>
          )}
        </dl>
        <TextosPerfil perfil={p} />
      </section>

      <section aria-labelledby="titulo-adjuntos" className="mt-8">
        <h2 id="titulo-adjuntos" className="mb-3 text-2xl">
          Documentos adjuntos
        </h2>
        {p.adjuntos.length === 0 ? (
          <p>El perfil no tiene documentos adjuntos.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {p.adjuntos.map((a) => (
              <li key={a.id} className="break-words">
                <a href={`/api/adjuntos/${a.id}`}>{a.nombreArchivo}</a> · {NOMBRE_DOCUMENTO[a.categoria] ?? a.categoria} · {a.mime === "application/pdf" ? "PDF" : a.mime.replace("image/", "").toUpperCase()},{" "}
                {tamano(a.bytes)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="titulo-decision" id="decision" className="mt-8 scroll-mt-4">
        <h2 id="titulo-decision" className="mb-3 text-2xl">
          Decisión de admisibilidad
        </h2>
        {p.admisible !== null && p.admisibilidadEn && (
          <div className="mb-4 border-l-4 border-oscuro bg-neutro p-4">
            <p>
              Decisión vigente: <strong>{p.admisible ? "Admisible" : "Inadmisible"}</strong>, por {p.admisibilidadPor?.nombre ?? "—"} el {formatearFechaHora(p.admisibilidadEn)}.
            </p>
            {p.admisibilidadMotivos && <p className="mt-2 whitespace-pre-line break-words">Motivos: {p.admisibilidadMotivos}</p>}
          </div>
        )}
        {p.historial.length > 1 && (
          <details className="mb-4">
            <summary className="cursor-pointer text-primario underline underline-offset-2">Historial de decisiones ({p.historial.length})</summary>
            <ol className="mt-2 list-decimal space-y-2 pl-5">
              {p.historial.map((h, i) => (
                <li key={i} className="break-words">
                  {formatearFechaHora(h.en)}: {h.por ?? "—"} declaró el perfil {h.decision === "ADMISIBLE" ? "admisible" : "inadmisible"}
                  {h.anterior && h.anterior !== "ENVIADA" ? ` (antes: ${h.anterior === "ADMISIBLE" ? "admisible" : "inadmisible"})` : ""}. Motivos: {h.motivos}
                </li>
              ))}
            </ol>
          </details>
        )}
        {!estadoDecidible ? (
          <Alert tipo="info">
            {p.estado === "RETIRADA"
              ? "Este perfil fue retirado por quien postuló: no requiere decisión de admisibilidad."
              : "Este perfil ya avanzó en el proceso de selección: su admisibilidad no se puede cambiar."}
          </Alert>
        ) : !permiso.ok ? (
          <Alert tipo="aviso">
            {permiso.motivo === "ETAPA"
              ? `La admisibilidad se decide en las etapas ${etapasDecision}. La convocatoria está en ${NOMBRE_ETAPA[conv.etapaActual]}.`
              : "Su cuenta no puede decidir la admisibilidad."}
          </Alert>
        ) : (
          <DecisionAdmisibilidadForm id={p.id} estado={estadoDecidible} />
        )}
      </section>
    </>
  );
}
