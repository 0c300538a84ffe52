import { formatearClp, formatearFechaHora } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import type { PerfilParaEvaluar } from "@/lib/evaluacion/queries";
import { CAMPOS_PERFIL } from "@/lib/postulaciones/schema";
import { TextosPerfil } from "@/components/postulaciones/textos-perfil";


/**
 * The perfil as it was sent (frozen with its folio and SHA-256 fingerprint), read-only, laid out as on the
 * staff review (app/seguimiento/postulaciones/[id]). Fields the reader's roles may not see come as null
 * and are left out.
 */
export function PerfilCongelado({ perfil: p }: { perfil: PerfilParaEvaluar["perfil"] }) {
  return (
    <>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        <dt className="font-medium text-titulo">Folio</dt>
        <dd>{p.folio !== null ? formatearFolio(p.folio) : "Sin folio"}</dd>
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
        <dt className="font-medium text-titulo">Enviado</dt>
        <dd>{p.enviadaEn ? `${formatearFechaHora(p.enviadaEn)} (hora de Chile)` : "—"}</dd>
        {p.huella && (
          <>
            <dt className="font-medium text-titulo">Huella SHA-256</dt>
            <dd className="break-all font-mono text-sm">{p.huella}</dd>
          </>
        )}
      </dl>
      <TextosPerfil perfil={p} />
    </>
  );
}
