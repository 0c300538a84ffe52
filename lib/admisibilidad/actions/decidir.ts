import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import { slugify } from "@/lib/domain/slug";
import { encolarCorreo } from "@/lib/mail/outbox";
import { wherePostulaciones } from "@/lib/postulaciones/alcance";
import { correoAdmisibilidadDecidida } from "@/lib/mail/plantillas/admisibilidad-decidida";
import { decidirAdmisibilidadSchema, ESTADOS_DECIDIBLES, NOMBRE_DECISION } from "../schema";
import { ETIQUETAS } from "@/lib/cache/etiquetas";
import { exigirPerfilFueraDeActa, exigirPreseleccionSinActa } from "@/lib/seleccion/congelamiento";

const MENSAJE_CONFLICTO = "Otra persona del equipo decidió este perfil mientras usted lo revisaba. Recargue la página para ver la decisión vigente.";

/** "nombre-del-proyecto-12": the public page's address, unique across convocatorias. */
async function slugPublicoLibre(tx: Tx, p: { id: string; nombreProyecto: string; folio: number | null }, anio: number): Promise<string> {
  const base = `${slugify(p.nombreProyecto.trim() || "perfil")}-${p.folio ?? p.id.slice(-8)}`;
  for (const candidato of [base, `${base}-${anio}`, `${base}-${p.id.slice(-8)}`]) {
    const ocupado = await tx.postulacion.findFirst({ where: { slugPublico: candidato, NOT: { id: p.id } }, select: { id: true } });
    if (!ocupado) return candidato;
  }
  return `${base}-${p.id}`;
}

// Staff decide whether a sent perfil is admissible, always with written reasons. A decision can be changed
// (ADMISIBLE ↔ INADMISIBLE) while the pipeline allows the action; each one is audited with the previous
// estado. The update is conditional on the estado read, so of two staff deciding at once exactly one wins
// and only that one's e-mail is queued.
export const decidirAdmisibilidad = defineAction({
  name: "perfil.decidirAdmisibilidad",
  schema: decidirAdmisibilidadSchema,
  async run({ input, tx, user, convocatoria }) {
    // Scope in the WHERE clause: a draft (the applicant's alone), or another region's perfil for a regional
    // evaluator, does not exist for this action.
    const p = await tx.postulacion.findFirst({
      where: { id: input.id, convocatoriaId: convocatoria.id, AND: [wherePostulaciones(user, "perfil.decidirAdmisibilidad")] },
      select: {
        id: true,
        estado: true,
        folio: true,
        nombreProyecto: true,
        slugPublico: true,
        postulanteId: true,
        postulante: { select: { nombre: true, email: true } },
        desafio: { select: { titulo: true } },
      },
    });
    if (!p) throw new ActionError("El perfil no existe.");
    if (p.estado === "RETIRADA") throw new ActionError("Este perfil fue retirado por quien postuló: no se puede decidir su admisibilidad.");
    const anterior = p.estado;
    if (!(ESTADOS_DECIDIBLES as readonly string[]).includes(anterior)) {
      throw new ActionError("Este perfil ya avanzó en el proceso de selección: su admisibilidad no se puede cambiar.");
    }
    if (input.desde && input.desde !== anterior) throw new ActionError(MENSAJE_CONFLICTO);
    // Under a preselection acta: its perfiles keep their admissibility, and no new one joins the ranking.
    await exigirPerfilFueraDeActa(tx, convocatoria, p.id);
    if (input.decision === "ADMISIBLE") await exigirPreseleccionSinActa(tx, convocatoria);
    if (anterior === input.decision) {
      throw new ActionError(`El perfil ya está declarado ${NOMBRE_DECISION[input.decision]}.`, { decision: ["Elija la otra opción para cambiar la decisión."] });
    }

    const admisible = input.decision === "ADMISIBLE";
    const slugPublico = admisible && !p.slugPublico ? await slugPublicoLibre(tx, p, convocatoria.anio) : p.slugPublico;
    const { count } = await tx.postulacion.updateMany({
      where: { id: p.id, estado: anterior },
      data: {
        estado: input.decision,
        admisible,
        admisibilidadMotivos: input.motivos,
        admisibilidadPorId: user.id,
        admisibilidadEn: new Date(),
        slugPublico,
      },
    });
    if (count !== 1) throw new ActionError(MENSAJE_CONFLICTO);

    await encolarCorreo(
      tx,
      { para: p.postulante.email, userId: p.postulanteId },
      correoAdmisibilidadDecidida({
        nombre: p.postulante.nombre,
        proyecto: p.nombreProyecto,
        folio: p.folio,
        desafio: p.desafio.titulo,
        decision: input.decision,
        motivos: input.motivos,
        reemplazaAnterior: anterior !== "ENVIADA",
      }),
    );

    return {
      data: { id: p.id, estado: input.decision, slugPublico },
      audit: { entidad: "Postulacion", entidadId: p.id, datos: { folio: p.folio, anterior, decision: input.decision, motivos: input.motivos } },
      mensaje: `Decisión registrada: el perfil quedó ${NOMBRE_DECISION[input.decision]}. Se avisó por correo a quien postuló.`,
    };
  },
  revalidate: (d) => ["/seguimiento/postulaciones", `/seguimiento/postulaciones/${d.id}`, "/postulante"],
  etiquetas: [ETIQUETAS.perfiles],
});
