// The demo fast-forward acts as people would: through the product's own actions and the one pipeline
// (zod → role → transaction { etapa check → body → audit }), signed in as a demo account.
import { executeAction } from "@/lib/actions/pipeline";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";
import type { Rol } from "@/lib/domain/roles";

export type Sesiones = { de: (email: string) => SessionUser };

/** Sessions of the given accounts, as getSessionUser() would build them (roles read from the database). */
export async function cargarSesiones(db: Db, emails: Iterable<string>): Promise<Sesiones> {
  const usuarios = await db.user.findMany({
    where: { email: { in: [...new Set(emails)] } },
    select: { id: true, nombre: true, email: true, roles: { select: { rol: true } } },
  });
  const porCorreo = new Map(usuarios.map((u) => [u.email, { id: u.id, nombre: u.nombre, email: u.email, roles: u.roles.map((r) => r.rol as Rol) }]));
  return {
    de: (email) => {
      const s = porCorreo.get(email);
      if (!s) throw new Error(`La demostración no encontró la cuenta ${email}.`);
      return s;
    },
  };
}

/** What an action definition returns to its caller. */
type DatosDe<D> = D extends { run: (...args: never[]) => Promise<{ data: infer T }> } ? T : never;

/** Runs an action as `user`; a refusal stops the demo with the action's own Spanish message. */
export async function ejecutar<D extends { name: string; run: (...args: never[]) => Promise<unknown> }>(
  db: Db,
  def: D,
  input: unknown,
  user: SessionUser,
): Promise<DatosDe<D>> {
  // Any registered definition: executeAction's own generics are per action (as tests/support/ejecutar.ts).
  const r = await executeAction(def as unknown as Parameters<typeof executeAction>[0], input, { user, db, ip: null });
  if (r.ok) return r.data as DatosDe<D>;
  const detalle = Object.entries(r.fieldErrors)
    .map(([campo, errores]) => `${campo}: ${errores.join(" ")}`)
    .join("; ");
  throw new Error(`La acción «${def.name}» (como ${user.email}) fue rechazada: ${r.error}${detalle ? ` (${detalle})` : ""}`);
}
