import type { Metadata } from "next";
import { Tabla } from "@/components/ui/table";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { ultimasEntradas, verificarBitacora } from "@/lib/audit/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearFechaHora } from "@/lib/domain/formato";

export const metadata: Metadata = { title: "Bitácora de auditoría" };
export const dynamic = "force-dynamic";

// A row edited outside the portal may hold anything: the table shows it without throwing.
const fecha = (d: unknown) => (d instanceof Date && !Number.isNaN(d.getTime()) ? formatearFechaHora(d) : "— (inválida)");

function Verificacion({ v }: { v: Awaited<ReturnType<typeof verificarBitacora>> }) {
  switch (v.estado) {
    case "integra":
      return (
        <Alert tipo="exito" titulo="Cadena verificada">
          Las {v.total} entradas están íntegras y firmadas con la clave del servidor.
        </Alert>
      );
    case "rota":
      return (
        <Alert tipo="error" titulo="La cadena está rota">
          Entrada N° {v.rotaEn}: {v.motivo}
        </Alert>
      );
    case "truncada":
      return (
        <Alert tipo="error" titulo="Faltan entradas al final de la bitácora">
          {v.motivo}
        </Alert>
      );
    case "punto-de-control-invalido":
      return (
        <Alert tipo="error" titulo="El punto de control no es válido">
          {v.motivo}
        </Alert>
      );
  }
}

export default async function Auditoria() {
  await requireVista("admin", "/admin/auditoria");
  const [verificacion, entradas] = await Promise.all([verificarBitacora(), ultimasEntradas(100)]);
  const punto = verificacion.puntoDeControl;
  return (
    <>
      <h1 className="text-3xl">Bitácora de auditoría</h1>
      <p className="mb-4 mt-2">
        Cada cambio de estado queda registrado. Cada entrada guarda el hash de la anterior y una firma con una clave que no está en la base de
        datos: si alguien altera, reescribe o borra una entrada, la verificación lo señala.
      </p>
      <Verificacion v={verificacion} />
      <p className="mb-4">
        {punto ? (
          <>
            Punto de control firmado: entrada N° {punto.id} (hash <span className="font-mono">{punto.hash.slice(0, 12)}…</span>), del {formatearFechaHora(punto.createdAt)}. Se
            actualiza periódicamente y los administradores reciben la cabeza por correo una vez al día.
          </>
        ) : (
          "Aún no hay un punto de control firmado."
        )}
      </p>
      {entradas === null ? (
        <Alert tipo="aviso" titulo="No se pudieron mostrar las últimas entradas">
          Alguna fila no se puede leer: fue modificada fuera del portal.
        </Alert>
      ) : (
        <Tabla caption="Últimas 100 entradas de la bitácora" columnas={[{ titulo: "N°" }, { titulo: "Fecha" }, { titulo: "Acción" }, { titulo: "Entidad" }, { titulo: "Etapa" }, { titulo: "Quién" }, { titulo: "Hash" }]} className="min-w-[40rem] text-sm">
          {entradas.map((e) => (
            <tr key={e.id} className="border-b border-acento">
              <td className="p-2">{e.id}</td>
              <td className="p-2 whitespace-nowrap">{fecha(e.createdAt)}</td>
              <td className="p-2">{String(e.accion)}</td>
              <td className="p-2">{String(e.entidad)}</td>
              <td className="p-2">{e.etapa ? (NOMBRE_ETAPA[e.etapa] ?? String(e.etapa)) : "—"}</td>
              <td className="p-2">{e.actor?.nombre ?? "Sistema / público"}</td>
              <td className="p-2 font-mono">{String(e.hash).slice(0, 12)}…</td>
            </tr>
          ))}
        </Tabla>
      )}
    </>
  );
}
