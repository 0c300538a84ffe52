// The signed-in user as every request sees it: read fresh from the database (lib/auth/usuario-sesion.ts),
// so roles are always current. Actions whose permission row requires a session receive it non-null.
import type { Rol } from "@/lib/domain/roles";

export type SessionUser = { id: string; nombre: string; email: string; roles: Rol[] };
