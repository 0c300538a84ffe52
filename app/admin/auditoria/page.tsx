import type { Metadata } from "next";
import { Tabla } from "@/components/ui/table";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { ultimasEntradas, verificarBitacora } from "@/lib/audit/queries";
import { describirAccion } from "@/lib/audit/descripcion";
import { NOMBRE_ETAPA, type Etapa } from "@/lib/domain/etapas";
import { formatearFechaHora } from "@/lib/domain/formato";

export const metadata: Metadata = { title: "Bitácora de auditoría" };

// A row edited outside the portal may hold anything: the table shows it without throwing.
const fecha = (d: unknown) => (d instanceof Date && !Number.isNaN(d.getTime()) ? formatearFechaHora(d) : "— (inválida)");
const etapa = (e: unknown) => (typeof e !== "string" || !e ? "—" : Object.hasOwn(NOMBRE_ETAPA, e) ? NOMBRE_ETAPA[e as Etapa] : e);
const quien = (actor: { nombre: string } | null) => actor?.nombre ?? "Sistema / público";

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
        <>
          {/* Phones get one card per entry; wider screens the table. */}
          <h2 className="mb-2 text-2xl">Últimas 100 entradas</h2>
          <ol className="space-y-3 sm:hidden" aria-label="Últimas 100 entradas de la bitácora">
            {entradas.map((e) => (
              <li key={e.id} className="border border-acento p-3">
                <p className="font-medium text-titulo">
                  N° {e.id} · {describirAccion(String(e.accion))}
                </p>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  <dt>Fecha</dt>
                  <dd>{fecha(e.createdAt)}</dd>
                  <dt>Quién</dt>
                  <dd>{quien(e.actor)}</dd>
                  <dt>Etapa</dt>
                  <dd>{etapa(e.etapa)}</dd>
                  <dt>Entidad</dt>
                  <dd className="break-all">{String(e.entidad)}</dd>
                  <dt>Código</dt>
                  <dd className="break-all font-mono">{String(e.accion)}</dd>
                  <dt>Hash</dt>
                  <dd className="font-mono">{String(e.hash).slice(0, 12)}…</dd>
                </dl>
              </li>
            ))}
          </ol>
          <div className="hidden sm:block">
            <Tabla
              caption="Últimas 100 entradas de la bitácora"
              columnas={[{ titulo: "N°" }, { titulo: "Fecha" }, { titulo: "Acción" }, { titulo: "Código" }, { titulo: "Entidad" }, { titulo: "Etapa" }, { titulo: "Quién" }, { titulo: "Hash" }]}
              className="min-w-[48rem] text-sm"
            >
              {entradas.map((e) => (
                <tr key={e.id} className="border-b border-acento">
                  <td className="p-2">{e.id}</td>
                  <td className="p-2 whitespace-nowrap">{fecha(e.createdAt)}</td>
                  <td className="p-2">{describirAccion(String(e.accion))}</td>
                  <td className="p-2 break-all font-mono text-xs">{String(e.accion)}</td>
                  <td className="p-2">{String(e.entidad)}</td>
                  <td className="p-2">{etapa(e.etapa)}</td>
                  <td className="p-2">{quien(e.actor)}</td>
                  <td className="p-2 font-mono">{String(e.hash).slice(0, 12)}…</td>
                </tr>
              ))}
            </Tabla>
          </div>
        </>
      )}
    </>
  );
}
