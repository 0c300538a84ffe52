"use server";
// Sign-in and sign-out. They are authentication, not domain mutations, so they are not in the action
// registry; sign-in is still validated with zod and rate-limited (lib/auth/credentials.ts).
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/auth";
import { credencialesSchema } from "@/lib/auth/credentials";
import type { ActionResult } from "@/lib/actions/result";
import { zodFieldErrors } from "@/lib/actions/pipeline";
import { destinoSeguro } from "@/lib/domain/redireccion";
import { revocarSesion } from "@/lib/auth/revocacion";
import { getSessionId, getViaDeSesion } from "@/lib/auth/session";
import { configClaveUnica, inicioTrasSalir, urlSalidaClaveUnica } from "@/lib/auth/claveunica-config";
import { db } from "@/lib/db/client";

export async function ingresarAction(_prev: ActionResult | null, fd: FormData): Promise<ActionResult> {
  // Whatever arrives is parsed, never trusted to be a FormData (a handcrafted call sent an object: 500).
  const campo = (k: string): unknown => (fd instanceof FormData ? fd.get(k) : undefined);
  const parsed = credencialesSchema.safeParse({ email: campo("email"), password: campo("password") });
  if (!parsed.success) return { ok: false, error: "Revise los campos marcados.", fieldErrors: zodFieldErrors(parsed.error) };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: destinoSeguro(campo("volver")) });
    return { ok: true, data: null };
  } catch (e) {
    if (e instanceof AuthError) {
      const bloqueado = (e as AuthError & { code?: string }).code === "bloqueado";
      return {
        ok: false,
        error: bloqueado
          ? "Demasiados intentos fallidos. Por seguridad, espere 15 minutos antes de volver a intentar."
          : "Correo o contraseña incorrectos.",
        fieldErrors: {},
      };
    }
    throw e; // the redirect after a successful sign-in travels as an exception
  }
}

export async function salirAction(): Promise<void> {
  // Revoke this session on the server first: a copy of the cookie must stop working too.
  const sid = await getSessionId();
  if (sid) await revocarSesion(db, sid);
  // A session opened with ClaveÚnica also ends there (its certification asks for a visible logout), which
  // sends the person back to the portal's home; otherwise a shared phone would still be signed in to
  // ClaveÚnica for the next person.
  const claveUnica = (await getViaDeSesion()) === "claveunica" ? configClaveUnica() : null;
  if (!claveUnica) {
    await signOut({ redirectTo: "/" });
    return;
  }
  await signOut({ redirect: false });
  redirect(urlSalidaClaveUnica(claveUnica, inicioTrasSalir(await headers())));
}
