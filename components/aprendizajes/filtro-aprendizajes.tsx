"use client";
// The repository's filters, a small client island over the cached full list (docs/decisions/0018): the page
// is one static file whatever the filter; the filter reads and writes the query string (?desafio=…&anio=…),
// so a filtered address can be shared. Without JavaScript the page lists every report.
import Link from "next/link";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { filtrarAprendizajes, RECOMENDACIONES, type FiltrosAprendizajes, type Recomendacion } from "@/lib/domain/aprendizajes";
import type { OpcionesAprendizajes, TarjetaAprendizaje } from "@/lib/aprendizajes/queries";

const CLAVES = ["desafio", "grupo", "region", "anio", "recomendacion"] as const;
type Filtros = Record<(typeof CLAVES)[number], string>;
const VACIOS: Filtros = { desafio: "", grupo: "", region: "", anio: "", recomendacion: "" };

function desdeUrl(): Filtros {
  const q = new URLSearchParams(window.location.search);
  return Object.fromEntries(CLAVES.map((k) => [k, (q.get(k) ?? "").slice(0, 60)])) as Filtros;
}

export function FiltroAprendizajes({ items, opciones, nombres }: { items: TarjetaAprendizaje[]; opciones: OpcionesAprendizajes; nombres: Record<Recomendacion, string> }) {
  const [filtros, setFiltros] = useState<Filtros>(VACIOS);
  useEffect(() => {
    const leer = () => setFiltros(desdeUrl());
    leer();
    window.addEventListener("popstate", leer);
    return () => window.removeEventListener("popstate", leer);
  }, []);
  const visibles = useMemo(() => filtrarAprendizajes(items, filtros as FiltrosAprendizajes), [items, filtros]);

  function cambiar(clave: keyof Filtros, valor: string) {
    const nuevos = { ...filtros, [clave]: valor };
    setFiltros(nuevos);
    const q = new URLSearchParams(Object.entries(nuevos).filter(([, v]) => v));
    const s = q.toString();
    window.history.replaceState(window.history.state, "", s ? `?${s}` : window.location.pathname);
  }
  function quitar() {
    setFiltros(VACIOS);
    window.history.replaceState(window.history.state, "", window.location.pathname);
  }
  const enviar = (ev: FormEvent) => ev.preventDefault();
  const hayFiltros = CLAVES.some((k) => filtros[k]);

  return (
    <>
      <form method="get" onSubmit={enviar} className="mt-6 grid items-end gap-x-4 bg-neutro p-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Filtrar aprendizajes">
        <Select id="desafio" label="Desafío" value={filtros.desafio} onChange={(e) => cambiar("desafio", e.target.value)}>
          <option value="">Todos los desafíos</option>
          {opciones.desafios.map((d) => (
            <option key={d.id} value={d.id}>
              {d.titulo} ({d.anio})
            </option>
          ))}
        </Select>
        <Select id="grupo" label="Grupo vulnerable" value={filtros.grupo} onChange={(e) => cambiar("grupo", e.target.value)}>
          <option value="">Todos los grupos</option>
          {opciones.grupos.map((g) => (
            <option key={g.id} value={g.id}>
              {g.nombre}
            </option>
          ))}
        </Select>
        <Select id="region" label="Región" value={filtros.region} onChange={(e) => cambiar("region", e.target.value)}>
          <option value="">Todas las regiones</option>
          {opciones.regiones.map((r) => (
            <option key={r.cut} value={r.cut}>
              {r.nombre}
            </option>
          ))}
        </Select>
        <Select id="anio" label="Año de la convocatoria" value={filtros.anio} onChange={(e) => cambiar("anio", e.target.value)}>
          <option value="">Todos los años</option>
          {opciones.anios.map((a) => (
            <option key={a} value={String(a)}>
              {a}
            </option>
          ))}
        </Select>
        <Select id="recomendacion" label="Recomendación" value={filtros.recomendacion} onChange={(e) => cambiar("recomendacion", e.target.value)}>
          <option value="">Todas las recomendaciones</option>
          {RECOMENDACIONES.map((r) => (
            <option key={r} value={r}>
              {nombres[r]}
            </option>
          ))}
        </Select>
        <div className="mb-4 flex gap-2">
          {hayFiltros && (
            <Button type="button" variante="secundario" onClick={quitar}>
              Quitar filtros
            </Button>
          )}
        </div>
      </form>
      <noscript>
        <p className="mt-2">Los filtros necesitan JavaScript: abajo están todos los informes, del año más reciente al más antiguo.</p>
      </noscript>
      <p className="mt-4" role="status" aria-live="polite">
        {visibles.length === 1 ? "1 piloto" : `${visibles.length} pilotos`}
        {hayFiltros ? " con esos filtros" : ""}
      </p>
      {visibles.length === 0 ? (
        <p className="mt-4">No hay informes publicados con esos filtros. Pruebe con otro año, región o recomendación.</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {visibles.map((x) => (
            <li key={x.id}>
              <article className="flex h-full flex-col border border-acento bg-white p-5">
                <p className="text-sm font-medium uppercase tracking-wide text-primario-oscuro">
                  {x.anio} · {x.regionesNombres.length ? x.regionesNombres.join(", ") : "Nacional"}
                </p>
                <h2 className="mt-1 text-xl">
                  <Link href={`/aprendizajes/${x.id}`} prefetch={false}>{x.nombreProyecto || "Piloto sin nombre"}</Link>
                </h2>
                <p className="mt-1 text-sm">
                  <span className="font-medium">Desafío:</span> {x.desafioTitulo}
                </p>
                <p className="text-sm">
                  <span className="font-medium">Grupo:</span> {x.grupoNombre}
                </p>
                {x.extracto && <p className="mt-2 flex-1">{x.extracto}</p>}
                <p className="mt-3 font-medium text-titulo">Recomendación: {x.recomendacion ? nombres[x.recomendacion] : "sin recomendación"}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
