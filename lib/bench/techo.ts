// The one raw INSERT of the benchmark's ceiling route (app/api/bench/techo, bench/votos.mjs): into
// LimiteIntentos under a random "bench-techo:" key with a window already over, so no limit reads such a
// row and the leftovers are harmless. Not an action on purpose: the ceiling is the framework and the
// database without the pipeline.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";

export async function insertarTecho(): Promise<void> {
  await db.$executeRaw`INSERT INTO "LimiteIntentos" ("clave", "intentos", "ventanaFin") VALUES (${`bench-techo:${randomUUID()}`}, 1, ${new Date(0)})`;
}
