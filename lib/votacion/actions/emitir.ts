import { randomBytes } from "node:crypto";
import { defineAction, type ActionRowResult } from "@/lib/actions/pipeline";
import { ActionError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import { bloquearReglasParaVotar } from "../bloqueo";
import { hashIp } from "../ip-hash";
import { claveVotoCuenta, claveVotoIp, limiteVotoCuenta, limiteVotoIp } from "../limites";
import { leerContextoVoto } from "../contexto";
import { ambitosDelVoto, mensajeCupoAgotado, mensajeVentana, MENSAJES_VOTO } from "../reglas";
import { emitirVotoSchema } from "../schema";

export type VotoEmitido = { id: string; postulacionId: string };

/** A new row id: lowercase letters and digits, like Prisma's cuid (the row is inserted by raw SQL). */
function nuevoId(): string {
  return `v${Date.now().toString(36)}${randomBytes(10).toString("hex")}`;
}

/**
 * Takes the slot `ambito` if free: one INSERT … ON CONFLICT DO NOTHING (SQLite and PostgreSQL). Any unique
 * index (the slot, or this voter and perfil) makes it a no-op instead of an error, so a conflict does not
 * abort the PostgreSQL transaction and the next slot can be tried. On PostgreSQL a concurrent insert of
 * the same key makes this one wait for that transaction's outcome. Returns the id, or null when taken.
 */
async function tomarCupo(tx: Tx, fila: { convocatoriaId: string; votanteId: string; postulacionId: string; ambito: string; ipHash: string | null }): Promise<string | null> {
  const id = nuevoId();
  const filas = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Voto" ("id", "convocatoriaId", "votanteId", "postulacionId", "ambito", "ipHash", "createdAt")
    VALUES (${id}, ${fila.convocatoriaId}, ${fila.votanteId}, ${fila.postulacionId}, ${fila.ambito}, ${fila.ipHash}, ${new Date()})
    ON CONFLICT DO NOTHING
    RETURNING "id"`;
  return filas.length === 1 ? filas[0].id : null;
}

// A verified afiliado votes for an admissible perfil of the active convocatoria, inside the window. One vote
// per slot of its scope (lib/votacion/reglas.ts ambitosDelVoto), enforced by the unique indexes of Voto,
// never by a read alone: 200 parallel requests store one vote. Votes are immutable (no action updates or
// deletes them). Its audit record is the vote row itself (`auditoria: "fila"`: the voter, the perfil, the
// time and the keyed IP hash), sealed into the audit chain later in batches (lib/votacion/sellado.ts).
// The perfil's public count is a counter (VIDA_CONTADORES): no cache tag is expired per vote.
export const emitirVoto = defineAction({
  name: "voto.emitir",
  schema: emitirVotoSchema,
  auditoria: "fila",
  // Counted before the transaction (see ActionDef.limit), both keys in one statement (one round trip, one
  // commit; lib/votacion/limites.ts says why the connection's count is one shared row). The connection's
  // refusal comes first.
  async limit({ user, ip, consumirJuntos }) {
    const [porIp, porCuenta] = await consumirJuntos([
      { clave: claveVotoIp(ip), limite: limiteVotoIp() },
      { clave: claveVotoCuenta(user.id), limite: limiteVotoCuenta() },
    ]);
    if (!porIp) throw new ActionError(MENSAJES_VOTO.limiteIp);
    if (!porCuenta) throw new ActionError(MENSAJES_VOTO.limiteCuenta);
  },
  async run({ input, user, tx, convocatoria, ip }): Promise<ActionRowResult<VotoEmitido>> {
    const consulta = { convocatoriaId: convocatoria.id, votanteId: user.id, postulacionId: input.postulacionId };
    let contexto = await leerContextoVoto(tx, consulta);
    // Rules not frozen yet: the shared lock against a concurrent change, then the rules as they are now.
    // Frozen (a vote committed, seen in the same snapshot as the rules): no lock (lib/votacion/bloqueo.ts).
    if (!contexto.congeladas && (await bloquearReglasParaVotar(tx))) contexto = await leerContextoVoto(tx, consulta);
    const { reglas, perfil } = contexto;
    if (!contexto.rutVerificado) throw new ActionError(MENSAJES_VOTO.sinVerificar);
    const ventana = mensajeVentana(reglas);
    if (ventana) throw new ActionError(ventana);
    if (!perfil) throw new ActionError(MENSAJES_VOTO.noVotable, { postulacionId: [MENSAJES_VOTO.noVotable] });

    const ambitos = ambitosDelVoto(reglas, perfil.desafioId);
    const fila = { convocatoriaId: convocatoria.id, votanteId: user.id, postulacionId: perfil.id, ipHash: hashIp(ip) };
    // The slots this voter has used: read only after an INSERT found its slot taken (the first vote in a
    // scope, the common case, is one INSERT). The INSERT decides, never this read.
    const usados = async () => tx.voto.findMany({ where: { votanteId: user.id, convocatoriaId: convocatoria.id, ambito: { in: ambitos } }, select: { ambito: true, postulacionId: true } });
    const rechazo = (tomados: { ambito: string; postulacionId: string }[]) => {
      if (tomados.length >= ambitos.length) return mensajeCupoAgotado(reglas);
      if (tomados.some((v) => v.postulacionId === perfil.id)) return MENSAJES_VOTO.yaVotoPerfil;
      return null;
    };
    let tomados: { ambito: string; postulacionId: string }[] = [];
    for (;;) {
      const motivo = rechazo(tomados);
      if (motivo) throw new ActionError(motivo);
      const libre = ambitos.find((a) => !tomados.some((v) => v.ambito === a))!;
      const id = await tomarCupo(tx, { ...fila, ambito: libre });
      if (id) {
        return {
          data: { id, postulacionId: perfil.id },
          mensaje: `Su voto por «${perfil.nombreProyecto}» quedó registrado. Puede ver sus votos en «Mi cuenta».`,
        };
      }
      // Taken (earlier, or by a concurrent request of this voter): read the slots, then the next one or a refusal.
      const antes = tomados.length;
      tomados = await usados();
      // No more of this voter's slots than before: what collided can only be the other unique index (this
      // voter and perfil) on a row outside these slots. Each pass either returns, refuses or sees a new slot taken.
      if (tomados.length <= antes) throw new ActionError(MENSAJES_VOTO.yaVotoPerfil);
    }
  },
  // No revalidate nor etiquetas: the counts are counters (fresh within seconds) and /cuenta renders per request.
});
