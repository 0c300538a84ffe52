import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormularioConPerfil } from "@/components/formulario/formulario-con-perfil";
import { requireVista } from "@/lib/auth/guard";
import { perfilIncubacionVisible } from "@/lib/formulario/queries";

export const metadata: Metadata = { title: "Formulario completo" };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

type Props = { params: Promise<{ id: string }> };

/** Staff read a preselected team's formulario completo next to its frozen perfil and preselection decision. */
export default async function FormularioStaff({ params }: Props) {
  const { id } = await params;
  const user = await requireVista("incubacion", `/seguimiento/incubacion/formularios/${id}`);
  // Not preselected, or outside the viewer's rows: 404, alike.
  if (!(await perfilIncubacionVisible(user, id))) notFound();
  return (
    <>
      <p>
        <Link href="/seguimiento/incubacion">← Incubación</Link>
      </p>
      <h1 className="mb-6 mt-2 text-3xl">Formulario completo</h1>
      <FormularioConPerfil postulacionId={id} roles={user.roles} />
    </>
  );
}
