// Signing in with ClaveÚnica: from the claims to OUR account, keyed on the RUN (one person, one account).
// No Next or next-auth imports: the signIn callback (lib/auth/auth.ts) calls it, and so do the
// integration tests, with a real database. The rule, and why, is docs/decisions/0013-claveunica-cuenta-por-run.md:
//
//   1. The RUN is already verified on an account → that account (signed in elsewhere as another
//      account → refused: the RUN belongs to the other one).
//   2. Signed in (a valid session) → the RUN goes to THIS account, verified; an account that only had it
//      typed at sign-up loses it.
//   3. Not signed in, an account has the RUN typed at sign-up → that account, now verified.
//   4. Otherwise → a new account (name from the claims, placeholder e-mail: ClaveÚnica gives none).
//
// Verifying an account grants AFILIADO (the voter role: a verified citizen) and bumps its sessionVersion,
// so every session opened before the verification (with the password) ends. Each outcome, refusals
// included, is one audit entry in the same transaction; the RUT itself never goes into the audit log.
import { appendAudit } from "@/lib/audit/log";
import type { Db, Tx } from "@/lib/db/client";
import type { Rol } from "@/lib/domain/roles";
import { correoProvisorio, identidadDeClaims, type CodigoErrorClaveUnica, type IdentidadClaveUnica } from "./claveunica-claims";

/** Audit names of these entries (written outside the action pipeline). */
export const ACCIONES_CLAVEUNICA = {
  "claveunica.ingresar": "Ingresar con ClaveÚnica a una cuenta ya verificada",
  "claveunica.verificarCuenta": "Verificar con ClaveÚnica el RUT de una cuenta",
  "claveunica.crearCuenta": "Crear una cuenta al ingresar con ClaveÚnica",
  "claveunica.liberarRut": "Quitar a una cuenta el RUT escrito al registrarse, verificado por su titular en otra cuenta",
  "claveunica.rechazar": "Rechazar un ingreso con ClaveÚnica",
} as const;

type AccionClaveUnica = keyof typeof ACCIONES_CLAVEUNICA;

/** The role a ClaveÚnica-verified account gets: a verified citizen may vote (issue 11). */
export const ROL_VERIFICADO: Rol = "AFILIADO";

export type CasoIngreso = "EXISTENTE" | "VERIFICADA" | "CREADA";

export type UsuarioIngreso = { id: string; email: string; nombre: string; sessionVersion: number };

export type ResultadoIngresoClaveUnica =
  | { ok: true; caso: CasoIngreso; user: UsuarioIngreso; rolOtorgado: boolean; rutLiberadoDe: string | null }
  | { ok: false; error: CodigoErrorClaveUnica };

export type OpcionesIngreso = {
  /** The account signed in on this browser when the ClaveÚnica sign-in started (a valid session), if any. */
  sesionUserId?: string | null;
};

const seleccion = { id: true, email: true, nombre: true, sessionVersion: true } as const;

class Reintentar extends Error {}

const esDuplicado = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";

async function auditar(tx: Tx, accion: AccionClaveUnica, actorId: string | null, entidadId: string | null, datos: Record<string, unknown>): Promise<void> {
  await appendAudit(tx, { actorId, accion, entidad: "User", entidadId, datos });
}

/** Grants AFILIADO if missing; says whether it did. */
async function otorgarRolVerificado(tx: Tx, userId: string): Promise<boolean> {
  const tiene = await tx.userRol.findUnique({ where: { userId_rol: { userId, rol: ROL_VERIFICADO } }, select: { rol: true } });
  if (tiene) return false;
  await tx.userRol.create({ data: { userId, rol: ROL_VERIFICADO } });
  return true;
}

async function vincular(tx: Tx, id: IdentidadClaveUnica, sesionUserId: string | null): Promise<ResultadoIngresoClaveUnica> {
  const conRut = await tx.user.findUnique({ where: { rut: id.rut }, select: { ...seleccion, rutVerificado: true } });
  const sesion = sesionUserId ? await tx.user.findUnique({ where: { id: sesionUserId }, select: { ...seleccion, rut: true, rutVerificado: true } }) : null;

  // `sub` is unique too: if ClaveÚnica's id was recorded on another account (it should not happen: the
  // RUN decides), it moves to the account the RUN leads to.
  const moverSub = async (destino: string) => {
    await tx.user.updateMany({ where: { claveUnicaSub: id.sub, NOT: { id: destino } }, data: { claveUnicaSub: null } });
  };

  // 1. The RUN is verified already: that account, and only that one.
  if (conRut?.rutVerificado) {
    if (sesion && sesion.id !== conRut.id) {
      await auditar(tx, "claveunica.rechazar", sesion.id, sesion.id, { motivo: "RUN_VERIFICADO_EN_OTRA_CUENTA", cuentaVerificada: conRut.id });
      return { ok: false, error: "claveunica-otra-cuenta" };
    }
    await moverSub(conRut.id);
    await tx.user.update({ where: { id: conRut.id }, data: { claveUnicaSub: id.sub } });
    await auditar(tx, "claveunica.ingresar", conRut.id, conRut.id, {});
    const { rutVerificado: _, ...user } = conRut;
    return { ok: true, caso: "EXISTENTE", user, rolOtorgado: false, rutLiberadoDe: null };
  }

  // 2 and 3. An account to verify: the signed-in one, or the one with this RUN typed at sign-up.
  const destino = sesion ?? conRut;
  if (destino) {
    if (sesion?.rutVerificado) {
      // Verified with another RUN (same RUN was case 1): one account is one person.
      await auditar(tx, "claveunica.rechazar", sesion.id, sesion.id, { motivo: "CUENTA_VERIFICADA_CON_OTRO_RUN" });
      return { ok: false, error: "claveunica-otro-run" };
    }
    let rutLiberadoDe: string | null = null;
    if (conRut && conRut.id !== destino.id) {
      // Typed at sign-up by another account: a typed RUT never outranks its verified holder.
      const { count } = await tx.user.updateMany({ where: { id: conRut.id, rut: id.rut, rutVerificado: false }, data: { rut: null } });
      if (count !== 1) throw new Reintentar();
      rutLiberadoDe = conRut.id;
      await auditar(tx, "claveunica.liberarRut", destino.id, conRut.id, { verificadoEn: destino.id });
    }
    await moverSub(destino.id);
    // Conditional: a concurrent sign-in that verified it first makes this one start over (and take case 1).
    const { count } = await tx.user.updateMany({
      where: { id: destino.id, rutVerificado: false },
      // Case 3 (nobody signed in, the RUN typed at sign-up): whoever typed it also knows the account's
      // password, and may not be this person. The password goes: from now on the account opens with
      // ClaveÚnica only, so a squatter who typed someone else's RUN loses it (and every session ends).
      data: { rut: id.rut, rutVerificado: true, claveUnicaSub: id.sub, sessionVersion: { increment: 1 }, ...(sesion ? {} : { passwordHash: null }) },
    });
    if (count !== 1) throw new Reintentar();
    const rolOtorgado = await otorgarRolVerificado(tx, destino.id);
    await auditar(tx, "claveunica.verificarCuenta", destino.id, destino.id, {
      desde: sesion ? "SESION_ABIERTA" : "RUT_DEL_REGISTRO",
      ...(sesion ? {} : { quitaContrasena: true }),
      reemplazaRutEscrito: sesion ? sesion.rut !== null && sesion.rut !== id.rut : false,
      ...(rolOtorgado ? { otorga: ROL_VERIFICADO } : {}),
    });
    const user = await tx.user.findUniqueOrThrow({ where: { id: destino.id }, select: seleccion });
    return { ok: true, caso: "VERIFICADA", user, rolOtorgado, rutLiberadoDe };
  }

  // 4. Nobody has this RUN: a new account, verified from the start.
  await tx.user.updateMany({ where: { claveUnicaSub: id.sub }, data: { claveUnicaSub: null } });
  const user = await tx.user.create({
    data: {
      nombre: id.nombre,
      email: correoProvisorio(),
      rut: id.rut,
      rutVerificado: true,
      claveUnicaSub: id.sub,
      roles: { create: [{ rol: "POSTULANTE" }, { rol: ROL_VERIFICADO }] },
    },
    select: seleccion,
  });
  await auditar(tx, "claveunica.crearCuenta", user.id, user.id, { roles: ["POSTULANTE", ROL_VERIFICADO], correo: "PROVISORIO" });
  return { ok: true, caso: "CREADA", user, rolOtorgado: true, rutLiberadoDe: null };
}

/**
 * Finds, verifies or creates the account for a ClaveÚnica sign-in (rules at the top of this file).
 * `claims`: ClaveÚnica's userinfo, as received. Never throws for a refusal: `{ ok: false, error }`, with
 * `error` the /ingresar?error= code.
 */
export async function ingresarConClaveUnica(db: Db, claims: unknown, opciones: OpcionesIngreso = {}): Promise<ResultadoIngresoClaveUnica> {
  const r = identidadDeClaims(claims);
  if (!r.ok) {
    await db.$transaction(async (tx) => {
      await auditar(tx, "claveunica.rechazar", opciones.sesionUserId ?? null, null, { motivo: `CLAIMS_${r.motivo}` });
    });
    return { ok: false, error: "claveunica-datos" };
  }
  // Two sign-ins with the same RUN at once: the unique RUT (or the conditional updates) stops the second,
  // which starts over and finds the first one's account.
  for (let intento = 1; ; intento++) {
    try {
      return await db.$transaction((tx) => vincular(tx, r.identidad, opciones.sesionUserId ?? null), { timeout: 15_000, maxWait: 15_000 });
    } catch (e) {
      if (intento >= 3 || !(e instanceof Reintentar || esDuplicado(e))) throw e;
    }
  }
}
