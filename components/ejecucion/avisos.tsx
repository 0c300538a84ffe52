"use client";

// A message box that outlives the rows it talks about: approving a report removes it from the list (the
// page refreshes), so its outcome is shown here, above the list, in the primitive's live regions
// (components/ui/formulario.tsx MensajeFormulario), and the focus comes here when the row is gone.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { MensajeFormulario } from "@/components/ui/formulario";
import type { ActionResult } from "@/lib/actions/result";

type Avisar = (r: ActionResult<unknown>, info: { campoMarcado: boolean }) => void;

const Contexto = createContext<Avisar | null>(null);

export function AvisosEjecucion({ children }: { children: ReactNode }) {
  const caja = useRef<HTMLDivElement>(null);
  const [resultado, setResultado] = useState<ActionResult<unknown> | null>(null);
  const [intento, setIntento] = useState(0);
  const enfocar = useRef(false);
  const avisar = useCallback<Avisar>((r, { campoMarcado }) => {
    setResultado(r);
    setIntento((n) => n + 1);
    enfocar.current = !campoMarcado;
  }, []);
  useEffect(() => {
    if (!enfocar.current) return;
    enfocar.current = false;
    const marco = requestAnimationFrame(() => caja.current?.focus());
    return () => cancelAnimationFrame(marco);
  }, [intento]);
  return (
    <Contexto.Provider value={avisar}>
      <MensajeFormulario resultado={resultado} clave={intento} caja={caja} />
      {children}
    </Contexto.Provider>
  );
}

/** The nearest AvisosEjecucion's receiver, or undefined outside one (the form then shows its own outcome). */
export function useAvisosEjecucion(): Avisar | undefined {
  return useContext(Contexto) ?? undefined;
}
