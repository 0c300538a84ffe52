import type { Metadata } from "next";
import Link from "next/link";
import { Timeline } from "@/components/ui/timeline";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { NOMBRE_DOCUMENTO } from "@/lib/domain/admisibilidad";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { textoRecepcionPerfiles } from "@/lib/domain/fechas-etapa";
import { formatearClp, formatearMM } from "@/lib/domain/formato";
import { listarLineasAbiertas } from "@/lib/lineas/queries";
import { cierreEnCalendario } from "@/lib/postulaciones/plazo";
import { NOMBRE_NIVEL, NOMBRE_TIPO_EJECUTOR } from "@/lib/postulaciones/schema";
import { cachearPagina } from "@/lib/cache/pagina";

export const metadata: Metadata = { title: "Cómo postular" };

export default async function ComoPostular() {
  "use cache";
  cachearPagina("/como-postular");
  const [conv, lineas] = await Promise.all([getConvocatoriaActual(), listarLineasAbiertas()]);
  const convocatoria = conv?.calendario.find((c) => c.etapa === "CONVOCATORIA");
  const cierre = conv ? cierreEnCalendario(conv.calendario) : null;
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl">Cómo postular</h1>
      <p className="mt-3 text-lg">Pueden postular organismos públicos, organizaciones sin fines de lucro, empresas, universidades y personas naturales.</p>
      {convocatoria && cierre && (
        <p className="mt-4 border-l-4 border-primario bg-neutro p-4 font-medium">{textoRecepcionPerfiles(convocatoria, convocatoria.estado, cierre, new Date())}</p>
      )}
      <ol className="mt-6 list-decimal space-y-4 pl-6">
        <li>
          <strong>Lea los desafíos.</strong> Cada <Link href="/desafios">desafío</Link> describe un problema de pobreza o vulnerabilidad y los datos de hoy
          (la línea base) contra los que se medirá su piloto.
        </li>
        <li>
          <strong>Cree su cuenta</strong> con su correo y RUT en <Link href="/registro">Crear cuenta</Link>.
        </li>
        <li>
          <strong>Envíe un perfil</strong> durante la etapa de Convocatoria: un formulario corto con el problema, su solución, quiénes son las personas usuarias y
          cómo co-producirán el piloto. El borrador se guarda solo mientras escribe.
        </li>
        <li>
          <strong>Evaluación y votación.</strong> Equipos regionales capacitados de FOSIS evalúan los perfiles admisibles; las personas afiliadas votan por su
          favorito (la votación pesa poco, pero da visibilidad). Un comité preselecciona al menos un proyecto por región.
        </li>
        <li>
          <strong>Incubación.</strong> Los proyectos preseleccionados participan en talleres, 8 semanas de mentoría, completan el formulario completo y
          presentan en un demo day regional.
        </li>
        <li>
          <strong>Piloto.</strong> Los seleccionados firman un convenio y ejecutan su piloto
          {conv ? ` con ${formatearMM(conv.montoMinProyecto).replace(" MM", "")} a ${formatearMM(conv.montoMaxProyecto)} de pesos` : ""}, con hitos y
          acompañamiento. Al cierre, lo aprendido se publica para todos.
        </li>
      </ol>

      {conv && conv.calendario.length > 0 && (
        <section aria-labelledby="titulo-fechas" className="mt-8">
          <h2 id="titulo-fechas" className="mb-4 text-2xl">
            Fechas de {conv.nombre}
          </h2>
          <p className="mb-4">
            Estamos en la etapa <strong>{NOMBRE_ETAPA[conv.etapaActual]}</strong>. Cada etapa comienza a las 00:00 de su primer día y termina a las 23:59 de su
            último día, hora de Chile continental.
          </p>
          <Timeline titulo={`Etapas de ${conv.nombre}`} pasos={conv.calendario.map((c) => ({ ...c, clave: c.etapa, titulo: NOMBRE_ETAPA[c.etapa] }))} />
        </section>
      )}

      <section aria-labelledby="titulo-lineas" className="mt-8">
        <h2 id="titulo-lineas" className="text-2xl">
          Qué puede presentar: las líneas abiertas
        </h2>
        <p className="mt-2">
          Según su madurez, una idea puede ser <em>vaga</em>, <em>clara</em> o <em>estudiada y prototipada</em>. Cada combinación de madurez y tipo de
          ejecutor es una línea de postulación con su monto máximo y documentos exigidos. Su perfil debe elegir una línea abierta.
        </p>
        {lineas.length === 0 ? (
          <p className="mt-4">Todavía no hay líneas abiertas para esta convocatoria.</p>
        ) : (
          <ul className="mt-4 grid gap-3 sm:grid-cols-2" aria-label="Líneas abiertas">
            {lineas.map((l) => (
              <li key={l.id} className="border border-acento p-3">
                <p className="font-medium text-titulo">
                  {NOMBRE_NIVEL[l.nivelMadurez]} · {NOMBRE_TIPO_EJECUTOR[l.tipoEjecutor]}
                </p>
                <p className="mt-1">Monto máximo: {formatearClp(l.montoMaximo)}</p>
                <p className="mt-1 text-sm">
                  {l.adjuntosRequeridos.length === 0
                    ? "No exige documentos adjuntos."
                    : `Documentos exigidos: ${l.adjuntosRequeridos.map((d) => NOMBRE_DOCUMENTO[d] ?? d).join(", ")}.`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
