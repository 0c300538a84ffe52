// The consolidated ranking of a round (lib/seleccion/ranking.ts) on the hand-checked scenario of
// tests/support/seleccion-escenario.ts: the scores, the order (ties by folio, perfiles without a technical
// score last), the regions, the final round's candidates and demo day, the groupings, and a fixed number
// of queries whatever the number of perfiles.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { rankingConsolidado, rankingPor, type FilaRanking } from "@/lib/seleccion/ranking";
import { contarVotos } from "@/lib/votacion/queries";
import { db, prepararDemo } from "../support/escenario";
import { crearRonda, escenarioSeleccion, notasJurado, ORDEN_PRESELECCION, PRESELECCION_ESPERADA, type EscenarioSeleccion } from "../support/seleccion-escenario";

let e: EscenarioSeleccion;

beforeAll(async () => {
  const demo = await prepararDemo();
  e = await escenarioSeleccion(demo.convocatoriaId);
});

const clave = (f: FilaRanking) => Object.entries(e.P).find(([, p]) => p.id === f.postulacionId)![0];

describe("ranking de la preselección", () => {
  let filas: FilaRanking[];
  beforeAll(async () => {
    filas = await rankingConsolidado(db, e.convocatoriaId, "PRESELECCION");
  });

  it("lista los perfiles admisibles (no el retirado), del mayor puntaje consolidado al menor, y los sin puntaje al final", () => {
    expect(filas.map(clave)).toEqual(ORDEN_PRESELECCION);
    expect(filas.map((f) => f.posicion)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("el consolidado es 87,5 % técnico + 12,5 % popular, sin redondear", () => {
    for (const f of filas) {
      const esperado = PRESELECCION_ESPERADA[clave(f)];
      if (esperado === null) expect(f.consolidado, clave(f)).toBeNull();
      else expect(f.consolidado, clave(f)).toBeCloseTo(esperado, 12);
    }
  });

  it("puntaje técnico, evaluaciones, votos y puntaje popular de cada perfil", () => {
    const por = Object.fromEntries(filas.map((f) => [clave(f), f]));
    expect([por.P1.tecnico, por.P1.evaluaciones, por.P1.votos, por.P1.popular]).toEqual([5.5, 2, 4, 7]);
    expect([por.P2.tecnico, por.P2.evaluaciones, por.P2.votos, por.P2.popular]).toEqual([5, 2, 2, 4]);
    expect([por.P3.tecnico, por.P3.evaluaciones, por.P3.votos, por.P3.popular]).toEqual([6, 1, 0, 1]);
    expect(por.P4.tecnico).toBeCloseTo(4.2, 12);
    expect([por.P4.evaluaciones, por.P4.votos, por.P4.popular]).toEqual([2, 2, 7]);
    expect([por.P5.tecnico, por.P5.evaluaciones, por.P5.votos, por.P5.popular]).toEqual([null, 0, 0, 1]);
    expect([por.P7.tecnico, por.P7.votos, por.P7.popular]).toEqual([5, 1, 4]);
    // No demo day in the preselection.
    expect(filas.every((f) => f.demoDay === null)).toBe(true);
  });

  it("los votos son los conteos publicados (el mismo GROUP BY que /votacion)", async () => {
    const conteos = await contarVotos(db, e.convocatoriaId);
    for (const f of filas) expect(f.votos, clave(f)).toBe(conteos.get(f.postulacionId) ?? 0);
    // P6 was withdrawn with 10 votes: they are counted, but P6 is not a candidate and does not set A's maximum.
    expect(conteos.get(e.P.P6.id)).toBe(10);
  });

  it("un empate exacto (P2 y P7, 4,875) se ordena por folio", () => {
    const [p2, p7] = [filas.find((f) => clave(f) === "P2")!, filas.find((f) => clave(f) === "P7")!];
    expect(p2.consolidado).toBe(p7.consolidado);
    expect(p2.folio).toBeLessThan(p7.folio!);
    expect(p2.posicion).toBe(p7.posicion - 1);
  });

  it("región: la de menor código del perfil, si no la del desafío; con su nombre", () => {
    const region = Object.fromEntries(filas.map((f) => [clave(f), [f.regionCut, f.regionNombre]]));
    expect(region).toEqual({
      P1: ["08", "Biobío"],
      P2: ["05", "Valparaíso"],
      P3: ["09", "La Araucanía"],
      P4: ["09", "La Araucanía"],
      P5: ["09", "La Araucanía"],
      P7: ["02", "Antofagasta"],
    });
  });

  it("datos públicos del proyecto: desafío, grupo vulnerable, línea, monto y página", async () => {
    const p1 = filas.find((f) => clave(f) === "P1")!;
    const desafio = await db.desafio.findUniqueOrThrow({ where: { id: e.desafioA }, select: { titulo: true, grupoVulnerable: { select: { nombre: true } } } });
    expect(p1).toMatchObject({
      desafioId: e.desafioA,
      desafioTitulo: desafio.titulo,
      grupoVulnerable: desafio.grupoVulnerable.nombre,
      linea: "Idea estudiada y prototipada, Universidad",
      montoSolicitado: 25_000_000,
      slugPublico: e.P.P1.slug,
      nombreProyecto: "Proyecto P1",
      folio: e.P.P1.folio,
    });
  });

  it("rankingPor desafío: grupos por título y lugar dentro de cada uno; el no elegible sin lugar", () => {
    const grupos = rankingPor(filas, "desafio");
    const porId = Object.fromEntries(grupos.map((g) => [g.clave, g]));
    expect(porId[e.desafioA].filas.map((f) => [clave(f), f.posicionEnGrupo])).toEqual([
      ["P1", 1],
      ["P3", 2],
      ["P2", 3],
    ]);
    expect(porId[e.desafioB].filas.map((f) => [clave(f), f.posicionEnGrupo])).toEqual([
      ["P7", 1],
      ["P4", 2],
      ["P5", null],
    ]);
    expect(grupos.map((g) => g.nombre)).toEqual([...grupos.map((g) => g.nombre)].sort((a, b) => a.localeCompare(b, "es")));
  });

  it("rankingPor región: de norte a sur", () => {
    const grupos = rankingPor(filas, "region");
    expect(grupos.map((g) => g.clave)).toEqual(["02", "05", "08", "09"]);
    expect(grupos.find((g) => g.clave === "09")!.filas.map((f) => [clave(f), f.posicionEnGrupo])).toEqual([
      ["P3", 1],
      ["P4", 2],
      ["P5", null],
    ]);
  });
});

describe("ranking de la selección final", () => {
  it("sin preselección cerrada no hay candidatos, aunque una ronda abierta ya haya seleccionado", async () => {
    expect(await rankingConsolidado(db, e.convocatoriaId, "SELECCION_FINAL")).toEqual([]);
    const abierta = await crearRonda(e, "PRESELECCION", "EN_FIRMA", { P1: { decision: "SELECCIONADA", monto: 25_000_000, puntaje: 5.6875 } });
    expect(await rankingConsolidado(db, e.convocatoriaId, "SELECCION_FINAL")).toEqual([]);
    await db.decisionComite.deleteMany({ where: { rondaId: abierta.rondaId } });
    await db.miembroRonda.deleteMany({ where: { rondaId: abierta.rondaId } });
    await db.rondaSeleccion.delete({ where: { id: abierta.rondaId } });
  });

  it("candidatos: los seleccionados en la preselección cerrada; 70/10/20 con el promedio del jurado", async () => {
    await crearRonda(e, "PRESELECCION", "CERRADA", {
      P1: { decision: "SELECCIONADA", monto: 25_000_000, puntaje: 5.6875 },
      P3: { decision: "SELECCIONADA", monto: 30_000_000, puntaje: 5.375 },
      P4: { decision: "SELECCIONADA", monto: 20_000_000, puntaje: 4.55 },
      P2: { decision: "LISTA_ESPERA", puntaje: 4.875 },
      P7: { decision: "NO_SELECCIONADA", puntaje: 4.875 },
      P5: { decision: "NO_SELECCIONADA", puntaje: 1 },
    });
    await notasJurado(e, "P1", [6.0, 5.0]);
    await notasJurado(e, "P3", [7.0]);
    // A juror's grade for a perfil not in the final round changes nothing.
    await notasJurado(e, "P2", [7.0]);

    const filas = await rankingConsolidado(db, e.convocatoriaId, "SELECCION_FINAL");
    // P3: 0,7·6 + 0,1·1 + 0,2·7 = 5,7; P1: 0,7·5,5 + 0,1·7 + 0,2·5,5 = 5,65; P4: no demo day grade → not eligible, last.
    expect(filas.map(clave)).toEqual(["P3", "P1", "P4"]);
    expect(filas[0].consolidado).toBeCloseTo(5.7, 12);
    expect(filas[1].consolidado).toBeCloseTo(5.65, 12);
    expect(filas[2].consolidado).toBeNull();
    expect(filas.map((f) => f.demoDay)).toEqual([7, 5.5, null]);
    // The popular score is the same as in the preselection: relative to every admissible perfil of the desafío.
    expect(filas.map((f) => f.popular)).toEqual([1, 7, 7]);
    expect(filas.map((f) => f.posicion)).toEqual([1, 2, 3]);
  });

  it("la preselección no cambia después de cerrada (el demo day no pesa en ella)", async () => {
    const filas = await rankingConsolidado(db, e.convocatoriaId, "PRESELECCION");
    expect(filas.map(clave)).toEqual(ORDEN_PRESELECCION);
    expect(filas.every((f) => f.demoDay === null)).toBe(true);
  });
});

describe("consultas", () => {
  /** The client with a counter of every Prisma operation (model operations and raw queries). */
  function contado(): { cliente: Db; cuenta: () => number } {
    let n = 0;
    const cliente = db.$extends({
      query: {
        async $allOperations({ args, query }) {
          n += 1;
          return query(args);
        },
      },
    }) as unknown as Db;
    return { cliente, cuenta: () => n };
  }

  it("un número fijo de consultas, tenga los perfiles que tenga (sin una consulta por perfil)", async () => {
    const medir = async (fase: "PRESELECCION" | "SELECCION_FINAL") => {
      const c = contado();
      const filas = await rankingConsolidado(c.cliente, e.convocatoriaId, fase);
      return { filas: filas.length, consultas: c.cuenta() };
    };
    const antes = { pre: await medir("PRESELECCION"), fin: await medir("SELECCION_FINAL") };
    // Six more admissible perfiles (and one withdrawn), with their evaluations and votes.
    await escenarioSeleccion(e.convocatoriaId);
    const despues = { pre: await medir("PRESELECCION"), fin: await medir("SELECCION_FINAL") };
    expect(despues.pre.filas).toBe(antes.pre.filas + 6);
    expect(despues.pre.consultas).toBe(antes.pre.consultas);
    expect(despues.fin.consultas).toBe(antes.fin.consultas);
    expect(antes.pre.consultas).toBeLessThanOrEqual(8);
    expect(antes.fin.consultas).toBeLessThanOrEqual(10);
  });
});
