import { describe, expect, it } from "vitest";
import { AGENDA, agendaDeRol, agendaDeRoles, type EtapaCalendario } from "@/lib/domain/agenda-roles";
import { ETAPAS, indiceEtapa, type Etapa } from "@/lib/domain/etapas";
import { instanteEnSantiago } from "@/lib/domain/formato";
import { ROLES } from "@/lib/domain/roles";
import { puedeVer, type Vista } from "@/lib/auth/permissions";

const dia = (f: string, h = "00:00:00") => instanteEnSantiago(f, h);
const CALENDARIO: EtapaCalendario[] = [
  { etapa: "DESARROLLO_CONCURSO", inicio: dia("2027-01-01"), fin: dia("2027-01-15", "23:59:59"), inicioReal: null, finReal: dia("2027-01-10", "12:00:00") },
  { etapa: "CONVOCATORIA", inicio: dia("2027-01-16"), fin: dia("2027-02-12", "23:59:59"), inicioReal: dia("2027-01-10", "12:00:00"), finReal: null },
  { etapa: "SELECCION_CONTRATACION", inicio: dia("2027-02-13"), fin: dia("2027-04-09", "23:59:59") },
  { etapa: "FORMACION_INCUBACION", inicio: dia("2027-04-10"), fin: dia("2027-05-07", "23:59:59") },
  { etapa: "EJECUCION", inicio: dia("2027-05-08"), fin: dia("2027-11-05", "23:59:59") },
  { etapa: "CIERRE", inicio: dia("2027-11-06"), fin: dia("2027-12-03", "23:59:59") },
];

/** The private screen a link opens (none: public). */
function vistaDe(href: string): Vista | null {
  const privadas: [string, Vista][] = [
    ["/admin", "admin"],
    ["/postulante", "postulante"],
    ["/seguimiento/postulaciones", "postulaciones"],
    ["/seguimiento/talleres", "talleres"],
    ["/seguimiento/scouting", "scouting"],
    ["/seguimiento/organizaciones", "organizaciones"],
    ["/comite/seleccion", "seleccion"],
    ["/comite/evaluaciones", "comite"],
    ["/mentor", "mentor"],
    ["/jurado", "jurado"],
  ];
  return privadas.find(([p]) => href === p || href.startsWith(`${p}/`))?.[1] ?? null;
}
const PUBLICAS = ["/desafios", "/talleres", "/como-postular"];

describe("agenda de cada rol", () => {
  it("cada rol, en cada etapa, dice qué puede hacer ahora y qué viene después (nunca una etapa ya pasada)", () => {
    for (const rol of ROLES) {
      for (const etapa of ETAPAS) {
        const m = AGENDA[rol].etapas[etapa];
        expect(m.ahora, `${rol} en ${etapa}`).toMatch(/^[A-ZÁÉÍÓÚÑ¿].+\.$/);
        if (etapa === "CIERRE") expect(m.despues).toBeNull();
        else expect(indiceEtapa(m.despues!.etapa), `${rol} en ${etapa}`).toBeGreaterThanOrEqual(indiceEtapa(etapa));
      }
    }
  });

  it("cada enlace de un rol abre para ese rol (páginas públicas o una vista que la tabla le permite)", () => {
    for (const rol of ROLES) {
      expect(AGENDA[rol].enlaces.length, rol).toBeGreaterThan(0);
      for (const e of AGENDA[rol].enlaces) {
        const vista = vistaDe(e.href);
        if (vista) expect(puedeVer(vista, [rol]), `${rol} → ${e.href}`).toBe(true);
        else expect(PUBLICAS, `${rol} → ${e.href}`).toContain(e.href);
      }
    }
  });

  it("afiliado: la votación popular, con las fechas de Selección y contratación del calendario", () => {
    const antes = agendaDeRol("AFILIADO", "CONVOCATORIA", CALENDARIO);
    expect(antes.titulo).toBe("Afiliado (votante)");
    expect(antes.ahora).toEqual({ texto: "Las personas y organizaciones están enviando sus perfiles. Todavía no hay proyectos para votar.", hasta: "12 de febrero de 2027" });
    expect(antes.despues).toEqual({
      texto: "Votación popular: un voto por desafío, en la etapa Selección y contratación.",
      cuando: "Selección y contratación, del 13 de febrero de 2027 al 9 de abril de 2027",
    });
    const durante = agendaDeRol("AFILIADO", "SELECCION_CONTRATACION", CALENDARIO);
    expect(durante.ahora.texto).toMatch(/^Esta es la etapa de la votación popular/);
    expect(durante.despues).toEqual({ texto: "La votación popular cierra con esta etapa.", cuando: "Selección y contratación, hasta el 9 de abril de 2027" });
  });

  it("comité, jurado y mentor: su etapa y sus fechas", () => {
    expect(agendaDeRol("COMITE", "DESARROLLO_CONCURSO", CALENDARIO).despues?.cuando).toBe("Selección y contratación, del 13 de febrero de 2027 al 9 de abril de 2027");
    expect(agendaDeRol("JURADO", "CONVOCATORIA", CALENDARIO).despues).toEqual({
      texto: "Demo day: evaluará las presentaciones de los proyectos preseleccionados.",
      cuando: "Formación e incubación, del 10 de abril de 2027 al 7 de mayo de 2027",
    });
    expect(agendaDeRol("MENTOR", "FORMACION_INCUBACION", CALENDARIO).ahora).toEqual({
      texto: "Esta es la etapa de las mentorías: 8 semanas con los proyectos preseleccionados que le asignen.",
      hasta: "7 de mayo de 2027",
    });
  });

  it("las fechas reales ganan a las planificadas: una etapa que comenzó antes", () => {
    // Convocatoria started on 10 January (planned: 16 January).
    expect(agendaDeRol("POSTULANTE", "DESARROLLO_CONCURSO", CALENDARIO).despues?.cuando).toBe("Convocatoria, del 10 de enero de 2027 al 12 de febrero de 2027");
  });

  it("sin calendario: sin fecha de término, y lo que viene «fechas por definir»", () => {
    const t = agendaDeRol("POSTULANTE", "DESARROLLO_CONCURSO", []);
    expect(t.ahora.hasta).toBeNull();
    expect(t.despues?.cuando).toBe("Convocatoria: fechas por definir");
    expect(agendaDeRol("ADMIN", "CIERRE", CALENDARIO).despues).toBeNull();
  });

  it("una tarjeta por rol que la persona tiene, en el orden de los roles del portal", () => {
    const etapa: Etapa = "CONVOCATORIA";
    expect(agendaDeRoles(["MENTOR", "POSTULANTE"], etapa, CALENDARIO).map((t) => t.rol)).toEqual(["POSTULANTE", "MENTOR"]);
    expect(agendaDeRoles([], etapa, CALENDARIO)).toEqual([]);
  });
});
