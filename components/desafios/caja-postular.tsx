"use client";
// The desafío page's "postular" box: depends on who is signed in, so it is a client island on a page
// prerendered for everyone (docs/decisions/0010-paginas-publicas-en-cache.md). The server still decides:
// the action runs the pipeline (role and etapa from the permission table).
import dynamic from "next/dynamic";
import Link from "next/link";
import { useSesion } from "@/components/layout/sesion-cliente";

// Loaded only for a signed-in postulante: the button validates with the action's zod schema (~50 KB
// gzip), which the visitors who read the desafío (most of them signed out) would otherwise download and
// parse on a phone with the page (bench/paginas-publicas.mjs, "JS inicial").
const PostularBoton = dynamic(() => import("@/components/postulaciones/postular-boton").then((m) => m.PostularBoton), {
  loading: () => <p className="mt-2">Cargando…</p>,
});

export function CajaPostular({ desafioId, slug }: { desafioId: string; slug: string }) {
  const sesion = useSesion();
  if (sesion === undefined) return <p className="mt-2">Cargando…</p>;
  if (!sesion) {
    return (
      <p className="mt-2">
        {/* Not prefetched, like the header's (components/layout/menu-cuenta.tsx): the forms' code is heavy. */}
        <Link href={`/ingresar?volver=/desafios/${slug}`} prefetch={false}>Ingrese</Link> o <Link href="/registro" prefetch={false}>cree una cuenta</Link> para enviar su perfil.
      </p>
    );
  }
  if (!sesion.puedePostular) return <p className="mt-2">Su cuenta no tiene el rol de postulante.</p>;
  return (
    <div className="mt-3">
      <PostularBoton desafioId={desafioId} />
    </div>
  );
}
