// The signed-in user as every request sees it: read fresh from the database (lib/auth/usuario-sesion.ts),
// so roles are always current. Actions whose permission row requires a session receive it non-null.
import type { Rol } from "@/lib/domain/roles";

export type SessionUser = {
  id: string;
  nombre: string;
  email: string;
  roles: Rol[];
  /** The RUT was verified with ClaveÚnica (a RUT typed at sign-up never is). Absent means false. */
  rutVerificado?: boolean;
  /** This session was opened with ClaveÚnica, not with the password. Absent means false. */
  ingresoClaveUnica?: boolean;
};
