import type { Metadata } from "next";
import Link from "next/link";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { formatearMM } from "@/lib/domain/formato";

export const metadata: Metadata = { title: "Cómo postular" };
export const dynamic = "force-dynamic";

export default async function ComoPostular() {
  const conv = await getConvocatoriaActual();
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl">Cómo postular</h1>
      <p className="mt-3 text-lg">Pueden postular organismos públicos, organizaciones sin fines de lucro, empresas, universidades y personas naturales.</p>
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
      <h2 className="mt-8 text-2xl">Qué puede presentar</h2>
      <p className="mt-2">
        Según su madurez, una idea puede ser <em>vaga</em>, <em>clara</em> o <em>estudiada y prototipada</em>. Cada combinación de madurez y tipo de
        ejecutor es una línea de postulación con su monto máximo y documentos exigidos.
      </p>
    </article>
  );
}
