import Link from "next/link";
import { IdentidadGobierno } from "./identidad-gobierno";
import { MenuCuenta } from "./menu-cuenta";

// Static for everyone: the signed-in links are a client island (MenuCuenta).
// Its links are not prefetched: on every page a phone would otherwise download and parse seven other
// pages as soon as the header shows (most visitors read one page). The pages are served from cache, so
// a click still gets its page in one fast request.
export function Header() {
  return (
    <header className="bg-oscuro text-white">
      <IdentidadGobierno />
      <div className="flex h-1" aria-hidden="true">
        <span className="w-1/3 bg-[#0F69C4]" />
        <span className="w-2/3 bg-[#EB3C46]" />
      </div>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" prefetch={false} className="font-slab text-xl font-bold text-white no-underline">
          Fondo IDEA <span className="block text-sm font-normal font-sans">FOSIS</span>
        </Link>
        <nav aria-label="Principal">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <li>
              <Link className="text-white" href="/desafios" prefetch={false}>
                Desafíos
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/talleres" prefetch={false}>
                Talleres
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/votacion" prefetch={false}>
                Votación
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/resultados" prefetch={false}>
                Resultados
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/aprendizajes" prefetch={false}>
                Aprendizajes
              </Link>
            </li>
            <li>
              <Link className="text-white" href="/como-postular" prefetch={false}>
                Cómo postular
              </Link>
            </li>
            <MenuCuenta />
          </ul>
        </nav>
      </div>
    </header>
  );
}
