"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { NOMBRE_ROL, ROLES, type Rol } from "@/lib/domain/roles";
import { otorgarRolAction, revocarRolAction } from "@/lib/server-actions";

export function OtorgarRol({ userId, nombre, tiene }: { userId: string; nombre: string; tiene: Rol[] }) {
  const disponibles = ROLES.filter((r) => !tiene.includes(r));
  if (disponibles.length === 0) return null;
  return (
    <ActionForm action={otorgarRolAction} etiqueta={`Otorgar rol a ${nombre}`} className="flex flex-wrap items-end gap-2">
      {({ pendiente }) => (
        <>
          <input type="hidden" name="userId" value={userId} />
          <Select id={`rol-${userId}`} name="rol" label={`Rol para ${nombre}`}>
            {disponibles.map((r) => (
              <option key={r} value={r}>
                {NOMBRE_ROL[r]}
              </option>
            ))}
          </Select>
          <Button type="submit" className="mb-4">
            {pendiente ? "Otorgando…" : "Otorgar"}
          </Button>
        </>
      )}
    </ActionForm>
  );
}

export function RevocarRol({ userId, nombre, rol }: { userId: string; nombre: string; rol: Rol }) {
  return (
    <ActionForm
      action={revocarRolAction}
      etiqueta={`Revocar ${NOMBRE_ROL[rol]} a ${nombre}`}
      confirmar={`¿Revocar el rol ${NOMBRE_ROL[rol]} a ${nombre}? Sus sesiones abiertas se cerrarán.`}
      className="inline"
    >
      {() => (
        <>
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="rol" value={rol} />
          <button type="submit" className="min-h-11 border border-primario bg-white px-2 text-sm text-primario hover:bg-neutro" aria-label={`Revocar ${NOMBRE_ROL[rol]} a ${nombre}`}>
            {NOMBRE_ROL[rol]} ✕
          </button>
        </>
      )}
    </ActionForm>
  );
}
