"use client";

export default function ErrorPagina({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert">
      <h1 className="text-3xl">Algo salió mal</h1>
      <p className="mt-3">No pudimos mostrar esta página. Sus datos no se han perdido.</p>
      <button type="button" onClick={reset} className="mt-4 min-h-11 bg-primario px-5 text-white">
        Intentar nuevamente
      </button>
    </div>
  );
}
