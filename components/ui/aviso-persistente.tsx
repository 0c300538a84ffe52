"use client";

// A row whose button disappears when the page refreshes (a module marked done, a registration approved, a
// request to join resolved) takes its outcome with it: the outcome is shown (announced and focused) in a box
// that stays, above the list. The rows' forms pass useAvisoPersistente() as their `avisar`.
import { createContext, useContext, useRef, useState, type ReactNode } from "react";
import { MensajeFormulario } from "@/components/ui/formulario";
import type { ActionResult } from "@/lib/actions/result";

type Aviso = (r: ActionResult<unknown>, info: { campoMarcado: boolean }) => void;

const Avisar = createContext<Aviso | null>(null);

export function AvisoPersistente({ children }: { children: ReactNode }) {
  const [resultado, setResultado] = useState<ActionResult<unknown> | null>(null);
  const [clave, setClave] = useState(0);
  const caja = useRef<HTMLDivElement>(null);
  return (
    <Avisar.Provider
      value={(r, { campoMarcado }) => {
        setResultado(r);
        setClave((n) => n + 1);
        if (!campoMarcado) requestAnimationFrame(() => caja.current?.focus());
      }}
    >
      <MensajeFormulario resultado={resultado} clave={clave} caja={caja} />
      {children}
    </Avisar.Provider>
  );
}

/** The enclosing AvisoPersistente's receiver, for a form's `avisar` (undefined outside one: the form shows its own). */
export function useAvisoPersistente(): Aviso | undefined {
  return useContext(Avisar) ?? undefined;
}
