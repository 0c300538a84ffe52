import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeclararConflictoMentoria } from "@/components/mentoria/declarar-conflicto-form";
import { RegistrarSesionForm } from "@/components/mentoria/registrar-sesion-form";
import { SemanasMentoria } from "@/components/mentoria/semanas";
import { Alert } from "@/components/ui/alert";
import { BarraProgreso } from "@/components/ui/barra-progreso";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, permiteEtapa } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { aFechaInput, formatearFecha } from "@/lib/domain/formato";
import { SEMANAS_MENTORIA } from "@/lib/domain/mentoria";
import { getMentoria } from "@/lib/mentoria/queries";

export const metadata: Metadata = { title: "Mentoría de un equipo" };

type Props = { params: Promise<{ mentoriaId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DIA = 86_400_000;

// One of the mentor's teams: its perfil in short, the 8 weeks, the form to log a week and the conflict
// declaration. Another mentor's team, a recused one or one that does not exist: 404, alike.
export default async function MentoriaDelEquipo({ params, searchParams }: Props) {
  const { mentoriaId } = await params;
  const user = await requireVista("mentor", `/mentor/${mentoriaId}`);
  const m = await getMentoria(mentoriaId, user, "mentor");
  if (!m) notFound();

  const abierta = permiteEtapa("mentoria.registrarSesion", m.etapaActual);
  const sp = await searchParams;
  const pedida = Number(typeof sp.semana === "string" ? sp.semana : NaN);
  // The week to log: the one asked for, else the first not confirmed.
  const editables = m.semanas.filter((w) => w.estado !== "confirmada");
  const elegida = m.semanas.find((w) => w.semana === pedida && w.estado !== "confirmada") ?? editables[0] ?? null;
  const hoy = aFechaInput(new Date());
  const minima = aFechaInput(new Date(m.inicio.getTime() - 7 * DIA));

  return (
    <>
      <p>
        <Link href="/mentor">← Mis equipos</Link>
      </p>
      <h1 className="mt-2 text-3xl">{m.equipo.proyecto || "Proyecto sin nombre"}</h1>
      <p className="mt-1">
        {m.equipo.desafio} · {m.equipo.region} · mentoría desde el {formatearFecha(m.inicio)}
      </p>

      <section aria-labelledby="t-equipo" className="mt-6">
        <h2 id="t-equipo" className="text-2xl">
          El equipo
        </h2>
        {m.equipo.contacto && (
          <p className="mt-2">
            Contacto: {m.equipo.contacto.nombre} · <a href={`mailto:${m.equipo.contacto.email}`}>{m.equipo.contacto.email}</a>
          </p>
        )}
        <dl className="mt-2 space-y-2">
          {[
            ["Problema", m.equipo.problema],
            ["Solución", m.equipo.solucion],
            ["Usuarios", m.equipo.usuarios],
          ].map(([t, v]) => (
            <div key={t}>
              <dt className="font-semibold">{t}</dt>
              <dd className="whitespace-pre-line break-words">{v || "—"}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="t-semanas" className="mt-8">
        <h2 id="t-semanas" className="text-2xl">
          Las {SEMANAS_MENTORIA} semanas
        </h2>
        <div className="mt-2">
          <BarraProgreso etiqueta="Sesiones confirmadas por el equipo" valor={m.progreso.confirmadas} total={SEMANAS_MENTORIA} unidad="sesiones" />
        </div>
        {m.atrasadas.length > 0 && (
          <div className="mt-3">
            <Alert tipo="aviso" anunciar={false}>
              {m.atrasadas.length === 1 ? `La semana ${m.atrasadas[0]} no tiene sesión registrada.` : `Las semanas ${m.atrasadas.join(", ")} no tienen sesión registrada.`} Si las sesiones se
              hicieron, regístrelas.
            </Alert>
          </div>
        )}
        <SemanasMentoria semanas={m.semanas} enlace={abierta ? (s) => `/mentor/${m.id}?semana=${s}#registrar` : undefined} />
      </section>

      <section aria-labelledby="t-registrar" className="mt-8" id="registrar">
        <h2 id="t-registrar" className="text-2xl">
          {elegida ? `Registrar la sesión de la semana ${elegida.semana}` : "Sesiones"}
        </h2>
        {!abierta ? (
          <p className="mt-2">
            Las sesiones se registran en la etapa {PERMISOS["mentoria.registrarSesion"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ")}. La convocatoria está en {NOMBRE_ETAPA[m.etapaActual]}.
          </p>
        ) : !elegida ? (
          <p className="mt-2">El equipo confirmó las {SEMANAS_MENTORIA} sesiones. ¡Gracias por su acompañamiento!</p>
        ) : (
          <div className="mt-2 max-w-xl">
            <RegistrarSesionForm
              key={elegida.semana}
              mentoriaId={m.id}
              semana={elegida.semana}
              hoy={hoy}
              minima={minima}
              corrige={!!elegida.sesion}
              valores={
                elegida.sesion
                  ? { fecha: aFechaInput(elegida.sesion.fecha), temas: elegida.sesion.temas, acuerdos: elegida.sesion.acuerdos, proximosPasos: elegida.sesion.proximosPasos }
                  : { fecha: hoy, temas: "", acuerdos: "", proximosPasos: "" }
              }
            />
          </div>
        )}
      </section>

      {permiteEtapa("mentoria.declararConflicto", m.etapaActual) && (
        <section aria-labelledby="t-conflicto" className="mt-10 max-w-xl border-t border-acento pt-6">
          <h2 id="t-conflicto" className="text-2xl">
            Conflicto de interés
          </h2>
          <p className="mt-2">Si tiene un interés o un vínculo con este equipo, declárelo: dejará de ser su mentor o mentora y el equipo FOSIS asignará a otra persona.</p>
          <div className="mt-2">
            <DeclararConflictoMentoria mentoriaId={m.id} />
          </div>
        </section>
      )}
    </>
  );
}
