// Pure parts of `npm run demo`: the timeline that makes the target etapa current, the etapa argument, the
// synthetic data (deterministic, valid for the línea rules) and the synthetic PDF.
import { describe, expect, it } from "vitest";
import { chequeosAdmisibilidad } from "@/lib/domain/admisibilidad";
import { asignarEvaluadores } from "@/lib/domain/asignacion";
import { discrepancias, indulgencias } from "@/lib/domain/atipicos";
import { evaluarCalibracion } from "@/lib/domain/calibracion";
import { esNotaValida } from "@/lib/domain/nota";
import { CRITERIOS_POR_DEFECTO, notaPonderada } from "@/lib/domain/rubrica";
import { erroresCalendario, ETAPAS, indiceEtapa } from "@/lib/domain/etapas";
import { aFechaInput } from "@/lib/domain/formato";
import { CODIGOS_REGION } from "@/lib/domain/regiones";
import { normalizarRut } from "@/lib/domain/rut";
import { CIFRAS_2019, CUENTAS_DEMO, LINEAS_2019 } from "@/lib/seed/datos-2019";
import {
  EVALUADOR_INDULGENTE,
  EVALUADOR_SIN_CALIBRAR,
  EVALUADORA_DEMO,
  EVALUADORES_DEMO,
  planCalibraciones,
  planEvaluaciones,
  REFERENCIAS_CALIBRACION,
  type AsignacionPlan,
} from "@/lib/seed/datos-evaluacion";
import { crearAzar } from "@/lib/seed/prng";
import { datosSinteticos, esCuentaDeDemostracion, POSTULANTE_DEMO } from "@/lib/seed/datos-sinteticos";
import { etapaDeArgumentos, etapaObjetivo } from "@/lib/seed/etapa-demo";
import { AFILIADO_SIN_VOTAR, correoVotante, planVotos, ventanaVotacionDemo, votantesDemo, VOTANTES_DEMO, type PerfilVotable } from "@/lib/seed/datos-votacion";
import { configurarVotacionSchema } from "@/lib/votacion/schema";
import { estadoVentana } from "@/lib/votacion/reglas";
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
    expect(etapaObjetivo("formacion-incubacion")).toBe("FORMACION_INCUBACION");
  });

  it("rechaza las etapas aún no construidas nombrando las disponibles", () => {
    for (const e of ["EJECUCION", "CIERRE"]) {
      expect(() => etapaObjetivo(e)).toThrow(RechazoDemo);
      expect(() => etapaObjetivo(e)).toThrow(/todavía no llega a .*por ahora se puede llevar a DESARROLLO_CONCURSO .*CONVOCATORIA .*SELECCION_CONTRATACION .*FORMACION_INCUBACION \(Formación e incubación\)\.$/);
    }
    expect(() => etapaObjetivo("ejecucion")).toThrow(/^La demostración todavía no llega a Ejecución: /);
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
    const demo = [...CUENTAS_DEMO, ...EVALUADORES_DEMO].map((c) => c.rutCuerpo);
    expect(new Set([...ruts.map((r) => r.split("-")[0]), ...demo]).size).toBe(ruts.length + demo.length);
    expect(new Set(d.personas.map((p) => p.email)).size).toBe(d.personas.length);
    for (const p of d.personas) expect(p.email).toMatch(/^[a-z]+\.[a-z]+\d*@demo\.fondoidea\.cl$/);
    for (const p of d.perfiles) expect(esCuentaDeDemostracion(p.email)).toBe(true);
    for (const e of EVALUADORES_DEMO) expect(esCuentaDeDemostracion(e.email)).toBe(true);
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

describe("evaluación técnica de la demostración", () => {
  const claves = CRITERIOS_POR_DEFECTO.map((c) => c.clave);
  const pesos = Object.fromEntries(CRITERIOS_POR_DEFECTO.map((c) => [c.clave, c.peso]));
  const criterios = CRITERIOS_POR_DEFECTO.map((c) => ({ id: c.clave, peso: c.peso }));
  const referencias = REFERENCIAS_CALIBRACION.map((r, i) => ({ orden: i + 1, notas: r.notas }));
  const evaluadores = [{ email: EVALUADORA_DEMO, regionCut: "09" }, ...EVALUADORES_DEMO];

  it("tres perfiles de referencia con una nota válida para cada criterio de la rúbrica por defecto, del más débil al más sólido", () => {
    expect(REFERENCIAS_CALIBRACION).toHaveLength(3);
    const finales = REFERENCIAS_CALIBRACION.map((r) => {
      expect(Object.keys(r.notas).sort()).toEqual([...claves].sort());
      for (const n of Object.values(r.notas)) expect(esNotaValida(n)).toBe(true);
      expect(r.resumen.length).toBeGreaterThan(400);
      return notaPonderada(r.notas, criterios);
    });
    expect(new Set(finales.map((f) => (f >= 5.5 ? "alta" : f >= 3.5 ? "media" : "baja")))).toEqual(new Set(["alta", "media", "baja"]));
  });

  it("calibración: todos aprueban en su último intento salvo el evaluador sin calibrar; quien intentó dos veces falló la primera", () => {
    const planes = planCalibraciones(referencias);
    expect(planes.map((p) => p.email).sort()).toEqual(evaluadores.map((e) => e.email).sort());
    const resultado = (r: (typeof planes)[number]["intentos"][number]) =>
      evaluarCalibracion(
        referencias.map((x) => ({ perfilId: String(x.orden), notas: x.notas })),
        r.map((x) => ({ perfilId: String(x.orden), notas: x.notas })),
      );
    for (const p of planes) {
      for (const intento of p.intentos) for (const x of intento) for (const n of Object.values(x.notas)) expect(esNotaValida(n)).toBe(true);
      expect(resultado(p.intentos.at(-1)!).aprobada, p.email).toBe(p.email !== EVALUADOR_SIN_CALIBRAR);
      if (p.intentos.length === 2) expect(resultado(p.intentos[0]).aprobada).toBe(false);
    }
    expect(planes.some((p) => p.intentos.length === 2)).toBe(true);
    expect(planCalibraciones(referencias)).toEqual(planes);
  });

  /** The product's assignment (lib/domain/asignacion.ts) of 44 perfiles to the seven calibrated evaluators, with ids drawn from `semilla`. */
  function asignacion(semilla: number): AsignacionPlan[] {
    const azar = crearAzar(semilla);
    const id = () => azar.fraccion().toString(36).slice(2, 12);
    const perfiles = Array.from({ length: 44 }, (_, i) => ({ id: id(), folio: i + 1, region: CODIGOS_REGION[i % 16] }));
    const personas = evaluadores.filter((e) => e.email !== EVALUADOR_SIN_CALIBRAR).map((e) => ({ ...e, id: id() }));
    const r = asignarEvaluadores({
      perfiles: perfiles.map((p) => ({ id: p.id, region: p.region, organizacionId: null, rutPostulante: null, necesita: 2, excluidos: [] })),
      evaluadores: personas.map((e) => ({ id: e.id, region: e.regionCut, organizacionIds: [], rut: null, carga: 0 })),
      tope: 40,
      reglaRegion: "otra_region",
    });
    if (!r.ok) throw new Error(r.motivos.join("; "));
    return r.asignaciones.map((a) => ({ folio: perfiles.find((p) => p.id === a.perfilId)!.folio, email: personas.find((e) => e.id === a.evaluadorId)!.email }));
  }

  // Database ids decide the algorithm's ties: several draws stand for several fresh databases.
  for (const semilla of [1, 2, 3, 4, 5]) {
    it(`notas planeadas (ids ${semilla}): el tablero marcaría exactamente al evaluador indulgente y a un perfil dividido`, () => {
      const asignaciones = asignacion(semilla);
      const { plan, indulgente, folioDividido } = planEvaluaciones(asignaciones, { claves, pesos });
      expect(indulgente).toBe(EVALUADOR_INDULGENTE);
      expect(folioDividido).not.toBeNull();
      expect(planEvaluaciones(asignaciones, { claves, pesos }).plan).toEqual(plan);

      const enviadas = plan.filter((p) => p.estado === "ENVIADA");
      for (const p of enviadas) {
        for (const n of Object.values(p.notas)) expect(esNotaValida(n!)).toBe(true);
        expect(p.confianza).not.toBeNull();
      }
      const notas = enviadas.map((p) => ({ postulacionId: String(p.folio), evaluadorId: p.email, nota: notaPonderada(p.notas as Record<string, number>, criterios) }));
      expect(indulgencias(notas).filter((i) => i.marcado).map((i) => i.evaluadorId)).toEqual([EVALUADOR_INDULGENTE]);
      expect(indulgencias(notas).find((i) => i.evaluadorId === EVALUADOR_INDULGENTE)!.n).toBeGreaterThanOrEqual(6);
      expect(discrepancias(notas).map((d) => Number(d.postulacionId))).toEqual([folioDividido]);
      expect(discrepancias(notas)[0].brecha).toBeGreaterThanOrEqual(2.5);

      // The demo evaluator has work left; the uncalibrated one holds nothing here; a few drafts elsewhere.
      const suyas = plan.filter((p) => p.email === EVALUADORA_DEMO);
      expect(suyas.filter((p) => p.estado !== "ENVIADA").length).toBeGreaterThanOrEqual(2);
      expect(plan.filter((p) => p.estado === "BORRADOR").length).toBeGreaterThanOrEqual(3);
      for (const p of plan.filter((x) => x.estado === "BORRADOR")) expect(Object.values(p.notas).some((n) => n === null)).toBe(true);
    });
  }
});

describe("votación popular de la demostración", () => {
  const votantes = votantesDemo();
  // The demo's admissible perfiles in shape: 5 desafíos of 5 to 12 perfiles, folios 1..N.
  const perfiles: PerfilVotable[] = ["a", "b", "c", "d", "e"].flatMap((d, j) => Array.from({ length: 5 + j * 2 }, (_, k) => ({ folio: j * 20 + k + 1, desafio: `desafio-${d}` })));

  it(`${VOTANTES_DEMO} votantes sintéticos, con RUT válidos y distintos de todos los de la demostración`, () => {
    expect(votantes).toHaveLength(VOTANTES_DEMO);
    expect(votantes[0].email).toBe("votante001@demo.fondoidea.cl");
    expect(votantes.at(-1)!.email).toBe(correoVotante(VOTANTES_DEMO));
    expect(new Set(votantes.map((v) => v.email)).size).toBe(VOTANTES_DEMO);
    for (const v of votantes) {
      expect(normalizarRut(v.rut), v.rut).toBe(v.rut);
      expect(esCuentaDeDemostracion(v.email)).toBe(true);
      expect(CODIGOS_REGION).toContain(v.regionCut);
    }
    const otros = new Set([...CUENTAS_DEMO, ...EVALUADORES_DEMO].map((c) => c.rutCuerpo));
    const sinteticos = new Set(datosSinteticos().personas.map((p) => p.rut));
    expect(new Set(votantes.map((v) => v.rut)).size).toBe(VOTANTES_DEMO);
    for (const v of votantes) {
      expect(sinteticos.has(v.rut)).toBe(false);
      expect(otros.has(v.rut.split("-")[0])).toBe(false);
    }
    expect(votantes.some((v) => v.email === AFILIADO_SIN_VOTAR)).toBe(false);
    expect(votantesDemo()).toEqual(votantes);
  });

  it("a lo más un voto por votante y desafío, solo por perfiles de ese desafío, siempre el mismo plan", () => {
    const plan = planVotos(votantes, perfiles);
    expect(planVotos(votantes, perfiles)).toEqual(plan);
    expect(new Set(plan.map((v) => `${v.email} ${v.desafio}`)).size).toBe(plan.length);
    const desafioDe = new Map(perfiles.map((p) => [p.folio, p.desafio]));
    for (const v of plan) {
      expect(desafioDe.get(v.folio)).toBe(v.desafio);
      expect(v.momento).toBeGreaterThanOrEqual(0);
      expect(v.momento).toBeLessThan(1);
    }
    expect(plan.length).toBeGreaterThan(VOTANTES_DEMO);
    expect(plan.length).toBeLessThan(VOTANTES_DEMO * 5);
  });

  it("sesgado: en cada desafío un líder claro y una cola larga; la participación cambia entre desafíos", () => {
    const plan = planVotos(votantes, perfiles);
    const totales: number[] = [];
    for (const d of new Set(perfiles.map((p) => p.desafio))) {
      const suyos = perfiles.filter((p) => p.desafio === d);
      const conteo = suyos.map((p) => plan.filter((v) => v.folio === p.folio).length).sort((a, b) => b - a);
      totales.push(conteo.reduce((s, n) => s + n, 0));
      expect(conteo[0], d).toBeGreaterThanOrEqual(2 * conteo[conteo.length - 1]);
      expect(conteo[0], d).toBeGreaterThan(conteo[1]);
    }
    expect(Math.max(...totales)).toBeGreaterThan(1.5 * Math.min(...totales));
    // More votes in the first half of the window than in the second.
    expect(plan.filter((v) => v.momento < 0.5).length).toBeGreaterThan(plan.filter((v) => v.momento >= 0.5).length);
  });

  for (const ahora of DIAS) {
    it(`la ventana, tecleada en hora de Chile, está abierta el ${ahora.toISOString()} y cae dentro de Selección`, () => {
      const l = lineaDeTiempoDemo("SELECCION_CONTRATACION", ahora);
      const v = configurarVotacionSchema.parse(ventanaVotacionDemo(l, ahora));
      expect(estadoVentana(v, ahora)).toBe("ABIERTA");
      const sel = l.fechas.SELECCION_CONTRATACION;
      expect(v.votacionInicio.getTime()).toBeGreaterThan(sel.inicioReal!.getTime());
      expect(v.votacionFin.getTime()).toBeLessThanOrEqual(sel.fin.getTime());
      expect(v.votacionFin.getTime() - ahora.getTime()).toBeGreaterThan(9 * 86_400_000);
    });
  }
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
