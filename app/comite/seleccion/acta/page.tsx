import type { Metadata } from "next";
import Link from "next/link";
import { ActaVista } from "@/components/seleccion/acta-vista";
import { FirmarActaForm } from "@/components/seleccion/firmar-acta-form";
import { RetirarActaForm } from "@/components/seleccion/retirar-acta-form";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFechaHora } from "@/lib/domain/formato";
import { faseDeEtapa, NOMBRE_ESTADO_RONDA } from "@/lib/domain/seleccion";
import { hrefCon } from "@/lib/seleccion/escenario";
import { convocatoriaSeleccion, faseAMostrar, leerRonda } from "@/lib/seleccion/espacio";
import { NOMBRE_POSTURA, tituloActa } from "@/lib/seleccion/presentacion";

export const metadata: Metadata = { title: "Acta de selección (comité)" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The acta of the round (issue 12, item 5): what it says, as it will be printed; who signed and how; the
// signature form for a member present who has not signed; withdrawing it (with a reason) while signatures
// are missing; and, once closed, its SHA-256 and the public PDF (/actas/<id>).
export default async function ActaComite({ searchParams }: Props) {
  const user = await requireVista("seleccion", "/comite/seleccion/acta");
  const sp = await searchParams;
  const conv = await convocatoriaSeleccion();
  const fase = conv ? await faseAMostrar(conv, typeof sp.fase === "string" ? sp.fase : undefined) : null;
  const ronda = conv && fase ? await leerRonda(conv.id, fase) : null;
  const volver = hrefCon("/comite/seleccion", { fase: typeof sp.fase === "string" ? sp.fase : undefined });

  if (!conv || !fase || !ronda?.acta) {
    return (
      <>
        <h1 className="text-3xl">Acta de selección</h1>
        <p className="mt-4">
          {!conv
            ? "No hay una convocatoria activa."
            : !fase
              ? `La etapa actual es «${NOMBRE_ETAPA[conv.etapaActual]}»: no hay una ronda de selección.`
              : "El acta de esta ronda aún no se genera: el comité la genera cuando todos los perfiles candidatos tienen su decisión."}
        </p>
        <p className="mt-4">
          <Link href={volver}>Volver a la selección</Link>
        </p>
      </>
    );
  }

  const { acta } = ronda;
  const etapa = conv.etapaActual;
  const enCurso = fase === faseDeEtapa(etapa);
  const presentes = ronda.miembros.filter((m) => m.presente);
  const firmadas = presentes.filter((m) => m.firmadaEn);
  const yo = presentes.find((m) => m.usuarioId === user.id) ?? null;
  const enFirma = enCurso && ronda.estado === "EN_FIRMA";
  const puedeFirmar = enFirma && !!yo && !yo.firmadaEn && puede("acta.firmar", user.roles, etapa).ok;
  const puedeRetirar = enFirma && !!yo && puede("acta.retirar", user.roles, etapa).ok;

  return (
    <>
      <h1 className="text-3xl">{tituloActa(fase)}</h1>
      <p className="mt-2">
        {conv.nombre} · estado: <strong>{NOMBRE_ESTADO_RONDA[ronda.estado]}</strong> · {firmadas.length} de {presentes.length} firmas.
      </p>
      <p className="mt-2 flex flex-wrap gap-x-6">
        <Link href={volver}>Volver a la selección</Link>
        {puedeFirmar && <a href="#firmar">Ir al formulario de firma</a>}
      </p>

      {ronda.estado === "CERRADA" && acta.sha256 && (
        <section aria-labelledby="acta-publicada" className="mt-6 border-l-4 border-exito bg-[#e6f4ea] p-4">
          <h2 id="acta-publicada" className="text-xl">
            Acta cerrada y publicada
          </h2>
          <p className="mt-1">Cerrada el {acta.cerradaEn ? formatearFechaHora(acta.cerradaEn) : "—"}. Ninguna decisión de esta ronda puede cambiar.</p>
          <p className="mt-2">Huella SHA-256 del PDF (registrada en la bitácora de auditoría):</p>
          <p className="font-mono text-sm break-all">{acta.sha256}</p>
          <p className="mt-3">
            <a href={`/actas/${acta.id}`} className="font-medium">
              Descargar el acta en PDF
            </a>
          </p>
        </section>
      )}

      <section aria-labelledby="firmas" className="mt-6">
        <h2 id="firmas" className="text-2xl">
          Miembros presentes y firmas
        </h2>
        <ul className="mt-2 space-y-3">
          {presentes.map((m) => (
            <li key={m.usuarioId} className="border border-acento p-3">
              <p className="font-medium text-titulo">
                {m.nombre}
                {m.usuarioId === user.id && " (usted)"}
              </p>
              {m.firmadaEn && m.postura ? (
                <>
                  <p>
                    {NOMBRE_POSTURA[m.postura]} · firmó el {formatearFechaHora(m.firmadaEn)}
                  </p>
                  {m.nota && (
                    <p className="mt-1 whitespace-pre-line break-words">
                      {m.postura === "DISIDENCIA" ? "Fundamento de la disidencia" : "Nota"}: {m.nota}
                    </p>
                  )}
                </>
              ) : (
                <p>Aún no firma.</p>
              )}
            </li>
          ))}
        </ul>
      </section>

      {enFirma && yo && yo.firmadaEn && <Alert tipo="info" titulo="Usted ya firmó">Falta la firma de {presentes.length - firmadas.length === 1 ? "1 miembro" : `${presentes.length - firmadas.length} miembros`}.</Alert>}
      {enFirma && !yo && user.roles.includes("COMITE") && (
        <Alert tipo="info" titulo="Usted no figura como miembro presente">
          Solo los miembros presentes en la ronda firman el acta.
        </Alert>
      )}

      <ActaVista contenido={acta.contenido} />

      {puedeFirmar && (
        <section aria-labelledby="firmar" className="mt-6">
          <h2 id="firmar" className="text-2xl">
            Firmar el acta
          </h2>
          <p className="mt-2">Firma lo que dice el acta de arriba. Puede firmar de acuerdo o dejar constancia de una disidencia con su fundamento.</p>
          <div className="mt-3">
            <FirmarActaForm ultima={presentes.length - firmadas.length === 1} />
          </div>
        </section>
      )}


      {puedeRetirar && (
        <section aria-labelledby="retirar" className="mt-8">
          <h2 id="retirar" className="text-2xl">
            Retirar el acta
          </h2>
          <p className="mt-2">
            Si hay que corregir una decisión, retire el acta: las firmas registradas se descartan y la ronda vuelve a quedar abierta. El motivo queda en la bitácora.
          </p>
          <div className="mt-3">
            <RetirarActaForm firmas={firmadas.length} />
          </div>
        </section>
      )}
    </>
  );
}
