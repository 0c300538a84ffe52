import { createHash } from "node:crypto";
import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { ETIQUETAS } from "@/lib/cache/etiquetas";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoTallerMaterial } from "@/lib/mail/plantillas/taller-material";
import { compartirMaterialSchema } from "../material";

export const MENSAJE_EVENTO_NO_ENCONTRADO = "El taller o encuentro no existe.";

// Staff share an event's material (text with https links) once it has taken place: it is stored in
// Evento.material (the public page shows it from then on) and e-mailed to every person with a CONFIRMADA
// registration, once per address: a second share (a correction) updates the page and only writes to those
// who had not received it (each message has an id per event and address, so a retry cannot repeat it).
export const compartirMaterial = defineAction({
  name: "taller.compartirMaterial",
  schema: compartirMaterialSchema,
  async run({ input, tx, convocatoria }) {
    const evento = await tx.evento.findFirst({
      where: { id: input.eventoId, convocatoriaId: convocatoria.id },
      select: { id: true, titulo: true, tipo: true, inicio: true, lugar: true, enlace: true },
    });
    if (!evento || evento.tipo === "DEMO_DAY") throw new ActionError(MENSAJE_EVENTO_NO_ENCONTRADO);
    if (evento.inicio.getTime() > Date.now()) throw new ActionError("El material se comparte una vez realizado el encuentro: este aún no comienza.");
    await tx.evento.update({ where: { id: evento.id }, data: { material: input.material } });

    const inscritas = await tx.inscripcion.findMany({
      where: { eventoId: evento.id, estado: "CONFIRMADA" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { nombre: true, email: true, userId: true },
    });
    // One per address (a person may hold an anonymous and an account registration).
    const porCorreo = new Map<string, (typeof inscritas)[number]>();
    for (const i of inscritas) if (!porCorreo.has(i.email.toLowerCase())) porCorreo.set(i.email.toLowerCase(), i);
    const idCorreo = (email: string) => `material-${evento.id}-${createHash("sha256").update(email).digest("hex").slice(0, 24)}`;
    const ids = [...porCorreo.keys()].map(idCorreo);
    const yaEnviados = new Set((await tx.notificacion.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((n) => n.id));
    let enviados = 0;
    for (const [email, i] of porCorreo) {
      const idMensaje = idCorreo(email);
      if (yaEnviados.has(idMensaje)) continue;
      await encolarCorreo(tx, { para: i.email, userId: i.userId, id: idMensaje }, correoTallerMaterial({ evento, nombre: i.nombre, material: input.material }));
      enviados++;
    }
    const antes = porCorreo.size - enviados;
    return {
      data: { id: evento.id, enviados },
      audit: { entidad: "Evento", entidadId: evento.id, datos: { material: input.material, correos: enviados } },
      mensaje:
        `Material compartido: ya aparece en la página pública del encuentro. ` +
        (enviados === 1 ? "Enviamos 1 correo" : `Enviamos ${enviados} correos`) +
        (antes > 0 ? ` (${antes === 1 ? "1 persona ya lo había recibido" : `${antes} personas ya lo habían recibido`}).` : "."),
    };
  },
  revalidate: (d) => ["/talleres", `/talleres/${d.id}`, "/seguimiento/talleres", `/seguimiento/talleres/${d.id}`],
  etiquetas: [ETIQUETAS.talleres],
});
