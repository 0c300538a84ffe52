"use client";
// The signed-in part of the header: a client island, so the header (and every public page) stays
// prerendered for everyone (docs/decisions/0010-paginas-publicas-en-cache.md).
import Link from "next/link";
import { salirAction } from "@/lib/cuentas/sesion-actions";
import { useSesion } from "./sesion-cliente";

export function MenuCuenta() {
  const sesion = useSesion();
  if (!sesion) {
    // While the session loads (undefined), the signed-out links already hold their place, invisible
    // (visibility: hidden: not shown, focused or read): the header does not grow and push the page down
    // when they appear (Lighthouse's layout shift, scripts/lighthouse.mjs).
    // Not prefetched: both pages bring the form's validation code (zod, ~50 KB gzip), which every public
    // page would otherwise download and parse on a phone for a visitor who may never sign in.
    const cargando = sesion === undefined ? "invisible" : undefined;
    return (
      <>
        <li className={cargando}>
          <Link className="text-white" href="/ingresar" prefetch={false}>
            Ingresar
          </Link>
        </li>
        <li className={cargando}>
          <Link className="inline-block bg-primario px-3 py-2 text-white" href="/registro" prefetch={false}>
            Crear cuenta
          </Link>
        </li>
      </>
    );
  }
  return (
    <>
      {sesion.postulante && (
        <li>
          <Link className="text-white" href="/postulante">
            Mis postulaciones
          </Link>
        </li>
      )}
      {sesion.evaluador && (
        <li>
          <Link className="text-white" href="/evaluador">
            Mis evaluaciones
          </Link>
        </li>
      )}
      {sesion.mentor && (
        <li>
          <Link className="text-white" href="/mentor">
            Mis mentorías
          </Link>
        </li>
      )}
      {sesion.jurado && (
        <li>
          <Link className="text-white" href="/jurado">
            Demo day
          </Link>
        </li>
      )}
      {sesion.comite && !sesion.seguimiento && (
        <li>
          <Link className="text-white" href="/comite">
            Comité
          </Link>
        </li>
      )}
      {sesion.seguimiento && (
        <li>
          <Link className="text-white" href="/seguimiento">
            Seguimiento
          </Link>
        </li>
      )}
      {sesion.admin && (
        <li>
          <Link className="text-white" href="/admin">
            Administración
          </Link>
        </li>
      )}
      <li>
        <Link className="text-white" href="/cuenta">
          Mi cuenta
        </Link>
      </li>
      <li>
        <form action={salirAction}>
          <button type="submit" className="min-h-11 border border-white px-3 text-white hover:bg-white hover:text-oscuro">
            Cerrar sesión
          </button>
        </form>
      </li>
    </>
  );
}
