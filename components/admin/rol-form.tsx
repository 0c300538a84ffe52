"use client";

import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { NOMBRE_ROL, ROLES, type Rol } from "@/lib/domain/roles";
import { cambioRolSchema } from "@/lib/usuarios/schema";
import { otorgarRolAction, revocarRolAction } from "@/lib/usuarios/server-actions";

export function OtorgarRol({ userId, nombre, tiene }: { userId: string; nombre: string; tiene: Rol[] }) {
  const disponibles = ROLES.filter((r) => !tiene.includes(r));
  if (disponibles.length === 0) return null;
  return (
    <Formulario
      schema={cambioRolSchema}
      action={otorgarRolAction}
      // Follows the page: once a role is granted it leaves the list, and the choice moves to the next one.
      valores={{ userId, rol: disponibles[0] }}
      seguirValores
      etiqueta={`Otorgar rol a ${nombre}`}
      className="flex flex-wrap items-end gap-2"
    >
      {({ campo, pendiente }) => (
        <>
          <Select id={`rol-${userId}`} label={`Rol para ${nombre}`} {...campo("rol")}>
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
    </Formulario>
  );
}

/**
 * One of a person's roles, as a button that revokes it. Its accessible name comes from its text, which
 * says which role of whom («Revocar Evaluador regional a Pedro Postulante»); the eye reads the role and ✕.
 */
export function RevocarRol({ userId, nombre, rol }: { userId: string; nombre: string; rol: Rol }) {
  return (
    <Formulario
      schema={cambioRolSchema}
      action={revocarRolAction}
      valores={{ userId, rol }}
      confirmar={`¿Revocar el rol ${NOMBRE_ROL[rol]} a ${nombre}? Sus sesiones abiertas se cerrarán.`}
      className="inline"
    >
      {({ pendiente }) => (
        <button type="submit" className="min-h-11 border border-primario bg-white px-2 text-sm text-primario hover:bg-neutro disabled:text-acento">
          <span className="sr-only">{pendiente ? "Revocando " : "Revocar "}</span>
          {NOMBRE_ROL[rol]}
          <span className="sr-only"> a {nombre}</span> <span aria-hidden="true">✕</span>
        </button>
      )}
    </Formulario>
  );
}
