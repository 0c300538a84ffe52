import { defineAction } from "@/lib/actions/pipeline";
import { hitosDesdeCronograma } from "@/lib/domain/hitos";
import { leerContenido } from "@/lib/domain/formulario-completo";
import { wherePilotos } from "../alcance";
import { prepararHitosSchema } from "../schema";

// FOSIS staff create the hitos of every pilot of the current convocatoria that has none yet, from the
// cronograma of its frozen (sent) formulario completo: each hito is due on its date, or at the end of its
// week counted from the convenio's start; in the order listed. Idempotent: a pilot with hitos is left as
// it is. Two staff pressing at once: each pilot's convenio row is touched first (a row lock on PostgreSQL,
// the single writer on SQLite) and its hitos counted again after it, so each pilot gets its hitos once.
// A pilot without a sent formulario (or with an empty cronograma) is counted apart, with no hitos.
export const prepararHitos = defineAction({
  name: "ejecucion.prepararHitos",
  schema: prepararHitosSchema,
  async run({ tx, convocatoria }) {
    const candidatos = await tx.postulacion.findMany({
      where: { AND: [wherePilotos(convocatoria.id), { convenio: { is: { hitos: { none: {} } } } }] },
      orderBy: [{ folio: "asc" }, { id: "asc" }],
      select: {
        id: true,
        nombreProyecto: true,
        convenio: { select: { id: true, fechaInicio: true } },
        formulario: { select: { contenido: true, enviadoEn: true } },
      },
    });
    const preparados: { postulacionId: string; hitos: number }[] = [];
    const sinCronograma: string[] = [];
    for (const p of candidatos) {
      const c = p.convenio!;
      await tx.convenio.updateMany({ where: { id: c.id }, data: { updatedAt: new Date() } });
      if ((await tx.hito.count({ where: { convenioId: c.id } })) > 0) continue;
      const f = p.formulario;
      const hitos = f?.enviadoEn ? hitosDesdeCronograma(leerContenido(f.contenido).cronograma, c.fechaInicio) : [];
      if (hitos.length === 0) {
        sinCronograma.push(p.nombreProyecto);
        continue;
      }
      await tx.hito.createMany({ data: hitos.map((h) => ({ convenioId: c.id, ...h })) });
      preparados.push({ postulacionId: p.id, hitos: hitos.length });
    }
    const pilotos = preparados.length;
    const hitos = preparados.reduce((s, p) => s + p.hitos, 0);
    const partes = [
      pilotos === 0
        ? "No había pilotos sin hitos por preparar."
        : `Se prepararon ${hitos === 1 ? "1 hito" : `${hitos} hitos`} de ${pilotos === 1 ? "1 piloto" : `${pilotos} pilotos`}.`,
      ...(sinCronograma.length > 0
        ? [`${sinCronograma.length === 1 ? "1 piloto no tiene" : `${sinCronograma.length} pilotos no tienen`} un formulario completo enviado con cronograma: ${sinCronograma.map((n) => `«${n}»`).join(", ")}.`]
        : []),
    ];
    return {
      data: { pilotos, hitos, sinCronograma: sinCronograma.length },
      audit: { entidad: "Convocatoria", entidadId: convocatoria.id, datos: { preparados, sinCronograma } },
      mensaje: partes.join(" "),
    };
  },
  revalidate: () => ["/seguimiento/ejecucion", "/postulante/piloto", "/mentor/pilotos"],
});
