// The one pipeline every mutation goes through:
//   parse (zod) → session → permission (role) → [attempt limits, outside the transaction]
//   → transaction { etapa check → body → audit } → revalidate.
// The audit step is one chained entry per action, unless the action declares `auditoria: "fila"` (its
// row is the record, sealed into the chain later in batches: see ActionDef).
// An action file only declares its name, schema and body. See docs/decisions/0003-tabla-de-permisos.md
import { z } from "zod";
import { appendAudit } from "@/lib/audit/log";
import { db as defaultDb, type Db, type Tx } from "@/lib/db/client";
import { NOMBRE_ETAPA, type Etapa } from "@/lib/domain/etapas";
import { PERMISOS, permiteEtapa, permiteRol, type AccionConSesion, type NombreAccion } from "@/lib/auth/permissions";
import { consumirIntentos, type Conteo, type Limite } from "@/lib/auth/rate-limit";
import { leerConvocatoriaActiva } from "@/lib/convocatoria/activa";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Etiqueta } from "@/lib/cache/etiquetas";
import { ActionError, type ActionResult, type FieldErrors } from "./result";
import { formDataToObject } from "./form-data";
import "@/lib/validation/zod-es";

export type ConvocatoriaActual = { id: string; anio: number; etapaActual: Etapa };

/**
 * The user an action's body receives: never null when its permission row requires a session (the
 * pipeline refuses before the body runs), null for anonymous callers of a PUBLICO row.
 */
export type UsuarioDeAccion<N extends NombreAccion> = N extends AccionConSesion ? SessionUser : SessionUser | null;

export type ActionContext<I, U extends SessionUser | null = SessionUser | null> = {
  input: I;
  user: U;
  tx: Tx;
  convocatoria: ConvocatoriaActual;
  ip: string | null;
  /** Runs `fn` once the transaction has committed (e.g. delete a stored file). A failure there is logged, not returned. */
  afterCommit: (fn: () => Promise<void>) => void;
  /** Runs `fn` if the transaction rolls back, to undo work done outside the database (e.g. a file the body wrote). */
  onRollback: (fn: () => Promise<void>) => void;
};

/** What an action's `limit` step sees (no transaction). */
export type LimitContext<I, U extends SessionUser | null = SessionUser | null> = {
  input: I;
  user: U;
  ip: string | null;
  /**
   * Counts one attempt for `clave` (lib/auth/rate-limit.ts consumirIntento, with the pipeline's client)
   * and says whether it is within `limite`. Counts nothing, and says yes, when the etapa rule refuses the
   * action anyway: that refusal (from the transaction) comes first and uses up no attempt.
   */
  consumir: (clave: string, limite: Limite) => Promise<boolean>;
  /**
   * Like `consumir` for several keys at once, in one statement (consumirIntentos): one answer per key, in
   * order. Each key is counted whatever the others answer.
   */
  consumirJuntos: (conteos: readonly Conteo[]) => Promise<boolean[]>;
};

export type AuditInfo = { entidad: string; entidadId?: string | null; datos?: unknown };

export type ActionBodyResult<T> = { data: T; audit: AuditInfo; mensaje?: string };

/** What the body of an action with `auditoria: "fila"` returns: no audit entry, its row is the record. */
export type ActionRowResult<T> = { data: T; mensaje?: string };

type ActionDefBase<N extends NombreAccion, S extends z.ZodType, T> = {
  name: N;
  schema: S;
  /**
   * Attempt limits, counted with `consumir` BEFORE the transaction; throw ActionError to refuse. Not in `run`: a count written with `tx` is undone by the rollback of any
   * refusal, and one written with the plain client while the transaction is open is no better (on SQLite
   * it goes through the same connection, inside the open transaction; on PostgreSQL it needs a second
   * pool connection per request, which a burst of requests holding all of them never gets).
   */
  limit?: (ctx: LimitContext<z.output<S>, UsuarioDeAccion<N>>) => Promise<void>;
  /** Paths to revalidate after a success. */
  revalidate?: (data: T) => string[];
  /**
   * Cache tags of the public pages whose facts this action changes (lib/cache/etiquetas.ts), expired
   * after a success so the next visit renders them fresh (docs/decisions/0010-paginas-publicas-en-cache.md).
   */
  etiquetas?: readonly Etiqueta[];
};

/**
 * Where an action's audit record is written:
 * - "cadena" (the default): one entry appended to the hash-chained audit log inside the transaction
 *   (lib/audit/log.ts appendAudit, which serializes every appender with one global lock);
 * - "fila": the row the body writes IS the audit record, and nothing is appended to the chain. For
 *   high-rate actions whose rows are sealed into the chain later, in batches (votes: lib/votacion/sellado.ts
 *   seals them under one Merkle root per batch); one global lock per row would cap their rate. The body
 *   returns no `audit`; the row must carry who, what and when itself.
 */
export type ActionDef<N extends NombreAccion, S extends z.ZodType, T> = ActionDefBase<N, S, T> &
  (
    | { auditoria?: "cadena"; run: (ctx: ActionContext<z.output<S>, UsuarioDeAccion<N>>) => Promise<ActionBodyResult<T>> }
    | { auditoria: "fila"; run: (ctx: ActionContext<z.output<S>, UsuarioDeAccion<N>>) => Promise<ActionRowResult<T>> }
  );

/**
 * An action file's one export: `export const <verbo> = defineAction({ name, schema, run })`. The list of
 * actions and their Next bindings are generated from these files (scripts/derivar-acciones.mjs).
 */
export function defineAction<N extends NombreAccion, S extends z.ZodType, T>(def: ActionDef<N, S, T>): ActionDef<N, S, T> {
  return def;
}

/** The caller, typed as the body expects it; only reached after permiteRol, which refuses a missing session. */
function usuarioDelCuerpo<N extends NombreAccion>(accion: N, user: SessionUser | null): UsuarioDeAccion<N> {
  if (user === null && PERMISOS[accion].quien !== "PUBLICO") throw new Error(`[accion ${accion}] sin sesión tras el chequeo de rol`);
  return user as UsuarioDeAccion<N>;
}

export type ExecuteDeps = {
  user: SessionUser | null;
  ip?: string | null;
  db?: Db;
  revalidate?: (path: string) => void;
  /** Expires a public cache tag (lib/actions/next.ts: updateTag). */
  expirarEtiqueta?: (etiqueta: Etiqueta) => void;
};

export const MENSAJE_SESION = "Debe iniciar sesión para realizar esta acción.";
export const MENSAJE_ROL = "No tiene permiso para realizar esta acción.";
const MENSAJE_INESPERADO = "Ocurrió un error inesperado y no se guardó ningún cambio. Intente nuevamente.";

export function mensajeEtapa(accion: NombreAccion, actual: Etapa): string {
  const permitidas = PERMISOS[accion].etapas.map((e) => NOMBRE_ETAPA[e]).join(", ");
  return `Esta acción no está disponible en la etapa actual (${NOMBRE_ETAPA[actual]}). Solo se permite en: ${permitidas}.`;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Loads the current convocatoria (lib/convocatoria/activa.ts says which) inside the transaction. */
export async function convocatoriaActual(tx: Tx): Promise<ConvocatoriaActual | null> {
  return leerConvocatoriaActiva(tx, { id: true, anio: true, etapaActual: true });
}

export async function executeAction<N extends NombreAccion, S extends z.ZodType, T>(
  def: ActionDef<N, S, T>,
  raw: FormData | unknown,
  deps: ExecuteDeps,
): Promise<ActionResult<T>> {
  const input = raw instanceof FormData ? formDataToObject(raw) : raw;
  const parsed = def.schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "Revise los campos marcados.", fieldErrors: zodFieldErrors(parsed.error) };
  }

  const porRol = permiteRol(def.name, deps.user?.roles ?? null);
  if (!porRol.ok) {
    return { ok: false, error: porRol.motivo === "SESION" ? MENSAJE_SESION : MENSAJE_ROL, fieldErrors: {} };
  }

  const user = usuarioDelCuerpo(def.name, deps.user);

  const client = deps.db ?? defaultDb;
  if (def.limit) {
    // Read once, and only if the action counts something; read again, authoritatively, in the transaction.
    let etapaAbierta: Promise<boolean> | null = null;
    const consumirJuntos = async (conteos: readonly Conteo[]) => {
      etapaAbierta ??= convocatoriaActual(client).then((c) => !!c && permiteEtapa(def.name, c.etapaActual));
      if (!(await etapaAbierta)) return conteos.map(() => true);
      return (await consumirIntentos(client, conteos)).map((c) => c.permitido);
    };
    const consumir = async (clave: string, limite: Limite) => (await consumirJuntos([{ clave, limite }]))[0];
    try {
      await def.limit({ input: parsed.data, user, ip: deps.ip ?? null, consumir, consumirJuntos });
    } catch (e) {
      if (e instanceof ActionError) return { ok: false, error: e.message, fieldErrors: e.fieldErrors };
      console.error(`[accion ${def.name}] límite`, e);
      return { ok: false, error: MENSAJE_INESPERADO, fieldErrors: {} };
    }
  }
  // Work outside the database (files) is finished or undone once the transaction's outcome is known.
  const alConfirmar: (() => Promise<void>)[] = [];
  const alDeshacer: (() => Promise<void>)[] = [];
  let confirmada = false;
  try {
    const outcome = await client.$transaction(
      async (tx) => {
        const convocatoria = await convocatoriaActual(tx);
        if (!convocatoria) throw new ActionError("No hay una convocatoria activa.");
        // Etapa rule read inside the transaction, so it holds for the data this action writes.
        if (!permiteEtapa(def.name, convocatoria.etapaActual)) {
          throw new ActionError(mensajeEtapa(def.name, convocatoria.etapaActual));
        }
        const result = await def.run({
          input: parsed.data,
          user,
          tx,
          convocatoria,
          ip: deps.ip ?? null,
          afterCommit: (fn) => void alConfirmar.push(fn),
          onRollback: (fn) => void alDeshacer.push(fn),
        });
        if (def.auditoria !== "fila") {
          await appendAudit(tx, {
            actorId: deps.user?.id ?? null,
            accion: def.name,
            etapa: convocatoria.etapaActual,
            ...(result as ActionBodyResult<T>).audit,
          });
        }
        return result;
      },
      { timeout: 15_000, maxWait: 15_000 },
    );
    confirmada = true;
    await ejecutarHooks(alConfirmar, def.name);
    for (const p of def.revalidate?.(outcome.data) ?? []) deps.revalidate?.(p);
    for (const e of def.etiquetas ?? []) deps.expirarEtiqueta?.(e);
    return { ok: true, data: outcome.data, mensaje: outcome.mensaje };
  } catch (e) {
    if (!confirmada) await ejecutarHooks(alDeshacer, def.name);
    if (e instanceof ActionError) return { ok: false, error: e.message, fieldErrors: e.fieldErrors };
    if (isUniqueViolation(e)) {
      return { ok: false, error: "Ya existe un registro con esos datos. Revise e intente nuevamente.", fieldErrors: {} };
    }
    console.error(`[accion ${def.name}]`, e);
    return { ok: false, error: MENSAJE_INESPERADO, fieldErrors: {} };
  }
}

async function ejecutarHooks(hooks: (() => Promise<void>)[], accion: NombreAccion): Promise<void> {
  for (const fn of hooks) {
    try {
      await fn();
    } catch (e) {
      console.error(`[accion ${accion}] tras la transacción`, e);
    }
  }
}

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && (e as { code: unknown }).code === "P2002";
}
