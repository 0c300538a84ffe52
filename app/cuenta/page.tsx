import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { AgregarCorreoForm } from "@/components/cuenta/agregar-correo-form";
import { EstadoRut } from "@/components/cuenta/ingreso-claveunica";
import { claveUnicaHabilitada } from "@/lib/auth/auth";
import { esCorreoProvisorio } from "@/lib/auth/claveunica-claims";
import { getSessionUser } from "@/lib/auth/session";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { agendaDeRoles } from "@/lib/domain/agenda-roles";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { textoFechasEtapa } from "@/lib/domain/fechas-etapa";
import { NOMBRE_ROL } from "@/lib/domain/roles";
import { MisVotos } from "@/components/votacion/mis-votos";
import { getMisVotos } from "@/lib/votacion/queries";
import { alcances } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Mi cuenta" };

// Where people land after signing in: for each role they hold, what they can do now, what comes next and
// when (lib/domain/agenda-roles.ts, from the current etapa and the calendar), with links.
// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default async function Cuenta() {
  const user = await getSessionUser();
  if (!user) redirect("/ingresar?volver=/cuenta");
  // «Mis votos»: an afiliado's own votes (the scope of voto.emitir; nobody else's).
  const [conv, misVotos] = await Promise.all([getConvocatoriaActual(), alcances("voto.emitir", user.roles).length > 0 ? getMisVotos(user) : null]);
  const tarjetas = conv ? agendaDeRoles(user.roles, conv.etapaActual, conv.calendario) : [];
  const actual = conv?.calendario.find((c) => c.etapa === conv.etapaActual);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl">Hola, {user.nombre}</h1>
      {esCorreoProvisorio(user.email) ? (
        <div className="mt-4">
          <Alert tipo="aviso" titulo="Su cuenta no tiene correo electrónico">
            ClaveÚnica no entrega su correo, y el portal lo necesita para avisarle de sus postulaciones y talleres.
            Mientras no tenga uno, no recibirá avisos por correo.
          </Alert>
          <div className="mt-4 max-w-xl">
            <AgregarCorreoForm />
          </div>
        </div>
      ) : (
        <p className="mt-2 break-words">Correo: {user.email}</p>
      )}
      <EstadoRut verificado={user.rutVerificado === true} habilitada={claveUnicaHabilitada()} />
      <p className="mt-2">
        <Link href="/cuenta/datos">Mis datos personales</Link>: descárguelos, corríjalos o pida que se borren.
      </p>
      {conv ? (
        <p className="mt-4">
          {conv.nombre} está en la etapa <strong>{NOMBRE_ETAPA[conv.etapaActual]}</strong>.
          {actual && ` Fechas de la etapa: ${textoFechasEtapa(actual, "actual")} (hora de Chile continental).`}
        </p>
      ) : (
        <div className="mt-4">
          <Alert tipo="aviso">No hay una convocatoria activa: sus roles no tienen tareas por ahora.</Alert>
        </div>
      )}

      <h2 className="mt-8 text-2xl">Sus roles</h2>
      {user.roles.length === 0 ? (
        <p className="mt-2">Su cuenta no tiene roles asignados.</p>
      ) : tarjetas.length === 0 ? (
        <ul className="mt-2 list-disc pl-6">
          {user.roles.map((r) => (
            <li key={r}>{NOMBRE_ROL[r]}</li>
          ))}
        </ul>
      ) : (
        <ul className="mt-4 space-y-4">
          {tarjetas.map((t) => (
            <li key={t.rol} aria-labelledby={`rol-${t.rol}`} className="border-l-4 border-primario bg-neutro p-4">
              <h3 id={`rol-${t.rol}`} className="text-xl">
                {t.titulo}
              </h3>
              <p className="mt-2">
                <strong>Ahora{t.ahora.hasta ? `, hasta el ${t.ahora.hasta}` : ""}:</strong> {t.ahora.texto}
              </p>
              {t.despues && (
                <p className="mt-2">
                  <strong>Después ({t.despues.cuando}):</strong> {t.despues.texto}
                </p>
              )}
              <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2" aria-label={`Enlaces para ${t.titulo}`}>
                {t.enlaces.map((e) => (
                  <li key={e.href}>
                    <Link href={e.href}>{e.texto}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {misVotos && <MisVotos votos={misVotos} />}
    </div>
  );
}
