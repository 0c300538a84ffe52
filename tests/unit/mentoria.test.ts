// The mentoring rules (issue 13): progress 0–8, missed weeks with their grace days, mentor suggestions.
import { describe, expect, it } from "vitest";
import {
  DIAS_GRACIA,
  estadoSemanas,
  palabrasClave,
  progresoMentoria,
  semanasAtrasadas,
  sugerirMentores,
  venceSemana,
  type MentorCandidato,
} from "@/lib/domain/mentoria";
import { leerTemas } from "@/lib/domain/mentores";

const DIA = 86_400_000;
const INICIO = new Date("2019-08-01T12:00:00Z");
const dias = (n: number) => new Date(INICIO.getTime() + n * DIA);

describe("progreso de la mentoría", () => {
  it("cuenta las sesiones confirmadas (0–8) y aparte las registradas sin confirmar", () => {
    expect(progresoMentoria([])).toEqual({ confirmadas: 0, porConfirmar: 0 });
    const s = [
      { semana: 1, confirmadaEn: dias(3) },
      { semana: 2, confirmadaEn: dias(10) },
      { semana: 3, confirmadaEn: null },
    ];
    expect(progresoMentoria(s)).toEqual({ confirmadas: 2, porConfirmar: 1 });
  });

  it("nunca pasa de 8 ni cuenta semanas fuera de rango", () => {
    const s = Array.from({ length: 10 }, (_, i) => ({ semana: i, confirmadaEn: dias(1) }));
    expect(progresoMentoria(s).confirmadas).toBe(8);
  });
});

describe("semanas atrasadas", () => {
  it("la semana k vence al inicio + 7k días + la gracia", () => {
    expect(DIAS_GRACIA).toBe(2);
    expect(venceSemana(INICIO, 1)).toEqual(dias(9));
    expect(venceSemana(INICIO, 8)).toEqual(dias(58));
  });

  it("una semana sin sesión cuenta como atrasada solo después de su vencimiento", () => {
    expect(semanasAtrasadas(INICIO, dias(9), [])).toEqual([]);
    expect(semanasAtrasadas(INICIO, new Date(dias(9).getTime() + 1), [])).toEqual([1]);
    expect(semanasAtrasadas(INICIO, dias(20), [])).toEqual([1, 2]);
  });

  it("una sesión registrada (aunque no confirmada) no está atrasada", () => {
    expect(semanasAtrasadas(INICIO, dias(30), [{ semana: 2 }])).toEqual([1, 3]);
    expect(semanasAtrasadas(INICIO, dias(100), Array.from({ length: 8 }, (_, i) => ({ semana: i + 1 })))).toEqual([]);
    expect(semanasAtrasadas(INICIO, dias(100), [])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("el estado de las 8 semanas", () => {
    const e = estadoSemanas(INICIO, dias(20), [
      { semana: 1, confirmadaEn: dias(5) },
      { semana: 3, confirmadaEn: null },
    ]);
    expect(e.map((x) => x.estado)).toEqual(["confirmada", "atrasada", "registrada", "pendiente", "pendiente", "pendiente", "pendiente", "pendiente"]);
  });
});

describe("sugerencias de mentores", () => {
  const base = { temas: [] as string[], experiencia: "", maxEquipos: 2, vivas: 0 };
  const m = (x: Partial<MentorCandidato> & { userId: string; nombre: string; regionCut: string }): MentorCandidato => ({ ...base, ...x });
  const equipo = { regiones: ["08"], texto: "Respiro para cuidadoras de personas con dependencia severa en Concepción" };

  it("palabras clave sin tildes ni palabras vacías", () => {
    expect([...palabrasClave("Cuidadoras con DEPENDENCIA, en Concepción para la región")].sort()).toEqual(["concepcion", "cuidadoras", "dependencia"]);
  });

  it("primero la misma región, luego los temas en común, luego el cupo, y por nombre", () => {
    const mentores = [
      m({ userId: "a", nombre: "Zoe", regionCut: "13", experiencia: "cuidadoras dependencia respiro" }),
      m({ userId: "b", nombre: "Beatriz", regionCut: "08" }),
      m({ userId: "c", nombre: "Carla", regionCut: "08", temas: ["dependencia"] }),
      m({ userId: "d", nombre: "Ana", regionCut: "08", temas: ["dependencia"], maxEquipos: 3 }),
      m({ userId: "e", nombre: "Álvaro", regionCut: "08" }),
    ];
    expect(sugerirMentores(equipo, mentores).map((s) => s.nombre)).toEqual(["Ana", "Carla", "Álvaro", "Beatriz", "Zoe"]);
    const [primera] = sugerirMentores(equipo, mentores, { limite: 1 });
    expect(primera).toEqual({ userId: "d", nombre: "Ana", mismaRegion: true, coincidencias: ["dependencia"], cupo: 3 });
  });

  it("deja fuera a quien no tiene cupo y a quien ya fue recusado con el equipo", () => {
    const mentores = [
      m({ userId: "a", nombre: "Ana", regionCut: "08", vivas: 2 }),
      m({ userId: "b", nombre: "Berta", regionCut: "08" }),
      m({ userId: "c", nombre: "Carla", regionCut: "08" }),
    ];
    expect(sugerirMentores(equipo, mentores, { excluir: new Set(["b"]) }).map((s) => s.userId)).toEqual(["c"]);
  });

  it("es determinista: el mismo resultado con cualquier orden de entrada", () => {
    const mentores = [m({ userId: "x2", nombre: "Eva", regionCut: "05" }), m({ userId: "x1", nombre: "Eva", regionCut: "05" }), m({ userId: "x3", nombre: "eva", regionCut: "05" })];
    const a = sugerirMentores(equipo, mentores).map((s) => s.userId);
    const b = sugerirMentores(equipo, [...mentores].reverse()).map((s) => s.userId);
    expect(a).toEqual(b);
    expect(a).toEqual(["x1", "x2", "x3"]);
  });

  it("lee los temas guardados como JSON: solo claves conocidas", () => {
    expect(leerTemas('["teoria-cambio", 3, "inventado"]')).toEqual(["teoria-cambio"]);
    expect(leerTemas("no es json")).toEqual([]);
  });
});
