// The suspicious-burst report of /admin/votacion/integridad: a GET form for W, H and the threshold, and each
// burst with its votes for review (pseudonymous voter, time, IP-hash prefix, how new the account was).
// A burst is a reason to look, not proof: campaigning brings real new voters too.
import Link from "next/link";
import { Tabla } from "@/components/ui/table";
import { formatearFechaHora, formatearNumero } from "@/lib/domain/formato";
import { formatearFolio } from "@/lib/domain/huella";
import type { MotivoCuentaNueva } from "@/lib/domain/rafagas";
import type { InformeRafagas } from "@/lib/votacion/rafagas";

const MOTIVO: Record<MotivoCuentaNueva, string> = {
  creada: "Cuenta creada",
  verificada: "Identidad recién verificada",
  "creada y verificada": "Cuenta creada y verificada",
};

const hora = (d: Date) => new Intl.DateTimeFormat("es-CL", { timeZone: "America/Santiago", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).format(d);

function antiguedad(minutos: number): string {
  if (minutos < 60) return `${minutos} min`;
  const h = Math.floor(minutos / 60);
  return `${h} h ${minutos % 60} min`;
}

export function Rafagas({ informe, ruta }: { informe: InformeRafagas; ruta: string }) {
  const p = informe.parametros;
  return (
    <section aria-labelledby="titulo-rafagas" className="mt-10">
      <h2 id="titulo-rafagas" className="mb-3 text-2xl">
        Ráfagas sospechosas
      </h2>
      <p className="mb-3">
        Una ráfaga son al menos {formatearNumero(p.umbral)} votos para un mismo perfil dentro de {formatearNumero(p.ventanaMinutos)} minutos, emitidos por
        cuentas creadas o verificadas hasta {formatearNumero(p.horasCuentaNueva)} horas antes de votar. Es una señal para revisar, no una prueba: una campaña
        legítima también trae votantes nuevos. Los votantes aparecen con su identificador seudónimo y la IP solo como el comienzo de su hash.
      </p>
      <form method="get" action={ruta} className="mb-4 flex flex-wrap items-end gap-4">
        <label className="flex flex-col">
          <span>Ventana (minutos)</span>
          <input name="ventana" type="number" min={1} max={1440} defaultValue={p.ventanaMinutos} className="w-28 border-2 border-acento p-2" />
        </label>
        <label className="flex flex-col">
          <span>Cuenta nueva (horas)</span>
          <input name="horas" type="number" min={1} max={2160} defaultValue={p.horasCuentaNueva} className="w-28 border-2 border-acento p-2" />
        </label>
        <label className="flex flex-col">
          <span>Umbral (votos)</span>
          <input name="umbral" type="number" min={2} max={100000} defaultValue={p.umbral} className="w-28 border-2 border-acento p-2" />
        </label>
        <button type="submit" className="min-h-11 border-2 border-primario bg-white px-5 py-2 font-medium text-primario hover:bg-neutro">
          Buscar
        </button>
      </form>
      <p role="status" className="mb-3">
        {formatearNumero(informe.votosRevisados)} votos revisados:{" "}
        {informe.rafagas.length === 0 ? "ninguna ráfaga con estos parámetros." : informe.rafagas.length === 1 ? "1 ráfaga." : `${formatearNumero(informe.rafagas.length)} ráfagas.`}
      </p>
      <ol className="space-y-4">
        {informe.rafagas.map((r, i) => (
          <li key={`${r.postulacionId}-${r.desde.toISOString()}`} className="border border-acento p-3">
            <p className="font-medium text-titulo">
              {i + 1}. {r.folio !== null ? `${formatearFolio(r.folio)} · ` : ""}
              {r.slugPublico ? <Link href={`/perfiles/${r.slugPublico}`}>{r.nombreProyecto}</Link> : r.nombreProyecto} ({r.desafio})
            </p>
            <p className="text-sm">
              {formatearNumero(r.votos.length)} votos de cuentas nuevas entre el {formatearFechaHora(r.desde)} y las {hora(r.hasta)}; hasta {formatearNumero(r.maximoEnVentana)} en{" "}
              {formatearNumero(p.ventanaMinutos)} minutos; {formatearNumero(r.ipsDistintas)} IP distintas.
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer">Ver los {formatearNumero(r.votos.length)} votos</summary>
              <Tabla
                caption={`Votos de la ráfaga ${i + 1}`}
                columnas={[{ titulo: "Hora" }, { titulo: "Votante (seudónimo)" }, { titulo: "IP (hash)" }, { titulo: "Motivo" }, { titulo: "Antigüedad al votar", derecha: true }]}
                className="mt-2 min-w-[36rem] text-sm"
              >
                {r.votos.map((v) => (
                  <tr key={v.id} className="border-b border-acento">
                    <td className="p-2 whitespace-nowrap">{hora(v.createdAt)}</td>
                    <td className="p-2 font-mono">{v.votante}</td>
                    <td className="p-2 font-mono">{v.ipPrefijo ? `${v.ipPrefijo}…` : "—"}</td>
                    <td className="p-2">{MOTIVO[v.motivo]}</td>
                    <td className="p-2 text-right">{antiguedad(v.minutosDesdeCuenta)}</td>
                  </tr>
                ))}
              </Tabla>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
