// Pure parts of `npm run demo`: the timeline that makes the target etapa current, the etapa argument, the
// synthetic data (deterministic, valid for the línea rules) and the synthetic PDF.
import { describe, expect, it } from "vitest";
import { chequeosAdmisibilidad } from "@/lib/domain/admisibilidad";
import { erroresCalendario, ETAPAS, indiceEtapa } from "@/lib/domain/etapas";
import { aFechaInput } from "@/lib/domain/formato";
import { CODIGOS_REGION } from "@/lib/domain/regiones";
import { normalizarRut } from "@/lib/domain/rut";
import { CIFRAS_2019, CUENTAS_DEMO, LINEAS_2019 } from "@/lib/seed/datos-2019";
import { datosSinteticos, esCuentaDeDemostracion, POSTULANTE_DEMO } from "@/lib/seed/datos-sinteticos";
import { etapaDeArgumentos, etapaObjetivo } from "@/lib/seed/etapa-demo";
import { DIAS_EN_ETAPA, enJornada, ETAPAS_DEMO, lineaDeTiempoDemo, nombreConvocatoriaDemo, sumarDias } from "@/lib/seed/linea-de-tiempo";
import { pdfSintetico } from "@/lib/seed/pdf-sintetico";
import { RechazoDemo } from "@/lib/seed/rechazo-demo";

// Ordinary days, the turn of the year, and both changes of Chilean summer time.
const DIAS = ["2026-11-28T12:00:00Z", "2027-01-03T02:30:00Z", "2026-09-06T15:00:00Z", "2027-04-04T03:30:00Z", "2026-12-31T23:59:00Z"].map((d) => new Date(d));

describe("línea de tiempo de la demostración", () => {
  for (const ahora of DIAS) {
    for (const etapa of ETAPAS_DEMO) {
      it(`${etapa} es la etapa en curso el ${ahora.toISOString()}`, () => {
        const l = lineaDeTiempoDemo(etapa, ahora);
        // A calendar the admin's form would accept.
        expect(erroresCalendario(Object.fromEntries(ETAPAS.map((e) => [e, l.fechas[e]])))).toEqual([]);
        const objetivo = indiceEtapa(etapa);
        for (const e of ETAPAS) {
          const f = l.fechas[e];
          const i = indiceEtapa(e);
          if (i < objetivo) {
            expect(f.inicioReal!.getTime()).toBeLessThan(f.finReal!.getTime());
            expect(f.finReal!.getTime()).toBeLessThanOrEqual(ahora.getTime());
          } else if (i === objetivo) {
            expect(f.inicioReal!.getTime()).toBeLessThanOrEqual(ahora.getTime());
            expect(f.finReal).toBeNull();
            expect(f.fin.getTime()).toBeGreaterThan(ahora.getTime());
            expect(aFechaInput(f.inicioReal!)).toBe(sumarDias(aFechaInput(ahora), -DIAS_EN_ETAPA[etapa]));
          } else {
            expect(f.inicioReal).toBeNull();
            expect(f.finReal).toBeNull();
          }
          // Each etapa actually starts when (or after) the previous one actually ended.
          if (i > 0 && i <= objetivo) expect(f.inicioReal!.getTime()).toBeGreaterThanOrEqual(l.fechas[ETAPAS[i - 1]].finReal!.getTime());
        }
        // Named for the year its call opens.
        expect(l.anio).toBe(Number(aFechaInput(l.fechas.CONVOCATORIA.inicio).slice(0, 4)));
        expect(nombreConvocatoriaDemo(l.anio)).toBe(`Fondo IDEA ${l.anio}`);
      });
    }
  }

  it("perfiles enviados dentro de la Convocatoria y decididos después del cierre, antes de Selección", () => {
    const ahora = DIAS[0];
    const conv = lineaDeTiempoDemo("CONVOCATORIA", ahora);
    expect(conv.envios!.desde).toEqual(conv.fechas.CONVOCATORIA.inicio);
    expect(conv.envios!.hasta.getTime()).toBeLessThan(ahora.getTime());
    expect(conv.revision).toBeNull();

    const sel = lineaDeTiempoDemo("SELECCION_CONTRATACION", ahora);
    expect(sel.envios!.hasta).toEqual(sel.fechas.CONVOCATORIA.fin);
    expect(sel.revision!.desde.getTime()).toBeGreaterThan(sel.fechas.CONVOCATORIA.fin.getTime());
    expect(sel.revision!.hasta.getTime()).toBeLessThan(sel.fechas.SELECCION_CONTRATACION.inicioReal!.getTime());
    // Staff decide in office hours (Chile), over the review days.
    for (const f of [0, 0.1, 0.35, 0.5, 0.99, 1]) {
      const hora = Number(new Intl.DateTimeFormat("es-CL", { timeZone: "America/Santiago", hour: "numeric", hourCycle: "h23" }).format(enJornada(sel.revision!, f)));
      expect(hora).toBeGreaterThanOrEqual(9);
      expect(hora).toBeLessThanOrEqual(18);
      expect(enJornada(sel.revision!, f).getTime()).toBeLessThanOrEqual(sel.revision!.hasta.getTime());
    }

    expect(lineaDeTiempoDemo("DESARROLLO_CONCURSO", ahora).envios).toBeNull();
  });
});

describe("etapa pedida", () => {
  it("lee --etapa X y --etapa=X", () => {
    expect(etapaDeArgumentos(["--etapa", "CONVOCATORIA"])).toBe("CONVOCATORIA");
    expect(etapaDeArgumentos(["--otro", "--etapa=seleccion-contratacion"])).toBe("seleccion-contratacion");
    expect(etapaDeArgumentos([])).toBeUndefined();
  });

  it("acepta minúsculas y guiones", () => {
    expect(etapaObjetivo("seleccion-contratacion")).toBe("SELECCION_CONTRATACION");
    expect(etapaObjetivo(" Convocatoria ")).toBe("CONVOCATORIA");
  });

  it("rechaza las etapas aún no construidas nombrando las disponibles", () => {
    for (const e of ["FORMACION_INCUBACION", "EJECUCION", "CIERRE"]) {
      expect(() => etapaObjetivo(e)).toThrow(RechazoDemo);
      expect(() => etapaObjetivo(e)).toThrow(/todavía no llega a .*por ahora se puede llevar a DESARROLLO_CONCURSO .*CONVOCATORIA .*SELECCION_CONTRATACION/);
    }
    expect(() => etapaObjetivo("PILOTO")).toThrow("«PILOTO» no es una etapa.");
    expect(() => etapaObjetivo(undefined)).toThrow(/^Falta la etapa\. Use --etapa/);
  });
});

describe("datos sintéticos", () => {
  const d = datosSinteticos();

  it("son los mismos en cada corrida", () => {
    expect(datosSinteticos()).toEqual(d);
    expect(datosSinteticos(7)).not.toEqual(d);
  });

  it("al menos 40 perfiles enviados, de las 16 regiones y los cinco desafíos", () => {
    const enviados = d.perfiles.filter((p) => p.estado === "ENVIADA");
    expect(enviados.length).toBeGreaterThanOrEqual(40);
    expect(new Set(enviados.flatMap((p) => p.regiones))).toEqual(new Set(CODIGOS_REGION));
    expect(new Set(enviados.map((p) => p.desafio)).size).toBe(5);
    const decisiones = enviados.map((p) => p.decision?.decision);
    expect(decisiones.filter((x) => x === "INADMISIBLE").length).toBeGreaterThan(0);
    expect(decisiones.filter((x) => x === "ADMISIBLE").length).toBeGreaterThan(decisiones.length * 0.75);
  });

  it("cuentas sintéticas con RUT válidos y únicos, distintos de los de la demostración", () => {
    const ruts = d.personas.map((p) => p.rut);
    for (const r of ruts) expect(normalizarRut(r)).toBe(r);
    const demo = CUENTAS_DEMO.map((c) => c.rutCuerpo);
    expect(new Set([...ruts.map((r) => r.split("-")[0]), ...demo]).size).toBe(ruts.length + demo.length);
    expect(new Set(d.personas.map((p) => p.email)).size).toBe(d.personas.length);
    for (const p of d.personas) expect(p.email).toMatch(/^[a-z]+\.[a-z]+\d*@demo\.fondoidea\.cl$/);
    for (const p of d.perfiles) expect(esCuentaDeDemostracion(p.email)).toBe(true);
    expect(esCuentaDeDemostracion("alguien@gmail.com")).toBe(false);
  });

  it("cada perfil enviado cumple los chequeos del envío con las líneas sembradas", () => {
    for (const p of d.perfiles.filter((x) => x.estado !== "BORRADOR")) {
      const linea = LINEAS_2019.find((l) => l.nivelMadurez === p.nivelMadurez && l.tipoEjecutor === p.tipoEjecutor)!;
      const fallas = chequeosAdmisibilidad({
        campos: p.campos,
        montoSolicitado: p.montoSolicitado,
        linea,
        banda: { min: CIFRAS_2019.montoMinProyecto, max: CIFRAS_2019.montoMaxProyecto },
        organizacionRut: normalizarRut(p.organizacionRut),
        adjuntos: p.documentos,
        enviadaEn: new Date(0),
        cierre: new Date(1),
      }).filter((c) => !c.ok);
      expect(fallas, `${p.email} ${p.desafio}`).toEqual([]);
    }
  });

  it("una persona, una organización y un perfil por desafío (las reglas del envío)", () => {
    const porPersona = d.perfiles.map((p) => `${p.email} ${p.desafio}`);
    expect(new Set(porPersona).size).toBe(porPersona.length);
    const porOrganizacion = d.perfiles.filter((p) => p.estado === "ENVIADA").map((p) => `${p.organizacionRut} ${p.desafio}`);
    expect(new Set(porOrganizacion).size).toBe(porOrganizacion.length);
    // An organisation is always sent for by the same person (who claimed it).
    const duenos = new Map<string, Set<string>>();
    for (const p of d.perfiles) duenos.set(p.organizacionRut, new Set([...(duenos.get(p.organizacionRut) ?? []), p.email]));
    for (const [rut, emails] of duenos) expect(emails.size, rut).toBe(1);
    expect(d.perfiles.filter((p) => p.email === POSTULANTE_DEMO).map((p) => p.estado).sort()).toEqual(["BORRADOR", "ENVIADA"]);
  });

  it("talleres con inscritos, uno con más personas que cupos", () => {
    expect(d.talleres.length).toBeGreaterThanOrEqual(6);
    for (const t of d.talleres) expect(t.inscritos.length).toBeGreaterThan(0);
    expect(d.talleres.some((t) => t.inscritos.length > t.capacidad)).toBe(true);
    const personas = new Set(d.personas.map((p) => p.email));
    for (const t of d.talleres) for (const i of t.inscritos) expect(personas.has(i.email)).toBe(true);
  });
});

describe("PDF sintético", () => {
  it("es un PDF con su tabla de referencias en su lugar, y siempre el mismo", () => {
    const a = pdfSintetico("Estatutos de la organización", ["Organización: Fundación (Ñandú) \\ prueba", "RUT: 65.123.456-7"]);
    const texto = Buffer.from(a).toString("latin1");
    expect(texto.startsWith("%PDF-1.4\n")).toBe(true);
    expect(texto.trimEnd().endsWith("%%EOF")).toBe(true);
    const inicioXref = Number(/startxref\n(\d+)\n/.exec(texto)![1]);
    expect(texto.slice(inicioXref, inicioXref + 4)).toBe("xref");
    // Every object is where the table says it is.
    const filas = [...texto.slice(inicioXref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(filas).toHaveLength(5);
    filas.forEach((pos, i) => expect(texto.slice(pos, pos + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
    expect(texto).toContain("(Organizaci\xf3n: Fundaci\xf3n \\(\xd1and\xfa\\) \\\\ prueba)");
    expect(pdfSintetico("Estatutos de la organización", ["Organización: Fundación (Ñandú) \\ prueba", "RUT: 65.123.456-7"])).toEqual(a);
  });
});
