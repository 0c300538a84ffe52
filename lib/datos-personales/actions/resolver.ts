import { defineAction } from "@/lib/actions/pipeline";
import type { Tx } from "@/lib/db/client";
import { ActionError } from "@/lib/actions/result";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoDatosSolicitudResuelta } from "@/lib/mail/plantillas/datos-solicitud-resuelta";
import { borrarArchivo } from "@/lib/adjuntos/storage";
import { MENSAJE_SOLICITUD_NO_ENCONTRADA } from "../reglas";
import { resolverSchema } from "../schema";
import { seudonimizarPersona, type ResumenSupresion } from "../suprimir";

// An administrator answers a data-subject request (Ley 21.719), once:
// - RECHAZAR, with the reasons, which the person receives;
// - RESOLVER a SUPRESION: the person's personal fields are erased and their records kept pseudonymous
//   (lib/datos-personales/suprimir.ts; docs/decisions/0019-derechos-sobre-datos.md). The audit chain is
//   not touched and votes keep their voter id, so the chain verifies and every total stays the same;
// - RESOLVER a RECTIFICACION: staff apply the correction asked for (nombre, e-mail and/or RUT, validated
//   here: an address or RUT of another account is refused, and a RUT verified by ClaveÚnica or in person is
//   not changed: it is the identity the vote rests on). A new e-mail or RUT ends the open sessions.
// The audit names the fields and counts, never their values nor the free text of the answer (the log is
// never erased: docs/decisions/0019-derechos-sobre-datos.md).
export const resolverSolicitudDatos = defineAction({
  name: "datos.resolver",
  schema: resolverSchema,
  async run({ input, tx, user, afterCommit }) {
    const s = await tx.solicitudDatos.findUnique({
      where: { id: input.solicitudId },
      select: { id: true, tipo: true, estado: true, userId: true, user: { select: { id: true, nombre: true, email: true, rut: true, rutVerificado: true, seudonimizadoEn: true } } },
    });
    if (!s) throw new ActionError(MENSAJE_SOLICITUD_NO_ENCONTRADA);
    if (s.estado !== "PENDIENTE") throw new ActionError(`Esa solicitud ya fue ${s.estado === "RESUELTA" ? "resuelta" : "rechazada"}.`);
    const ahora = new Date();
    const respuesta = input.respuesta ?? "";
    const persona = s.user;

    let campos: string[] = [];
    let supresion: ResumenSupresion | null = null;
    // Once erased, nothing is resolved for the person again: a pending rectification would put a name,
    // address or RUT back on the pseudonymous account.
    if (input.decision === "RESOLVER" && persona.seudonimizadoEn) throw new ActionError("Los datos de esa persona ya fueron suprimidos.");
    if (input.decision === "RESOLVER" && s.tipo === "SUPRESION") {
      // Lock every administrator's account first (a row lock on PostgreSQL), then count: two administrators
      // erasing each other at once cannot both see the other still there.
      await tx.user.updateMany({ where: { roles: { some: { rol: "ADMIN" } } }, data: { updatedAt: ahora } });
      const admins = await tx.userRol.count({ where: { rol: "ADMIN", userId: { not: persona.id } } });
      const esAdmin = await tx.userRol.count({ where: { rol: "ADMIN", userId: persona.id } });
      if (esAdmin && admins === 0) throw new ActionError("Es la única cuenta de administración: otorgue ese rol a otra persona antes de suprimirla.");
    }
    // Nobody answers their own request (an administrator would correct their own RUT or erase themselves).
    if (s.userId === user.id) throw new ActionError("No puede responder su propia solicitud: debe responderla otra persona del equipo de administración.");
    if (input.decision === "RESOLVER" && s.tipo === "RECTIFICACION") campos = await rectificarCuenta(tx, persona, input);

    // Conditional: a concurrent answer to the same request wins, this one is refused and rolled back.
    const { count } = await tx.solicitudDatos.updateMany({
      where: { id: s.id, estado: "PENDIENTE" },
      data: { estado: input.decision === "RESOLVER" ? "RESUELTA" : "RECHAZADA", respuesta, resueltaPorId: user.id, resueltaEn: ahora },
    });
    if (count !== 1) throw new ActionError("Otra persona respondió esa solicitud al mismo tiempo. Revise e intente nuevamente.");

    if (input.decision === "RESOLVER" && s.tipo === "SUPRESION") {
      const r = await seudonimizarPersona(tx, persona.id, ahora);
      supresion = r.resumen;
      afterCommit(async () => {
        for (const clave of r.archivos) await borrarArchivo(clave);
      });
      // The outcome goes to the address the person had, unlinked from the account and without their name:
      // this one message is the only place that address remains (see the ADR).
      await encolarCorreo(tx, { para: persona.email, userId: null }, correoDatosSolicitudResuelta({ nombre: null, tipo: "SUPRESION", resuelta: true, respuesta: respuesta || null }));
    } else {
      const destino = await tx.user.findUniqueOrThrow({ where: { id: persona.id }, select: { nombre: true, email: true } });
      await encolarCorreo(
        tx,
        { para: destino.email, userId: persona.id },
        correoDatosSolicitudResuelta({ nombre: destino.nombre, tipo: s.tipo === "SUPRESION" ? "SUPRESION" : "RECTIFICACION", resuelta: input.decision === "RESOLVER", respuesta: respuesta || null }),
      );
    }

    return {
      data: { solicitudId: s.id, estado: input.decision === "RESOLVER" ? "RESUELTA" : "RECHAZADA", campos },
      audit: {
        entidad: "SolicitudDatos",
        entidadId: s.id,
        datos: { tipo: s.tipo, decision: input.decision, userId: persona.id, conRespuesta: respuesta !== "", ...(s.tipo === "RECTIFICACION" ? { campos } : {}), ...(supresion ? { supresion } : {}) },
      },
      mensaje:
        input.decision === "RECHAZAR"
          ? "Solicitud rechazada. Se envió el motivo a la persona."
          : s.tipo === "SUPRESION"
            ? "Datos suprimidos: la cuenta quedó cerrada y sus registros sin datos personales. Se avisó a la persona."
            : campos.length
              ? "Datos corregidos. Se avisó a la persona."
              : "Solicitud resuelta. Se avisó a la persona.",
    };
  },
  revalidate: () => ["/admin/datos-personales", "/cuenta/datos", "/admin/usuarios"],
});

type Persona = { id: string; nombre: string; email: string; rut: string | null; rutVerificado: boolean };

/** Applies a rectification's corrected values; the names of the fields that changed. */
async function rectificarCuenta(tx: Tx, p: Persona, input: { nombre?: string; email?: string; rut?: string }): Promise<string[]> {
  if (input.nombre === undefined && input.email === undefined && input.rut === undefined) {
    throw new ActionError("Indique el dato corregido (nombre, correo o RUT), o rechace la solicitud con el motivo.");
  }
  const data: { nombre?: string; email?: string; rut?: string } = {};
  if (input.nombre !== undefined && input.nombre !== p.nombre) data.nombre = input.nombre;
  if (input.email !== undefined && input.email !== p.email) {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      const m = "Ese correo ya es de otra cuenta.";
      throw new ActionError(m, { email: [m] });
    }
    data.email = input.email;
  }
  if (input.rut !== undefined && input.rut !== p.rut) {
    if (p.rutVerificado) {
      const m = "El RUT de esta cuenta está verificado (con ClaveÚnica o en persona) y no se corrige aquí.";
      throw new ActionError(m, { rut: [m] });
    }
    if (await tx.user.findUnique({ where: { rut: input.rut }, select: { id: true } })) {
      const m = "Ese RUT ya es de otra cuenta.";
      throw new ActionError(m, { rut: [m] });
    }
    data.rut = input.rut;
  }
  const campos = Object.keys(data);
  if (campos.length) {
    const cambiaIdentidad = data.email !== undefined || data.rut !== undefined;
    await tx.user.update({ where: { id: p.id }, data: { ...data, ...(cambiaIdentidad ? { sessionVersion: { increment: 1 } } : {}) } });
  }
  return campos;
}
