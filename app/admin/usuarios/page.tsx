import type { Metadata } from "next";
import { OtorgarRol, RevocarRol } from "@/components/admin/rol-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { requireVista } from "@/lib/auth/guard";
import { listarUsuarios } from "@/lib/usuarios/queries";

export const metadata: Metadata = { title: "Usuarios y roles" };

type Props = { searchParams: Promise<{ q?: string }> };

export default async function AdminUsuarios({ searchParams }: Props) {
  await requireVista("admin", "/admin/usuarios");
  const { q } = await searchParams;
  const usuarios = await listarUsuarios(q);
  return (
    <>
      <h1 className="text-3xl">Usuarios y roles</h1>
      <p className="mt-2">Al otorgar o revocar un rol, las sesiones abiertas de esa persona se cierran y debe volver a ingresar.</p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search" aria-label="Buscar usuarios">
        <Field id="q" label="Buscar por nombre o correo" defaultValue={q ?? ""} />
        <Button type="submit" className="mb-4">
          Buscar
        </Button>
      </form>
      {usuarios.length === 0 ? (
        <p className="mt-4">No hay usuarios que coincidan.</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {usuarios.map((u) => (
            <li key={u.id} className="border border-acento p-4">
              <p className="font-medium text-titulo">{u.nombre}</p>
              <p className="text-sm">
                {u.email}
                {u.rut ? ` · RUT ${u.rut}` : ""}
              </p>
              <div className="mt-2 flex flex-wrap gap-2" aria-label={`Roles de ${u.nombre}`}>
                {u.roles.length === 0 ? <span className="text-sm">Sin roles</span> : u.roles.map((r) => <RevocarRol key={r} userId={u.id} nombre={u.nombre} rol={r} />)}
              </div>
              <div className="mt-3">
                <OtorgarRol userId={u.id} nombre={u.nombre} tiene={u.roles} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
