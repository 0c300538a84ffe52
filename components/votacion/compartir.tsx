"use client";
// Share buttons of a perfil's page, for applicants' campaigns: copy the link (Clipboard API, announced in a
// live region) and WhatsApp (https://wa.me/?text=…). The link is the perfil's public address as this
// browser reached it (the server's APP_URL until the page hydrates).
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

type Props = { ruta: string; urlInicial: string; titulo: string };

/** The page's origin in the browser (it never changes while the page lives); null while rendering on the server. */
const sinSuscripcion = () => () => {};
const origenDelNavegador = () => window.location.origin;
const sinOrigen = () => null;

export function Compartir({ ruta, urlInicial, titulo }: Props) {
  const origen = useSyncExternalStore(sinSuscripcion, origenDelNavegador, sinOrigen);
  const url = origen ? new URL(ruta, origen).toString() : urlInicial;
  const [aviso, setAviso] = useState("");

  async function copiar() {
    try {
      await navigator.clipboard.writeText(url);
      setAviso("Enlace copiado. Péguelo donde quiera compartirlo.");
    } catch {
      setAviso(`No se pudo copiar automáticamente. Copie este enlace: ${url}`);
    }
  }

  const texto = `Apoye «${titulo}» en la votación popular del Fondo IDEA: ${url}`;
  return (
    <section aria-labelledby="titulo-compartir" className="mt-6">
      <h2 id="titulo-compartir" className="text-xl">
        Compartir este proyecto
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Button type="button" variante="secundario" onClick={copiar}>
          Copiar enlace
        </Button>
        <a
          href={`https://wa.me/?text=${encodeURIComponent(texto)}`}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-flex min-h-11 items-center border-2 border-primario bg-white px-5 py-2 font-medium text-primario no-underline hover:bg-neutro"
        >
          Compartir por WhatsApp<span className="sr-only"> (abre en una pestaña nueva)</span>
        </a>
        <a href={`${ruta}/afiche`} className="inline-flex min-h-11 items-center">
          Afiche para imprimir, con código QR
        </a>
      </div>
      <p aria-live="polite" className="mt-2 text-sm break-words">
        {aviso}
      </p>
    </section>
  );
}
