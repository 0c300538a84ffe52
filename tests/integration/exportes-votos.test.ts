// Anonymised vote exports (lib/votacion/exportes.ts, app/api/exportes/votos) on SQLite and PostgreSQL:
// staff only (404 otherwise), CSV / JSON / Pabulib with pseudonymous voters and never a RUT, e-mail, name
// or account id; the JSON alone is enough to recompute every sealed batch's root.
import { beforeAll, describe, expect, it } from "vitest";
import { hashHoja, ordenarHojasVoto, raizMerkle, textoHojaVoto } from "@/lib/domain/merkle";
import type { SessionUser } from "@/lib/auth/session-user";
import { ENCABEZADOS_CSV_VOTOS, respuestaExporteVotos } from "@/lib/votacion/exportes";
import { ACCION_SELLAR_LOTE, sellarPendientes } from "@/lib/votacion/sellado";
import { seudonimoVotante } from "@/lib/votacion/seudonimo";
import { db, prepararDemo, type Escenario } from "../support/escenario";
import { perfiles, votantes, votosDirectos, type Votante } from "../support/votos-integridad";

let e: Escenario;
let gente: Votante[];
let P: { id: string; desafioId: string; folio: number | null; nombreProyecto: string }[];

const url = (q = "") => new URL(`http://localhost/api/exportes/votos${q}`);
const pedir = (user: SessionUser | null, q = "") => respuestaExporteVotos(user, url(q), db);

beforeAll(async () => {
  e = await prepararDemo();
  P = await perfiles(e.convocatoriaId, [e.desafios[0].id, e.desafios[0].id, e.desafios[1].id]);
  await db.postulacion.update({ where: { id: P[0].id }, data: { nombreProyecto: 'Huerta "La Esperanza"; etapa 1' } });
  gente = await votantes(12);
  const t = Date.now() - 600_000;
  // Each voter: one vote in desafío 0 (P0 or P1), and the first six also for P2 in desafío 1.
  await votosDirectos(e.convocatoriaId, [
    ...gente.map((v, i) => ({ votanteId: v.id, postulacionId: i % 3 === 0 ? P[1].id : P[0].id, ambito: P[0].desafioId, createdAt: new Date(t + i * 1000), ipHash: "f".repeat(64) })),
    ...gente.slice(0, 6).map((v, i) => ({ votanteId: v.id, postulacionId: P[2].id, ambito: P[2].desafioId, createdAt: new Date(t + 20_000 + i * 1000) })),
  ]);
  await sellarPendientes(db, { maximo: 7 }); // three batches: 7, 7, 4
});

function sinDatosPersonales(texto: string) {
  for (const v of gente) for (const dato of [v.rut, v.rut.replace("-", ""), v.email, v.nombre, v.id]) expect(texto).not.toContain(dato);
  expect(texto).not.toContain("f".repeat(16)); // nor the IP hash
}

describe("acceso", () => {
  it("404 sin sesión y para quien no es equipo FOSIS; 200 para ADMIN y ENCARGADO_TECNICO", async () => {
    expect((await pedir(null)).status).toBe(404);
    for (const rol of ["POSTULANTE", "AFILIADO", "EVALUADOR", "COMITE", "JURADO", "MENTOR"] as const) {
      const r = await pedir(e.cuentas[rol], "?formato=json");
      expect(r.status, rol).toBe(404);
      expect(await r.text()).toBe("No encontrado.");
    }
    expect((await pedir(e.cuentas.ADMIN)).status).toBe(200);
    expect((await pedir(e.cuentas.ENCARGADO_TECNICO, "?formato=pb")).status).toBe(200);
  });

  it("formato desconocido: 400; año sin convocatoria: 404", async () => {
    const r = await pedir(e.admin, "?formato=xml");
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/use csv, json o pb/);
    expect((await pedir(e.admin, "?anio=2091")).status).toBe(404);
    expect((await pedir(e.admin, "?anio=abc")).status).toBe(404);
  });
});

describe("CSV", () => {
  it("una fila por voto, con seudónimo, folio, desafío, fecha y lote; sin datos personales", async () => {
    const r = await pedir(e.admin, "?formato=csv");
    expect(r.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const anio = (await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId } })).anio;
    expect(r.headers.get("Content-Disposition")).toBe(`attachment; filename="votos-${anio}.csv"`);
    expect(r.headers.get("Cache-Control")).toBe("private, no-store");
    const texto = await r.text();
    sinDatosPersonales(texto);
    const lineas = texto.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lineas[0]).toBe(ENCABEZADOS_CSV_VOTOS.join(";"));
    const total = await db.voto.count({ where: { convocatoriaId: e.convocatoriaId } });
    expect(lineas).toHaveLength(1 + total);
    const seudonimo = seudonimoVotante(e.convocatoriaId, gente[0].id);
    const suyas = lineas.filter((l) => l.split(";")[1] === seudonimo);
    expect(suyas).toHaveLength(2);
    const celdas = suyas[0].split(";");
    expect(celdas[3]).toBe(String(P[1].folio)); // voter 0 voted for P1 in desafío 0
    expect(celdas[4]).toBe(e.desafios[0].slug);
    expect(celdas[8]).toMatch(/^\d+$/); // sealed
  });
});

describe("JSON", () => {
  it("trae los votos y los lotes; con solo el archivo se recalcula la raíz de cada lote, igual a la de la bitácora", async () => {
    const texto = await (await pedir(e.admin, "?formato=json")).text();
    sinDatosPersonales(texto);
    const doc = JSON.parse(texto) as {
      votos: { id: string; votante: string; postulacionId: string; ambito: string; createdAt: string; lote: number | null }[];
      lotes: { lote: number; cantidad: number; raiz: string }[];
      hojaDeEjemplo: string;
    };
    expect(doc.votos).toHaveLength(18);
    expect(new Set(doc.votos.map((v) => v.votante)).size).toBe(12);
    expect(doc.lotes.map((l) => l.cantidad)).toEqual([7, 7, 4]);
    expect(doc.hojaDeEjemplo).toBe(textoHojaVoto({ ...doc.votos[0], createdAt: new Date(doc.votos[0].createdAt) }));
    for (const l of doc.lotes) {
      // A verifier's recomputation: leaf text from the export's fields, RFC 6962 root.
      const suyos = ordenarHojasVoto(doc.votos.filter((v) => v.lote === l.lote).map((v) => ({ ...v, createdAt: new Date(v.createdAt) })));
      expect(suyos).toHaveLength(l.cantidad);
      const raiz = raizMerkle(suyos.map((v) => JSON.stringify({ ambito: v.ambito, createdAt: v.createdAt.toISOString(), id: v.id, postulacionId: v.postulacionId, votante: v.votante })));
      expect(raiz).toBe(l.raiz);
      const entrada = await db.auditLog.findFirstOrThrow({ where: { accion: ACCION_SELLAR_LOTE, entidadId: String(l.lote) } });
      expect(JSON.parse(entrada.datos).raiz).toBe(raiz);
    }
    expect(hashHoja(doc.hojaDeEjemplo)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("Pabulib", () => {
  it("META, PROJECTS (perfiles admisibles con costo y nombre) y VOTES (seudónimo → proyectos aprobados)", async () => {
    const r = await pedir(e.admin, "?formato=pb");
    expect(r.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(r.headers.get("Content-Disposition")).toMatch(/filename="votos-\d{4}\.pb"/);
    const texto = await r.text();
    sinDatosPersonales(texto);
    const lineas = texto.trimEnd().split("\n");
    const iMeta = lineas.indexOf("META");
    const iProy = lineas.indexOf("PROJECTS");
    const iVotos = lineas.indexOf("VOTES");
    expect([iMeta, lineas[iMeta + 1]]).toEqual([0, "key;value"]);
    const meta = Object.fromEntries(lineas.slice(2, iProy).map((l) => [l.slice(0, l.indexOf(";")), l.slice(l.indexOf(";") + 1)]));
    const conv = await db.convocatoria.findUniqueOrThrow({ where: { id: e.convocatoriaId } });
    expect(meta).toMatchObject({ country: "Chile", instance: String(conv.anio), vote_type: "approval", budget: String(conv.presupuestoTotal), currency: "CLP" });
    for (const k of ["description", "unit", "rule", "date_begin", "date_end"]) expect(meta[k], k).toBeTruthy();

    expect(lineas[iProy + 1]).toBe("project_id;cost;votes;name;category");
    const proyectos = lineas.slice(iProy + 2, iVotos);
    const admisibles = await db.postulacion.count({ where: { convocatoriaId: e.convocatoriaId, admisible: true } });
    expect(proyectos).toHaveLength(admisibles);
    expect(meta.num_projects).toBe(String(admisibles));
    // P0: 8 votes (voters 1,2,4,5,7,8,10,11), cost 25 000 000, its quoted name, desafío slug.
    expect(proyectos).toContain(`${P[0].folio};25000000;8;"Huerta ""La Esperanza""; etapa 1";${e.desafios[0].slug}`);
    expect(proyectos).toContain(`${P[1].folio};25000000;4;${P[1].nombreProyecto};${e.desafios[0].slug}`);
    expect(proyectos).toContain(`${P[2].folio};25000000;6;${P[2].nombreProyecto};${e.desafios[1].slug}`);

    expect(lineas[iVotos + 1]).toBe("voter_id;vote");
    const votos = Object.fromEntries(lineas.slice(iVotos + 2).map((l) => l.split(";")));
    expect(Object.keys(votos)).toHaveLength(12);
    expect(meta.num_votes).toBe("12");
    expect(votos[seudonimoVotante(e.convocatoriaId, gente[0].id)]).toBe(`${P[1].folio},${P[2].folio}`);
    expect(votos[seudonimoVotante(e.convocatoriaId, gente[1].id)]).toBe(`${P[0].folio},${P[2].folio}`);
    expect(votos[seudonimoVotante(e.convocatoriaId, gente[11].id)]).toBe(`${P[0].folio}`);
  });
});
