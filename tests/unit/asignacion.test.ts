import { describe, expect, it } from "vitest";
import {
  asignarEvaluadores,
  motivoExclusion,
  NOMBRE_REGLA_REGION,
  REGLAS_REGION,
  type EntradaAsignacion,
  type EvaluadorElegible,
  type PerfilAsignable,
  type ResultadoAsignacion,
} from "@/lib/domain/asignacion";

const perfil = (id: string, p: Partial<PerfilAsignable> = {}): PerfilAsignable => ({
  id,
  region: "08",
  organizacionId: null,
  rutPostulante: null,
  necesita: 2,
  excluidos: [],
  ...p,
});
const evaluador = (id: string, e: Partial<EvaluadorElegible> = {}): EvaluadorElegible => ({
  id,
  region: "13",
  organizacionIds: [],
  rut: null,
  carga: 0,
  ...e,
});
const entrada = (e: Partial<EntradaAsignacion>): EntradaAsignacion => ({
  perfiles: [],
  evaluadores: [],
  tope: 10,
  reglaRegion: "cualquiera",
  ...e,
});

function exito(r: ResultadoAsignacion) {
  if (!r.ok) throw new Error(`se esperaba una asignación, no: ${r.motivos.join("; ")}`);
  return r;
}
const evaluadoresDe = (r: ResultadoAsignacion, perfilId: string) =>
  exito(r)
    .asignaciones.filter((a) => a.perfilId === perfilId)
    .map((a) => a.evaluadorId);

describe("reglas de región", () => {
  it("tres reglas, cada una con su nombre en español", () => {
    expect(REGLAS_REGION).toEqual(["cualquiera", "otra_region", "misma_region"]);
    for (const r of REGLAS_REGION) expect(NOMBRE_REGLA_REGION[r]).toMatch(/región/);
  });
});

describe("motivoExclusion", () => {
  const p = perfil("p", { region: "11", organizacionId: "org-1", rutPostulante: "12345678-5", excluidos: ["e-inhabilitado"] });

  it("elegible: null", () => {
    expect(motivoExclusion(p, evaluador("e"), "cualquiera")).toBeNull();
    expect(motivoExclusion(p, evaluador("e", { organizacionIds: ["org-2"], rut: "18972631-7" }), "otra_region")).toBeNull();
  });

  it("excluido explícitamente (ya lo evalúa, se inhabilitó o declaró conflicto)", () => {
    expect(motivoExclusion(p, evaluador("e-inhabilitado"), "cualquiera")).toBe(
      "el evaluador ya está asignado a este perfil, se inhabilitó o declaró un conflicto de interés con él",
    );
  });

  it("la misma persona que postula, por RUT (normalizado antes de comparar)", () => {
    const motivo = "el evaluador es la persona que postula el perfil (mismo RUT)";
    expect(motivoExclusion(p, evaluador("e", { rut: "12345678-5" }), "cualquiera")).toBe(motivo);
    expect(motivoExclusion(p, evaluador("e", { rut: "12.345.678-5" }), "cualquiera")).toBe(motivo);
    expect(motivoExclusion(perfil("q", { rutPostulante: "9068826-k" }), evaluador("e", { rut: "9068826-K" }), "cualquiera")).toBe(motivo);
    // Both without RUT is not "the same RUT".
    expect(motivoExclusion(perfil("q"), evaluador("e"), "cualquiera")).toBeNull();
  });

  it("miembro de la organización postulante", () => {
    expect(motivoExclusion(p, evaluador("e", { organizacionIds: ["org-9", "org-1"] }), "cualquiera")).toBe(
      "el evaluador pertenece a la organización que postula el perfil",
    );
    // A perfil without organisation conflicts with nobody's organisations.
    expect(motivoExclusion(perfil("q"), evaluador("e", { organizacionIds: ["org-1"] }), "cualquiera")).toBeNull();
  });

  it("regla otra_region: nunca la propia; el nivel central sirve", () => {
    expect(motivoExclusion(p, evaluador("e", { region: "11" }), "otra_region")).toBe(
      "la regla exige un evaluador de otra región y el evaluador es de la región de Aysén del General Carlos Ibáñez del Campo, la misma del perfil",
    );
    expect(motivoExclusion(p, evaluador("e", { region: "12" }), "otra_region")).toBeNull();
    expect(motivoExclusion(p, evaluador("e", { region: null }), "otra_region")).toBeNull();
  });

  it("regla misma_region: solo la propia; ni otra región ni el nivel central", () => {
    expect(motivoExclusion(p, evaluador("e", { region: "11" }), "misma_region")).toBeNull();
    expect(motivoExclusion(p, evaluador("e", { region: "13" }), "misma_region")).toBe(
      "la regla exige un evaluador de la región de Aysén del General Carlos Ibáñez del Campo y el evaluador es de la Región Metropolitana de Santiago",
    );
    expect(motivoExclusion(p, evaluador("e", { region: null }), "misma_region")).toBe(
      "la regla exige un evaluador de la región de Aysén del General Carlos Ibáñez del Campo y el evaluador es del nivel central",
    );
    expect(motivoExclusion(perfil("q", { region: "08" }), evaluador("e", { region: "06" }), "misma_region")).toBe(
      "la regla exige un evaluador de la región del Biobío y el evaluador es de la región del Libertador General Bernardo O'Higgins",
    );
  });

  it("regla cualquiera: la región no importa", () => {
    expect(motivoExclusion(p, evaluador("e", { region: "11" }), "cualquiera")).toBeNull();
    expect(motivoExclusion(p, evaluador("e", { region: null }), "cualquiera")).toBeNull();
  });
});

describe("asignarEvaluadores: exclusiones", () => {
  it("nunca asigna a quien pertenece a la organización postulante", () => {
    const r = asignarEvaluadores(
      entrada({
        perfiles: [perfil("p1", { organizacionId: "org-1" }), perfil("p2")],
        evaluadores: [evaluador("a", { organizacionIds: ["org-1"] }), evaluador("b"), evaluador("c")],
      }),
    );
    expect(evaluadoresDe(r, "p1")).toEqual(["b", "c"]);
    // a takes p2, which keeps the loads even (b and c already have p1).
    expect(evaluadoresDe(r, "p2")).toContain("a");
  });

  it("nunca asigna a la persona que postula (mismo RUT)", () => {
    const r = asignarEvaluadores(
      entrada({
        perfiles: [perfil("p1", { rutPostulante: "18972631-7" })],
        evaluadores: [evaluador("a", { rut: "18972631-7" }), evaluador("b", { rut: "12345678-5" }), evaluador("c")],
      }),
    );
    expect(evaluadoresDe(r, "p1")).toEqual(["b", "c"]);
  });

  it("aplica la regla de región", () => {
    const evaluadores = [evaluador("bio", { region: "08" }), evaluador("rm", { region: "13" }), evaluador("central", { region: null })];
    const p = [perfil("p1", { region: "08", necesita: 1 })];
    const tope = 1;
    expect(evaluadoresDe(asignarEvaluadores(entrada({ perfiles: p, evaluadores, tope, reglaRegion: "misma_region" })), "p1")).toEqual(["bio"]);
    // Ties go to the smallest id: "central" before "rm".
    expect(evaluadoresDe(asignarEvaluadores(entrada({ perfiles: p, evaluadores, tope, reglaRegion: "otra_region" })), "p1")).toEqual(["central"]);
    expect(evaluadoresDe(asignarEvaluadores(entrada({ perfiles: p, evaluadores, tope, reglaRegion: "cualquiera" })), "p1")).toEqual(["bio"]);
  });

  it("respeta los excluidos del perfil", () => {
    const r = asignarEvaluadores(
      entrada({ perfiles: [perfil("p1", { excluidos: ["a", "b"] })], evaluadores: ["a", "b", "c", "d"].map((id) => evaluador(id)) }),
    );
    expect(evaluadoresDe(r, "p1")).toEqual(["c", "d"]);
  });
});

describe("asignarEvaluadores: reparto", () => {
  it("cada perfil recibe exactamente los que necesita, cargas parejas y totales por evaluador", () => {
    const perfiles = Array.from({ length: 7 }, (_, i) => perfil(`p${i}`, { necesita: i === 6 ? 3 : 2 }));
    const r = exito(asignarEvaluadores(entrada({ perfiles, evaluadores: ["a", "b", "c", "d", "e"].map((id) => evaluador(id)) })));
    expect(r.asignaciones).toHaveLength(15);
    for (const p of perfiles) expect(new Set(evaluadoresDe(r, p.id)).size).toBe(p.necesita);
    expect(r.cargas).toEqual({ a: 3, b: 3, c: 3, d: 3, e: 3 });
  });

  it("cuenta la carga previa: el más cargado no recibe hasta que los demás lo alcanzan", () => {
    const perfiles = Array.from({ length: 5 }, (_, i) => perfil(`p${i}`, { necesita: 1 }));
    const r = exito(
      asignarEvaluadores(entrada({ perfiles, evaluadores: [evaluador("a", { carga: 3 }), evaluador("b", { carga: 1 }), evaluador("c")] })),
    );
    expect(r.cargas).toEqual({ a: 3, b: 3, c: 3 });
    expect(r.asignaciones.filter((x) => x.evaluadorId === "a")).toEqual([]);
  });

  it("empates: primero el id menor, sin importar el orden de entrada", () => {
    const r = asignarEvaluadores(entrada({ perfiles: [perfil("p1")], evaluadores: [evaluador("c"), evaluador("a"), evaluador("b")] }));
    expect(evaluadoresDe(r, "p1")).toEqual(["a", "b"]);
  });

  it("asignaciones ordenadas por perfil y evaluador; cargas de todos los evaluadores", () => {
    const r = exito(
      asignarEvaluadores(entrada({ perfiles: [perfil("p2"), perfil("p1")], evaluadores: [evaluador("b"), evaluador("a"), evaluador("z", { carga: 9 })] })),
    );
    expect(r.asignaciones).toEqual([
      { perfilId: "p1", evaluadorId: "a" },
      { perfilId: "p1", evaluadorId: "b" },
      { perfilId: "p2", evaluadorId: "a" },
      { perfilId: "p2", evaluadorId: "b" },
    ]);
    expect(r.cargas).toEqual({ a: 2, b: 2, z: 9 });
  });

  it("mueve asignaciones cuando hace falta para cubrir a otro perfil (camino de aumento)", () => {
    // Tope 1. The greedy gives q1 → b and q2 → a; q3 needs a and d, so q2 moves to b and q1 to c.
    const r = exito(
      asignarEvaluadores(
        entrada({
          perfiles: [perfil("q1", { necesita: 1, excluidos: ["a", "d"] }), perfil("q2", { necesita: 1, excluidos: ["c", "d"] }), perfil("q3", { excluidos: ["b", "c"] })],
          evaluadores: ["a", "b", "c", "d"].map((id) => evaluador(id)),
          tope: 1,
        }),
      ),
    );
    expect(r.asignaciones).toEqual([
      { perfilId: "q1", evaluadorId: "c" },
      { perfilId: "q2", evaluadorId: "b" },
      { perfilId: "q3", evaluadorId: "a" },
      { perfilId: "q3", evaluadorId: "d" },
    ]);
  });

  it("equilibra aunque el reparto inicial quede disparejo (camino de mejora)", () => {
    // Perfil by perfil, a would end with 4 and b with 2; moving p1 from a to b evens them at 3.
    const r = exito(
      asignarEvaluadores(
        entrada({
          perfiles: [
            perfil("p1", { necesita: 1, excluidos: ["c"] }),
            perfil("p2", { excluidos: ["b"] }),
            perfil("p3", { excluidos: ["b"] }),
            perfil("p4"),
          ],
          evaluadores: [evaluador("a"), evaluador("b", { carga: 1 }), evaluador("c", { carga: 1 })],
          tope: 4,
        }),
      ),
    );
    expect(r.cargas).toEqual({ a: 3, b: 3, c: 3 });
    expect(evaluadoresDe(r, "p2")).toEqual(["a", "c"]);
    expect(evaluadoresDe(r, "p3")).toEqual(["a", "c"]);
  });

  it("sin perfiles o sin demanda: nada que asignar, cargas intactas", () => {
    expect(asignarEvaluadores(entrada({ evaluadores: [evaluador("a", { carga: 4 })] }))).toEqual({ ok: true, asignaciones: [], cargas: { a: 4 } });
    expect(asignarEvaluadores(entrada({ perfiles: [perfil("p", { necesita: 0 })], evaluadores: [] }))).toEqual({ ok: true, asignaciones: [], cargas: {} });
  });
});

describe("asignarEvaluadores: reemplazo y tercera revisión", () => {
  // The convocatoria so far: p1 with a and b, p2 with b and c, p3 with a and c; d joined later.
  const evaluadores = [evaluador("a", { carga: 2 }), evaluador("b", { carga: 2 }), evaluador("c", { carga: 2 }), evaluador("d", { carga: 0 })];

  it("reemplaza a quien se inhabilitó: el resto se mantiene y el reemplazo es el menos cargado elegible", () => {
    // b declares a conflict with p1: p1 keeps a, needs one more, and neither a nor b may take it.
    const r = exito(
      asignarEvaluadores(entrada({ perfiles: [perfil("p1", { necesita: 1, excluidos: ["a", "b"] })], evaluadores, tope: 3 })),
    );
    expect(r.asignaciones).toEqual([{ perfilId: "p1", evaluadorId: "d" }]);
    // The caller lowers b's load when it removes the recused assignment; here only d changes.
    expect(r.cargas).toEqual({ a: 2, b: 2, c: 2, d: 1 });
  });

  it("tercera revisión: un evaluador más, distinto de los dos que ya lo evalúan", () => {
    const r = exito(
      asignarEvaluadores(
        entrada({ perfiles: [perfil("p2", { necesita: 1, excluidos: ["b", "c"] })], evaluadores: evaluadores.slice(0, 3), tope: 3 }),
      ),
    );
    expect(r.asignaciones).toEqual([{ perfilId: "p2", evaluadorId: "a" }]);
  });

  it("si el único elegible está en el tope, lo dice y no asigna nada", () => {
    const r = asignarEvaluadores(
      entrada({ perfiles: [perfil("p2", { necesita: 1, excluidos: ["b", "c"] })], evaluadores: evaluadores.slice(0, 3), tope: 2 }),
    );
    expect(r).toEqual({ ok: false, motivos: ["el tope de 2 perfiles por evaluador no alcanza: falta 1 cupo"] });
  });
});

describe("asignarEvaluadores: cuando no alcanza", () => {
  it("faltan evaluadores elegibles en una región (regla misma_region)", () => {
    const r = asignarEvaluadores(
      entrada({
        perfiles: [perfil("a1", { region: "11" }), perfil("a2", { region: "11" }), perfil("a3", { region: "11" }), perfil("b1", { region: "08" })],
        evaluadores: [evaluador("ay", { region: "11" }), evaluador("bio1", { region: "08" }), evaluador("bio2", { region: "08" })],
        reglaRegion: "misma_region",
      }),
    );
    expect(r).toEqual({
      ok: false,
      motivos: ["falta 1 evaluador elegible para la región de Aysén del General Carlos Ibáñez del Campo (afecta a 3 perfiles)"],
    });
  });

  it("sin evaluadores: por región, de norte a sur", () => {
    const r = asignarEvaluadores(
      entrada({ perfiles: [perfil("p1", { region: "12" }), perfil("p2", { region: "15", necesita: 3 }), perfil("p3", { region: "13" })] }),
    );
    expect(r).toEqual({
      ok: false,
      motivos: [
        "faltan 3 evaluadores elegibles para la región de Arica y Parinacota (afecta a 1 perfil)",
        "faltan 2 evaluadores elegibles para la Región Metropolitana de Santiago (afecta a 1 perfil)",
        "faltan 2 evaluadores elegibles para la región de Magallanes y de la Antártica Chilena (afecta a 1 perfil)",
      ],
    });
  });

  it("el número de evaluadores que faltan es el del perfil que más necesita en la región", () => {
    const r = asignarEvaluadores(
      entrada({
        perfiles: [perfil("p1", { region: "09", excluidos: ["x"] }), perfil("p2", { region: "09" }), perfil("p3", { region: "09", necesita: 1 })],
        evaluadores: [evaluador("x")],
      }),
    );
    expect(r).toEqual({ ok: false, motivos: ["faltan 2 evaluadores elegibles para la región de La Araucanía (afecta a 2 perfiles)"] });
  });

  it("el tope no alcanza en total", () => {
    const perfiles = Array.from({ length: 20 }, (_, i) => perfil(`p${String(i).padStart(2, "0")}`, { region: i % 2 ? "05" : "07" }));
    const r = asignarEvaluadores(entrada({ perfiles, evaluadores: ["a", "b", "c", "d"].map((id) => evaluador(id)), tope: 9 }));
    expect(r).toEqual({ ok: false, motivos: ["el tope de 9 perfiles por evaluador no alcanza: faltan 4 cupos"] });
  });

  it("el tope no alcanza en una región: la nombra", () => {
    const r = asignarEvaluadores(
      entrada({
        perfiles: [...["r1", "r2", "r3", "r4"].map((id) => perfil(id, { region: "13" })), perfil("b1", { region: "08" })],
        evaluadores: [evaluador("rm1", { region: "13" }), evaluador("rm2", { region: "13" }), ...["b1", "b2"].map((id) => evaluador(`bio-${id}`, { region: "08" }))],
        tope: 3,
        reglaRegion: "misma_region",
      }),
    );
    expect(r).toEqual({
      ok: false,
      motivos: ["el tope de 3 perfiles por evaluador no alcanza para los perfiles de la Región Metropolitana de Santiago: faltan 2 cupos"],
    });
  });

  it("el tope no alcanza en dos regiones de cinco", () => {
    const regiones = ["01", "02", "03", "04", "05"];
    // Two evaluators with room for one perfil each per region: Tarapacá and Antofagasta need 4, the rest 2.
    const perfiles = regiones.flatMap((r) => ["a", "b"].map((x) => perfil(`${r}-${x}`, { region: r, necesita: r < "03" ? 2 : 1 })));
    const evaluadores = regiones.flatMap((r) => [evaluador(`${r}-x`, { region: r }), evaluador(`${r}-y`, { region: r })]);
    const r = asignarEvaluadores(entrada({ perfiles, evaluadores, tope: 1, reglaRegion: "misma_region" }));
    expect(r).toEqual({
      ok: false,
      motivos: ["el tope de 1 perfil por evaluador no alcanza para los perfiles de la región de Tarapacá y de la región de Antofagasta: faltan 4 cupos"],
    });
  });

  it("ambos motivos a la vez: primero los evaluadores elegibles, después el tope", () => {
    const r = asignarEvaluadores(
      entrada({
        perfiles: [perfil("a1", { region: "11", necesita: 3 }), perfil("c1", { region: "04" }), perfil("c2", { region: "04" })],
        evaluadores: [evaluador("x", { region: "11" }), evaluador("y", { region: "04" }), evaluador("z", { region: "04" })],
        tope: 1,
        reglaRegion: "misma_region",
      }),
    );
    expect(r).toEqual({
      ok: false,
      motivos: [
        "faltan 2 evaluadores elegibles para la región de Aysén del General Carlos Ibáñez del Campo (afecta a 1 perfil)",
        "el tope de 1 perfil por evaluador no alcanza para los perfiles de la región de Coquimbo: faltan 2 cupos",
      ],
    });
  });

  it("tope 0", () => {
    expect(asignarEvaluadores(entrada({ perfiles: [perfil("p")], evaluadores: [evaluador("a"), evaluador("b")], tope: 0 }))).toEqual({
      ok: false,
      motivos: ["el tope de 0 perfiles por evaluador no alcanza: faltan 2 cupos"],
    });
  });
});

describe("asignarEvaluadores: determinismo y entradas inválidas", () => {
  it("el mismo resultado con la entrada en otro orden", () => {
    const perfiles = Array.from({ length: 12 }, (_, i) =>
      perfil(`p${i}`, { region: ["08", "13", "11"][i % 3], organizacionId: i % 4 ? null : "org-1", excluidos: i % 5 ? [] : ["e3", "e1"] }),
    );
    const evaluadores = Array.from({ length: 6 }, (_, j) =>
      evaluador(`e${j}`, { region: ["08", "13", null][j % 3], organizacionIds: j === 2 ? ["org-2", "org-1"] : [], carga: j % 2 }),
    );
    const base = asignarEvaluadores(entrada({ perfiles, evaluadores, tope: 6, reglaRegion: "otra_region" }));
    expect(base.ok).toBe(true);
    const revuelto = asignarEvaluadores(
      entrada({
        perfiles: [...perfiles].reverse().map((p) => ({ ...p, excluidos: [...p.excluidos].reverse() })),
        evaluadores: [evaluadores[3], evaluadores[0], evaluadores[5], evaluadores[1], evaluadores[4], evaluadores[2]].map((e) => ({
          ...e,
          organizacionIds: [...e.organizacionIds].reverse(),
        })),
        tope: 6,
        reglaRegion: "otra_region",
      }),
    );
    expect(revuelto).toEqual(base);
  });

  it("rechaza ids repetidos, topes, cargas o necesidades negativas y reglas desconocidas", () => {
    expect(() => asignarEvaluadores(entrada({ perfiles: [perfil("p"), perfil("p")] }))).toThrow(/Perfil repetido/);
    expect(() => asignarEvaluadores(entrada({ evaluadores: [evaluador("a"), evaluador("a")] }))).toThrow(/Evaluador repetido/);
    expect(() => asignarEvaluadores(entrada({ tope: -1 }))).toThrow(RangeError);
    expect(() => asignarEvaluadores(entrada({ tope: 1.5 }))).toThrow(RangeError);
    expect(() => asignarEvaluadores(entrada({ perfiles: [perfil("p", { necesita: -1 })] }))).toThrow(RangeError);
    expect(() => asignarEvaluadores(entrada({ evaluadores: [evaluador("a", { carga: -2 })] }))).toThrow(RangeError);
    expect(() => asignarEvaluadores(entrada({ reglaRegion: "vecina" as never }))).toThrow(/Regla de región desconocida/);
  });
});
