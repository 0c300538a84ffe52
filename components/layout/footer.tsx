import Link from "next/link";

export function Footer() {
  return (
    <footer className="mt-16 bg-oscuro text-white">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-8 text-sm sm:grid-cols-2">
        <p>
          Fondo de Solidaridad e Inversión Social (FOSIS)
          <br />
          Ministerio de Desarrollo Social y Familia · Gobierno de Chile
        </p>
        <ul className="space-y-1 sm:text-right">
          <li>
            <Link className="text-white underline" href="/privacidad">
              Política de privacidad
            </Link>
          </li>
          <li>
            <Link className="text-white underline" href="/como-postular">
              Cómo postular
            </Link>
          </li>
          <li>
            <Link className="text-white underline" href="/votacion">
              Votación popular
            </Link>
          </li>
          <li>
            <Link className="text-white underline" href="/resultados">
              Resultados de la selección
            </Link>
          </li>
          <li>
            <Link className="text-white underline" href="/guia">
              Guía de proyectos ranqueados
            </Link>
          </li>
          <li>
            <Link className="text-white underline" href="/aprendizajes">
              Aprendizajes de los pilotos
            </Link>
          </li>
          <li>
            <Link className="text-white underline" href="/datos-abiertos">
              Datos abiertos
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
