"use server";
// The two ways into ClaveÚnica. Authentication, not domain mutations: not in the action registry (as
// lib/cuentas/sesion-actions.ts). next-auth's signIn redirects to ClaveÚnica (a full-page redirect, as
// its manual requires) with state, nonce and PKCE cookies set.
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { destinoSeguro } from "@/lib/domain/redireccion";
import { claveUnicaHabilitada, signIn } from "./auth";
import { ID_CLAVEUNICA } from "./claveunica-claims";
import { revocarSesion } from "./revocacion";
import { getSessionId, getSessionUser } from "./session";

/**
 * /ingresar: a fresh sign-in. A session left open on this browser (someone else's, on a shared
 * computer) is signed out first, so the ClaveÚnica identity is never linked to it.
 */
export async function ingresarConClaveUnicaAction(fd: FormData): Promise<void> {
  if (!claveUnicaHabilitada()) redirect("/ingresar");
  const sid = await getSessionId();
  if (sid) await revocarSesion(db, sid);
  const volver = fd instanceof FormData ? fd.get("volver") : null;
  await signIn(ID_CLAVEUNICA, { redirectTo: destinoSeguro(volver) });
}

/** /cuenta: verify the RUT of the account signed in now (lib/auth/claveunica.ts, rule 2). */
export async function verificarConClaveUnicaAction(): Promise<void> {
  if (!claveUnicaHabilitada()) redirect("/cuenta");
  if (!(await getSessionUser())) redirect("/ingresar?volver=/cuenta");
  await signIn(ID_CLAVEUNICA, { redirectTo: "/cuenta" });
}
