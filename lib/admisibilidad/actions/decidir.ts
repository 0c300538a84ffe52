import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import { formatearFolio } from "@/lib/domain/huella";
import { slugify } from "@/lib/domain/slug";
import { encolarCorreo } from "@/lib/mail/outbox";
import { decidirAdmisibilidadSchema, ESTADOS_DECIDIBLES, type DecisionAdmisibilidad } from "../schema";

const MENSAJE_CONFLICTO = "Otra persona del equipo decidió este perfil mientras usted lo revisaba. Recargue la página para ver la decisión vigente.";

const NOMBRE_DECISION: Record<DecisionAdmisibilidad, string> = { ADMISIBLE: "admisible", INADMISIBLE: "inadmisible" };

/** Absolute link for e-mails, from the portal's public address (APP_URL, as the other e-mails). */
function enlacePortal(ruta: string): string {
  return `${(process.env.APP_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "")}${ruta}`;
}

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
    const p = await tx.postulacion.findFirst({
      where: { id: input.id, convocatoriaId: convocatoria.id },
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
    if (p.estado === "BORRADOR") throw new ActionError("Este perfil es un borrador: aún no ha sido enviado y no se puede decidir su admisibilidad.");
    if (p.estado === "RETIRADA") throw new ActionError("Este perfil fue retirado por quien postuló: no se puede decidir su admisibilidad.");
    const anterior = p.estado;
    if (!(ESTADOS_DECIDIBLES as readonly string[]).includes(anterior)) {
      throw new ActionError("Este perfil ya avanzó en el proceso de selección: su admisibilidad no se puede cambiar.");
    }
    if (input.desde && input.desde !== anterior) throw new ActionError(MENSAJE_CONFLICTO);
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
        admisibilidadPorId: user!.id,
        admisibilidadEn: new Date(),
        slugPublico,
      },
    });
    if (count !== 1) throw new ActionError(MENSAJE_CONFLICTO);

    const folio = p.folio !== null ? ` (folio ${formatearFolio(p.folio)})` : "";
    await encolarCorreo(tx, {
      para: p.postulante.email,
      userId: p.postulanteId,
      asunto: `Fondo IDEA: su perfil «${p.nombreProyecto}» fue declarado ${NOMBRE_DECISION[input.decision]}`,
      cuerpo: [
        `Hola ${p.postulante.nombre}:`,
        "",
        `El equipo del Fondo IDEA revisó la admisibilidad de su perfil «${p.nombreProyecto}»${folio} para el desafío «${p.desafio.titulo}».`,
        "",
        `Decisión: ${admisible ? "ADMISIBLE" : "INADMISIBLE"}`,
        "Motivos:",
        input.motivos,
        "",
        ...(anterior !== "ENVIADA" ? ["Esta decisión reemplaza la que le comunicamos anteriormente.", ""] : []),
        ...(admisible ? ["Su perfil continúa a la evaluación técnica y tendrá una página pública para compartir.", ""] : []),
        `Revise el estado de su postulación en «Mis postulaciones»: ${enlacePortal("/postulante")}`,
      ].join("\n"),
    });

    return {
      data: { id: p.id, estado: input.decision, slugPublico },
      audit: { entidad: "Postulacion", entidadId: p.id, datos: { folio: p.folio, anterior, decision: input.decision, motivos: input.motivos } },
      mensaje: `Decisión registrada: el perfil quedó ${NOMBRE_DECISION[input.decision]}. Se avisó por correo a quien postuló.`,
    };
  },
  revalidate: (d) => ["/seguimiento/postulaciones", `/seguimiento/postulaciones/${d.id}`, "/postulante"],
});
