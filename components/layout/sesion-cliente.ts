"use client";
// The signed-in account as the browser sees it (GET /api/sesion), read once per page: the header's menu
// and the desafío page's "postular" box share one request. Read again on each navigation, so signing in
// or out (both navigate) updates the header.
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

export type SesionCliente = {
  nombre: string;
  postulante: boolean;
  evaluador: boolean;
  comite: boolean;
  mentor: boolean;
  jurado: boolean;
  seguimiento: boolean;
  admin: boolean;
  puedePostular: boolean;
} | null;

let ultima: { ruta: string; promesa: Promise<SesionCliente> } | null = null;

function leer(ruta: string): Promise<SesionCliente> {
  if (ultima?.ruta !== ruta) {
    ultima = {
      ruta,
      promesa: fetch("/api/sesion", { cache: "no-store", credentials: "same-origin" })
        .then((r) => (r.ok ? (r.json() as Promise<SesionCliente>) : null))
        .catch(() => null),
    };
  }
  return ultima.promesa;
}

/** undefined while loading; null when nobody is signed in. */
export function useSesion(): SesionCliente | undefined {
  const ruta = usePathname();
  const [sesion, setSesion] = useState<{ ruta: string; valor: SesionCliente } | undefined>(undefined);
  useEffect(() => {
    let vigente = true;
    void leer(ruta).then((valor) => vigente && setSesion({ ruta, valor }));
    return () => {
      vigente = false;
    };
  }, [ruta]);
  return sesion?.ruta === ruta ? sesion.valor : sesion?.valor;
}
