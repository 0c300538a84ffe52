// A pseudonymous code for an evaluator in exports ("EV-3F9A21C0"): stable within a convocatoria (rows of
// one evaluator can be grouped and compared with later exports), different across convocatorias, and not
// the person's name or account id. Whoever needs the name (the technical lead) reads the dashboard.
import { createHash } from "node:crypto";

export function codigoEvaluador(convocatoriaId: string, evaluadorId: string): string {
  return `EV-${createHash("sha256").update(`${convocatoriaId}:${evaluadorId}`).digest("hex").slice(0, 8).toUpperCase()}`;
}
