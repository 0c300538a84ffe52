"use client";

// The three requests of the exports page (exportacion.solicitar): the Mesa report (pick the Mesa), the
// ex-ante sheets (all recommended pilots or one) and the open data. Each queues a background export; the
// list below shows its progress, refreshed while it runs.
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { formatearFolio } from "@/lib/domain/huella";
import { solicitarExportacionSchema } from "@/lib/exportaciones/schema";
import { solicitarExportacionAction } from "@/lib/exportaciones/server-actions";

export type OpcionesSolicitud = {
  mesas: { id: string; mesaNombre: string; grupo: string }[];
  recomendados: { id: string; folio: number | null; nombreProyecto: string; anio: number }[];
};

export function SolicitarMesa({ mesas }: Pick<OpcionesSolicitud, "mesas">) {
  const router = useRouter();
  return (
    <Formulario schema={solicitarExportacionSchema} action={solicitarExportacionAction} valores={{ tipo: "mesa", grupoVulnerableId: "", postulacionId: "" }} etiqueta="Informe por Mesa Compromiso País" alGuardar={() => router.refresh()}>
      {({ campo, pendiente }) => (
        <>
          <Select id="exp-mesa" label="Mesa Compromiso País" required {...campo("grupoVulnerableId")}>
            <option value="">Elija una Mesa…</option>
            {mesas.map((m) => (
              <option key={m.id} value={m.id}>
                {m.mesaNombre} ({m.grupo})
              </option>
            ))}
          </Select>
          <Button type="submit">{pendiente ? "Solicitando…" : "Generar informe PDF"}</Button>
        </>
      )}
    </Formulario>
  );
}

export function SolicitarExAnte({ recomendados }: Pick<OpcionesSolicitud, "recomendados">) {
  const router = useRouter();
  return (
    <Formulario schema={solicitarExportacionSchema} action={solicitarExportacionAction} valores={{ tipo: "exante", grupoVulnerableId: "", postulacionId: "" }} etiqueta="Fichas de evaluación ex ante" alGuardar={() => router.refresh()}>
      {({ campo, pendiente }) => (
        <>
          <Select
            id="exp-exante"
            label="Pilotos"
            ayuda={recomendados.length === 0 ? "Aún no hay pilotos recomendados: la exportación sale con una nota que lo dice." : "Pilotos con informe final aprobado que recomienda escalar o ajustar."}
            {...campo("postulacionId")}
          >
            <option value="">Todos los pilotos recomendados ({recomendados.length})</option>
            {recomendados.map((r) => (
              <option key={r.id} value={r.id}>
                {r.folio !== null ? `${formatearFolio(r.folio)} · ` : ""}
                {r.nombreProyecto} ({r.anio})
              </option>
            ))}
          </Select>
          <Button type="submit">{pendiente ? "Solicitando…" : "Generar fichas (PDF y CSV)"}</Button>
        </>
      )}
    </Formulario>
  );
}

export function SolicitarDatosAbiertos() {
  const router = useRouter();
  return (
    <Formulario schema={solicitarExportacionSchema} action={solicitarExportacionAction} valores={{ tipo: "datos-abiertos", grupoVulnerableId: "", postulacionId: "" }} etiqueta="Datos abiertos" alGuardar={() => router.refresh()}>
      {({ pendiente }) => <Button type="submit">{pendiente ? "Solicitando…" : "Generar datos abiertos"}</Button>}
    </Formulario>
  );
}
