// Erasure (supresión, Ley 21.719) of one person, inside the transaction of datos.resolver: their personal
// fields are erased and their records stay, pseudonymous (tied to an account id that no longer names
// anybody). What is erased, what is kept and why: docs/decisions/0019-derechos-sobre-datos.md.
// - The audit log is never touched (append-only, hash-chained): its entries name people by id.
// - Votes stay with their voter id, so every total and every sealed batch (Merkle roots) is unchanged.
import { DOMINIO_CORREO_PROVISORIO } from "@/lib/auth/claveunica-claims";
import { claveCuenta } from "@/lib/auth/rate-limit";
import type { Tx } from "@/lib/db/client";

/** "Persona eliminada 1a2b3c4d": what the portal shows where the person's name was. */
export function nombreSeudonimo(id: string): string {
  return `Persona eliminada ${id.slice(-8)}`;
}

/**
 * A unique address nobody receives: the reserved `.invalid` domain of the ClaveÚnica placeholders, so the
 * outbox never tries to deliver to it (lib/mail/outbox.ts marks such a message failed at once).
 */
export function correoSuprimido(id: string): string {
  return `suprimida-${id}@${DOMINIO_CORREO_PROVISORIO}`;
}

export function esCorreoSuprimido(email: string): boolean {
  return email.startsWith("suprimida-") && email.endsWith(`@${DOMINIO_CORREO_PROVISORIO}`);
}

/** How many rows of each kind the erasure touched (audited: counts only, no personal data). */
export type ResumenSupresion = {
  borradoresEliminados: number;
  perfilesEnviados: number;
  organizacionesPersonaNatural: number;
  membresias: number;
  inscripciones: number;
  invitaciones: number;
  mentor: number;
  correosEliminados: number;
  solicitudes: number;
  rolesQuitados: number;
};

export type ResultadoSupresion = { resumen: ResumenSupresion; /** Stored files of the deleted drafts: delete once committed. */ archivos: string[] };

/** Erases `userId`'s personal fields (see the ADR). The caller has locked the request; the user must exist. */
export async function seudonimizarPersona(tx: Tx, userId: string, ahora = new Date()): Promise<ResultadoSupresion> {
  const u = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true } });
  const seudonimo = nombreSeudonimo(u.id);
  const email = u.email.toLowerCase();

  // 1. Drafts never submitted belong to no procedure: deleted, with their documents (rows cascade; the
  //    files go after the commit).
  const borradores = await tx.postulacion.findMany({
    where: { postulanteId: userId, enviadaEn: null, estado: "BORRADOR" },
    select: { id: true, adjuntos: { select: { clave: true } } },
  });
  const archivos = borradores.flatMap((b) => b.adjuntos.map((a) => a.clave));
  if (borradores.length) await tx.postulacion.deleteMany({ where: { id: { in: borradores.map((b) => b.id) } } });

  // 2. Submitted perfiles are the record of a public procedure (evaluations, votes, decisions, actas):
  //    kept, without the description of the team (it names people) and, for a natural-person executor,
  //    without their name and RUT as executor.
  const enviados = await tx.postulacion.updateMany({ where: { postulanteId: userId }, data: { equipo: "" } });
  await tx.postulacion.updateMany({ where: { postulanteId: userId, tipoEjecutor: "PERSONA_NATURAL" }, data: { organizacionNombre: seudonimo, organizacionRut: "" } });

  // 3. An "organisation" registered by a natural person is that person: its name and RUT are theirs.
  const propias = await tx.organizacion.findMany({ where: { creadaPorId: userId, tipo: "PERSONA_NATURAL" }, select: { id: true } });
  for (const o of propias) await tx.organizacion.update({ where: { id: o.id }, data: { nombre: seudonimo, rut: `suprimida-${o.id}` } });

  // 4. Memberships stay (who acted for whom, by id); what the person wrote when asking to join goes.
  const membresias = await tx.miembroOrganizacion.updateMany({ where: { userId }, data: { mensaje: "" } });

  // 5. Event registrations, also those made without signing in with this address: name and address go
  //    (one unique placeholder per row: (eventoId, email) is unique); attendance stays for the counts.
  const inscripciones = await tx.inscripcion.findMany({ where: { OR: [{ userId }, { email }] }, select: { id: true } });
  for (const i of inscripciones) {
    await tx.inscripcion.update({ where: { id: i.id }, data: { nombre: seudonimo, email: correoSuprimido(i.id), tokenHash: null, confirmarAntes: null } });
  }

  // 6. Scouting invitations sent to the address.
  const invitaciones = await tx.invitacion.findMany({ where: { email }, select: { id: true } });
  for (const i of invitaciones) await tx.invitacion.update({ where: { id: i.id }, data: { email: correoSuprimido(i.id), nombre: "", mensaje: "" } });

  // 7. The mentor registration: the row stays (mentorías point to the account), its free text goes.
  const mentor = await tx.mentorPerfil.updateMany({ where: { userId }, data: { institucion: "", experiencia: "" } });

  // 8. The outbox: every message to the person (pending ones would still be delivered; sent ones keep the
  //    address and a body with the name).
  const correos = await tx.notificacion.deleteMany({ where: { OR: [{ userId }, { para: email }] } });

  // 9. The person's data requests stay as the record of how they were handled; what they wrote goes.
  const solicitudes = await tx.solicitudDatos.updateMany({ where: { userId }, data: { detalle: "" } });

  // 10. Roles: a closed account must not be picked as an evaluator, mentor, juror or committee member.
  const roles = await tx.userRol.deleteMany({ where: { userId } });

  // 11. The account: no name, address, RUT or way to sign in; open sessions end (sessionVersion).
  //     The region is kept (see the ADR): alone it identifies nobody, and the regional counts stay right.
  await tx.user.update({
    where: { id: userId },
    data: {
      nombre: seudonimo,
      email: correoSuprimido(u.id),
      rut: null,
      rutVerificado: false,
      passwordHash: null,
      claveUnicaSub: null,
      sessionVersion: { increment: 1 },
      seudonimizadoEn: ahora,
    },
  });
  // Sign-in attempt counters are keyed by the address.
  await tx.limiteIntentos.deleteMany({ where: { clave: claveCuenta(email) } });

  return {
    archivos,
    resumen: {
      borradoresEliminados: borradores.length,
      perfilesEnviados: enviados.count,
      organizacionesPersonaNatural: propias.length,
      membresias: membresias.count,
      inscripciones: inscripciones.length,
      invitaciones: invitaciones.length,
      mentor: mentor.count,
      correosEliminados: correos.count,
      solicitudes: solicitudes.count,
      rolesQuitados: roles.count,
    },
  };
}
