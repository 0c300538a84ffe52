export default function Cargando() {
  return (
    <p role="status" aria-live="polite" className="animate-pulse">
      Cargando…
    </p>
  );
}
