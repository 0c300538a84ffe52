// A static page of about the size of the portal's public pages (some 40 KB of HTML): text, a list, links.
const PARRAFO =
  "El Fondo IDEA busca nuevas ideas para problemas emergentes de pobreza y vulnerabilidad. Publicamos desafíos, recibimos perfiles de proyectos de todo Chile, los evaluamos con participación ciudadana y financiamos pilotos para aprender de ellos y escalar lo que funciona.";

export default function Page() {
  return (
    <main>
      <h1>Página estática de referencia</h1>
      <ul>
        {Array.from({ length: 60 }, (_, i) => (
          <li key={i}>
            <h2>Desafío {i + 1}</h2>
            <p>{PARRAFO}</p>
            <a href={`/desafio-${i + 1}`}>Ver el desafío {i + 1}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
