// Desafíos: the public pages count them, so a test that counts sets which ones are published.
import { DESAFIOS } from "../../../lib/seed/datos-2019";
import { baseE2e, expirarCacheE2e } from "./base";
import { convocatoriaActiva } from "./etapa";

/** Exactly the demo's five desafíos published (one another test published goes back to draft). */
export async function desafiosDeLaDemo(): Promise<void> {
  const db = baseE2e();
  const { id } = await convocatoriaActiva();
  const slugs = DESAFIOS.map((d) => d.slug);
  await db.$transaction([
    db.desafio.updateMany({ where: { convocatoriaId: id, slug: { in: slugs }, estado: { not: "PUBLICADO" } }, data: { estado: "PUBLICADO", publicadoEn: new Date() } }),
    db.desafio.updateMany({ where: { convocatoriaId: id, slug: { notIn: slugs }, estado: "PUBLICADO" }, data: { estado: "BORRADOR" } }),
  ]);
  await expirarCacheE2e();
}
