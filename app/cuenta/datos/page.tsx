import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RectificarForm, SolicitarRectificacionForm, SolicitarSupresionForm } from "@/components/datos-personales/formularios-persona";
import { Alert } from "@/components/ui/alert";
import { AvisoPersistente } from "@/components/ui/aviso-persistente";
import { getSessionUser } from "@/lib/auth/session";
import { getMisDatos } from "@/lib/datos-personales/queries";
import { NOMBRE_ESTADO_SOLICITUD, NOMBRE_TIPO_SOLICITUD, ROLES_CON_ALCANCE_REGIONAL } from "@/lib/datos-personales/reglas";
import { formatearFecha, formatearFechaHora } from "@/lib/domain/formato";
import { textoPlazo } from "@/lib/domain/plazos-datos";
import { nombreRegion, type CodigoRegion } from "@/lib/domain/regiones";
import { formatearRut } from "@/lib/domain/rut";

export const metadata: Metadata = { title: "Mis datos personales" };

// The person's rights over their personal data (Ley 21.719; docs/decisions/0019-derechos-sobre-datos.md):
// download all of it, correct the name and region, ask for other corrections or for erasure, and follow
// the requests with their deadline. Only the signed-in person's own data.
// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default async function MisDatosPersonales() {
  const user = await getSessionUser();
  if (!user) redirect("/ingresar?volver=/cuenta/datos");
  const datos = await getMisDatos(user);
  if (!datos) redirect("/ingresar?volver=/cuenta/datos");
  const { cuenta, solicitudes } = datos;
  const ahora = new Date();
  const abierta = (tipo: "RECTIFICACION" | "SUPRESION") => solicitudes.some((s) => s.tipo === tipo && s.estado === "PENDIENTE");
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/cuenta">← Mi cuenta</Link>
      </p>
      <h1 className="mt-2 text-3xl">Mis datos personales</h1>
      <p className="mt-2">
        Según la Ley 19.628 sobre protección de la vida privada, usted puede conocer, corregir y pedir que se borren los datos personales que el portal guarda
        sobre usted. El equipo FOSIS responde cada solicitud en un plazo de 30 días corridos.
      </p>

      <section aria-labelledby="datos-guardados" className="mt-8">
        <h2 id="datos-guardados" className="text-2xl">
          Sus datos
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Nombre</dt>
          <dd>{cuenta.nombre}</dd>
          <dt className="font-medium">Correo</dt>
          <dd className="break-words">{cuenta.email}</dd>
          <dt className="font-medium">RUT</dt>
          <dd>{cuenta.rut ? `${formatearRut(cuenta.rut)}${cuenta.rutVerificado ? " (verificado)" : ""}` : "Sin RUT"}</dd>
          <dt className="font-medium">Región</dt>
          <dd>{cuenta.regionCut ? nombreRegion(cuenta.regionCut) : "Sin indicar"}</dd>
          <dt className="font-medium">Cuenta creada</dt>
          <dd>{formatearFecha(cuenta.createdAt)}</dd>
        </dl>
        <p className="mt-4">
          <a href="/cuenta/mis-datos" download className="inline-block min-h-11 border-2 border-primario px-4 py-2 font-medium">
            Descargar todos mis datos (JSON)
          </a>
        </p>
        <p className="mt-2 text-sm">
          Incluye su cuenta, perfiles, organizaciones, inscripciones, votos, evaluaciones, mentorías, solicitudes, correos enviados y su actividad en el portal.
        </p>
      </section>

      <section aria-labelledby="corregir" className="mt-8">
        <h2 id="corregir" className="text-2xl">
          Corregir su nombre o su región
        </h2>
        <p className="mt-2">El correo y el RUT identifican su cuenta (con ellos ingresa y vota): para corregirlos, pida una rectificación.</p>
        <div className="mt-4">
          <RectificarForm nombre={cuenta.nombre} regionCut={cuenta.regionCut as CodigoRegion | null} regionBloqueada={user.roles.some((r) => ROLES_CON_ALCANCE_REGIONAL.includes(r))} />
        </div>
      </section>

      <section aria-labelledby="pedir-rectificacion" className="mt-8">
        <h2 id="pedir-rectificacion" className="text-2xl">
          Pedir una rectificación
        </h2>
        <div className="mt-4">
          {/* The receipt stays when the refreshed page replaces the form with «Ya tiene una solicitud pendiente». */}
          <AvisoPersistente>
            <SolicitarRectificacionForm pendiente={abierta("RECTIFICACION")} />
          </AvisoPersistente>
        </div>
      </section>

      <section aria-labelledby="pedir-supresion" className="mt-8">
        <h2 id="pedir-supresion" className="text-2xl">
          Pedir que se borren sus datos
        </h2>
        <p className="mt-2">
          Se borran su nombre, correo, RUT y su acceso al portal, y su cuenta queda cerrada. Los registros del concurso en que participó (perfiles enviados, votos,
          evaluaciones, actas) se conservan sin su nombre, porque son parte de un procedimiento público: sus votos siguen contando. Los borradores nunca enviados
          se eliminan.
        </p>
        <div className="mt-4">
          {/* The receipt stays when the refreshed page replaces the form with «Ya tiene una solicitud pendiente». */}
          <AvisoPersistente>
            <SolicitarSupresionForm pendiente={abierta("SUPRESION")} />
          </AvisoPersistente>
        </div>
      </section>

      <section aria-labelledby="mis-solicitudes" className="mt-8">
        <h2 id="mis-solicitudes" className="text-2xl">
          Sus solicitudes
        </h2>
        {solicitudes.length === 0 ? (
          <p className="mt-2">No ha hecho solicitudes.</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {solicitudes.map((s) => (
              <li key={s.id} className="border border-acento p-4">
                <p className="font-medium text-titulo">
                  {NOMBRE_TIPO_SOLICITUD[s.tipo]} · {NOMBRE_ESTADO_SOLICITUD[s.estado]}
                </p>
                <p className="text-sm">Recibida el {formatearFechaHora(s.createdAt)}</p>
                {s.estado === "PENDIENTE" ? (
                  <p className="mt-1">
                    Plazo de respuesta: {formatearFechaHora(s.venceEn)} (hora de Chile continental). <strong>{textoPlazo(s.venceEn, ahora)}</strong>
                  </p>
                ) : (
                  s.resueltaEn && <p className="mt-1 text-sm">Respondida el {formatearFechaHora(s.resueltaEn)}</p>
                )}
                {s.detalle && <p className="mt-2 whitespace-pre-line">{s.detalle}</p>}
                {s.respuesta && (
                  <div className="mt-2">
                    <Alert tipo={s.estado === "RECHAZADA" ? "aviso" : "info"} titulo="Respuesta del equipo FOSIS" anunciar={false}>
                      <p className="whitespace-pre-line">{s.respuesta}</p>
                    </Alert>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
