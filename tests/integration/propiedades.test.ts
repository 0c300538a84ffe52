// Arbitrary input to every action, as a role and in an etapa where the action is allowed: the pipeline
// always answers with an ActionResult (it never throws), and a refusal leaves no trace in the database.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ACCIONES } from "@/lib/actions/registry";
import { PERMISOS } from "@/lib/auth/permissions";
import type { Rol } from "@/lib/domain/roles";
import { ejecutarRegistrada } from "../support/ejecutar";
import { esActionResult } from "../support/resultado";
import { contar, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { MENSAJE_INESPERADO } from "../support/mensajes";
import { muestrasAcciones } from "../fixtures/acciones";

const RUNS = 300;

let e: Escenario;
let muestras: Record<string, Record<string, unknown>>;
const inesperados: { accion: string; entrada: unknown }[] = [];
let consola: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  e = await prepararDemo();
  muestras = muestrasAcciones({ desafioId: e.desafios[0].id, grupoId: e.grupoId, usuarioId: e.cuentas.POSTULANTE.id });
  // The pipeline logs unexpected errors; they are collected and checked below instead of printed.
  consola = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterAll(() => {
  consola.mockRestore();
});

const valor = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined, "", " ", "0", "-1", "1e309", "NaN", "si", "no", "on", "ADMIN", "CIERRE", "2019-02-30", "9999-99-99", "\u0000", "a\u0000b", 2_147_483_648, 3_000_000_000, -0, 1e21),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

/** Random records over the action's own keys, its valid sample with one field (or metric field) replaced, or anything at all. */
function entradas(muestra: Record<string, unknown>): fc.Arbitrary<unknown> {
  const claves = Object.keys(muestra);
  // An action without input (evaluacion.asignar): the sample itself, or anything at all.
  if (claves.length === 0) return fc.oneof(fc.constant(muestra), fc.anything({ maxDepth: 3 }));
  const mutada = fc.tuple(fc.constantFrom(...claves), valor).map(([k, v]) => ({ ...muestra, [k]: v }));
  const sinCampo = fc.constantFrom(...claves).map((k) => Object.fromEntries(Object.entries(muestra).filter(([c]) => c !== k)));
  const aleatoria = fc.dictionary(fc.constantFrom(...claves), valor);
  const arbitrarias: fc.Arbitrary<unknown>[] = [fc.constant(muestra), fc.anything({ maxDepth: 3 }), aleatoria, mutada, mutada, sinCampo];
  const metricas = muestra.metricas;
  if (Array.isArray(metricas)) {
    const m0 = metricas[0] as Record<string, unknown>;
    arbitrarias.push(
      fc.tuple(fc.constantFrom(...Object.keys(m0)), valor).map(([k, v]) => ({ ...muestra, metricas: [{ ...m0, [k]: v }] })),
      fc.array(fc.dictionary(fc.constantFrom(...Object.keys(m0)), valor), { maxLength: 12 }).map((ms) => ({ ...muestra, metricas: ms })),
    );
  }
  const calendario = muestra.calendario as Record<string, unknown> | undefined;
  if (calendario) {
    arbitrarias.push(
      fc.tuple(fc.constantFrom(...Object.keys(calendario)), fc.record({ inicio: valor, fin: valor })).map(([k, v]) => ({
        ...muestra,
        calendario: { ...calendario, [k]: v },
      })),
    );
  }
  return fc.oneof(...arbitrarias);
}

describe.each(ACCIONES.map((def) => [def.name, def] as const))("entradas arbitrarias: %s", (nombre, def) => {
  it(`${RUNS} entradas con un rol permitido en una etapa permitida: siempre un ActionResult, y un rechazo no escribe nada`, async () => {
    const etapa = PERMISOS[nombre].etapas[0];
    // A role the table allows (the first one listed), so inputs reach validation and the body.
    const quien = PERMISOS[nombre].quien;
    const user = quien === "PUBLICO" ? e.admin : e.cuentas[Object.keys(quien)[0] as Rol];
    await fijarEtapa(etapa);
    let alCuerpo = 0;
    // Counts only change when an action succeeds: they are read again after each success, and after
    // each refusal they must still be the same.
    let conteo = await contar();
    // The pipeline writes only inside db.$transaction: a refusal that never opened one (validation)
    // cannot have written, so the counts are read again only after refusals that did.
    let transacciones = 0;
    // An action's `limit` step counts attempts with the same client BEFORE the transaction (ADR 0003): the
    // rest of the client is passed through, and its use of the attempt table noted, so that an input
    // refused there (no transaction, only its attempt counted) is not taken for one that reached the body.
    let limites = 0;
    const dbContada = new Proxy(db, {
      get(target, prop) {
        if (prop === "$transaction") {
          return (...args: unknown[]) => {
            transacciones += 1;
            return (target.$transaction as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        if (prop === "limiteIntentos") limites += 1;
        // The attempt count itself is one raw INSERT … ON CONFLICT (lib/auth/rate-limit.ts consumirIntentos):
        // outside a transaction, the only raw query an action sends with this client.
        if (prop === "$queryRaw") {
          return (...args: unknown[]) => {
            limites += 1;
            return (target.$queryRaw as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return Reflect.get(target, prop);
      },
    });
    await fc.assert(
      fc.asyncProperty(entradas(muestras[nombre]), async (entrada) => {
        const transaccionesAntes = transacciones;
        const limitesAntes = limites;
        let r: unknown;
        try {
          r = await ejecutarRegistrada(def, entrada, { user, db: dbContada });
        } catch (error) {
          throw new Error(`executeAction lanzó en vez de devolver un resultado: ${String(error)}`);
        }
        expect(esActionResult(r)).toBe(true);
        if (!esActionResult(r)) return;
        if (r.ok) {
          // A success may have moved the etapa (avanzarEtapa): put it back for the next input.
          await fijarEtapa(etapa);
          conteo = await contar();
        } else {
          if (transacciones !== transaccionesAntes) expect(await contar()).toEqual(conteo);
          if (r.error === MENSAJE_INESPERADO) inesperados.push({ accion: nombre, entrada });
        }
        const porLimite = !r.ok && transacciones === transaccionesAntes && limites !== limitesAntes;
        if (!porLimite && (r.ok || r.error !== "Revise los campos marcados.")) alCuerpo += 1;
      }),
      { numRuns: RUNS },
    );
    expect(await contar()).toEqual(conteo);
    // The valid sample is one of the generators: some inputs must get past validation into the body.
    expect(alCuerpo).toBeGreaterThan(0);
    expect(transacciones).toBeGreaterThanOrEqual(alCuerpo);
  });
});

describe("errores inesperados", () => {
  it("ninguna entrada arbitraria terminó en un error inesperado (500)", () => {
    expect(inesperados).toEqual([]);
  });
});
