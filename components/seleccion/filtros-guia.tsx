"use client";
// Filters of the guía de proyectos ranqueados (/guia) without making the page dynamic: the server renders
// every row (a few hundred) into the cached page, and this island hides the rows that do not match
// (the `hidden` attribute on each <tr data-fila-guia>, whose data-* attributes carry the values). Without
// JavaScript the island renders nothing and the page shows every project. The count is announced in a
// live region.
import { useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { useHidratado } from "@/components/ui/use-hidratado";

export type OpcionesGuia = { desafios: { id: string; titulo: string }[]; regiones: { cut: string; nombre: string }[]; grupos: string[]; lineas: string[] };

type Filtro = { desafio: string; region: string; grupo: string; linea: string };
const SIN_FILTRO: Filtro = { desafio: "", region: "", grupo: "", linea: "" };

const textoCuenta = (n: number) => (n === 1 ? "1 proyecto" : `${n.toLocaleString("es-CL")} proyectos`);

/** Shows the rows under #contenedorId that match `f`, hides the rest; returns how many distinct projects are shown. */
function aplicar(contenedorId: string, f: Filtro): number {
  const contenedor = document.getElementById(contenedorId);
  if (!contenedor) return 0;
  const visibles = new Set<string>();
  for (const fila of contenedor.querySelectorAll<HTMLTableRowElement>("tr[data-fila-guia]")) {
    const d = fila.dataset;
    const coincide = (!f.desafio || d.desafio === f.desafio) && (!f.region || d.region === f.region) && (!f.grupo || d.grupo === f.grupo) && (!f.linea || d.linea === f.linea);
    fila.hidden = !coincide;
    if (coincide && d.postulacion) visibles.add(d.postulacion);
  }
  // Each round's table says so when none of its rows match.
  for (const tabla of contenedor.querySelectorAll<HTMLElement>("[data-tabla-guia]")) {
    const aviso = tabla.querySelector<HTMLElement>("[data-sin-filas]");
    if (aviso) aviso.hidden = tabla.querySelector("tr[data-fila-guia]:not([hidden])") !== null;
  }
  return visibles.size;
}

export function FiltrosGuia({ opciones, contenedorId, total }: { opciones: OpcionesGuia; contenedorId: string; total: number }) {
  const hidratado = useHidratado();
  const [filtro, setFiltro] = useState<Filtro>(SIN_FILTRO);
  const [cuenta, setCuenta] = useState(total);
  if (!hidratado) return null;

  function cambiar(nuevo: Filtro) {
    setFiltro(nuevo);
    setCuenta(aplicar(contenedorId, nuevo));
  }
  const campo = (clave: keyof Filtro) => ({ value: filtro[clave], onChange: (e: ChangeEvent<HTMLSelectElement>) => cambiar({ ...filtro, [clave]: e.target.value }) });
  const filtrado = Object.values(filtro).some(Boolean);

  return (
    <form role="search" aria-label="Filtrar la guía" className="mt-6 border border-acento bg-neutro p-4" onSubmit={(e) => e.preventDefault()}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Select id="filtro-desafio" label="Desafío" {...campo("desafio")}>
          <option value="">Todos los desafíos</option>
          {opciones.desafios.map((d) => (
            <option key={d.id} value={d.id}>
              {d.titulo}
            </option>
          ))}
        </Select>
        <Select id="filtro-region" label="Región" {...campo("region")}>
          <option value="">Todas las regiones</option>
          {opciones.regiones.map((r) => (
            <option key={r.cut} value={r.cut}>
              {r.nombre}
            </option>
          ))}
        </Select>
        <Select id="filtro-grupo" label="Grupo vulnerable" {...campo("grupo")}>
          <option value="">Todos los grupos</option>
          {opciones.grupos.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </Select>
        <Select id="filtro-linea" label="Línea" {...campo("linea")}>
          <option value="">Todas las líneas</option>
          {opciones.lineas.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <p role="status" className="font-medium">
          {filtrado ? `${textoCuenta(cuenta)} con estos filtros` : textoCuenta(cuenta)}
        </p>
        {/* Always there: a button that vanished on click would drop the keyboard focus. */}
        <Button type="button" variante="secundario" onClick={() => cambiar(SIN_FILTRO)}>
          Quitar filtros
        </Button>
      </div>
    </form>
  );
}
