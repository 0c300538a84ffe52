import type { Metadata } from "next";
import { DesafioForm } from "@/components/admin/desafio-form";
import { Alert } from "@/components/ui/alert";
import { requireVista } from "@/lib/auth/guard";
import { puede } from "@/lib/auth/permissions";
import { getConvocatoriaActual } from "@/lib/convocatoria/queries";
import { listarGrupos, listarRegiones } from "@/lib/desafios/queries";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";

export const metadata: Metadata = { title: "Nuevo desafío" };

export default async function NuevoDesafio() {
  const user = await requireVista("admin", "/admin/desafios/nuevo");
  const [conv, grupos, regiones] = await Promise.all([getConvocatoriaActual(), listarGrupos(), listarRegiones()]);
  const editable = !!conv && puede("desafio.crear", user.roles, conv.etapaActual).ok;
  return (
    <>
      <h1 className="mb-4 text-3xl">Nuevo desafío</h1>
      {!editable && <Alert tipo="aviso">Los desafíos solo se crean en la etapa {NOMBRE_ETAPA.DESARROLLO_CONCURSO}.</Alert>}
      <DesafioForm grupos={grupos} regiones={regiones} editable={editable} />
    </>
  );
}
