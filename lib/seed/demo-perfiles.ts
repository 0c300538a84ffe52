// Synthetic applicants of the demo: their accounts, their perfiles (drafted, documented, sent, some
// withdrawn) and the staff's admissibility decisions. Each step is skipped where it was already done, so
// running the demo again adds nothing twice.
import { decidirAdmisibilidad } from "@/lib/admisibilidad/actions/decidir";
import { subirAdjunto } from "@/lib/adjuntos/actions/subir";
import { appendAudit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { NOMBRE_DOCUMENTO } from "@/lib/domain/admisibilidad";
import type { Etapa } from "@/lib/domain/etapas";
import { formatearRut } from "@/lib/domain/rut";
import { slugify } from "@/lib/domain/slug";
import { crearBorrador } from "@/lib/postulaciones/actions/crear-borrador";
import { enviarPerfil } from "@/lib/postulaciones/actions/enviar";
import { guardarBorrador } from "@/lib/postulaciones/actions/guardar-borrador";
import { retirarPerfil } from "@/lib/postulaciones/actions/retirar";
import { CLAVE_DEMO } from "./datos-2019";
import { STAFF_DEMO, type Documento, type PerfilSintetico, type PersonaSintetica } from "./datos-sinteticos";
import { ejecutar, type Sesiones } from "./demo-acciones";
import { pdfSintetico } from "./pdf-sintetico";
import { MOTIVOS_ADMISIBLE } from "./textos-sinteticos";

/**
 * Accounts are created as the seed creates the demo's own (same password, so a visitor can sign in as
 * any of them), with their region, each one recorded in the audit log. Returns how many were new.
 */
export async function crearCuentasSinteticas(db: Db, personas: PersonaSintetica[], etapa: Etapa): Promise<number> {
  const existentes = await db.user.findMany({ where: { email: { in: personas.map((p) => p.email) } }, select: { email: true } });
  const ya = new Set(existentes.map((u) => u.email));
  const nuevas = personas.filter((p) => !ya.has(p.email));
  if (nuevas.length === 0) return 0;
  const passwordHash = await hashPassword(CLAVE_DEMO);
  await db.$transaction(
    async (tx) => {
      for (const p of nuevas) {
        const u = await tx.user.create({
          data: { email: p.email, nombre: p.nombre, rut: p.rut, regionCut: p.regionCut, passwordHash, roles: { create: [{ rol: "POSTULANTE" }] } },
          select: { id: true },
        });
        await appendAudit(tx, { actorId: null, accion: "sistema.demoCrearCuenta", entidad: "User", entidadId: u.id, etapa, datos: { roles: ["POSTULANTE"] } });
      }
    },
    { timeout: 60_000, maxWait: 15_000 },
  );
  return nuevas.length;
}

/** The document the applicant uploads: a small PDF that says it is synthetic. */
function archivoSintetico(p: PerfilSintetico, documento: Documento): File {
  const titulo = NOMBRE_DOCUMENTO[documento];
  const bytes = pdfSintetico(titulo, [
    "Documento sintético de la demostración del portal Fondo IDEA.",
    "No es un documento real: lo generó el comando npm run demo.",
    "",
    `Ejecutor: ${p.campos.organizacionNombre}`,
    `RUT: ${formatearRut(p.organizacionRut)}`,
    `Perfil: ${p.campos.nombreProyecto}`,
  ]);
  return new File([Buffer.from(bytes)], `${slugify(titulo)}.pdf`, { type: "application/pdf" });
}

const contenido = (p: PerfilSintetico) => ({
  ...p.campos,
  organizacionRut: p.organizacionRut,
  nivelMadurez: p.nivelMadurez,
  tipoEjecutor: p.tipoEjecutor,
  montoSolicitado: p.montoSolicitado,
  regiones: p.regiones,
});

export type ResultadoPerfiles = { enviados: number; retirados: number; borradores: number };

/**
 * Each perfil as its applicant makes it: a draft for the desafío, the documents uploaded (content-checked
 * PDFs in private storage), then sent (folio and fingerprint) or, for a few, withdrawn or left as a draft.
 * Sent in the order of `envio`, so folios follow the dates they get later (lib/seed/demo-fechas.ts).
 * A perfil already sent (or withdrawn) is left as it is; a draft already there too.
 */
export async function prepararPerfiles(db: Db, convocatoriaId: string, perfiles: PerfilSintetico[], sesiones: Sesiones): Promise<ResultadoPerfiles> {
  const desafios = new Map((await db.desafio.findMany({ where: { convocatoriaId }, select: { id: true, slug: true } })).map((d) => [d.slug, d.id]));
  const orden = [...perfiles].sort((a, b) => Number(a.estado === "BORRADOR") - Number(b.estado === "BORRADOR") || a.envio - b.envio);
  const hechos: ResultadoPerfiles = { enviados: 0, retirados: 0, borradores: 0 };
  for (const p of orden) {
    const user = sesiones.de(p.email);
    const desafioId = desafios.get(p.desafio);
    if (!desafioId) throw new Error(`La demostración necesita el desafío «${p.desafio}», que ya no está en la convocatoria.`);
    const previo = await db.postulacion.findUnique({
      where: { postulanteId_desafioId: { postulanteId: user.id, desafioId } },
      select: { id: true, estado: true, adjuntos: { select: { categoria: true } } },
    });
    if (previo && previo.estado !== "BORRADOR") {
      if (p.estado === "RETIRADA" && previo.estado === "ENVIADA") {
        await ejecutar(db, retirarPerfil, { id: previo.id }, user);
        hechos.retirados++;
      }
      continue;
    }
    if (previo && p.estado === "BORRADOR") continue;

    const id = previo?.id ?? (await ejecutar(db, crearBorrador, { desafioId }, user)).id;
    if (p.estado === "BORRADOR") await ejecutar(db, guardarBorrador, { id, version: 0, ...contenido(p) }, user);
    const subidos = new Set(previo?.adjuntos.map((a) => a.categoria));
    for (const d of p.documentos) {
      if (!subidos.has(d)) await ejecutar(db, subirAdjunto, { postulacionId: id, categoria: d, archivo: archivoSintetico(p, d) }, user);
    }
    if (p.estado === "BORRADOR") {
      hechos.borradores++;
      continue;
    }
    await ejecutar(db, enviarPerfil, { id, ...contenido(p) }, user);
    hechos.enviados++;
    if (p.estado === "RETIRADA") {
      await ejecutar(db, retirarPerfil, { id }, user);
      hechos.retirados++;
    }
  }
  return hechos;
}

/**
 * Staff decide every sent perfil still waiting (the precondition to leave the Convocatoria): the
 * synthetic ones as planned, any other (sent by a visitor of the demo) admissible.
 */
export async function decidirAdmisibilidades(db: Db, convocatoriaId: string, perfiles: PerfilSintetico[], sesiones: Sesiones): Promise<number> {
  const plan = new Map(perfiles.map((p) => [`${p.email} ${p.desafio}`, p.decision]));
  const pendientes = await db.postulacion.findMany({
    where: { convocatoriaId, estado: "ENVIADA" },
    orderBy: { folio: "asc" },
    select: { id: true, postulante: { select: { email: true } }, desafio: { select: { slug: true } } },
  });
  for (const p of pendientes) {
    const d = plan.get(`${p.postulante.email} ${p.desafio.slug}`) ?? { decision: "ADMISIBLE", motivos: MOTIVOS_ADMISIBLE[0], por: STAFF_DEMO.encargado };
    await ejecutar(db, decidirAdmisibilidad, { id: p.id, decision: d.decision, motivos: d.motivos, desde: "ENVIADA" }, sesiones.de(d.por));
  }
  return pendientes.length;
}
