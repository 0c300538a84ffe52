// GET /api/salud as app/api/salud/route.ts runs it: on the process's database, or the one given (tests).
// 200 with estado "ok" or "degradado" (still serving; a monitor alerts), 503 with estado "caido" and which check failed
// (lib/salud/evaluar.ts). Never cached: each probe measures now.
import { db as baseDelProceso, type Db } from "@/lib/db/client";
import { registro } from "@/lib/registro/log.mjs";
import { estadoHttp } from "./evaluar";
import { comprobarSalud } from "./medir";

const log = registro.child({ modulo: "salud" });

export async function responderSalud(db: Db = baseDelProceso): Promise<Response> {
  const informe = await comprobarSalud(db);
  if (informe.estado !== "ok") {
    // "check: reason" strings, not an object keyed by check: the logger blanks a key named "correo".
    const fallos = Object.entries(informe.comprobaciones)
      .filter(([, c]) => c.estado === "degradado" || c.estado === "caido")
      .map(([nombre, c]) => `${nombre}: ${c.motivo}`);
    log.warn({ estado: informe.estado, fallos }, "El portal no está sano");
  }
  return Response.json(informe, { status: estadoHttp(informe), headers: { "Cache-Control": "no-store" } });
}
