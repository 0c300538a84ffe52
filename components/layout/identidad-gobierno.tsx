/**
 * The Gobierno de Chile identity that gob.cl services carry at the top: the blue and red bar (our own
 * drawing, kept here; no external asset) and the words, as visible text. The drawing is decorative.
 */
export function IdentidadGobierno() {
  return (
    <div className="bg-white text-oscuro">
      <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 py-1">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 48 12" width="48" height="12" className="shrink-0">
          <rect width="18" height="12" fill="#0F69C4" />
          <rect x="18" width="30" height="12" fill="#EB3C46" />
        </svg>
        <span className="text-sm font-bold">Gobierno de Chile</span>
      </div>
    </div>
  );
}
