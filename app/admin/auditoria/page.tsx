import type { Metadata } from "next";
import { Tabla } from "@/components/ui/table";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { ultimasEntradas, verificarBitacora } from "@/lib/audit/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFechaHora } from "@/lib/domain/formato";

export const metadata: Metadata = { title: "Bitácora de auditoría" };
export const dynamic = "force-dynamic";

export default async function Auditoria() {
  await requireVista("admin", "/admin/auditoria");
  const [verificacion, entradas] = await Promise.all([verificarBitacora(), ultimasEntradas(100)]);
  return (
    <>
      <h1 className="text-3xl">Bitácora de auditoría</h1>
      <p className="mb-4 mt-2">Cada cambio de estado queda registrado. Cada entrada guarda el hash de la anterior: si alguien altera una, la cadena se rompe.</p>
      {verificacion.ok ? (
        <Alert tipo="exito" titulo="Cadena verificada">
          Las {verificacion.total} entradas están íntegras.
        </Alert>
      ) : (
        <Alert tipo="error" titulo="La cadena está rota">
          La entrada N° {verificacion.rotaEn} no coincide: {verificacion.motivo}
        </Alert>
      )}
      <Tabla caption="Últimas 100 entradas de la bitácora" columnas={[{ titulo: "N°" }, { titulo: "Fecha" }, { titulo: "Acción" }, { titulo: "Entidad" }, { titulo: "Etapa" }, { titulo: "Quién" }, { titulo: "Hash" }]} className="min-w-[40rem] text-sm">
        {entradas.map((e) => (
          <tr key={e.id} className="border-b border-acento">
            <td className="p-2">{e.id}</td>
            <td className="p-2 whitespace-nowrap">{formatearFechaHora(e.createdAt)}</td>
            <td className="p-2">{e.accion}</td>
            <td className="p-2">{e.entidad}</td>
            <td className="p-2">{e.etapa ? NOMBRE_ETAPA[e.etapa] : "—"}</td>
            <td className="p-2">{e.actor?.nombre ?? "Sistema / público"}</td>
            <td className="p-2 font-mono">{e.hash.slice(0, 12)}…</td>
          </tr>
        ))}
      </Tabla>
    </>
  );
}
