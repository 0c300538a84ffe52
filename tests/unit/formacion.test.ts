// The pure parts of the formation programme and the mentor pool (issue 13): the base modules, progress and
// attendance, the topics list, the state a registration takes, the pool's order and the actions' schemas.
import { describe, expect, it } from "vitest";
import { asistenciaFormacion, LARGO_MODULO, MODULOS_BASE, modulosBaseFaltantes, parrafos, PATRON_CLAVE_MODULO, progresoFormacion } from "@/lib/domain/formacion";
import { CLAVES_TEMAS, escribirTemas, estadoTrasInscripcion, leerTemas, nombreTema, ordenarPool, TEMAS_MENTORIA } from "@/lib/domain/mentores";
import { completarModuloSchema, guardarModuloSchema } from "@/lib/formacion/schema";
import { invitarSchema, registrarseSchema, revisarSchema } from "@/lib/mentores/schema";

describe("módulos base", () => {
  it("son los cuatro del programa, en orden, con claves válidas y material de varios párrafos", () => {
    expect(MODULOS_BASE.map((m) => m.clave)).toEqual(["teoria-de-cambio", "modelo-de-sostenibilidad", "coproduccion-con-usuarios", "metricas-y-linea-de-base"]);
    expect(MODULOS_BASE.map((m) => m.orden)).toEqual([1, 2, 3, 4]);
    for (const m of MODULOS_BASE) {
      expect(m.clave).toMatch(PATRON_CLAVE_MODULO);
      expect(m.titulo.length).toBeLessThanOrEqual(LARGO_MODULO.titulo);
      expect(m.resumen.length).toBeLessThanOrEqual(LARGO_MODULO.resumen);
      expect(m.material.length).toBeLessThanOrEqual(LARGO_MODULO.material);
      expect(parrafos(m.material).length).toBeGreaterThanOrEqual(3);
      // Each one passes the action's own schema.
      expect(guardarModuloSchema.safeParse(m).success).toBe(true);
    }
  });

  it("faltantes: solo los que la convocatoria no tiene, por clave", () => {
    expect(modulosBaseFaltantes([]).length).toBe(4);
    expect(modulosBaseFaltantes(["teoria-de-cambio", "otra"]).map((m) => m.clave)).toEqual(["modelo-de-sostenibilidad", "coproduccion-con-usuarios", "metricas-y-linea-de-base"]);
    expect(modulosBaseFaltantes(MODULOS_BASE.map((m) => m.clave))).toEqual([]);
  });

  it("párrafos: separados por líneas en blanco, sin vacíos", () => {
    expect(parrafos("uno\nsigue\n\n  \n\ndos\r\n\r\ntres  ")).toEqual(["uno\nsigue", "dos", "tres"]);
    expect(parrafos("   ")).toEqual([]);
  });
});

describe("avance de un equipo", () => {
  const modulos = [
    { id: "c", orden: 3 },
    { id: "a", orden: 1 },
    { id: "b", orden: 2 },
  ];

  it("cuenta los completados de la lista, el porcentaje (hacia abajo) y el siguiente en orden", () => {
    expect(progresoFormacion(modulos, [])).toEqual({ completados: 0, total: 3, porcentaje: 0, siguienteId: "a", terminado: false });
    expect(progresoFormacion(modulos, ["a", "c"])).toEqual({ completados: 2, total: 3, porcentaje: 66, siguienteId: "b", terminado: false });
    expect(progresoFormacion(modulos, ["a", "b", "c"])).toEqual({ completados: 3, total: 3, porcentaje: 100, siguienteId: null, terminado: true });
  });

  it("un módulo que ya no está en la lista no cuenta; sin módulos no hay avance ni término", () => {
    expect(progresoFormacion(modulos, ["x", "a"]).completados).toBe(1);
    expect(progresoFormacion([], ["a"])).toEqual({ completados: 0, total: 0, porcentaje: 0, siguienteId: null, terminado: false });
  });

  it("asistencia a talleres de formación: eventos, inscripciones vigentes y presentes, solo de esos eventos", () => {
    const eventos = [{ id: "e1" }, { id: "e2" }, { id: "e3" }];
    const inscripciones = [
      { eventoId: "e1", estado: "CONFIRMADA", presente: true },
      { eventoId: "e2", estado: "CONFIRMADA", presente: false },
      { eventoId: "e3", estado: "CANCELADA", presente: null },
      { eventoId: "otro", estado: "CONFIRMADA", presente: true },
    ];
    expect(asistenciaFormacion(eventos, inscripciones)).toEqual({ eventos: 3, inscritos: 2, presentes: 1 });
    expect(asistenciaFormacion([], inscripciones)).toEqual({ eventos: 0, inscritos: 0, presentes: 0 });
  });
});

describe("pool de mentores", () => {
  it("temas: una lista fija con claves únicas; se guardan solo los conocidos, sin repetir, en el orden de la lista", () => {
    expect(new Set(CLAVES_TEMAS).size).toBe(TEMAS_MENTORIA.length);
    expect(escribirTemas(["metricas", "teoria-cambio", "metricas", "inventado"])).toBe('["teoria-cambio","metricas"]');
    expect(leerTemas('["metricas","teoria-cambio","x"]')).toEqual(["teoria-cambio", "metricas"]);
    expect(leerTemas("no es json")).toEqual([]);
    expect(leerTemas('{"a":1}')).toEqual([]);
    expect(nombreTema("coproduccion")).toBe("Co-producción con usuarios y comunidades");
    expect(nombreTema("desconocido")).toBe("desconocido");
  });

  it("una inscripción nueva o rechazada vuelve a revisión; una aprobada sigue aprobada", () => {
    expect(estadoTrasInscripcion(null)).toBe("PENDIENTE");
    expect(estadoTrasInscripcion("RECHAZADO")).toBe("PENDIENTE");
    expect(estadoTrasInscripcion("PENDIENTE")).toBe("PENDIENTE");
    expect(estadoTrasInscripcion("APROBADO")).toBe("APROBADO");
  });

  it("el pool se ordena con las pendientes primero (la más antigua antes), luego aprobadas y rechazadas", () => {
    const d = (n: number) => new Date(2019, 7, n);
    const pool = [
      { nombre: "R", estado: "RECHAZADO" as const, createdAt: d(1) },
      { nombre: "A", estado: "APROBADO" as const, createdAt: d(1) },
      { nombre: "P2", estado: "PENDIENTE" as const, createdAt: d(3) },
      { nombre: "P1", estado: "PENDIENTE" as const, createdAt: d(2) },
    ];
    expect(ordenarPool(pool).map((p) => p.nombre)).toEqual(["P1", "P2", "A", "R"]);
  });
});

describe("esquemas", () => {
  const inscripcion = { helice: "ACADEMIA", institucion: "", regionCut: "08", experiencia: "Docente de innovación social por diez años.", temas: "metricas", horasSemana: "3", maxEquipos: "2" };

  it("inscripción: un tema suelto llega como lista; horas 1–40 y equipos 1–5; temas de la lista fija", () => {
    const r = registrarseSchema.parse(inscripcion);
    expect(r.temas).toEqual(["metricas"]);
    expect(r.horasSemana).toBe(3);
    const mal = registrarseSchema.safeParse({ ...inscripcion, horasSemana: "41", maxEquipos: "0", temas: ["inventado"], regionCut: "99" });
    expect(mal.success).toBe(false);
    const campos = new Set(mal.error!.issues.map((i) => String(i.path[0])));
    expect([...campos].sort()).toEqual(["horasSemana", "maxEquipos", "regionCut", "temas"]);
    expect(registrarseSchema.safeParse({ ...inscripcion, temas: [] }).error?.issues[0].message).toBe("Marque al menos un tema en el que puede mentorizar.");
  });

  it("módulo: la clave en minúsculas con guiones; cargar los base es otra forma de la misma entrada", () => {
    expect(guardarModuloSchema.parse({ base: "si" })).toEqual({ base: "si" });
    const m = { clave: "Taller-Presupuesto", titulo: "Presupuesto", resumen: "r", material: "m", orden: "6" };
    expect(guardarModuloSchema.parse(m)).toMatchObject({ clave: "taller-presupuesto", orden: 6 });
    expect(guardarModuloSchema.safeParse({ ...m, clave: "con espacio" }).success).toBe(false);
    expect(completarModuloSchema.safeParse({ postulacionId: "", moduloId: "x" }).success).toBe(false);
  });

  it("revisión: rechazar exige el motivo; invitar exige un correo válido", () => {
    expect(revisarSchema.safeParse({ mentorPerfilId: "m", decision: "APROBAR" }).success).toBe(true);
    const r = revisarSchema.safeParse({ mentorPerfilId: "m", decision: "RECHAZAR", motivo: "no" });
    expect(r.error?.issues[0]).toMatchObject({ path: ["motivo"] });
    expect(invitarSchema.safeParse({ nombre: "Ana", email: "no-es-correo" }).success).toBe(false);
    expect(invitarSchema.parse({ nombre: "Ana", email: " ANA@Uni.CL " })).toEqual({ nombre: "Ana", email: "ana@uni.cl", institucion: "" });
  });
});
