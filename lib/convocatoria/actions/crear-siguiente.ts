// The next year's convocatoria from the current one's configuration (issue 14, item 7; ADR 0018): amounts,
// band, target, weights, vote rules, evaluators per perfil, the líneas, the rubric's settings and criteria
// (not its reference perfiles: the calibration exercise is written anew) and the planned calendar one year
// later (no actual dates). Desafíos are not copied: each year writes its own. It is created inactive, in
// DESARROLLO_CONCURSO: the current one stays current until it is closed (lib/convocatoria/historia.ts).
import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { nombreSiguiente, unAnioDespues } from "@/lib/domain/aprendizajes";
import { crearSiguienteSchema } from "../schema";

export const crearSiguiente = defineAction({
  name: "convocatoria.crearSiguiente",
  schema: crearSiguienteSchema,
  async run({ input, tx, convocatoria }) {
    const anio = convocatoria.anio + 1;
    const existe = await tx.convocatoria.findUnique({ where: { anio }, select: { id: true } });
    if (existe) throw new ActionError(`La convocatoria ${anio} ya existe.`);
    const c = await tx.convocatoria.findUniqueOrThrow({
      where: { id: convocatoria.id },
      include: {
        calendario: true,
        lineas: true,
        rubrica: { include: { criterios: { orderBy: { orden: "asc" } } } },
      },
    });
    const nombre = input.nombre || nombreSiguiente(c.nombre, c.anio);
    const despues = (d: Date | null) => (d ? unAnioDespues(d) : null);
    const nueva = await tx.convocatoria.create({
      data: {
        anio,
        nombre,
        presupuestoTotal: c.presupuestoTotal,
        montoMinProyecto: c.montoMinProyecto,
        montoMaxProyecto: c.montoMaxProyecto,
        proyectosObjetivo: c.proyectosObjetivo,
        pesoTecnico: c.pesoTecnico,
        pesoVotacion: c.pesoVotacion,
        pesoDemoDay: c.pesoDemoDay,
        votosPorDesafio: c.votosPorDesafio,
        votacionInicio: despues(c.votacionInicio),
        votacionFin: despues(c.votacionFin),
        votoAmbito: c.votoAmbito,
        votosPorConvocatoria: c.votosPorConvocatoria,
        ocultarConteos: c.ocultarConteos,
        evaluadoresPorPerfil: c.evaluadoresPorPerfil,
        etapaActual: "DESARROLLO_CONCURSO",
        activa: false,
        demo: c.demo,
        calendario: { create: c.calendario.map((e) => ({ etapa: e.etapa, inicio: unAnioDespues(e.inicio), fin: unAnioDespues(e.fin) })) },
        lineas: {
          create: c.lineas.map((l) => ({ nivelMadurez: l.nivelMadurez, tipoEjecutor: l.tipoEjecutor, habilitada: l.habilitada, montoMaximo: l.montoMaximo, adjuntosRequeridos: l.adjuntosRequeridos })),
        },
      },
      select: { id: true },
    });
    if (c.rubrica) {
      const r = c.rubrica;
      await tx.rubrica.create({
        data: {
          convocatoriaId: nueva.id,
          nombre: r.nombre,
          topeEvaluador: r.topeEvaluador,
          reglaRegion: r.reglaRegion,
          umbralCalibracion: r.umbralCalibracion,
          limiteIndulgencia: r.limiteIndulgencia,
          minMuestra: r.minMuestra,
          brechaDiscrepancia: r.brechaDiscrepancia,
          normalizar: r.normalizar,
          criterios: {
            create: r.criterios.map((k) => ({ clave: k.clave, nombre: k.nombre, descripcion: k.descripcion, orientacion: k.orientacion, ejemplos: k.ejemplos, peso: k.peso, orden: k.orden })),
          },
        },
      });
    }
    const datos = { anio, nombre, desde: c.anio, lineas: c.lineas.length, criterios: c.rubrica?.criterios.length ?? 0, etapasCalendario: c.calendario.length };
    return {
      data: { id: nueva.id, anio },
      audit: { entidad: "Convocatoria", entidadId: nueva.id, datos },
      mensaje: `Convocatoria ${anio} creada con la configuración de ${c.anio}, sin desafíos. Queda en preparación: pasa a ser la activa cuando se cierre la convocatoria ${c.anio}.`,
    };
  },
  revalidate: () => ["/admin/convocatoria"],
});
