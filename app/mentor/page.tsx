import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { BarraProgreso } from "@/components/ui/barra-progreso";
import { requireVista } from "@/lib/auth/guard";
import { formatearFecha } from "@/lib/domain/formato";
import { SEMANAS_MENTORIA } from "@/lib/domain/mentoria";
import { misMentorias } from "@/lib/mentoria/queries";

export const metadata: Metadata = { title: "Mis equipos de mentoría" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The mentor's live mentorías: one card per team (phone first), with its progress 0–8 and the weeks overdue.
export default async function MisEquipos({ searchParams }: Props) {
  const user = await requireVista("mentor", "/mentor");
  const conflicto = (await searchParams).conflicto === "1";
  const { convocatoria, mentorias } = await misMentorias(user);

  return (
    <>
      <h1 className="text-3xl">Mis equipos de mentoría</h1>
      {conflicto && (
        <div className="mt-4">
          <Alert tipo="exito">Registramos su conflicto de interés: ya no acompaña a ese equipo. El equipo FOSIS le asignará otra persona.</Alert>
        </div>
      )}
      {!convocatoria ? (
        <p className="mt-4">No hay una convocatoria activa.</p>
      ) : (
        <>
          <p className="mt-2">
            {convocatoria.nombre}. Acompañe a cada equipo durante {SEMANAS_MENTORIA} sesiones semanales y registre cada una: el equipo la confirma.
          </p>
          <p className="mt-4" role="status">
            {mentorias.length === 0
              ? "Aún no tiene equipos asignados. Le avisaremos por correo cuando el equipo FOSIS le asigne uno."
              : mentorias.length === 1
                ? "Acompaña a 1 equipo."
                : `Acompaña a ${mentorias.length} equipos.`}
          </p>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {mentorias.map((m) => (
              <li key={m.id} className="border border-acento p-4">
                <h2 className="text-xl">
                  <Link href={`/mentor/${m.id}`}>{m.proyecto || "Proyecto sin nombre"}</Link>
                </h2>
                <p className="text-sm">
                  {m.desafio} · {m.region} · desde el {formatearFecha(m.inicio)}
                </p>
                <div className="mt-3">
                  <BarraProgreso etiqueta={`Sesiones confirmadas de ${m.proyecto}`} valor={m.progreso.confirmadas} total={SEMANAS_MENTORIA} unidad="sesiones" />
                </div>
                {m.progreso.porConfirmar > 0 && (
                  <p className="mt-1 text-sm">{m.progreso.porConfirmar === 1 ? "1 sesión registrada espera la confirmación del equipo." : `${m.progreso.porConfirmar} sesiones registradas esperan la confirmación del equipo.`}</p>
                )}
                {m.atrasadas.length > 0 && (
                  <p className="mt-1 text-sm font-semibold text-error">
                    {m.atrasadas.length === 1 ? `Semana ${m.atrasadas[0]} sin sesión registrada.` : `Semanas ${m.atrasadas.join(", ")} sin sesión registrada.`}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
