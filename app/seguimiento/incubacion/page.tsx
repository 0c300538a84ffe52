import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AsignarMentor, type OpcionMentor } from "@/components/mentoria/asignar-mentor";
import { EnviarAlertas } from "@/components/mentoria/enviar-alertas";
import { Alert } from "@/components/ui/alert";
import { BarraProgreso } from "@/components/ui/barra-progreso";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, permiteEtapa } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFecha } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { SEMANAS_MENTORIA } from "@/lib/domain/mentoria";
import { tableroMentorias } from "@/lib/mentoria/queries";

export const metadata: Metadata = { title: "Incubación" };

const SECCIONES = [
  { href: "/seguimiento/incubacion/mentores", nombre: "Pool de mentores" },
  { href: "/seguimiento/incubacion/formacion", nombre: "Programa de formación" },
  { href: "/seguimiento/incubacion/demo-day", nombre: "Demo day" },
  { href: "/seguimiento/incubacion/convenios", nombre: "Convenios" },
];

// THE staff incubation dashboard (VISTAS.incubacion): every preselected team with its desafío and region,
// its mentor (or the control to assign one, with the top suggestions), the progress 0–8 of its sessions
// and the weeks overdue, and the button that e-mails the alerts.
export default async function TableroIncubacion() {
  const user = await requireVista("incubacion", "/seguimiento/incubacion");
  const t = await tableroMentorias(user);
  if (!t) notFound();
  const abierta = permiteEtapa("mentoria.asignar", t.convocatoria.etapaActual);
  const etapas = PERMISOS["mentoria.asignar"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ");
  const sinMentor = t.equipos.filter((e) => !e.mentoria).length;
  const conAtraso = t.equipos.filter((e) => (e.mentoria?.atrasadas.length ?? 0) > 0).length;

  return (
    <>
      <h1 className="text-3xl">Incubación</h1>
      <p className="mt-2">{t.convocatoria.nombre}: los equipos preseleccionados en el acta firmada, sus mentores y sus sesiones semanales.</p>
      <nav aria-label="Secciones de la incubación" className="mt-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {SECCIONES.map((s) => (
            <li key={s.href}>
              <Link href={s.href}>{s.nombre}</Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="t-mentoria" className="mt-8">
        <h2 id="t-mentoria" className="text-2xl">
          Mentoría
        </h2>
        {!abierta && (
          <div className="mt-3">
            <Alert tipo="info" anunciar={false}>
              Los mentores se asignan y las alertas se envían en la etapa {etapas}. La convocatoria está en {NOMBRE_ETAPA[t.convocatoria.etapaActual]}.
            </Alert>
          </div>
        )}
        <p className="mt-3" role="status">
          {t.equipos.length === 0
            ? "Aún no hay equipos preseleccionados: aparecen aquí cuando el comité firma el acta de preselección."
            : `${t.equipos.length === 1 ? "1 equipo preseleccionado" : `${t.equipos.length} equipos preseleccionados`}; ${
                sinMentor === 0 ? "todos con mentor" : sinMentor === 1 ? "1 sin mentor" : `${sinMentor} sin mentor`
              }; ${conAtraso === 0 ? "ninguno con semanas atrasadas" : conAtraso === 1 ? "1 con semanas atrasadas" : `${conAtraso} con semanas atrasadas`}.`}
        </p>
        {abierta && t.equipos.length > 0 && (
          <div className="mt-3">
            <EnviarAlertas atrasadas={t.totalAtrasadas} />
          </div>
        )}

        <ul className="mt-4 grid gap-4 lg:grid-cols-2">
          {t.equipos.map((e) => {
            const sugeridos = new Set(e.sugerencias.map((s) => s.userId));
            const fuera = new Set([...sugeridos, ...e.recusadas.map((r) => r.mentorId), ...(e.mentoria ? [e.mentoria.mentorId] : [])]);
            const sugerencias: OpcionMentor[] = e.sugerencias.map((s) => ({
              userId: s.userId,
              nombre: s.nombre,
              detalle: [s.mismaRegion ? "misma región" : "otra región", s.coincidencias.length ? `temas: ${s.coincidencias.slice(0, 3).join(", ")}` : null, `cupo ${s.cupo}`].filter(Boolean).join(" · "),
            }));
            const otros: OpcionMentor[] = t.mentores
              .filter((m) => !fuera.has(m.userId))
              .map((m) => ({ userId: m.userId, nombre: m.nombre, detalle: `${m.region} · cupo ${m.cupo}` }));
            const atrasada = (e.mentoria?.atrasadas.length ?? 0) > 0;
            return (
              <li key={e.postulacionId} className={`border p-4 ${atrasada ? "border-2 border-error" : "border-acento"}`}>
                <h3 className="text-xl">
                  {e.folio !== null && <span className="text-base font-normal">{formatearFolio(e.folio)} · </span>}
                  {e.proyecto || "Proyecto sin nombre"}
                </h3>
                <p className="text-sm">
                  {e.desafio} · {e.region} · <Link href={`/seguimiento/incubacion/formularios/${e.postulacionId}`}>Perfil y formulario completo</Link>
                </p>
                {e.mentoria ? (
                  <>
                    <p className="mt-2">
                      Mentor o mentora: <strong>{e.mentoria.mentor}</strong>
                      {e.mentoria.institucion && ` (${e.mentoria.institucion})`}, desde el {formatearFecha(e.mentoria.inicio)}
                    </p>
                    <div className="mt-2">
                      <BarraProgreso etiqueta={`Sesiones confirmadas de ${e.proyecto}`} valor={e.mentoria.progreso.confirmadas} total={SEMANAS_MENTORIA} unidad="sesiones" />
                    </div>
                    {e.mentoria.progreso.porConfirmar > 0 && (
                      <p className="mt-1 text-sm">{e.mentoria.progreso.porConfirmar === 1 ? "1 sesión por confirmar por el equipo." : `${e.mentoria.progreso.porConfirmar} sesiones por confirmar por el equipo.`}</p>
                    )}
                    {atrasada && (
                      <p className="mt-1 font-semibold text-error">
                        Atrasada: {e.mentoria.atrasadas.length === 1 ? `semana ${e.mentoria.atrasadas[0]} sin sesión` : `semanas ${e.mentoria.atrasadas.join(", ")} sin sesión`}.
                      </p>
                    )}
                  </>
                ) : (
                  <p className="mt-2 font-semibold">Sin mentor asignado.</p>
                )}
                {e.recusadas.length > 0 && (
                  <details className="mt-2 text-sm">
                    <summary>{e.recusadas.length === 1 ? "1 mentoría recusada" : `${e.recusadas.length} mentorías recusadas`}</summary>
                    <ul className="mt-1 list-disc pl-5">
                      {e.recusadas.map((r) => (
                        <li key={`${r.mentor}-${r.recusadaEn.toISOString()}`}>
                          {r.mentor}, el {formatearFecha(r.recusadaEn)}: {r.conflicto ? `conflicto de interés («${r.conflicto}»)` : "reasignada por el equipo FOSIS"}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
                {abierta && (
                  <div className="mt-3">
                    <AsignarMentor postulacionId={e.postulacionId} proyecto={e.proyecto} sugerencias={sugerencias} otros={otros} mentorActual={e.mentoria?.mentor ?? null} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
