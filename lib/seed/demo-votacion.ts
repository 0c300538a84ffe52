// The demo's popular vote, when it reaches Selección y contratación: the admin sets the rules through
// votacion.configurar (window open today), VOTANTES_DEMO verified afiliados are created, and their votes
// (lib/seed/datos-votacion.ts) are written in bulk and sealed into the audit chain in Merkle batches, as the
// running portal's sellador does (lib/votacion/sellado.ts), so the recount verifies. Votes go in directly,
// not through voto.emitir: hundreds of them, with dates spread over the days the window has been open, and
// no IP (ipHash null). afiliado@fondoidea.cl is left without votes. Each step is skipped where it was done.
import { appendAudit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { formatearFechaHora } from "@/lib/domain/formato";
import { configurarVotacion } from "@/lib/votacion/actions/configurar";
import { PERFIL_VOTABLE } from "@/lib/votacion/queries";
import { ambitosDelVoto, estadoVentana, SELECT_REGLAS } from "@/lib/votacion/reglas";
import { sellarPendientes } from "@/lib/votacion/sellado";
import { CLAVE_DEMO } from "./datos-2019";
import { STAFF_DEMO } from "./datos-sinteticos";
import { AFILIADO_SIN_VOTAR, MARGEN_ULTIMO_VOTO_MS, momentoAlta, planVotos, ventanaVotacionDemo, votantesDemo } from "./datos-votacion";
import { cargarSesiones, ejecutar } from "./demo-acciones";
import type { LineaDeTiempo } from "./linea-de-tiempo";

const DIA = 86_400_000;

export type ResultadoVotacionDemo = {
  reglasFijadas: boolean;
  votantesNuevos: number;
  votosNuevos: number;
  lotesSellados: number;
  /** Milliseconds this step took (voters, votes and sealing). */
  ms: number;
};

export async function prepararVotacion(db: Db, convocatoriaId: string, linea: LineaDeTiempo, ahora: Date, informar: (l: string) => void): Promise<ResultadoVotacionDemo> {
  const t0 = performance.now();
  const r: ResultadoVotacionDemo = { reglasFijadas: false, votantesNuevos: 0, votosNuevos: 0, lotesSellados: 0, ms: 0 };

  // 1. The rules, as the admin sets them in /admin/votacion (once: they freeze at the first vote).
  let reglas = await db.convocatoria.findUniqueOrThrow({ where: { id: convocatoriaId }, select: SELECT_REGLAS });
  if (!reglas.votacionInicio && !(await db.voto.findFirst({ where: { convocatoriaId }, select: { id: true } }))) {
    await ejecutar(db, configurarVotacion, ventanaVotacionDemo(linea, ahora), (await cargarSesiones(db, [STAFF_DEMO.admin])).de(STAFF_DEMO.admin));
    reglas = await db.convocatoria.findUniqueOrThrow({ where: { id: convocatoriaId }, select: SELECT_REGLAS });
    r.reglasFijadas = true;
  }

  // 2. The voters: verified afiliados, created in bulk with the demo's password (hashed once), one audit entry.
  const votantes = votantesDemo();
  const existentes = new Set((await db.user.findMany({ where: { email: { in: votantes.map((v) => v.email) } }, select: { email: true } })).map((u) => u.email));
  const nuevos = votantes.filter((v) => !existentes.has(v.email));
  if (nuevos.length > 0) {
    const passwordHash = await hashPassword(CLAVE_DEMO);
    const apertura = reglas.votacionInicio ?? ahora;
    await db.$transaction(
      async (tx) => {
        await tx.user.createMany({
          data: nuevos.map((v) => ({
            email: v.email,
            nombre: v.nombre,
            rut: v.rut,
            rutVerificado: true,
            passwordHash,
            regionCut: v.regionCut,
            createdAt: new Date(apertura.getTime() - (0.5 + 20 * momentoAlta(v.email)) * DIA),
          })),
        });
        const ids = await tx.user.findMany({ where: { email: { in: nuevos.map((v) => v.email) } }, select: { id: true } });
        await tx.userRol.createMany({ data: ids.map((u) => ({ userId: u.id, rol: "AFILIADO" as const })) });
        await appendAudit(tx, {
          actorId: null,
          accion: "sistema.demoCrearVotantes",
          entidad: "Convocatoria",
          entidadId: convocatoriaId,
          etapa: "SELECCION_CONTRATACION",
          datos: { cuentas: nuevos.length, roles: ["AFILIADO"], rutVerificado: true },
        });
      },
      { timeout: 60_000, maxWait: 15_000 },
    );
    r.votantesNuevos = nuevos.length;
  }

  // 3. The votes: only while the window is open (a visitor may have set other rules before the first vote).
  const cierre = reglas.votacionFin;
  if (estadoVentana(reglas, ahora) !== "ABIERTA" || !reglas.votacionInicio || !cierre) {
    informar("Votación popular: la ventana no está abierta, así que la demostración no escribe votos.");
  } else {
    const inicio = reglas.votacionInicio.getTime();
    const hasta = Math.max(inicio, Math.min(cierre.getTime(), ahora.getTime()) - MARGEN_ULTIMO_VOTO_MS);
    const [perfiles, usuarios] = await Promise.all([
      db.postulacion.findMany({ where: { convocatoriaId, folio: { not: null }, ...PERFIL_VOTABLE }, select: { id: true, folio: true, desafioId: true, desafio: { select: { slug: true } } } }),
      db.user.findMany({ where: { email: { in: votantes.map((v) => v.email) } }, select: { id: true, email: true } }),
    ]);
    const idDe = new Map(usuarios.map((u) => [u.email, u.id]));
    const perfilDe = new Map(perfiles.map((p) => [p.folio!, p]));
    const previos = await db.voto.findMany({ where: { convocatoriaId, votanteId: { in: usuarios.map((u) => u.id) } }, select: { votanteId: true, ambito: true, postulacionId: true } });
    const tomados = new Set(previos.flatMap((v) => [`${v.votanteId} ${v.ambito}`, `${v.votanteId} ${v.postulacionId}`]));
    const filas: { convocatoriaId: string; votanteId: string; postulacionId: string; ambito: string; ipHash: null; createdAt: Date }[] = [];
    const plan = planVotos(votantes, perfiles.map((p) => ({ folio: p.folio!, desafio: p.desafio.slug }))).sort((a, b) => a.momento - b.momento);
    for (const v of plan) {
      const votanteId = idDe.get(v.email)!;
      const perfil = perfilDe.get(v.folio)!;
      if (tomados.has(`${votanteId} ${perfil.id}`)) continue;
      // The rules' next free slot for this voter (one per desafío with the demo's rules).
      const ambito = ambitosDelVoto(reglas, perfil.desafioId).find((a) => !tomados.has(`${votanteId} ${a}`));
      if (!ambito) continue;
      tomados.add(`${votanteId} ${ambito}`).add(`${votanteId} ${perfil.id}`);
      filas.push({ convocatoriaId, votanteId, postulacionId: perfil.id, ambito, ipHash: null, createdAt: new Date(Math.round(inicio + v.momento * (hasta - inicio))) });
    }
    if (filas.length > 0) await db.voto.createMany({ data: filas });
    r.votosNuevos = filas.length;
  }

  // 4. Sealed until nothing is pending, as the sellador would within seconds: the recount then verifies.
  r.lotesSellados = (await sellarPendientes(db)).length;
  r.ms = Math.round(performance.now() - t0);
  informar(
    `Votación popular: ${r.reglasFijadas && reglas.votacionInicio ? `el administrador fijó la ventana (abierta desde el ${formatearFechaHora(reglas.votacionInicio)}); ` : ""}${votantes.length} votantes con RUT verificado (${r.votantesNuevos} nuevos), ` +
      `${r.votosNuevos} votos nuevos, sellados en ${r.lotesSellados} lote(s) (${(r.ms / 1000).toLocaleString("es-CL", { maximumFractionDigits: 1 })} s). ${AFILIADO_SIN_VOTAR} aún no vota.`,
  );
  return r;
}
