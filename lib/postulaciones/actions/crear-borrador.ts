import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { exigirPlazoAbierto } from "../plazo";
import { crearBorradorSchema } from "../schema";

// Creates only the caller's own row: its key (postulanteId + desafioId) is the caller's, so no other
// applicant's perfil can be reached from here ("propio" in the permission table).
// One editable draft per applicant per desafío (unique postulanteId + desafioId): asking again returns
// the same draft, and a withdrawn perfil is reopened as a draft with its content.
export const crearBorrador = defineAction({
  name: "perfil.crearBorrador",
  schema: crearBorradorSchema,
  async run({ input, tx, user, convocatoria }) {
    await exigirPlazoAbierto(tx, convocatoria.id, "postular");
    const desafio = await tx.desafio.findFirst({
      where: { id: input.desafioId, convocatoriaId: convocatoria.id, estado: "PUBLICADO" },
      select: { id: true },
    });
    if (!desafio) throw new ActionError("El desafío no existe o no está publicado.");
    const existente = await tx.postulacion.findUnique({
      where: { postulanteId_desafioId: { postulanteId: user.id, desafioId: desafio.id } },
      select: { id: true, estado: true },
    });
    if (existente && existente.estado !== "RETIRADA") {
      return { data: { id: existente.id }, audit: { entidad: "Postulacion", entidadId: existente.id, datos: { existente: true } } };
    }
    if (existente) {
      await tx.postulacion.update({ where: { id: existente.id }, data: { estado: "BORRADOR", folio: null, huella: null, enviadaEn: null } });
      return { data: { id: existente.id }, audit: { entidad: "Postulacion", entidadId: existente.id, datos: { reabierta: true } }, mensaje: "El perfil volvió a ser borrador." };
    }
    const p = await tx.postulacion.create({
      data: { convocatoriaId: convocatoria.id, desafioId: desafio.id, postulanteId: user.id },
      select: { id: true },
    });
    return { data: { id: p.id }, audit: { entidad: "Postulacion", entidadId: p.id, datos: { desafioId: desafio.id } } };
  },
  revalidate: () => ["/postulante"],
});
