import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RegistroMentorForm } from "@/components/mentores/registro-mentor-form";
import { Alert } from "@/components/ui/alert";
import { getSessionUser } from "@/lib/auth/session";
import { PERMISOS, puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFecha } from "@/lib/domain/formato";
import { NOMBRE_ESTADO_MENTOR } from "@/lib/domain/mentores";
import type { CodigoRegion } from "@/lib/domain/regiones";
import { miInscripcionMentor } from "@/lib/mentores/queries";
import { RUTA_REGISTRO_MENTOR } from "@/lib/mentores/rutas";

export const metadata: Metadata = { title: "Inscripción como mentora o mentor" };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

// Anyone signed in registers (or updates their registration) in the mentor pool; the page shows where the
// registration stands: pending review, approved, or rejected with the reason.
export default async function RegistroMentor() {
  const user = await getSessionUser();
  if (!user) redirect(`/ingresar?volver=${encodeURIComponent(RUTA_REGISTRO_MENTOR)}`);
  const [conv, actual] = await Promise.all([getConvocatoriaActual(), miInscripcionMentor(user)]);
  const abierta = !!conv && puede("mentor.registrarse", user.roles, conv.etapaActual).ok;
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Inscripción como mentora o mentor</h1>
      <p className="mt-2">
        Los equipos preseleccionados del Fondo IDEA tienen ocho semanas de mentoría antes de presentar su formulario completo y su pitch en el demo day regional. Cada
        mentora o mentor acompaña a uno o más equipos con una sesión semanal y registra lo conversado desde su teléfono.
      </p>

      <section aria-labelledby="titulo-estado" className="mt-6">
        <h2 id="titulo-estado" className="text-2xl">
          Su inscripción
        </h2>
        <div className="mt-2" role="status">
          {!actual ? (
            <p>Aún no se ha inscrito.</p>
          ) : actual.estado === "APROBADO" ? (
            <Alert tipo="exito" titulo={NOMBRE_ESTADO_MENTOR.APROBADO} anunciar={false}>
              Su inscripción fue aprobada{actual.revisadoEn ? ` el ${formatearFecha(actual.revisadoEn)}` : ""}.{" "}
              {user.roles.includes("MENTOR") ? (
                <>
                  Vea sus equipos en <Link href="/mentor">su área de mentoría</Link>.
                </>
              ) : (
                "Vuelva a ingresar al portal para usar su área de mentoría."
              )}
            </Alert>
          ) : actual.estado === "RECHAZADO" ? (
            <Alert tipo="aviso" titulo={NOMBRE_ESTADO_MENTOR.RECHAZADO} anunciar={false}>
              {actual.motivoRechazo ? <p>Motivo: {actual.motivoRechazo}</p> : null}
              <p>Puede corregir su inscripción y enviarla de nuevo: volverá a revisión.</p>
            </Alert>
          ) : (
            <Alert tipo="info" titulo={NOMBRE_ESTADO_MENTOR.PENDIENTE} anunciar={false}>
              El equipo FOSIS revisará su inscripción y le avisará por correo. Mientras tanto puede actualizarla.
            </Alert>
          )}
        </div>
      </section>

      <section aria-labelledby="titulo-form" className="mt-6">
        <h2 id="titulo-form" className="text-2xl">
          {actual ? "Actualizar la inscripción" : "Inscribirse"}
        </h2>
        <p className="mt-1 text-sm">Los campos con * son obligatorios.</p>
        <div className="mt-3">
          {abierta ? (
            <RegistroMentorForm
              existe={!!actual}
              valores={
                actual
                  ? {
                      helice: actual.helice,
                      institucion: actual.institucion,
                      regionCut: actual.regionCut as CodigoRegion,
                      experiencia: actual.experiencia,
                      temas: actual.temas,
                      horasSemana: actual.horasSemana,
                      maxEquipos: actual.maxEquipos,
                    }
                  : { institucion: "", experiencia: "", temas: [], horasSemana: 2, maxEquipos: 1 }
              }
            />
          ) : (
            <Alert tipo="aviso">
              Las inscripciones se reciben en las etapas {PERMISOS["mentor.registrarse"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ")}
              {conv ? `; la convocatoria está en ${NOMBRE_ETAPA[conv.etapaActual]}` : ""}.
            </Alert>
          )}
        </div>
      </section>
    </div>
  );
}
