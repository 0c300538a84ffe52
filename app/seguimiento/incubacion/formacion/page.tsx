import type { Metadata } from "next";
import Link from "next/link";
import { CargarModulosBase, ModuloForm } from "@/components/formacion/modulo-form";
import { Alert } from "@/components/ui/alert";
import { BarraProgreso } from "@/components/ui/barra-progreso";
import { Tabla } from "@/components/ui/table";
import { requireVista } from "@/lib/auth/guard";
import { PERMISOS, puede } from "@/lib/auth/permissions";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { modulosBaseFaltantes } from "@/lib/domain/formacion";
import { formatearFecha } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import { tableroFormacion } from "@/lib/formacion/queries";

export const metadata: Metadata = { title: "Programa de formación (seguimiento)" };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

// Staff: the modules of the formation programme (create, edit, load the base ones) and, for each
// preselected team, the modules it completed and its attendance at the FORMACION talleres.
export default async function FormacionSeguimiento() {
  const user = await requireVista("incubacion", "/seguimiento/incubacion/formacion");
  const t = await tableroFormacion(user);
  const puedeEditar = !!t.convocatoria && puede("formacion.guardarModulo", user.roles, t.convocatoria.etapaActual).ok;
  const faltan = modulosBaseFaltantes(t.modulos.map((m) => m.clave)).length;
  const siguienteOrden = Math.max(0, ...t.modulos.map((m) => m.orden)) + 1;
  return (
    <>
      <h1 className="text-3xl">Programa de formación</h1>
      <p className="mt-2 max-w-3xl">
        Los equipos preseleccionados recorren estos módulos y asisten a los talleres de formación (eventos de tipo «Formación» en{" "}
        <Link href="/seguimiento/talleres">Talleres</Link>). Cada equipo marca los módulos que completó.
      </p>

      <section aria-labelledby="titulo-avance" className="mt-8">
        <h2 id="titulo-avance" className="text-2xl">
          Avance de los equipos
        </h2>
        <p className="mt-1 text-sm">
          {t.eventos.length === 0
            ? "Aún no hay talleres de formación en la convocatoria."
            : `Talleres de formación: ${t.eventos.map((e) => `${e.titulo} (${formatearFecha(e.inicio)})`).join("; ")}.`}
        </p>
        {t.filas.length === 0 ? (
          <p className="mt-3">Aún no hay equipos preseleccionados en un acta firmada.</p>
        ) : (
          <>
            <ul className="mt-3 space-y-3 md:hidden" aria-label="Avance de los equipos">
              {t.filas.map((f) => (
                <li key={f.postulacionId} className="border border-acento p-3">
                  <p className="font-medium text-titulo">
                    {f.folio ? `${formatearFolio(f.folio)} · ` : ""}
                    {f.proyecto}
                  </p>
                  <p className="text-sm">Equipo: {f.equipo}</p>
                  <div className="mt-2">
                    <BarraProgreso etiqueta={`Módulos completados por ${f.proyecto}`} valor={f.progreso.completados} total={f.progreso.total} unidad="módulos" />
                  </div>
                  <p className="mt-1 text-sm">
                    Talleres de formación: inscrito en {f.asistencia.inscritos} de {f.asistencia.eventos}, asistió a {f.asistencia.presentes}.
                  </p>
                </li>
              ))}
            </ul>
            <div className="mt-3 hidden md:block">
              <Tabla
                caption="Módulos completados y asistencia a talleres de formación por equipo"
                columnas={[{ titulo: "Equipo" }, ...t.modulos.map((m) => ({ titulo: m.titulo })), { titulo: "Avance" }, { titulo: "Talleres (inscrito / asistió)" }]}
              >
                {t.filas.map((f) => (
                  <tr key={f.postulacionId} className="border-b border-acento align-top">
                    <th scope="row" className="p-2 font-normal">
                      {f.folio ? `${formatearFolio(f.folio)} · ` : ""}
                      {f.proyecto}
                      <span className="block text-sm">{f.equipo}</span>
                    </th>
                    {t.modulos.map((m) => (
                      <td key={m.id} className="p-2">
                        {f.completados.includes(m.id) ? "Sí" : "—"}
                      </td>
                    ))}
                    <td className="p-2">
                      <BarraProgreso etiqueta={`Módulos completados por ${f.proyecto}`} valor={f.progreso.completados} total={f.progreso.total} />
                    </td>
                    <td className="p-2">
                      {f.asistencia.inscritos} / {f.asistencia.presentes} de {f.asistencia.eventos}
                    </td>
                  </tr>
                ))}
              </Tabla>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="titulo-modulos" className="mt-10 max-w-3xl">
        <h2 id="titulo-modulos" className="text-2xl">
          Módulos
        </h2>
        {!puedeEditar && (
          <Alert tipo="aviso">
            Los módulos se editan en las etapas {PERMISOS["formacion.guardarModulo"].etapas.map((e) => NOMBRE_ETAPA[e]).join(" y ")}
            {t.convocatoria ? `; la convocatoria está en ${NOMBRE_ETAPA[t.convocatoria.etapaActual]}` : ""}.
          </Alert>
        )}
        {puedeEditar && faltan > 0 && (
          <div className="mt-3">
            <p className="mb-2">
              Los cuatro módulos base (teoría de cambio, modelo de sostenibilidad, co-producción con usuarios, y métricas y línea de base) traen material listo para usar,
              que puede editar después.
            </p>
            <CargarModulosBase faltan={faltan} />
          </div>
        )}
        {t.modulos.length === 0 ? (
          <p className="mt-3">La convocatoria aún no tiene módulos de formación.</p>
        ) : (
          <ol className="mt-4 space-y-4">
            {t.modulos.map((m) => (
              <li key={m.id} className="border border-acento p-3">
                <h3 className="text-xl">
                  {m.orden}. {m.titulo}
                </h3>
                <p className="text-sm">{m.resumen}</p>
                {puedeEditar && (
                  <details className="mt-2">
                    <summary className="min-h-11 cursor-pointer pt-2">Editar «{m.titulo}»</summary>
                    <div className="mt-3">
                      <ModuloForm modulo={m} />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
        {puedeEditar && (
          <details className="mt-6 border border-acento p-3">
            <summary className="min-h-11 cursor-pointer pt-2 font-medium">Crear un módulo</summary>
            <div className="mt-3">
              <ModuloForm ordenSugerido={Math.min(99, siguienteOrden)} />
            </div>
          </details>
        )}
      </section>
    </>
  );
}
