import { defineAction } from "@/lib/actions/pipeline";
import { recordatoriosPendientes, type Recordatorio } from "@/lib/domain/hitos";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoHitoRecordatorio, type HitoRecordado } from "@/lib/mail/plantillas/hito-recordatorio";
import { wherePilotos } from "../alcance";
import { enviarRecordatoriosSchema } from "../schema";

// FOSIS staff send the hitos' reminders (lib/domain/hitos.ts recordatoriosPendientes): to each pilot's team,
// one e-mail naming its open hitos due within 7 days (each reminded once: recordadoEn) and its late ones
// (each warned once: atrasoAvisadoEn). Each hito is claimed with a conditional update of its still-empty
// mark before it goes in an e-mail, so pressing the button twice, or two staff at once, sends nothing twice.
export const enviarRecordatorios = defineAction({
  name: "ejecucion.enviarRecordatorios",
  schema: enviarRecordatoriosSchema,
  async run({ tx, convocatoria }) {
    const ahora = new Date();
    const pilotos = await tx.postulacion.findMany({
      where: wherePilotos(convocatoria.id),
      orderBy: [{ folio: "asc" }, { id: "asc" }],
      select: {
        id: true,
        nombreProyecto: true,
        postulante: { select: { id: true, nombre: true, email: true } },
        convenio: { select: { hitos: { where: { cumplidoEn: null }, orderBy: { orden: "asc" }, select: { id: true, titulo: true, vence: true, cumplidoEn: true, recordadoEn: true, atrasoAvisadoEn: true } } } },
      },
    });
    const enviados: { postulacionId: string; porVencer: string[]; atrasados: string[] }[] = [];
    for (const p of pilotos) {
      const hitos = p.convenio?.hitos ?? [];
      const porId = new Map(hitos.map((h) => [h.id, h]));
      const reclamados: Recordatorio[] = [];
      for (const r of recordatoriosPendientes(hitos, ahora)) {
        const { count } =
          r.tipo === "atrasado"
            ? await tx.hito.updateMany({ where: { id: r.hitoId, cumplidoEn: null, atrasoAvisadoEn: null }, data: { atrasoAvisadoEn: ahora } })
            : await tx.hito.updateMany({ where: { id: r.hitoId, cumplidoEn: null, recordadoEn: null }, data: { recordadoEn: ahora } });
        if (count === 1) reclamados.push(r);
      }
      if (reclamados.length === 0) continue;
      const de = (tipo: Recordatorio["tipo"]): (HitoRecordado & { id: string })[] =>
        reclamados.filter((r) => r.tipo === tipo).map((r) => ({ id: r.hitoId, titulo: porId.get(r.hitoId)!.titulo, vence: porId.get(r.hitoId)!.vence }));
      const porVencer = de("por_vencer");
      const atrasados = de("atrasado");
      const e = p.postulante;
      await encolarCorreo(tx, { para: e.email, userId: e.id }, correoHitoRecordatorio({ nombre: e.nombre, proyecto: p.nombreProyecto, porVencer, atrasados }));
      enviados.push({ postulacionId: p.id, porVencer: porVencer.map((h) => h.id), atrasados: atrasados.map((h) => h.id) });
    }
    const correos = enviados.length;
    const nPorVencer = enviados.reduce((s, x) => s + x.porVencer.length, 0);
    const nAtrasados = enviados.reduce((s, x) => s + x.atrasados.length, 0);
    return {
      data: { correos, porVencer: nPorVencer, atrasados: nAtrasados },
      audit: { entidad: "Convocatoria", entidadId: convocatoria.id, datos: { enviados } },
      mensaje:
        correos === 0
          ? "No hay hitos por vencer ni atrasados sin aviso: no se envió ningún correo."
          : `Se ${correos === 1 ? "envió 1 correo" : `enviaron ${correos} correos`} a los equipos: ${nPorVencer === 1 ? "1 hito por vencer" : `${nPorVencer} hitos por vencer`} y ${nAtrasados === 1 ? "1 hito atrasado" : `${nAtrasados} hitos atrasados`}.`,
    };
  },
  revalidate: () => ["/seguimiento/ejecucion"],
});
