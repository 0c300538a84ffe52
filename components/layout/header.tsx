import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { puedeVer, puedeVerSeguimiento } from "@/lib/auth/permissions";
import { salirAction } from "@/lib/cuentas/sesion-actions";
import { IdentidadGobierno } from "./identidad-gobierno";

export async function Header() {
  const user = await getSessionUser();
  return (
    <header className="bg-oscuro text-white">
      <IdentidadGobierno />
      <div className="flex h-1" aria-hidden="true">
        <span className="w-1/3 bg-[#0F69C4]" />
        <span className="w-2/3 bg-[#EB3C46]" />
      </div>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="font-slab text-xl font-bold text-white no-underline">
          Fondo IDEA <span className="block text-sm font-normal font-sans">FOSIS</span>
        </Link>
        <nav aria-label="Principal">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <li>
              <Link className="text-white" href="/desafios">
                Desafíos
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/talleres">
                Talleres
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/como-postular">
                Cómo postular
              </Link>
            </li>
            {user && puedeVer("postulante", user.roles) && (
              <li>
                <Link className="text-white" href="/postulante">
                  Mis postulaciones
                </Link>
              </li>
            )}
            {user && puedeVerSeguimiento(user.roles) && (
              <li>
                <Link className="text-white" href="/seguimiento">
                  Seguimiento
                </Link>
              </li>
            )}
            {user && puedeVer("admin", user.roles) && (
              <li>
                <Link className="text-white" href="/admin">
                  Administración
                </Link>
              </li>
            )}
            {user ? (
              <>
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
            ) : (
              <>
                <li>
                  <Link className="text-white" href="/ingresar">
                    Ingresar
                  </Link>
                </li>
                <li>
                  <Link className="inline-block bg-primario px-3 py-2 text-white" href="/registro">
                    Crear cuenta
                  </Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
