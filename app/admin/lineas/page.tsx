import type { Metadata } from "next";
import { MatrizLineas } from "@/components/lineas/matriz-lineas";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { formatearClp } from "@/lib/domain/formato";
import { listarLineasAdmin } from "@/lib/lineas/queries";

export const metadata: Metadata = { title: "Líneas de postulación" };

export default async function AdminLineas() {
  const user = await requireVista("admin", "/admin/lineas");
  const [conv, datos] = await Promise.all([getConvocatoriaActual(), listarLineasAdmin()]);
  if (!conv || !datos) return <Alert tipo="aviso">No hay una convocatoria activa.</Alert>;
  const editable = puede("linea.configurar", user.roles, conv.etapaActual).ok;
  const abiertas = datos.lineas.filter((l) => l.habilitada).length;
  return (
    <>
      <h1 className="text-3xl">Líneas de postulación</h1>
      <p className="mt-2 max-w-3xl">
        Cada línea es una combinación de nivel de madurez de la idea y tipo de ejecutor. Hay {abiertas} de {datos.lineas.length} líneas abiertas. Los montos
        máximos van entre {formatearClp(datos.banda.min)} y {formatearClp(datos.banda.max)}, la banda por proyecto de la convocatoria.
      </p>
      {!editable && (
        <div className="mt-4">
          <Alert tipo="aviso">
            Las líneas solo se configuran en la etapa {NOMBRE_ETAPA.DESARROLLO_CONCURSO}. La convocatoria está en {NOMBRE_ETAPA[conv.etapaActual]}.
          </Alert>
        </div>
      )}
      <MatrizLineas lineas={datos.lineas} editable={editable} />
    </>
  );
}
