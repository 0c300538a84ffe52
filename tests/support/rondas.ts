// Selection rounds already signed, written straight into the test's database, for tests about something
// else that must cross an etapa whose precondition is a signed acta (lib/domain/etapas.ts PRECONDICIONES).
import type { Fase } from "@/lib/domain/seleccion";
import { db } from "./escenario";

export async function rondaCerrada(convocatoriaId: string, fase: Fase): Promise<void> {
  const ronda = await db.rondaSeleccion.upsert({
    where: { convocatoriaId_fase: { convocatoriaId, fase } },
    create: { convocatoriaId, fase, estado: "CERRADA", presupuesto: 650_000_000, cerradaEn: new Date() },
    update: { estado: "CERRADA", cerradaEn: new Date() },
  });
  await db.acta.upsert({
    where: { rondaId: ronda.id },
    create: { convocatoriaId, rondaId: ronda.id, fase, numero: 1, contenido: "{}", sha256: "e".repeat(64), cerradaEn: new Date() },
    update: {},
  });
}
