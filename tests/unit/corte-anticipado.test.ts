import { describe, expect, it } from "vitest";
import { afectadosPorCorte, correoCorteConvocatoria, diasCalendario, evaluarCorte, type HechosCorte, type PerfilDe } from "@/lib/domain/corte-anticipado";
import { instanteEnSantiago } from "@/lib/domain/formato";

const dia = (f: string, h = "00:00:00") => instanteEnSantiago(f, h);
const pedro = { userId: "u1", nombre: "Pedro", email: "pedro@x.cl" };
const rosa = { userId: "u2", nombre: "Rosa", email: "rosa@x.cl" };
const perfil = (postulante: typeof pedro, proyecto: string, desafio = "Volver a la escuela"): PerfilDe => ({ postulante, proyecto, desafio });

const convocatoria = (h: Partial<HechosCorte> = {}): HechosCorte => ({
  desde: "CONVOCATORIA",
  hacia: "SELECCION_CONTRATACION",
  ahora: dia("2027-02-09", "10:00:00"),
  finPlanificado: dia("2027-02-12", "23:59:59"),
  inicioPlanificadoSiguiente: dia("2027-02-13"),
  borradores: [],
  enviados: [],
  talleres: [],
  ...h,
});

describe("corte anticipado de una etapa", () => {
  it("no es anticipado en o después del fin planificado, ni sin calendario", () => {
    expect(evaluarCorte(convocatoria({ ahora: dia("2027-02-13", "00:00:00") }))).toEqual({ anticipado: false });
    expect(evaluarCorte(convocatoria({ ahora: dia("2027-02-12", "23:59:59") }))).toEqual({ anticipado: false });
    expect(evaluarCorte(convocatoria({ finPlanificado: null }))).toEqual({ anticipado: false });
  });

  it("desde la Convocatoria: borradores y sus dueños, plazo de retiro prometido, talleres y a quién se avisa", () => {
    const c = evaluarCorte(
      convocatoria({
        borradores: [perfil(pedro, "Huertos"), perfil(pedro, "", "Primer contrato"), perfil(rosa, "Plazas")],
        enviados: [perfil(rosa, "Lectura"), perfil(pedro, "Cuidados")],
        talleres: [{ titulo: "Taller Biobío", inicio: dia("2027-02-11", "10:00:00") }],
      }),
    );
    if (!c.anticipado) throw new Error("debía ser anticipado");
    expect(c.diasAntes).toBe(3);
    expect(c.avisos).toEqual([
      "La etapa Convocatoria está planificada hasta el 12 de febrero de 2027: avanzar ahora la termina 3 días antes.",
      "La etapa Selección y contratación comenzará hoy, 9 de febrero de 2027, y no el 13 de febrero de 2027 como estaba planificado.",
      "3 borradores abiertos (de 2 personas) ya no se podrán enviar.",
      "2 perfiles enviados recibieron un correo de confirmación que promete que se puede retirar hasta el 12 de febrero de 2027: ese plazo ya no regirá.",
      "1 taller regional está programado antes del cierre planificado: «Taller Biobío» (11 de febrero de 2027). Sigue en el calendario de talleres; revise si corresponde mantenerlo.",
      "Se avisará por correo a 2 personas con perfiles en esta convocatoria.",
    ]);
    // One per person, whatever they hold.
    expect(c.afectados).toEqual([
      { ...pedro, borradores: ["«Huertos»", "perfil sin nombre para el desafío «Primer contrato»"], enviados: ["«Cuidados»"] },
      { ...rosa, borradores: ["«Plazas»"], enviados: ["«Lectura»"] },
    ]);
  });

  it("un solo borrador, en singular", () => {
    const c = evaluarCorte(convocatoria({ borradores: [perfil(pedro, "Huertos")] }));
    if (!c.anticipado) throw new Error("debía ser anticipado");
    expect(c.avisos).toContain("1 borrador abierto (de 1 persona) ya no se podrá enviar.");
    expect(c.avisos).toContain("Se avisará por correo a 1 persona con perfiles en esta convocatoria.");
  });

  it("sin perfiles lo dice, y nadie recibe correo", () => {
    const c = evaluarCorte(convocatoria());
    if (!c.anticipado) throw new Error("debía ser anticipado");
    expect(c.avisos).toContain("No hay borradores abiertos.");
    expect(c.avisos).toContain("Nadie recibirá un correo: no hay perfiles en esta convocatoria.");
    expect(c.afectados).toEqual([]);
  });

  it("el último día planificado, antes de la hora de término, todavía es anticipado", () => {
    const c = evaluarCorte(convocatoria({ ahora: dia("2027-02-12", "18:00:00") }));
    if (!c.anticipado) throw new Error("debía ser anticipado");
    expect(c.diasAntes).toBe(0);
    expect(c.avisos[0]).toBe("La etapa Convocatoria está planificada hasta el 12 de febrero de 2027: avanzar ahora la termina hoy, antes de la hora planificada.");
  });

  it("otra etapa solo dice cuánto se acorta y cuándo comienza la siguiente; no avisa a postulantes", () => {
    const c = evaluarCorte({
      ...convocatoria({ borradores: [perfil(pedro, "x")] }),
      desde: "DESARROLLO_CONCURSO",
      hacia: "CONVOCATORIA",
      ahora: dia("2027-01-14", "09:00:00"),
      finPlanificado: dia("2027-01-15", "23:59:59"),
      inicioPlanificadoSiguiente: dia("2027-01-16"),
    });
    if (!c.anticipado) throw new Error("debía ser anticipado");
    expect(c.avisos).toEqual([
      "La etapa Desarrollo del concurso está planificada hasta el 15 de enero de 2027: avanzar ahora la termina 1 día antes.",
      "La etapa Convocatoria comenzará hoy, 14 de enero de 2027, y no el 16 de enero de 2027 como estaba planificado.",
    ]);
    expect(c.afectados).toEqual([]);
  });

  it("días de calendario en Chile, no de 24 horas", () => {
    expect(diasCalendario(dia("2027-02-09", "23:00:00"), dia("2027-02-10", "01:00:00"))).toBe(1);
    expect(diasCalendario(dia("2027-02-09", "00:10:00"), dia("2027-02-09", "23:59:59"))).toBe(0);
    // Across the change to winter time (first Sunday of April 2027).
    expect(diasCalendario(dia("2027-04-01"), dia("2027-04-10"))).toBe(9);
  });

  it("afectados: cada persona una vez, en el orden en que aparece", () => {
    expect(afectadosPorCorte({ borradores: [perfil(rosa, "a")], enviados: [perfil(pedro, "b"), perfil(rosa, "c")] }).map((a) => a.userId)).toEqual(["u2", "u1"]);
  });
});

describe("correo a quien afecta el cierre anticipado de la Convocatoria", () => {
  const datos = { convocatoria: "Fondo IDEA 2027", finPlanificado: dia("2027-02-12", "23:59:59"), cierre: dia("2027-02-09", "10:00:00"), enlace: "https://fondo.cl/postulante" };

  it("dice la fecha prometida y la real, qué pasa con sus borradores y que el plazo de retiro ya no rige", () => {
    const { asunto, cuerpo } = correoCorteConvocatoria({ ...pedro, borradores: ["«Huertos»"], enviados: ["«Cuidados»"] }, datos);
    expect(asunto).toBe("La Convocatoria de Fondo IDEA 2027 cerró antes de lo planificado");
    expect(cuerpo).toContain("Hola, Pedro:");
    expect(cuerpo).toContain("planificada hasta el 12 de febrero de 2027, terminó antes: el 9 de febrero de 2027.");
    expect(cuerpo).toContain("Su borrador «Huertos» queda guardado y puede leerlo, pero ya no se puede enviar.");
    expect(cuerpo).toContain("Su perfil enviado «Cuidados» sigue como está. El correo de confirmación decía que podía retirarlo hasta el 12 de febrero de 2027: ese plazo ya no rige.");
    expect(cuerpo).toContain("https://fondo.cl/postulante");
  });

  it("en plural para varios; sin borradores no los menciona; sin enviados no menciona el plazo de retiro", () => {
    const varios = correoCorteConvocatoria({ ...pedro, borradores: ["«A»", "«B»"], enviados: ["«C»", "«D»"] }, datos).cuerpo;
    expect(varios).toContain("Sus borradores «A», «B» quedan guardados y puede leerlos, pero ya no se pueden enviar.");
    expect(varios).toContain("Sus perfiles enviados «C», «D» siguen como están. El correo de confirmación decía que podía retirarlos hasta el 12 de febrero de 2027");
    expect(correoCorteConvocatoria({ ...pedro, borradores: [], enviados: ["«A»"] }, datos).cuerpo).not.toContain("borrador");
    expect(correoCorteConvocatoria({ ...pedro, borradores: ["«A»"], enviados: [] }, datos).cuerpo).not.toContain("correo de confirmación");
  });
});
