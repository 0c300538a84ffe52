import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { evaluarCalibracion, type NotasPerfil } from "@/lib/domain/calibracion";
import { formatoDiferencia } from "@/lib/domain/nota";
import { leerNotasReferencia } from "@/lib/rubrica/schema";
import { calibrarSchema, type ResultadoGuardado } from "../schema";

export const MENSAJE_SIN_EJERCICIO =
  "El ejercicio de calibración aún no está disponible: el equipo FOSIS no ha completado la rúbrica y sus perfiles de referencia.";

// The evaluator grades the reference perfiles; they pass when, for every criterion, the mean absolute
// difference from the reference grades is within the rubric's threshold (lib/domain/calibracion.ts).
// Every attempt is counted and its outcome kept (where they diverged, for the page); a pass is for good:
// a later attempt (to practise) never takes it away.
export const calibrar = defineAction({
  name: "capacitacion.calibrar",
  schema: calibrarSchema,
  async run({ input, tx, user, convocatoria }) {
    const rubrica = await tx.rubrica.findUnique({
      where: { convocatoriaId: convocatoria.id },
      select: {
        umbralCalibracion: true,
        criterios: { orderBy: { orden: "asc" }, select: { clave: true, nombre: true } },
        referencias: { orderBy: { orden: "asc" }, select: { orden: true, titulo: true, notas: true } },
      },
    });
    if (!rubrica || rubrica.criterios.length === 0 || rubrica.referencias.length === 0) throw new ActionError(MENSAJE_SIN_EJERCICIO);
    const referencias: NotasPerfil[] = rubrica.referencias.map((r) => {
      const notas = leerNotasReferencia(r.notas);
      return { perfilId: String(r.orden), notas: Object.fromEntries(rubrica.criterios.filter((c) => c.clave in notas).map((c) => [c.clave, notas[c.clave]])) };
    });
    // A reference without a grade for some criterion: the rubric is incomplete (the admin's form prevents it).
    if (referencias.some((r) => Object.keys(r.notas).length !== rubrica.criterios.length)) throw new ActionError(MENSAJE_SIN_EJERCICIO);

    const faltan: string[] = [];
    const respuestas: NotasPerfil[] = rubrica.referencias.map((r) => {
      const dada = input.respuestas.find((x) => x.orden === r.orden);
      const notas: Record<string, number> = {};
      for (const c of rubrica.criterios) {
        const n = dada?.notas.find((x) => x.clave === c.clave);
        if (n) notas[c.clave] = n.nota;
        else faltan.push(`Perfil ${r.orden} («${r.titulo}»): ${c.nombre}`);
      }
      return { perfilId: String(r.orden), notas };
    });
    if (faltan.length) throw new ActionError("Califique todos los criterios de cada perfil de referencia.", { _form: faltan.map((f) => `Falta la nota de ${f}.`) });

    const r = evaluarCalibracion(referencias, respuestas, rubrica.umbralCalibracion);
    const nombre = new Map(rubrica.criterios.map((c) => [c.clave, c.nombre]));
    const titulo = new Map(rubrica.referencias.map((x) => [String(x.orden), x.titulo]));
    const previa = await tx.capacitacion.findUnique({
      where: { convocatoriaId_userId: { convocatoriaId: convocatoria.id, userId: user.id } },
      select: { intentos: true, aprobada: true },
    });
    const intento = (previa?.intentos ?? 0) + 1;
    const ahora = new Date();
    const resultado: ResultadoGuardado = {
      intento,
      en: ahora.toISOString(),
      umbral: rubrica.umbralCalibracion,
      aprobada: r.aprobada,
      porCriterio: r.porCriterio.map((c) => ({ clave: c.criterioId, nombre: nombre.get(c.criterioId) ?? c.criterioId, diferenciaMedia: c.diferenciaMedia, dentro: c.dentro })),
      divergencias: r.divergencias.map((d) => ({
        orden: Number(d.perfilId),
        titulo: titulo.get(d.perfilId) ?? `Perfil ${d.perfilId}`,
        clave: d.criterioId,
        nombre: nombre.get(d.criterioId) ?? d.criterioId,
        nota: d.nota,
        referencia: d.referencia,
        diferencia: d.diferencia,
      })),
      respuestas: respuestas.map((x) => ({ orden: Number(x.perfilId), notas: { ...x.notas } })),
    };
    const aprobada = previa?.aprobada === true || r.aprobada;
    const c = await tx.capacitacion.upsert({
      where: { convocatoriaId_userId: { convocatoriaId: convocatoria.id, userId: user.id } },
      create: { convocatoriaId: convocatoria.id, userId: user.id, intentos: 1, aprobada: r.aprobada, completadaEn: r.aprobada ? ahora : null, resultado: JSON.stringify(resultado) },
      // The increment and "aprobada only ever becomes true" hold even for two attempts sent at once.
      update: { intentos: { increment: 1 }, resultado: JSON.stringify(resultado), ...(r.aprobada ? { aprobada: true } : {}) },
      select: { id: true, intentos: true },
    });
    // The first pass dates the capacitación; later ones do not move it.
    if (r.aprobada) await tx.capacitacion.updateMany({ where: { id: c.id, completadaEn: null }, data: { completadaEn: ahora } });

    const fuera = r.porCriterio.filter((x) => !x.dentro).length;
    const mensaje = r.aprobada
      ? "Aprobó la calibración. Ya puede evaluar los perfiles que se le asignen."
      : aprobada
        ? "Este intento no quedó dentro del umbral, pero su aprobación anterior se mantiene."
        : `No aprobó esta vez: en ${fuera === 1 ? "1 criterio" : `${fuera} criterios`} su diferencia media con las notas de referencia superó ${formatoDiferencia(rubrica.umbralCalibracion).replace("+", "")}. Revise dónde divergió y vuelva a intentarlo.`;
    return {
      data: { aprobada, aprobadaEsteIntento: r.aprobada, intentos: c.intentos },
      audit: { entidad: "Capacitacion", entidadId: c.id, datos: { intento: c.intentos, aprobadaEsteIntento: r.aprobada, aprobada, divergencias: r.divergencias.length } },
      mensaje,
    };
  },
  revalidate: () => ["/evaluador/capacitacion", "/evaluador"],
});
