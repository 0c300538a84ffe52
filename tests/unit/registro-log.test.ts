// The structured logs (lib/registro/log.mjs): JSON lines in which no e-mail, RUT, password, cookie or
// authorization survives; the request id (kept only from a trusted proxy); one line per HTTP request with
// its path and no query string, as scripts/servidor.mjs logs it (a real http.Server here, port 3690–3699).
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { crearRegistro, escrubir, idDeSolicitud, nivelDelEntorno, redirigirConsola, registrarSolicitud, rutaSinConsulta } from "@/lib/registro/log.mjs";

function capturar(nivel = "debug") {
  const lineas: string[] = [];
  const registro = crearRegistro({ nivel, salida: { write: (l: string) => lineas.push(l) } });
  const json = () => lineas.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { registro, lineas, json };
}

describe("escrubir", () => {
  it.each([
    ["12.345.678-5", "[rut]"],
    ["12345678-5", "[rut]"],
    ["12 345 678-5", "[rut]"],
    ["1.234.567-K", "[rut]"],
    ["rut 9876543-k.", "rut [rut]."],
    ["/perfiles/12%2E345%2E678-5", "/perfiles/[rut]"],
    ["12345678 - 5", "[rut]"],
    ["maria.perez@correo.cl", "[correo]"],
    ["escribió a Ana_Díaz+fondo@sub.dominio.gob.cl hoy", "escribió a [correo] hoy"],
    ["email=persona%40ejemplo.cl&x=1", "email=[correo]&x=1"],
    ["admin@fondoidea.cl y 12.345.678-5", "[correo] y [rut]"],
  ])("%s → %s", (entrada, salida) => {
    expect(escrubir(entrada)).toBe(salida);
  });

  it.each([
    "f47ac10b-58cc-4372-a567-0e02b2c3d479",
    "12345678-1234-4abc-8def-123456789012",
    "2026-11-28T08:34:28.123Z",
    "20261128083428_seguridad_organizaciones_sesiones",
    "cm1abcdefghijklmnopqrstuv",
    "pino@10.4.0",
    "912345678-5",
    "/desafios/cuidar-a-quien-cuida",
    '"ms":1234.5,"estado":200',
  ])("deja %s como está", (texto) => {
    expect(escrubir(texto)).toBe(texto);
  });
});

describe("crearRegistro", () => {
  it("una línea JSON por mensaje, con nivel en texto, hora ISO y el mensaje en español intacto", () => {
    const { registro, lineas, json } = capturar();
    registro.child({ modulo: "correo" }).info("[correo] enviados 2, reintentos 0, fallidos 0");
    expect(lineas).toHaveLength(1);
    expect(lineas[0].endsWith("\n")).toBe(true);
    expect(json()[0]).toMatchObject({ level: "info", modulo: "correo", msg: "[correo] enviados 2, reintentos 0, fallidos 0" });
    expect(json()[0].time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("oculta las claves conocidas (arriba y uno o dos niveles más abajo) y escrubea el mensaje, sus valores y la pila de un error", () => {
    const { registro, lineas, json } = capturar();
    registro.info(
      {
        email: "a@b.cl",
        rut: "12.345.678-5",
        password: "secreta1",
        contraseña: "secreta2",
        clave: "secreta3",
        headers: { cookie: "authjs.session-token=sesion-123", authorization: "Bearer portador-456", "set-cookie": "s=1", "x-fondo-cache-token": "token-de-cache-9" },
        req: { headers: { cookie: "c=2" } },
        datos: { correo: "c@d.cl", nota: "de juan.perez@correo.cl, RUT 11.111.111-1" },
      },
      "ingreso de %s con RUT %s",
      "maria@correo.cl",
      "22222222-2",
    );
    registro.error({ err: new Error("falló el envío a pedro@correo.cl (RUT 7.654.321-6)") }, "error al enviar");
    const texto = lineas.join("");
    for (const dato of ["a@b.cl", "12.345.678-5", "secreta", "sesion-123", "portador-456", "token-de-cache-9", "c=2", "c@d.cl", "juan.perez", "11.111.111-1", "maria@", "22222222-2", "pedro@", "7.654.321-6"]) {
      expect(texto).not.toContain(dato);
    }
    const [uno, dos] = json();
    expect(uno).toMatchObject({ email: "[oculto]", password: "[oculto]", contraseña: "[oculto]", headers: { cookie: "[oculto]", authorization: "[oculto]" }, msg: "ingreso de [correo] con RUT [rut]" });
    expect((uno.datos as Record<string, string>).nota).toBe("de [correo], RUT [rut]");
    expect(dos).toMatchObject({ level: "error", msg: "error al enviar", err: { type: "Error", message: "falló el envío a [correo] (RUT [rut])" } });
    expect(String((dos.err as Record<string, string>).stack)).toContain("[correo]");
  });

  it("LOG_LEVEL: un nivel conocido, o info; silent no escribe nada", () => {
    expect(nivelDelEntorno(undefined)).toBe("info");
    expect(nivelDelEntorno(" WARN ")).toBe("warn");
    expect(nivelDelEntorno("verbose")).toBe("info");
    expect(nivelDelEntorno("silent")).toBe("silent");
    const { registro, lineas } = capturar("silent");
    registro.error("nada");
    expect(lineas).toEqual([]);
    const aviso = capturar("warn");
    aviso.registro.info("no");
    aviso.registro.warn("sí");
    expect(aviso.json().map((l) => l.msg)).toEqual(["sí"]);
  });
});

describe("redirigirConsola", () => {
  const original = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  afterEach(() => Object.assign(console, original));

  it("console.* sale como JSON escrubeado, con el error como err", () => {
    const { registro, json } = capturar();
    redirigirConsola(registro);
    console.log("Listo en %s para %s", "http://127.0.0.1:3000", "ana@correo.cl");
    console.warn("aviso", { rut: "12.345.678-5" });
    console.error("[accion x]", new Error("falló para 12345678-5"));
    Object.assign(console, original);
    const [a, b, c] = json();
    expect(a).toMatchObject({ level: "info", msg: "Listo en http://127.0.0.1:3000 para [correo]" });
    expect(b).toMatchObject({ level: "warn" });
    expect(b.msg).toContain("[rut]");
    expect(c).toMatchObject({ level: "error", msg: "[accion x]", err: { message: "falló para [rut]" } });
  });
});

describe("id de solicitud y ruta", () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  it("se conserva el de un proxy de confianza si está bien formado; si no, o sin proxy de confianza, uno nuevo", () => {
    expect(idDeSolicitud("lb-7f3a9c2e11", true)).toBe("lb-7f3a9c2e11");
    expect(idDeSolicitud("lb-7f3a9c2e11", false)).toMatch(UUID);
    for (const malo of [undefined, "", "corto", "con espacios 123456", "x".repeat(129), "a@b.cl-12345678", "12345678-5", "uno, dos-12345678", ["lb-7f3a9c2e11"]]) {
      expect(idDeSolicitud(malo, true)).toMatch(UUID);
    }
    expect(idDeSolicitud(undefined, false)).not.toBe(idDeSolicitud(undefined, false));
  });

  it("la ruta sin consulta, decodificada, acotada; una mal codificada queda como llegó", () => {
    expect(rutaSinConsulta("/ingresar?email=a%40b.cl&rut=1")).toBe("/ingresar");
    expect(rutaSinConsulta("/x/persona%40correo.cl/12%20345%20678-5")).toBe("/x/persona@correo.cl/12 345 678-5");
    expect(rutaSinConsulta("/desafios/%ZZ?a")).toBe("/desafios/%ZZ");
    expect(rutaSinConsulta("/a#b")).toBe("/a");
    expect(rutaSinConsulta("/" + "a".repeat(1000))).toHaveLength(300);
    expect(rutaSinConsulta(undefined)).toBe("");
  });
});

/** GET without keep-alive (each test has its own server, maybe on the same port). */
function pedir(url: string, cabeceras: Record<string, string> = {}): Promise<{ status: number; id: string; cuerpo: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: cabeceras, agent: false }, (res) => {
        let cuerpo = "";
        res.on("data", (c: Buffer) => (cuerpo += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, id: String(res.headers["x-request-id"]), cuerpo }));
      })
      .on("error", reject);
  });
}

/** A real server on the first free port of 3690–3699 that logs each request as scripts/servidor.mjs does. */
async function servidorDePrueba(confiarEnId: boolean, registro: ReturnType<typeof crearRegistro>) {
  const server = http.createServer((req, res) => {
    registrarSolicitud(req, res, { confiarEnId, r: registro });
    const ruta = rutaSinConsulta(req.url);
    res.statusCode = ruta.startsWith("/falla") ? 500 : ruta === "/api/salud" ? 200 : 404;
    res.end(`visto ${req.headers["x-request-id"]}`);
  });
  for (let puerto = 3690; puerto <= 3699; puerto++) {
    const ok = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(puerto, "127.0.0.1", () => resolve(true));
    });
    if (ok) return { url: `http://127.0.0.1:${puerto}`, cerrar: () => new Promise((r) => server.close(r)) };
  }
  throw new Error("No hay un puerto libre entre 3690 y 3699.");
}

describe("registrarSolicitud", () => {
  it("una línea por solicitud: id (también en la respuesta y para la app), método, ruta sin consulta ni datos, estado, ms", async () => {
    const { registro, json } = capturar("info");
    const s = await servidorDePrueba(false, registro);
    try {
      const r = await pedir(`${s.url}/perfiles/12.345.678-5/ana%40correo.cl?password=Secreta1&email=ana@correo.cl`, { "x-request-id": "del-cliente-123456" });
      const id = r.id;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.cuerpo).toBe(`visto ${id}`);
      await pedir(`${s.url}/falla`);
      await pedir(`${s.url}/api/salud`); // a successful probe: debug, not written at info
      await new Promise((r) => setTimeout(r, 50));
      const lineas = json();
      expect(lineas).toHaveLength(2);
      expect(lineas[0]).toMatchObject({ level: "info", msg: "solicitud", idSolicitud: id, metodo: "GET", ruta: "/perfiles/[rut]/[correo]", estado: 404 });
      expect(typeof lineas[0].ms).toBe("number");
      expect(lineas[1]).toMatchObject({ level: "error", ruta: "/falla", estado: 500 });
      expect(JSON.stringify(lineas)).not.toMatch(/Secreta1|correo\.cl|del-cliente/);
    } finally {
      await s.cerrar();
    }
  });

  it("detrás de un proxy de confianza conserva su id", async () => {
    const { registro, json } = capturar("debug");
    const s = await servidorDePrueba(true, registro);
    try {
      const r = await pedir(`${s.url}/api/salud`, { "x-request-id": "balanceador-0001" });
      expect(r.id).toBe("balanceador-0001");
      await new Promise((r) => setTimeout(r, 50));
      expect(json()).toMatchObject([{ level: "debug", idSolicitud: "balanceador-0001", ruta: "/api/salud", estado: 200 }]);
    } finally {
      await s.cerrar();
    }
  });
});
