// Gathers what an early advance would cut short (lib/domain/corte-anticipado.ts decides and words it),
// for the admin's page before confirming and, again, inside the advance's transaction. Also records the
// actual dates of an advance and queues the e-mails to the people a cut-short Convocatoria affects.
import type { Db, Tx } from "@/lib/db/client";
import { evaluarCorte, type Corte, type HechosCorte, type PerfilDe } from "@/lib/domain/corte-anticipado";
import { siguienteEtapa, type Etapa } from "@/lib/domain/etapas";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoConvocatoriaCerradaAntes } from "@/lib/mail/plantillas/convocatoria-cerrada-antes";

const SELECCION_PERFIL = { nombreProyecto: true, desafio: { select: { titulo: true } }, postulante: { select: { id: true, nombre: true, email: true } } } as const;

type FilaPerfil = { nombreProyecto: string; desafio: { titulo: string }; postulante: { id: string; nombre: string; email: string } };

const perfilDe = (p: FilaPerfil): PerfilDe => ({
  postulante: { userId: p.postulante.id, nombre: p.postulante.nombre, email: p.postulante.email },
  proyecto: p.nombreProyecto,
  desafio: p.desafio.titulo,
});

/** The facts for leaving `desde` now. Null when `desde` is the last etapa. */
export async function leerHechosCorte(client: Tx | Db, convocatoriaId: string, desde: Etapa, ahora: Date): Promise<HechosCorte | null> {
  const hacia = siguienteEtapa(desde);
  if (!hacia) return null;
  const calendario = await client.etapaCalendario.findMany({
    where: { convocatoriaId, etapa: { in: [desde, hacia] } },
    select: { etapa: true, inicio: true, fin: true },
  });
  const finPlanificado = calendario.find((c) => c.etapa === desde)?.fin ?? null;
  const inicioPlanificadoSiguiente = calendario.find((c) => c.etapa === hacia)?.inicio ?? null;
  const hechos: HechosCorte = { desde, hacia, ahora, finPlanificado, inicioPlanificadoSiguiente, borradores: [], enviados: [], talleres: [] };
  // Only an early end of the Convocatoria cuts promises made to applicants (and only then is it read).
  if (desde !== "CONVOCATORIA" || !finPlanificado || ahora >= finPlanificado) return hechos;
  const [borradores, enviados, talleres] = await Promise.all([
    client.postulacion.findMany({ where: { convocatoriaId, estado: "BORRADOR" }, orderBy: { createdAt: "asc" }, select: SELECCION_PERFIL }),
    // Every sent perfil not withdrawn got the confirmation e-mail with the planned close as withdrawal deadline.
    client.postulacion.findMany({
      where: { convocatoriaId, estado: { in: ["ENVIADA", "ADMISIBLE", "INADMISIBLE"] } },
      orderBy: { folio: "asc" },
      select: SELECCION_PERFIL,
    }),
    client.evento.findMany({
      where: { convocatoriaId, tipo: "TALLER_REGIONAL", inicio: { gte: ahora, lte: finPlanificado } },
      orderBy: { inicio: "asc" },
      select: { titulo: true, inicio: true },
    }),
  ]);
  return { ...hechos, borradores: borradores.map(perfilDe), enviados: enviados.map(perfilDe), talleres };
}

/** What leaving `desde` now would cut short (not early when there is no next etapa or no calendar). */
export async function evaluarCorteAhora(client: Tx | Db, convocatoriaId: string, desde: Etapa, ahora = new Date()): Promise<Corte> {
  const hechos = await leerHechosCorte(client, convocatoriaId, desde, ahora);
  return hechos ? evaluarCorte(hechos) : { anticipado: false };
}

/** The actual dates of an advance: `desde` ended now and `hacia` started now. */
export async function registrarFechasReales(tx: Tx, convocatoriaId: string, desde: Etapa, hacia: Etapa, ahora: Date): Promise<void> {
  await tx.etapaCalendario.updateMany({ where: { convocatoriaId, etapa: desde }, data: { finReal: ahora } });
  await tx.etapaCalendario.updateMany({ where: { convocatoriaId, etapa: hacia }, data: { inicioReal: ahora } });
}

/** One e-mail per person a cut-short Convocatoria affects, queued in the advance's transaction (sent if it commits). Returns how many. */
export async function avisarCorteConvocatoria(tx: Tx, convocatoriaId: string, corte: Extract<Corte, { anticipado: true }>, cierre: Date): Promise<number> {
  if (corte.desde !== "CONVOCATORIA" || corte.afectados.length === 0) return 0;
  const { nombre } = await tx.convocatoria.findUniqueOrThrow({ where: { id: convocatoriaId }, select: { nombre: true } });
  for (const a of corte.afectados) {
    const correo = correoConvocatoriaCerradaAntes({ afectado: a, convocatoria: nombre, finPlanificado: corte.finPlanificado, cierre });
    await encolarCorreo(tx, { para: a.email, userId: a.userId }, correo);
  }
  return corte.afectados.length;
}
