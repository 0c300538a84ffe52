import Link from "next/link";

export default function NoEncontrado() {
  return (
    <>
      <h1 className="text-3xl">Página no encontrada</h1>
      <p className="mt-3">La página que busca no existe o no tiene acceso a ella.</p>
      <p className="mt-3">
        <Link href="/">Volver al inicio</Link>
      </p>
    </>
  );
}
