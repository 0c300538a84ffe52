import { defineAction } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import { isPostgres } from "@/lib/db/client";
import { chequeosAdmisibilidad } from "@/lib/domain/admisibilidad";
import { formatearFolio, huellaPerfil } from "@/lib/domain/huella";
import { leerAdjuntos } from "@/lib/lineas/schema";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoPerfilEnviado } from "@/lib/mail/plantillas/perfil-enviado";
import { DETALLE_ORGANIZACION_AJENA, MENSAJE_ORGANIZACION_AJENA, organizacionParaEnviar } from "@/lib/organizaciones/membresia";
import { wherePostulaciones } from "../alcance";
import { exigirPlazoAbierto } from "../plazo";
import { CAMPOS_PERFIL, envioSchema } from "../schema";

const FOLIO_LOCK_KEY = 7_262_020;

// Submit: only before the deadline by the server's clock (America/Santiago calendar), only with an open
// línea, an amount inside the línea and the band, and the required documents. The perfil is then
// frozen with a folio and a SHA-256 fingerprint, and the applicant gets a confirmation e-mail.
export const enviarPerfil = defineAction({
  name: "perfil.enviar",
  schema: envioSchema,
  async run({ input, tx, user, convocatoria }) {
    const ahora = new Date();
    // Lock the draft's row first: an upload committing meanwhile would otherwise add a document that
    // the fingerprint does not cover (lib/adjuntos/borrador.ts takes the same lock).
    const borradorPropio = { id: input.id, estado: "BORRADOR" as const, AND: [wherePostulaciones(user, "perfil.enviar")] };
    const { count } = await tx.postulacion.updateMany({ where: borradorPropio, data: { updatedAt: ahora } });
    if (count !== 1) throw new ActionError("No encontramos ese borrador, o ya fue enviado.");
    const p = await tx.postulacion.findFirst({
      where: borradorPropio,
      select: { id: true, desafioId: true, desafio: { select: { titulo: true } }, adjuntos: { select: { categoria: true, sha256: true } } },
    });
    if (!p) throw new ActionError("No encontramos ese borrador, o ya fue enviado.");

    const cierre = await exigirPlazoAbierto(tx, convocatoria.id, "enviar", ahora);

    // Only for an organisation the applicant acts for: a new RUT is claimed by the submitter (its first
    // member); an existing one needs an active membership, and is never renamed. Checked before the
    // línea and documents, which depend on the organisation. Nothing is written when it is refused.
    const org = await organizacionParaEnviar(tx, { rut: input.organizacionRut, nombre: input.organizacionNombre, tipo: input.tipoEjecutor, userId: user.id });
    if (!org) throw new ActionError(MENSAJE_ORGANIZACION_AJENA, { organizacionRut: [DETALLE_ORGANIZACION_AJENA] });
    // One perfil per organisation per desafío (the unique index is the backstop under concurrency).
    const otra = await tx.postulacion.findFirst({ where: { desafioId: p.desafioId, organizacionId: org.id, NOT: { id: p.id } }, select: { id: true } });
    if (otra) throw new ActionError("Esta organización ya envió un perfil para este desafío.", { organizacionRut: ["Ya hay un perfil de esta organización para este desafío."] });

    const [conv, linea] = await Promise.all([
      tx.convocatoria.findUniqueOrThrow({ where: { id: convocatoria.id }, select: { montoMinProyecto: true, montoMaxProyecto: true, anio: true, nombre: true } }),
      tx.lineaPostulacion.findUnique({
        where: { convocatoriaId_nivelMadurez_tipoEjecutor: { convocatoriaId: convocatoria.id, nivelMadurez: input.nivelMadurez, tipoEjecutor: input.tipoEjecutor } },
        select: { id: true, habilitada: true, montoMaximo: true, adjuntosRequeridos: true },
      }),
    ]);
    const lineaDatos = linea ? { habilitada: linea.habilitada, montoMaximo: linea.montoMaximo, adjuntosRequeridos: leerAdjuntos(linea.adjuntosRequeridos) } : null;
    const campos = Object.fromEntries(Object.entries(CAMPOS_PERFIL).map(([k, c]) => [c.etiqueta, input[k as keyof typeof CAMPOS_PERFIL]]));
    const fallas = chequeosAdmisibilidad({
      campos,
      montoSolicitado: input.montoSolicitado,
      linea: lineaDatos,
      banda: { min: conv.montoMinProyecto, max: conv.montoMaxProyecto },
      organizacionRut: input.organizacionRut,
      adjuntos: p.adjuntos.map((a) => a.categoria),
      enviadaEn: ahora,
      cierre,
    }).filter((c) => !c.ok);
    if (fallas.length) {
      const fieldErrors: Record<string, string[]> = { _form: fallas.map((f) => `${f.regla}: ${f.detalle}`) };
      if (fallas.some((f) => f.regla === "Monto solicitado")) fieldErrors.montoSolicitado = [fallas.find((f) => f.regla === "Monto solicitado")!.detalle];
      throw new ActionError("El perfil no cumple las condiciones para ser enviado.", fieldErrors);
    }

    // Folios are consecutive per convocatoria: serialize their assignment (SQLite has one writer already).
    if (isPostgres()) await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${FOLIO_LOCK_KEY})`);
    const ultimo = await tx.postulacion.aggregate({ where: { convocatoriaId: convocatoria.id }, _max: { folio: true } });
    const folio = (ultimo._max.folio ?? 0) + 1;
    const huella = huellaPerfil({
      convocatoria: conv.anio,
      folio,
      desafio: p.desafioId,
      campos: Object.fromEntries(Object.keys(CAMPOS_PERFIL).map((k) => [k, input[k as keyof typeof CAMPOS_PERFIL]])),
      nivelMadurez: input.nivelMadurez,
      tipoEjecutor: input.tipoEjecutor,
      organizacionRut: input.organizacionRut,
      montoSolicitado: input.montoSolicitado,
      regiones: input.regiones,
      adjuntos: p.adjuntos,
    });

    const { id, regiones, ...datos } = input;
    await tx.postulacionRegion.deleteMany({ where: { postulacionId: id } });
    await tx.postulacionRegion.createMany({ data: [...new Set(regiones)].map((regionCut) => ({ postulacionId: id, regionCut })) });
    await tx.postulacion.update({
      where: { id },
      data: { ...datos, lineaId: linea!.id, organizacionId: org.id, estado: "ENVIADA", folio, huella, enviadaEn: ahora, borradorVersion: { increment: 1 } },
    });
    await encolarCorreo(
      tx,
      { para: user.email, userId: user.id },
      correoPerfilEnviado({ nombre: user.nombre, proyecto: input.nombreProyecto, desafio: p.desafio.titulo, convocatoria: conv.nombre, folio, enviadaEn: ahora, huella, cierre }),
    );
    return {
      data: { id, folio, huella },
      audit: { entidad: "Postulacion", entidadId: id, datos: { folio, huella, organizacionId: org.id, organizacionReclamada: org.reclamada } },
      mensaje: `Perfil enviado. Folio ${formatearFolio(folio)}.`,
    };
  },
  revalidate: (d) => ["/postulante", `/postulante/perfiles/${d.id}`],
});
