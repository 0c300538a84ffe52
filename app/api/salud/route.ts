// GET /api/salud: for a load balancer or a monitor, without a session (proxy.ts lets it through without
// running). 200 {estado:"ok"|"degradado", comprobaciones} (degraded still serves), 503 {estado:"caido", comprobaciones}:
// database reachable, migrations applied, mail outbox moving, disk space for attachments
// (lib/salud/evaluar.ts has the thresholds; README, «Salud y registros»).
import { connection } from "next/server";
import { responderSalud } from "@/lib/salud/responder";

export async function GET(): Promise<Response> {
  await connection(); // measured on each request, never prerendered at build time (cacheComponents)
  return responderSalud();
}
