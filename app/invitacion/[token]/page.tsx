import type { Metadata } from "next";
import Link from "next/link";
import { formatearFecha } from "@/lib/domain/formato";
import { abrirInvitacion } from "@/lib/scouting/queries";

// The link carries a secret: the page is not indexed, and it sends no referrer to other sites.
export const metadata: Metadata = { title: "Invitación a postular", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default async function Invitacion({ params }: Props) {
  const { token } = await params;
  const r = await abrirInvitacion(decodeURIComponent(token));
  if (!r.ok) {
    return (
      <>
        <h1 className="text-3xl">{r.motivo === "EXPIRADO" ? "Esta invitación venció" : "Invitación no válida"}</h1>
        <p className="mt-4 max-w-2xl">
          {r.motivo === "EXPIRADO"
            ? "Los enlaces de invitación son válidos por 14 días y este ya no lo es. Igual puede conocer los desafíos y postular si la convocatoria está abierta."
            : "El enlace no es válido: puede estar incompleto (revise que lo copió entero desde el correo) o el desafío ya no está disponible."}
        </p>
        <p className="mt-6">
          <Link href="/desafios">Ver los desafíos del Fondo IDEA</Link>
        </p>
      </>
    );
  }
  const { desafio } = r;
  return (
    <>
      <p className="text-sm font-medium uppercase tracking-wide text-primario-oscuro">Invitación a postular</p>
      <h1 className="mt-1 text-3xl">Hola, {r.nombre || "le damos la bienvenida"}</h1>
      <p className="mt-4 max-w-2xl">El equipo de FOSIS le invita a postular al Fondo IDEA con una idea para este desafío:</p>
      <section aria-labelledby="titulo-desafio" className="mt-4 max-w-2xl border-l-4 border-primario bg-neutro p-4">
        <h2 id="titulo-desafio" className="text-2xl">
          {desafio.titulo}
        </h2>
        <p className="mt-2">{desafio.resumen}</p>
      </section>
      <p className="mt-4">Esta invitación es válida hasta el {formatearFecha(r.expiraEn)}.</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href={`/registro?desafio=${encodeURIComponent(desafio.slug)}`} className="inline-flex min-h-11 items-center bg-primario px-5 py-2 font-medium text-white no-underline">
          Crear cuenta
        </Link>
        <Link href={`/desafios/${encodeURIComponent(desafio.slug)}`} className="inline-flex min-h-11 items-center border-2 border-primario bg-white px-5 py-2 font-medium text-primario">
          Ir al desafío
        </Link>
      </div>
    </>
  );
}
