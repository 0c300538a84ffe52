// Writes a desafío's fields and baseline metrics (shared by create and edit).
import type { Tx } from "@/lib/db/client";
import { ActionError } from "@/lib/actions/result";
import { instanteEnSantiago } from "@/lib/domain/formato";
import type { z } from "zod";
import type { desafioCamposSchema } from "./schema";

type Campos = z.output<typeof desafioCamposSchema>;

export async function comprobarGrupo(tx: Tx, grupoVulnerableId: string) {
  const grupo = await tx.grupoVulnerable.findUnique({ where: { id: grupoVulnerableId }, select: { id: true } });
  if (!grupo) throw new ActionError("Revise los campos marcados.", { grupoVulnerableId: ["Seleccione un grupo vulnerable válido."] });
}

export function datosDesafio(c: Campos) {
  return {
    titulo: c.titulo,
    resumen: c.resumen,
    descripcion: c.descripcion,
    grupoVulnerableId: c.grupoVulnerableId,
    alcance: c.alcance,
    regionCut: c.alcance === "REGIONAL" ? (c.regionCut ?? null) : null,
  };
}

export function datosMetricas(c: Campos) {
  return c.metricas.map((m, orden) => ({ ...m, fecha: instanteEnSantiago(m.fecha, "12:00:00"), orden }));
}
