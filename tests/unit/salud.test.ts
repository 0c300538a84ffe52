// GET /api/salud, the pure evaluation (lib/salud/evaluar.ts): from measurements to "ok" / "degradado" /
// "caido", each check with its reason, the thresholds at their edges, and an answer without personal data.
// Also: the proxy lets the route through without running (proxy.ts matcher).
import { describe, expect, it } from "vitest";
import { estadoHttp, evaluarCorreo, evaluarDisco, evaluarMigraciones, evaluarSalud, UMBRALES, type Mediciones } from "@/lib/salud/evaluar";
import { config } from "@/proxy";

const AHORA = new Date("2026-03-10T12:00:00.000Z");
const GIB = 1024 ** 3;
const MIGRACIONES = ["20261123223010_init", "20261123230505_convocatoria_perfiles", "20261128083428_seguridad"];
const aplicada = (nombre: string) => ({ nombre, terminada: true, revertida: false });

function sanas(): Mediciones {
  return {
    base: { ok: true, ms: 1.2 },
    migraciones: { enCodigo: MIGRACIONES, enBase: MIGRACIONES.map(aplicada) },
    correo: { pendientes: 3, fallidas: 1, pendienteMasAntigua: new Date(AHORA.getTime() - 30_000) },
    disco: { libresBytes: 40 * GIB, totalBytes: 100 * GIB },
  };
}

describe("evaluación de la salud", () => {
  it("todo bien: estado ok, HTTP 200, cada comprobación con sus cifras", () => {
    const informe = evaluarSalud(sanas(), AHORA);
    expect(informe).toEqual({
      estado: "ok",
      comprobaciones: {
        baseDeDatos: { estado: "ok", ms: 1.2 },
        migraciones: { estado: "ok", aplicadas: 3, enCodigo: 3 },
        correo: { estado: "ok", pendientes: 3, fallidas: 1, pendienteMasAntiguaSegundos: 30 },
        disco: { estado: "ok", libresBytes: 40 * GIB, totalBytes: 100 * GIB, libresPorcentaje: 40 },
      },
    });
    expect(estadoHttp(informe)).toBe(200);
  });

  it("la base no responde: caído, y las comprobaciones que la necesitan quedan omitidas", () => {
    for (const motivo of ["sin-respuesta", "error"] as const) {
      const informe = evaluarSalud({ ...sanas(), base: { ok: false, motivo }, migraciones: null, correo: null }, AHORA);
      expect(informe.estado).toBe("caido");
      expect(estadoHttp(informe)).toBe(503);
      expect(informe.comprobaciones.baseDeDatos.estado).toBe("caido");
      expect(informe.comprobaciones.baseDeDatos.motivo).toMatch(motivo === "sin-respuesta" ? /no respondió en 2 s/ : /falló/);
      expect(informe.comprobaciones.migraciones).toEqual({ estado: "omitida", motivo: "la base de datos no responde" });
      expect(informe.comprobaciones.correo.estado).toBe("omitida");
      expect(informe.comprobaciones.disco.estado).toBe("ok");
    }
  });

  it("una migración sin aplicar o que falló: caído, con sus nombres", () => {
    const pendiente = evaluarMigraciones({ enCodigo: MIGRACIONES, enBase: MIGRACIONES.slice(0, 2).map(aplicada) });
    expect(pendiente).toMatchObject({ estado: "caido", motivo: "hay migraciones sin aplicar", pendientes: [MIGRACIONES[2]], fallidas: [], aplicadas: 2, enCodigo: 3 });
    const fallida = evaluarMigraciones({ enCodigo: MIGRACIONES, enBase: [...MIGRACIONES.slice(0, 2).map(aplicada), { nombre: MIGRACIONES[2], terminada: false, revertida: false }] });
    expect(fallida).toMatchObject({ estado: "caido", motivo: "hay migraciones que fallaron", fallidas: [MIGRACIONES[2]], pendientes: [] });
    const informe = evaluarSalud({ ...sanas(), migraciones: { enCodigo: MIGRACIONES, enBase: [] } }, AHORA);
    expect(informe.estado).toBe("caido");
    expect(estadoHttp(informe)).toBe(503);
  });

  it("una migración revertida y aplicada otra vez cuenta como aplicada; revertida sin repetir, como pendiente", () => {
    const filas = [...MIGRACIONES.map(aplicada), { nombre: MIGRACIONES[1], terminada: false, revertida: true }];
    expect(evaluarMigraciones({ enCodigo: MIGRACIONES, enBase: filas }).estado).toBe("ok");
    const soloRevertida = [aplicada(MIGRACIONES[0]), { nombre: MIGRACIONES[1], terminada: true, revertida: true }, aplicada(MIGRACIONES[2])];
    expect(evaluarMigraciones({ enCodigo: MIGRACIONES, enBase: soloRevertida })).toMatchObject({ estado: "caido", pendientes: [MIGRACIONES[1]] });
  });

  it("la base tiene una migración que el código no conoce (un despliegue a medias): degradado", () => {
    const r = evaluarMigraciones({ enCodigo: MIGRACIONES.slice(0, 2), enBase: MIGRACIONES.map(aplicada) });
    expect(r).toMatchObject({ estado: "degradado", desconocidas: [MIGRACIONES[2]], pendientes: [], fallidas: [] });
  });

  it("sin la carpeta de migraciones del código, o si la consulta falla: degradado, nunca ok", () => {
    expect(evaluarMigraciones({ enCodigo: null, enBase: MIGRACIONES.map(aplicada) }).estado).toBe("degradado");
    expect(evaluarMigraciones({ enCodigo: [], enBase: [] }).estado).toBe("degradado");
    expect(evaluarMigraciones({ error: "sin-respuesta" })).toEqual({ estado: "degradado", motivo: "la base de datos no respondió en 2 s" });
  });

  it("correo: el pendiente más antiguo hasta 15 minutos es ok; uno más viejo, degradado; sin pendientes, edad nula", () => {
    const justo = new Date(AHORA.getTime() - UMBRALES.correoPendienteMaximoMs);
    expect(evaluarCorreo({ pendientes: 1, fallidas: 0, pendienteMasAntigua: justo }, AHORA)).toEqual({ estado: "ok", pendientes: 1, fallidas: 0, pendienteMasAntiguaSegundos: 900 });
    const viejo = new Date(AHORA.getTime() - UMBRALES.correoPendienteMaximoMs - 1_000);
    expect(evaluarCorreo({ pendientes: 7, fallidas: 2, pendienteMasAntigua: viejo }, AHORA)).toEqual({
      estado: "degradado",
      motivo: "hay correos pendientes hace más de 15 minutos",
      pendientes: 7,
      fallidas: 2,
      pendienteMasAntiguaSegundos: 901,
    });
    expect(evaluarCorreo({ pendientes: 0, fallidas: 40, pendienteMasAntigua: null }, AHORA)).toEqual({ estado: "ok", pendientes: 0, fallidas: 40, pendienteMasAntiguaSegundos: null });
    // A clock a little behind the database's: never a negative age.
    expect(evaluarCorreo({ pendientes: 1, fallidas: 0, pendienteMasAntigua: new Date(AHORA.getTime() + 5_000) }, AHORA).pendienteMasAntiguaSegundos).toBe(0);
  });

  it("disco: menos de 1 GiB libre o menos del 5 %, degradado; en el límite, ok", () => {
    expect(evaluarDisco({ libresBytes: GIB, totalBytes: 20 * GIB }).estado).toBe("ok");
    expect(evaluarDisco({ libresBytes: GIB - 1, totalBytes: 20 * GIB })).toMatchObject({ estado: "degradado", motivo: expect.stringContaining("1 GiB") });
    expect(evaluarDisco({ libresBytes: 50 * GIB, totalBytes: 1000 * GIB })).toMatchObject({ estado: "ok", libresPorcentaje: 5 });
    expect(evaluarDisco({ libresBytes: 49 * GIB, totalBytes: 1000 * GIB })).toMatchObject({ estado: "degradado", libresPorcentaje: 4.9 });
    expect(evaluarDisco({ error: "no-medible" })).toEqual({ estado: "degradado", motivo: "no se pudo medir el espacio libre de los adjuntos" });
  });

  it("degradado gana a ok y caído gana a degradado", () => {
    const degradado = evaluarSalud({ ...sanas(), disco: { libresBytes: 10, totalBytes: 100 * GIB } }, AHORA);
    expect(degradado.estado).toBe("degradado");
    // Degraded still serves (200): only "caido" takes an instance out of the balancer.
    expect(estadoHttp(degradado)).toBe(200);
    const caido = evaluarSalud({ ...sanas(), disco: { libresBytes: 10, totalBytes: 100 * GIB }, migraciones: { enCodigo: MIGRACIONES, enBase: [] } }, AHORA);
    expect(caido.estado).toBe("caido");
  });

  it("la respuesta no lleva datos personales ni detalles del servidor: solo cifras, estados, motivos y nombres de migración", () => {
    const texto = JSON.stringify([
      evaluarSalud(sanas(), AHORA),
      evaluarSalud({ ...sanas(), base: { ok: false, motivo: "error" }, migraciones: null, correo: null, disco: { error: "no-medible" } }, AHORA),
    ]);
    expect(texto).not.toMatch(/@|\/|postgres|file:|\d{7,8}-[\dkK]/);
  });
});

describe("el proxy y /api/salud", () => {
  const general = new RegExp(`^${(config.matcher[0] as string).replace(/^\/\(/, "/(?:")}$`);
  it("GET /api/salud no pasa por el proxy (un balanceador la consulta a cada rato); lo que cuelga de ella, sí", () => {
    expect(general.test("/api/salud")).toBe(false);
    expect(general.test("/api/salud/x")).toBe(true);
    expect(general.test("/api/saludable")).toBe(true);
  });
});
