// A small selección, written directly on the test file's own database, with numbers a person can check
// (tests/integration/seleccion-ranking.test.ts and seleccion-publico.test.ts). Every person in it has a
// distinctive name, e-mail and RUT, so a test can prove none of them reaches a public page's data.
//
// Desafío A = "emprendimiento-indigena-sostenible" (regional, 09), B = "volver-a-la-escuela" (national).
// Weights 70/10/20 (the demo's): preselection 87,5/12,5.
//
//   perfil  desafío  regiones   notas técnicas  técnico  votos  popular             preselección
//   P1      A        13, 08     6,0 · 5,0       5,5      4      7 (máx. de A)       0,875·5,5 + 0,125·7 = 5,6875
//   P2      A        05         5,0 · 5,0       5,0      2      1 + 6·2/4 = 4       0,875·5 + 0,125·4 = 4,875
//   P3      A        —          6,0             6,0      0      1                   0,875·6 + 0,125·1 = 5,375
//   P4      B        09         4,0 · 4,4       4,2      2      7 (máx. de B)       0,875·4,2 + 0,125·7 = 4,55
//   P5      B        09         —               —        0      1                   — (no elegible)
//   P7      B        02         5,0 · 5,0       5,0      1      1 + 6·1/2 = 4       4,875 (empata con P2; P2 tiene folio menor)
//   P6      A        13         (retirado después de recibir 10 votos: no cuenta, tampoco para el máximo de A)
//
// Preselection ranking: P1, P3, P2, P7, P4, P5. Regions: P1 08 (the lowest of 13 and 08), P2 05, P3 09 (its
// desafío's), P4 09, P5 09, P7 02.
import type { SessionUser } from "@/lib/auth/session-user";
import { normalizarRut } from "@/lib/domain/rut";
import { crearEvaluador, enviarEvaluacion, rutDe } from "./asignaciones";
import { db, sesion } from "./escenario";

export const PRESELECCION_ESPERADA: Record<string, number | null> = { P1: 5.6875, P2: 4.875, P3: 5.375, P4: 4.55, P5: null, P7: 4.875 };
export const ORDEN_PRESELECCION = ["P1", "P3", "P2", "P7", "P4", "P5"];

/** Everything personal the scenario wrote: no public data function may return any of it. */
export type DatosPersonales = { nombres: string[]; emails: string[]; ruts: string[]; ids: string[] };

export type EscenarioSeleccion = {
  convocatoriaId: string;
  desafioA: string;
  desafioB: string;
  P: Record<string, { id: string; folio: number; slug: string }>;
  comite: SessionUser;
  personales: DatosPersonales;
};

let correlativo = 0;
const personales: DatosPersonales = { nombres: [], emails: [], ruts: [], ids: [] };

async function persona(rol: "POSTULANTE" | "AFILIADO" | "JURADO" | "COMITE", etiqueta: string) {
  correlativo += 1;
  const rut = rutDe(23_456_000 + correlativo);
  const nombre = `${etiqueta} Zuñiga Privada ${correlativo}`;
  const email = `${etiqueta.toLowerCase().replace(/\s+/g, ".")}.${correlativo}@correo-privado.cl`;
  const u = await db.user.create({
    data: { nombre, email, rut: normalizarRut(rut)!, roles: { create: [{ rol }] } },
    select: { id: true, nombre: true, email: true, roles: { select: { rol: true } } },
  });
  personales.nombres.push(nombre);
  personales.emails.push(email);
  personales.ruts.push(normalizarRut(rut)!, rut);
  personales.ids.push(u.id);
  return sesion(u);
}

async function perfil(
  clave: string,
  d: { convocatoriaId: string; desafioId: string; regiones: string[]; monto: number; estado?: "ADMISIBLE" | "RETIRADA"; nivel?: "IDEA_CLARA" | "IDEA_PROTOTIPADA"; tipo?: "UNIVERSIDAD" | "SIN_FINES_DE_LUCRO" },
) {
  const postulante = await persona("POSTULANTE", `Postulante ${clave}`);
  correlativo += 1;
  const rutOrg = rutDe(76_543_000 + correlativo);
  const nombreOrg = `Fundación Reservada ${clave} ${correlativo}`;
  const org = await db.organizacion.create({
    data: { nombre: nombreOrg, rut: rutOrg, tipo: d.tipo ?? "SIN_FINES_DE_LUCRO", creadaPorId: postulante.id, miembros: { create: [{ userId: postulante.id, estado: "ACTIVO" }] } },
    select: { id: true },
  });
  personales.nombres.push(nombreOrg);
  personales.ruts.push(rutOrg);
  const folio = 90_000 + correlativo;
  const slug = `proyecto-${clave.toLowerCase()}-${folio}`;
  const p = await db.postulacion.create({
    data: {
      convocatoriaId: d.convocatoriaId,
      desafioId: d.desafioId,
      postulanteId: postulante.id,
      organizacionId: org.id,
      organizacionNombre: nombreOrg,
      organizacionRut: rutOrg,
      estado: d.estado ?? "ADMISIBLE",
      admisible: true,
      nombreProyecto: `Proyecto ${clave}`,
      problema: "Problema descrito.",
      solucion: "Solución descrita.",
      equipo: `Equipo: ${postulante.nombre}`,
      nivelMadurez: d.nivel ?? "IDEA_CLARA",
      tipoEjecutor: d.tipo ?? "SIN_FINES_DE_LUCRO",
      montoSolicitado: d.monto,
      folio,
      huella: "b".repeat(64),
      enviadaEn: new Date(),
      slugPublico: slug,
      regiones: { create: d.regiones.map((regionCut) => ({ regionCut })) },
    },
    select: { id: true },
  });
  return { id: p.id, folio, slug };
}

async function evaluar(postulacionId: string, notas: number[]) {
  for (const nota of notas) {
    correlativo += 1;
    const rut = rutDe(24_567_000 + correlativo);
    const nombre = `Evaluadora Confidencial ${correlativo}`;
    const e = await crearEvaluador({ nombre, rut });
    personales.nombres.push(nombre);
    personales.emails.push(e.email);
    personales.ruts.push(rut);
    personales.ids.push(e.id);
    const a = await db.asignacionEvaluacion.create({ data: { postulacionId, evaluadorId: e.id }, select: { id: true } });
    await enviarEvaluacion(a.id, nota);
  }
}

/** The scenario of the table above (rounds not created: see cerrarPreseleccion). */
export async function escenarioSeleccion(convocatoriaId: string): Promise<EscenarioSeleccion> {
  await db.convocatoria.update({ where: { id: convocatoriaId }, data: { pesoTecnico: 70, pesoVotacion: 10, pesoDemoDay: 20 } });
  const [a, b] = await Promise.all([
    db.desafio.findFirstOrThrow({ where: { convocatoriaId, slug: "emprendimiento-indigena-sostenible" }, select: { id: true } }),
    db.desafio.findFirstOrThrow({ where: { convocatoriaId, slug: "volver-a-la-escuela" }, select: { id: true } }),
  ]);
  const base = { convocatoriaId };
  const P: EscenarioSeleccion["P"] = {};
  P.P1 = await perfil("P1", { ...base, desafioId: a.id, regiones: ["13", "08"], monto: 25_000_000, nivel: "IDEA_PROTOTIPADA", tipo: "UNIVERSIDAD" });
  P.P2 = await perfil("P2", { ...base, desafioId: a.id, regiones: ["05"], monto: 22_000_000 });
  P.P3 = await perfil("P3", { ...base, desafioId: a.id, regiones: [], monto: 30_000_000 });
  P.P4 = await perfil("P4", { ...base, desafioId: b.id, regiones: ["09"], monto: 20_000_000 });
  P.P5 = await perfil("P5", { ...base, desafioId: b.id, regiones: ["09"], monto: 21_000_000 });
  P.P6 = await perfil("P6", { ...base, desafioId: a.id, regiones: ["13"], monto: 20_000_000, estado: "RETIRADA" });
  P.P7 = await perfil("P7", { ...base, desafioId: b.id, regiones: ["02"], monto: 26_000_000 });

  await evaluar(P.P1.id, [6.0, 5.0]);
  await evaluar(P.P2.id, [5.0, 5.0]);
  await evaluar(P.P3.id, [6.0]);
  await evaluar(P.P4.id, [4.0, 4.4]);
  await evaluar(P.P7.id, [5.0, 5.0]);

  // Votes: one voter per vote in each desafío (ámbito = the desafío, as the demo's rules).
  const votosA: [string, number][] = [
    ["P1", 4],
    ["P2", 2],
    ["P6", 10],
  ];
  const votosB: [string, number][] = [
    ["P4", 2],
    ["P7", 1],
  ];
  const votantes: SessionUser[] = [];
  for (let i = 0; i < 16; i++) votantes.push(await persona("AFILIADO", "Votante"));
  const votar = async (lista: [string, number][], desafioId: string) => {
    let v = 0;
    for (const [clave, n] of lista) {
      for (let k = 0; k < n; k++) {
        await db.voto.create({ data: { convocatoriaId, votanteId: votantes[v++].id, postulacionId: P[clave].id, ambito: desafioId } });
      }
    }
  };
  await votar(votosA, a.id);
  await votar(votosB, b.id);

  const comite = await persona("COMITE", "Miembro Comite");
  return { convocatoriaId, desafioA: a.id, desafioB: b.id, P, comite, personales };
}

/** A round with its decisions; CERRADA rounds get a signed acta (PDF bytes and their SHA-256). */
export async function crearRonda(
  e: EscenarioSeleccion,
  fase: "PRESELECCION" | "SELECCION_FINAL",
  estado: "ABIERTA" | "EN_FIRMA" | "CERRADA",
  decisiones: Record<string, { decision: "SELECCIONADA" | "LISTA_ESPERA" | "NO_SELECCIONADA"; monto?: number; puntaje: number }>,
  presupuesto = 100_000_000,
) {
  const ronda = await db.rondaSeleccion.create({
    data: { convocatoriaId: e.convocatoriaId, fase, estado, presupuesto, cerradaEn: estado === "CERRADA" ? new Date() : null },
    select: { id: true },
  });
  await db.miembroRonda.create({ data: { rondaId: ronda.id, usuarioId: e.comite.id, postura: "ACUERDO", nota: "Nota reservada del miembro", firmadaEn: estado === "CERRADA" ? new Date() : null } });
  for (const [clave, d] of Object.entries(decisiones)) {
    await db.decisionComite.create({
      data: {
        convocatoriaId: e.convocatoriaId,
        rondaId: ronda.id,
        postulacionId: e.P[clave].id,
        fase,
        decision: d.decision,
        montoAsignado: d.decision === "SELECCIONADA" ? (d.monto ?? null) : null,
        puntaje: d.puntaje,
        sugerida: d.decision === "SELECCIONADA",
        fundamento: `Fundamento reservado sobre ${clave}`,
        decididaPorId: e.comite.id,
      },
    });
  }
  const acta =
    estado === "CERRADA"
      ? await db.acta.create({
          data: {
            convocatoriaId: e.convocatoriaId,
            rondaId: ronda.id,
            fase,
            numero: 1,
            contenido: JSON.stringify({ miembrosPresentes: [{ id: e.comite.id, nombre: e.comite.nombre }] }),
            pdf: new Uint8Array(Buffer.from("%PDF-1.4 prueba")),
            sha256: "c".repeat(64),
            cerradaEn: new Date(),
          },
          select: { id: true },
        })
      : null;
  return { rondaId: ronda.id, actaId: acta?.id ?? null };
}

/** Demo day grades of jurors (each a new JURADO account). */
export async function notasJurado(e: EscenarioSeleccion, clave: string, notas: number[]) {
  for (const nota of notas) {
    const j = await persona("JURADO", "Jurado Confidencial");
    await db.puntajeDemoDay.create({ data: { postulacionId: e.P[clave].id, juradoId: j.id, nota, comentario: `Comentario reservado de ${j.nombre}` } });
  }
}
