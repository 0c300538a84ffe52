// Writes a convocatoria's rubric: settings, criteria (by their stable clave, so a criterion keeps its id
// and its grades) and the reference perfiles of the calibration. Used by rubrica.guardar and by fixtures.
import { ActionError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import type { GuardarRubricaDatos } from "./schema";

export const MENSAJE_CRITERIOS_CONGELADOS =
  "Ya hay notas registradas con esta rúbrica: sus criterios no se pueden cambiar. Puede cambiar los ajustes y los perfiles de referencia.";

type CriterioComparable = { clave: string; nombre: string; descripcion: string; orientacion: string; peso: number; ejemplos: string };

const comparable = (c: CriterioComparable) => JSON.stringify([c.clave, c.nombre, c.descripcion, c.orientacion, c.peso, c.ejemplos]);

export type RubricaEscrita = { rubricaId: string; creada: boolean; criteriosCambiados: boolean };

export async function escribirRubrica(tx: Tx, convocatoriaId: string, d: GuardarRubricaDatos): Promise<RubricaEscrita> {
  const actual = await tx.rubrica.findUnique({
    where: { convocatoriaId },
    select: { id: true, criterios: { orderBy: { orden: "asc" }, select: { id: true, clave: true, nombre: true, descripcion: true, orientacion: true, peso: true, ejemplos: true } } },
  });
  const nuevos: CriterioComparable[] = d.criterios.map((c) => ({ ...c, ejemplos: JSON.stringify(c.ejemplos.map((e) => ({ nota: e.nota, texto: e.texto }))) }));
  const criteriosCambiados = !actual || actual.criterios.length !== nuevos.length || actual.criterios.some((c, i) => comparable(c) !== comparable(nuevos[i]));
  if (actual && criteriosCambiados) {
    // A grade given under the old criteria would no longer mean what the evaluator meant.
    const notas = await tx.puntaje.count({ where: { criterio: { rubricaId: actual.id } } });
    if (notas > 0) throw new ActionError(MENSAJE_CRITERIOS_CONGELADOS, { criterios: [MENSAJE_CRITERIOS_CONGELADOS] });
  }

  const ajustes = {
    nombre: d.nombre,
    topeEvaluador: d.topeEvaluador,
    reglaRegion: d.reglaRegion,
    umbralCalibracion: d.umbralCalibracion,
    limiteIndulgencia: d.limiteIndulgencia,
    minMuestra: d.minMuestra,
    brechaDiscrepancia: d.brechaDiscrepancia,
    normalizar: d.normalizar === "si",
  };
  const rubrica = actual
    ? await tx.rubrica.update({ where: { id: actual.id }, data: ajustes, select: { id: true } })
    : await tx.rubrica.create({ data: { convocatoriaId, ...ajustes }, select: { id: true } });
  await tx.convocatoria.update({ where: { id: convocatoriaId }, data: { evaluadoresPorPerfil: d.evaluadoresPorPerfil } });

  if (criteriosCambiados) {
    const claves = nuevos.map((c) => c.clave);
    await tx.criterio.deleteMany({ where: { rubricaId: rubrica.id, clave: { notIn: claves } } });
    for (const [orden, c] of nuevos.entries()) {
      await tx.criterio.upsert({
        where: { rubricaId_clave: { rubricaId: rubrica.id, clave: c.clave } },
        create: { rubricaId: rubrica.id, orden, ...c },
        update: { orden, nombre: c.nombre, descripcion: c.descripcion, orientacion: c.orientacion, peso: c.peso, ejemplos: c.ejemplos },
      });
    }
  }

  // Reference grades by criterion clave (PerfilReferencia.notas), numbered 1..N.
  for (const [i, r] of d.referencias.entries()) {
    const notas = JSON.stringify(Object.fromEntries(d.criterios.map((c, j) => [c.clave, r.notas[j]])));
    await tx.perfilReferencia.upsert({
      where: { rubricaId_orden: { rubricaId: rubrica.id, orden: i + 1 } },
      create: { rubricaId: rubrica.id, orden: i + 1, titulo: r.titulo, resumen: r.resumen, notas },
      update: { titulo: r.titulo, resumen: r.resumen, notas },
    });
  }
  await tx.perfilReferencia.deleteMany({ where: { rubricaId: rubrica.id, orden: { gt: d.referencias.length } } });
  return { rubricaId: rubrica.id, creada: !actual, criteriosCambiados };
}
