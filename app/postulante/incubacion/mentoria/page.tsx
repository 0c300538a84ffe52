import type { Metadata } from "next";
import { ConfirmarSesion } from "@/components/mentoria/confirmar-sesion";
import { SemanasMentoria } from "@/components/mentoria/semanas";
import { BarraProgreso } from "@/components/ui/barra-progreso";
import { requireVista } from "@/lib/auth/guard";
import { permiteEtapa } from "@/lib/auth/permissions";
import { SEMANAS_MENTORIA } from "@/lib/domain/mentoria";
import { mentoriasDelEquipo } from "@/lib/mentoria/queries";

export const metadata: Metadata = { title: "Mentoría del equipo" };

// The team's mentoría: who their mentor is (name and institution only), the 8 weeks and the sessions to
// confirm. Only the caller's own perfiles (VISTAS.equipo).
// Private: rendered per request for the signed-in team (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default async function MentoriaDelEquipoPage() {
  const user = await requireVista("equipo", "/postulante/incubacion/mentoria");
  const { convocatoria, mentorias } = await mentoriasDelEquipo(user);
  const puedeConfirmar = !!convocatoria && permiteEtapa("mentoria.confirmarSesion", convocatoria.etapaActual);

  return (
    <>
      <h1 className="text-3xl">Mentoría</h1>
      {mentorias.length === 0 ? (
        <p className="mt-4" role="status">
          Su equipo aún no tiene mentor o mentora. Si su perfil fue preseleccionado, el equipo FOSIS le asignará uno y le avisaremos por correo.
        </p>
      ) : (
        mentorias.map((m) => {
          const porConfirmar = m.semanas.filter((w) => w.estado === "registrada").length;
          return (
            <section key={m.id} aria-labelledby={`t-${m.id}`} className="mt-6">
              <h2 id={`t-${m.id}`} className="text-2xl">
                {m.proyecto || "Proyecto sin nombre"}
              </h2>
              <p className="mt-1">
                Mentor o mentora: <strong>{m.mentor.nombre}</strong>
                {m.mentor.institucion && <> ({m.mentor.institucion})</>}
              </p>
              <div className="mt-3">
                <BarraProgreso etiqueta={`Sesiones confirmadas de ${m.proyecto}`} valor={m.progreso.confirmadas} total={SEMANAS_MENTORIA} unidad="sesiones" />
              </div>
              <p className="mt-2" role="status">
                {porConfirmar === 0
                  ? "No hay sesiones por confirmar."
                  : porConfirmar === 1
                    ? "1 sesión registrada por su mentor o mentora espera su confirmación."
                    : `${porConfirmar} sesiones registradas por su mentor o mentora esperan su confirmación.`}
              </p>
              <SemanasMentoria
                semanas={m.semanas}
                accion={(w) => (puedeConfirmar && w.sesion && !w.sesion.confirmadaEn ? <ConfirmarSesion sesionId={w.sesion.id} semana={w.semana} /> : null)}
              />
            </section>
          );
        })
      )}
    </>
  );
}
