// Selection state for the e2e: a preselection not yet prepared, with final scores (every admissible perfil
// evaluated, the popular vote closed) and amounts inside the band, as the committee finds it after the vote.
import { baseE2e, expirarCacheE2e } from "./base";
import { cuentaNueva, type Cuenta } from "./cuentas";
import { convocatoriaActiva } from "./etapa";
import { perfilEnviado } from "./perfiles";

const DIA = 86_400_000;

/**
 * Clears any earlier round of this convocatoria, adds five admissible perfiles in four regions, closes the
 * vote and gives every admissible perfil its submitted evaluations.
 */
export async function preseleccionPorPreparar(): Promise<void> {
  const db = baseE2e();
  for (const [i, region] of ["01", "05", "08", "08", "13"].entries()) {
    await perfilEnviado({ admisible: true, regiones: [region], montoSolicitado: 21_000_000 + i * 2_000_000 });
  }
  const conv = await convocatoriaActiva();
  const rondas = await db.rondaSeleccion.findMany({ where: { convocatoriaId: conv.id }, select: { id: true } });
  const ids = rondas.map((r) => r.id);
  await db.decisionComite.deleteMany({ where: { rondaId: { in: ids } } });
  await db.miembroRonda.deleteMany({ where: { rondaId: { in: ids } } });
  await db.acta.deleteMany({ where: { rondaId: { in: ids } } });
  await db.rondaSeleccion.deleteMany({ where: { id: { in: ids } } });
  const ahora = Date.now();
  await db.convocatoria.update({ where: { id: conv.id }, data: { votacionInicio: new Date(ahora - 5 * DIA), votacionFin: new Date(ahora - DIA) } });

  const perfiles = await db.postulacion.findMany({
    // Every perfil the ranking counts (lib/votacion/queries.ts PERFIL_VOTABLE), whatever state other specs
    // left it in (a pilot of the convenio spec, a preselected team of the incubation specs).
    where: { convocatoriaId: conv.id, admisible: true, estado: { notIn: ["BORRADOR", "RETIRADA", "INADMISIBLE"] } },
    select: { id: true, montoSolicitado: true, asignaciones: { where: { recusadaEn: null }, select: { id: true, evaluacion: { select: { enviadaEn: true } } } } },
  });
  const { evaluadoresPorPerfil } = await db.convocatoria.findUniqueOrThrow({ where: { id: conv.id }, select: { evaluadoresPorPerfil: true } });
  const evaluador = await cuentaNueva({ nombre: "Evaluadora de cierre", roles: ["EVALUADOR"] });
  const evaluadores = [evaluador.id, (await cuentaNueva({ nombre: "Evaluador de cierre", roles: ["EVALUADOR"] })).id];
  for (const [i, p] of perfiles.entries()) {
    await db.postulacion.update({ where: { id: p.id }, data: { estado: "ADMISIBLE", ...(p.montoSolicitado === null || p.montoSolicitado < 20_000_000 || p.montoSolicitado > 30_000_000 ? { montoSolicitado: 20_000_000 + (i % 11) * 1_000_000 } : {}) } });
    for (const a of p.asignaciones) {
      if (!a.evaluacion?.enviadaEn) {
        await db.evaluacion.upsert({ where: { asignacionId: a.id }, create: { asignacionId: a.id, notaFinal: 4 + (i % 4) * 0.5, confianza: "MEDIA", version: 1, enviadaEn: new Date() }, update: { enviadaEn: new Date(), notaFinal: 4.5 } });
      }
    }
    for (let k = p.asignaciones.length; k < evaluadoresPorPerfil; k++) {
      const evaluadorId = evaluadores[k % evaluadores.length];
      const existe = await db.asignacionEvaluacion.findUnique({ where: { postulacionId_evaluadorId: { postulacionId: p.id, evaluadorId } }, select: { id: true } });
      if (existe) continue;
      const a = await db.asignacionEvaluacion.create({ data: { postulacionId: p.id, evaluadorId }, select: { id: true } });
      await db.evaluacion.create({ data: { asignacionId: a.id, notaFinal: 3.5 + ((i * 7 + k) % 7) * 0.5, confianza: "MEDIA", version: 1, enviadaEn: new Date() } });
    }
  }
  await expirarCacheE2e();
}

/** A committee member (role COMITE) with a password to sign in. */
export function integranteComite(nombre: string): Promise<Cuenta> {
  return cuentaNueva({ nombre, roles: ["COMITE"] });
}
