// The portal server's log holds no personal data: tests/e2e/serve.mjs copies every line the server writes
// to .test-output/servidor.log. It reads the log of everything that ran before it, in whatever order the
// files run, and makes its own traffic with personal data first (a sign-up with an e-mail and a RUT, a
// demo account's sign-in, requests with an e-mail and a RUT in the path, the query and the request id), so
// it checks something wherever it runs, alone included.
// Every line must be a JSON line of pino (lib/registro/log.mjs), or one of the non-JSON lines listed below.
import fs from "node:fs";
import path from "node:path";
import { CLAVE_DEMO, CLAVE_E2E, expect, ingresar, registrarseEIngresar, rutUnico, test, unico } from "./fixtures";
import { formatearRut } from "../../lib/domain/rut";

const ARCHIVO = path.resolve(".test-output/servidor.log");

// Not JSON, and allowed: what Node itself writes to stderr for a process warning (a deprecation in a
// dependency), before any code of ours can format it.
const LINEAS_NO_JSON_PERMITIDAS = [/^\(node:\d+\) \[?[A-Z0-9_]*\]? ?\w*Warning: /, /^\(Use `node --trace-(?:warnings|deprecation) \.\.\.` to show where the warning was created\)$/];

// Independent of the logger's own scrubbing patterns: anything shaped like an e-mail or a RUT.
const PARECE_CORREO = /[\w.+-]+(?:@|%40)[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/;
const PARECE_RUT = /(?<![\d.])\d{1,2}(?:\.|\s|%20)?\d{3}(?:\.|\s|%20)?\d{3}\s?-\s?[\dkK](?![\w])/;
const CLAVE_CON_VALOR = /"(?:password|contrase(?:ñ|n)a|clave|cookie|authorization)"\s*:\s*"(?!\[oculto\]")/i;
// The demo accounts the suite signs in with (tests/e2e/fixtures.ts, lib/seed): all @fondoidea.cl.
const CORREOS_DEMO = /@(?:demo\.)?fondoidea\.cl/i;

type Linea = { level?: string; time?: string; msg?: string; idSolicitud?: string; metodo?: string; ruta?: string; estado?: number; ms?: number };

function leerRegistro(): string[] {
  expect(fs.existsSync(ARCHIVO), `Falta ${ARCHIVO}: tests/e2e/serve.mjs debe copiar ahí la salida del servidor.`).toBe(true);
  return fs
    .readFileSync(ARCHIVO, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
}

function comoJson(linea: string): Linea | null {
  try {
    const v = JSON.parse(linea) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Linea) : null;
  } catch {
    return null;
  }
}

/** Waits until the server has logged the request whose path starts with `prefijo` (the log is written as it goes). */
async function esperarSolicitud(prefijo: string): Promise<Linea[]> {
  let encontradas: Linea[] = [];
  await expect
    .poll(
      () => {
        encontradas = leerRegistro()
          .map(comoJson)
          .filter((l): l is Linea => !!l && typeof l.ruta === "string" && l.ruta.startsWith(prefijo));
        return encontradas.length;
      },
      { message: `el registro del servidor no tiene la solicitud ${prefijo}…`, timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(2);
  return encontradas;
}

test("el registro del servidor es JSON, anota cada solicitud con su id y no tiene correos, RUT ni contraseñas", async ({ page, browser, request, vigilar }) => {
  const marca = unico();
  const rut = rutUnico(20_000_000);
  const email = `registro.sin.datos.${marca}@ejemplo.cl`;
  const clave = `ClaveDeRegistro${marca}!`;

  await test.step("tráfico con datos personales: un registro con RUT y correo, y el ingreso de una cuenta de la demostración", async () => {
    await registrarseEIngresar(page, { nombre: "Rita Registro Sin Datos", email, rut, clave });
    const otro = await browser.newContext();
    vigilar(otro);
    await ingresar(await otro.newPage(), "admin@fondoidea.cl");
    await otro.close();
  });

  const prefijo = `/zz-registro-${marca}/`;
  // What each request got: its id (response header x-request-id) and status, to find it in the log.
  const respuestas: { id: string; estado: number }[] = [];
  await test.step("solicitudes con un RUT y un correo en la ruta, la consulta y el id de solicitud", async () => {
    // TRUST_PROXY_HOPS=1 in the e2e server: a well-formed x-request-id is its proxy's and is kept…
    const conId = await request.get(`${prefijo}${formatearRut(rut)}/${email}?rut=${rut}&email=${encodeURIComponent(email)}&password=${clave}`, {
      headers: { "x-request-id": `e2e-registro-${marca}` },
    });
    expect(conId.status()).toBe(404);
    expect(conId.headers()["x-request-id"]).toBe(`e2e-registro-${marca}`);
    respuestas.push({ id: `e2e-registro-${marca}`, estado: conId.status() });
    // …one that is a RUT is replaced by a new UUID, never written to the log.
    const forjado = await request.get(`${prefijo}${rut.replace("-", " - ")}/${encodeURIComponent(email)}`, { headers: { "x-request-id": rut } });
    expect(forjado.status()).toBeLessThan(500);
    const nuevo = forjado.headers()["x-request-id"] ?? "";
    expect(nuevo).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    respuestas.push({ id: nuevo, estado: forjado.status() });
  });

  await test.step("el servidor anotó cada solicitud una vez: id, método, ruta sin consulta ni datos, estado y duración", async () => {
    const lineas = await esperarSolicitud(prefijo);
    expect(lineas).toHaveLength(2);
    expect(lineas.map((l) => ({ id: l.idSolicitud, estado: l.estado }))).toEqual(expect.arrayContaining(respuestas));
    for (const l of lineas) {
      expect(l).toMatchObject({ level: "info", msg: "solicitud", metodo: "GET" });
      expect(l.ruta).toMatch(new RegExp(`^${prefijo}\\[rut\\]/\\[correo\\]$`));
      expect(typeof l.ms).toBe("number");
    }
  });

  await test.step("todo el registro: JSON de pino (o una línea permitida), sin correos, RUT ni contraseñas", async () => {
    const lineas = leerRegistro();
    const noJson = lineas.filter((l) => !comoJson(l) && !LINEAS_NO_JSON_PERMITIDAS.some((p) => p.test(l)));
    expect(noJson, "líneas del servidor que no son JSON").toEqual([]);
    const json = lineas.map(comoJson).filter((l): l is Linea => l !== null);
    const sinForma = json.filter((l) => typeof l.level !== "string" || typeof l.time !== "string" || !("msg" in l));
    expect(sinForma, "líneas JSON sin level, time o msg").toEqual([]);
    expect(json.filter((l) => l.msg === "solicitud" && typeof l.idSolicitud === "string" && l.idSolicitud.length >= 8).length).toBeGreaterThanOrEqual(2);

    // One check per kind of leak, each listing the offending lines (an empty list passes).
    for (const p of [email, rut, formatearRut(rut), rut.split("-")[0], clave, CLAVE_DEMO, CLAVE_E2E]) {
      expect(lineas.filter((l) => l.includes(p)), `líneas del registro con «${p}»`).toEqual([]);
    }
    expect(lineas.filter((l) => CORREOS_DEMO.test(l)), "líneas con un correo de las cuentas de demostración").toEqual([]);
    expect(lineas.filter((l) => PARECE_CORREO.test(l)), "líneas con algo con forma de correo").toEqual([]);
    expect(lineas.filter((l) => PARECE_RUT.test(l)), "líneas con algo con forma de RUT").toEqual([]);
    expect(lineas.filter((l) => CLAVE_CON_VALOR.test(l)), "líneas con una contraseña, cookie o autorización con su valor").toEqual([]);
  });
});
