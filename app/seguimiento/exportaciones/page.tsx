import type { Metadata } from "next";
import Link from "next/link";
import { RefrescoExportaciones } from "@/components/exportaciones/refresco-exportaciones";
import { SolicitarDatosAbiertos, SolicitarExAnte, SolicitarMesa } from "@/components/exportaciones/solicitar-exportacion";
import { Alert } from "@/components/ui/alert";
import { BarraProgreso } from "@/components/ui/barra-progreso";
import { formatearBytes } from "@/lib/adjuntos/schema";
import { requireVista } from "@/lib/auth/guard";
import { formatearFechaHora } from "@/lib/domain/formato";
import { hayEnProceso, panelExportaciones, type FilaExportacion } from "@/lib/exportaciones/queries";
import { NOMBRE_ESTADO_EXPORTACION, NOMBRE_TIPO_EXPORTACION } from "@/lib/exportaciones/schema";

export const metadata: Metadata = { title: "Exportaciones (seguimiento)" };

// FOSIS staff (VISTAS.exportaciones): request the Mesa reports, the ex-ante sheets and the open data, and
// follow each export (generated in the background, lib/exportaciones/runner.ts) until its file is ready.
export default async function Exportaciones() {
  const user = await requireVista("exportaciones", "/seguimiento/exportaciones");
  const panel = (await panelExportaciones(user))!;
  const activo = hayEnProceso(panel);

  return (
    <>
      <h1 className="text-3xl">Exportaciones</h1>
      <p className="mt-2">
        Informes para las Mesas Compromiso País, fichas para la evaluación ex ante de programas sociales y los datos abiertos del fondo. Cada exportación se genera en segundo
        plano: puede seguir trabajando y volver a descargarla cuando esté lista.
      </p>

      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="t-mesa" className="border border-[#d0d0d0] p-4">
          <h2 id="t-mesa" className="text-xl">
            Informe por Mesa
          </h2>
          <p className="mb-3 mt-1 text-sm">Los pilotos de los desafíos de una Mesa Compromiso País, con sus resultados frente a la línea base y su recomendación (PDF).</p>
          <SolicitarMesa mesas={panel.mesas} />
        </section>
        <section aria-labelledby="t-exante" className="border border-[#d0d0d0] p-4">
          <h2 id="t-exante" className="text-xl">
            Fichas ex ante
          </h2>
          <p className="mb-3 mt-1 text-sm">Por piloto recomendado: problema, población, componentes e indicadores (PDF y CSV en un ZIP).</p>
          <SolicitarExAnte recomendados={panel.recomendados} />
        </section>
        <section aria-labelledby="t-datos" className="border border-[#d0d0d0] p-4">
          <h2 id="t-datos" className="text-xl">
            Datos abiertos
          </h2>
          <p className="mb-3 mt-1 text-sm">
            Desafíos, perfiles, puntajes, votos (solo conteos) y resultados en CSV y JSON, con su diccionario, sin datos personales. La última generación se publica en{" "}
            <Link href="/datos-abiertos">la página de datos abiertos</Link>.
          </p>
          <SolicitarDatosAbiertos />
        </section>
      </div>

      <section aria-labelledby="t-lista" className="mt-10">
        <h2 id="t-lista" className="text-2xl">
          Exportaciones solicitadas
        </h2>
        <RefrescoExportaciones activo={activo} />
        {panel.exportaciones.length === 0 ? (
          <p className="mt-3">Aún no se ha solicitado ninguna exportación.</p>
        ) : (
          <ul className="mt-4 space-y-4" aria-label="Exportaciones, de la más reciente a la más antigua">
            {panel.exportaciones.map((x) => (
              <li key={x.id} className="border border-[#d0d0d0] p-4">
                <TarjetaExportacion x={x} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function TarjetaExportacion({ x }: { x: FilaExportacion }) {
  const titulo = NOMBRE_TIPO_EXPORTACION[x.tipo];
  return (
    <>
      <h3 className="text-lg font-bold">{titulo}</h3>
      <p className="text-sm">{x.detalle}</p>
      <p className="text-sm text-[#4a4a4a]">
        Solicitada por {x.solicitadaPor} el {formatearFechaHora(x.createdAt)}
        {x.terminadaEn && x.estado !== "EN_CURSO" ? `; terminada el ${formatearFechaHora(x.terminadaEn)}` : ""}.
      </p>
      <p className="mt-2">
        Estado: <strong>{NOMBRE_ESTADO_EXPORTACION[x.estado]}</strong>
      </p>
      {(x.estado === "EN_CURSO" || x.estado === "PENDIENTE" || x.estado === "LISTA") && (
        <div className="mt-2 max-w-md">
          <BarraProgreso etiqueta={`Avance: ${titulo}`} valor={x.estado === "PENDIENTE" ? 0 : x.avance} total={Math.max(x.total, 1)} unidad="pasos" />
        </div>
      )}
      {x.estado === "LISTA" && (
        <p className="mt-3">
          <a href={`/seguimiento/exportaciones/${x.id}`} download={x.nombre} className="font-bold">
            Descargar {x.nombre}
          </a>
          {x.bytes !== null && <span className="text-sm"> ({formatearBytes(x.bytes)})</span>}
        </p>
      )}
      {x.estado === "FALLIDA" && (
        <div className="mt-3">
          <Alert tipo="error" titulo="No se pudo generar" anunciar={false}>
            {x.error || "Ocurrió un error inesperado."} Puede solicitarla de nuevo.
          </Alert>
        </div>
      )}
    </>
  );
}
