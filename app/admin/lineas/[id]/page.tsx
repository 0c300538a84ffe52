import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LineaForm } from "@/components/lineas/linea-form";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { getLineaAdmin } from "@/lib/lineas/queries";
import { NOMBRE_NIVEL, NOMBRE_TIPO_EJECUTOR } from "@/lib/postulaciones/schema";

export const metadata: Metadata = { title: "Configurar línea de postulación" };

type Props = { params: Promise<{ id: string }> };

export default async function ConfigurarLinea({ params }: Props) {
  const { id } = await params;
  const user = await requireVista("admin", `/admin/lineas/${id}`);
  const [linea, conv] = await Promise.all([getLineaAdmin(id), getConvocatoriaActual()]);
  if (!linea || !conv) notFound();
  const nombre = `${NOMBRE_NIVEL[linea.nivelMadurez]}, ${NOMBRE_TIPO_EJECUTOR[linea.tipoEjecutor]}`;
  const editable = puede("linea.configurar", user.roles, conv.etapaActual).ok;
  return (
    <>
      <p>
        <Link href="/admin/lineas">← Líneas de postulación</Link>
      </p>
      <h1 className="mb-1 mt-2 text-3xl">Línea {nombre}</h1>
      <p className="mb-6">
        Nivel de madurez: <strong>{NOMBRE_NIVEL[linea.nivelMadurez]}</strong> · Tipo de ejecutor: <strong>{NOMBRE_TIPO_EJECUTOR[linea.tipoEjecutor]}</strong>
      </p>
      {editable ? (
        <div className="max-w-xl">
          <LineaForm linea={linea} banda={linea.banda} nombre={nombre} />
        </div>
      ) : (
        <Alert tipo="aviso">
          Esta línea ya no se puede cambiar: las líneas solo se configuran en la etapa {NOMBRE_ETAPA.DESARROLLO_CONCURSO} y la convocatoria está en{" "}
          {NOMBRE_ETAPA[conv.etapaActual]}.
        </Alert>
      )}
    </>
  );
}
