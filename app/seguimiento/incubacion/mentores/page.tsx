import type { Metadata } from "next";
import Link from "next/link";
import { AvisoPersistente } from "@/components/ui/aviso-persistente";
import { InvitarMentorForm } from "@/components/mentores/invitar-mentor-form";
import { RevisarMentor } from "@/components/mentores/revisar-mentor";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFecha, formatearFechaHora } from "@/lib/domain/formato";
import { ESTADOS_MENTOR, NOMBRE_ESTADO_MENTOR, NOMBRE_HELICE, nombreTema, type EstadoMentorPool } from "@/lib/domain/mentores";
import { REGIONES } from "@/lib/domain/regiones";
import { listarInvitacionesMentor, listarPoolMentores } from "@/lib/mentores/queries";

export const metadata: Metadata = { title: "Pool de mentores (seguimiento)" };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const uno = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// Staff: the mentor pool, pending registrations first, to approve (grants the MENTOR role) or reject with
// a reason; filters by state and region; and the invitation by e-mail.
export default async function PoolMentores({ searchParams }: Props) {
  const user = await requireVista("incubacion", "/seguimiento/incubacion/mentores");
  const q = await searchParams;
  const estadoQ = uno(q.estado);
  const regionQ = uno(q.region);
  const estado = (ESTADOS_MENTOR as readonly string[]).includes(estadoQ ?? "") ? (estadoQ as EstadoMentorPool) : undefined;
  const regionCut = REGIONES.some((r) => r.cut === regionQ) ? regionQ : undefined;
  const [conv, pool, invitaciones] = await Promise.all([getConvocatoriaActual(), listarPoolMentores(user, { estado, regionCut }), listarInvitacionesMentor(user)]);
  const puedeRevisar = !!conv && puede("mentor.revisar", user.roles, conv.etapaActual).ok;
  const puedeInvitar = !!conv && puede("mentor.invitar", user.roles, conv.etapaActual).ok;
  const pendientes = pool.filter((m) => m.estado === "PENDIENTE").length;
  return (
    <>
      <h1 className="text-3xl">Pool de mentores</h1>
      <p className="mt-2 max-w-3xl">
        Personas de la academia, el Estado, la empresa y la sociedad civil que se inscriben en <Link href="/mentores/registro">/mentores/registro</Link> o a quienes se invita
        por correo. Al aprobar una inscripción la persona recibe el rol de mentor y puede ser asignada a un equipo preseleccionado.
      </p>

      <section aria-labelledby="titulo-pool" className="mt-6">
        <h2 id="titulo-pool" className="text-2xl">
          Inscripciones{pendientes > 0 ? ` (${pendientes} pendientes)` : ""}
        </h2>
        <form method="get" className="mt-3 flex flex-wrap items-end gap-3" aria-label="Filtrar el pool">
          <div className="min-w-48">
            <Select id="estado" label="Estado" defaultValue={estado ?? ""}>
              <option value="">Todos</option>
              {ESTADOS_MENTOR.map((e) => (
                <option key={e} value={e}>
                  {NOMBRE_ESTADO_MENTOR[e]}
                </option>
              ))}
            </Select>
          </div>
          <div className="min-w-48">
            <Select id="region" label="Región" defaultValue={regionCut ?? ""}>
              <option value="">Todas</option>
              {REGIONES.map((r) => (
                <option key={r.cut} value={r.cut}>
                  {r.nombre}
                </option>
              ))}
            </Select>
          </div>
          <div className="mb-4">
            <Button type="submit" variante="secundario">
              Filtrar
            </Button>
          </div>
        </form>
        {!puedeRevisar && (
          <Alert tipo="aviso">
            Las inscripciones se revisan en las etapas {PERMISOS["mentor.revisar"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ")}
            {conv ? `; la convocatoria está en ${NOMBRE_ETAPA[conv.etapaActual]}` : ""}.
          </Alert>
        )}
        <AvisoPersistente>
          {pool.length === 0 ? (
            <p className="mt-3">{estado || regionCut ? "Ninguna inscripción cumple el filtro." : "Aún no hay inscripciones en el pool de mentores."}</p>
          ) : (
            <ul className="mt-3 grid gap-4 lg:grid-cols-2" aria-label="Inscripciones en el pool de mentores">
              {pool.map((m) => (
                <li key={m.id} className="border border-acento p-4">
                  <h3 className="text-xl">{m.nombre}</h3>
                  <p className="text-sm break-all">{m.email}</p>
                  <p className="mt-1">
                    <strong>{NOMBRE_ESTADO_MENTOR[m.estado]}</strong>
                    {m.revisadoEn && m.revisadoPor ? ` por ${m.revisadoPor}, el ${formatearFecha(m.revisadoEn)}` : ""}
                  </p>
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                    <dt className="font-medium">Hélice</dt>
                    <dd>
                      {NOMBRE_HELICE[m.helice]}
                      {m.institucion ? ` · ${m.institucion}` : ""}
                    </dd>
                    <dt className="font-medium">Región</dt>
                    <dd>{m.region}</dd>
                    <dt className="font-medium">Temas</dt>
                    <dd>{m.temas.map(nombreTema).join(", ") || "—"}</dd>
                    <dt className="font-medium">Disponibilidad</dt>
                    <dd>
                      {m.horasSemana} h/semana · hasta {m.maxEquipos} {m.maxEquipos === 1 ? "equipo" : "equipos"} · {m.equiposActivos} asignados
                    </dd>
                    <dt className="font-medium">Inscrita</dt>
                    <dd>{formatearFecha(m.createdAt)}</dd>
                  </dl>
                  <p className="mt-2 text-sm whitespace-pre-line">{m.experiencia}</p>
                  {puedeRevisar && m.estado !== "APROBADO" && <RevisarMentor id={m.id} nombre={m.nombre} puedeRechazar={m.estado === "PENDIENTE"} />}
                </li>
              ))}
            </ul>
          )}
        </AvisoPersistente>
      </section>

      <section aria-labelledby="titulo-invitar" className="mt-10 max-w-xl">
        <h2 id="titulo-invitar" className="text-2xl">
          Invitar a una persona
        </h2>
        <p className="mt-1">Recibe por correo el enlace para inscribirse. Una invitación por correo al día.</p>
        <div className="mt-3">
          {puedeInvitar ? (
            <InvitarMentorForm />
          ) : (
            <Alert tipo="aviso">Las invitaciones se envían en las etapas {PERMISOS["mentor.invitar"].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ")}.</Alert>
          )}
        </div>
        <h3 className="mt-6 text-xl">Invitaciones enviadas</h3>
        {invitaciones.length === 0 ? (
          <p className="mt-2">Aún no se ha enviado ninguna invitación.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {invitaciones.map((i) => (
              <li key={i.id} className="text-sm">
                <span className="break-all">{i.para}</span> · {formatearFechaHora(i.createdAt)}
                {i.estado === "FALLIDA" ? " · no se pudo entregar" : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
