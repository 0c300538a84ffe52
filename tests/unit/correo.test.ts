import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_INTENTOS, RESERVA_MS, esperaTrasFallo, resumirError } from "@/lib/mail/politica";

const MINUTO = 60_000;

describe("política de reintentos del correo", () => {
  it("espera 1, 2, 4, 8, 16, 32 minutos y luego 1 hora como máximo", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map(esperaTrasFallo)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60].map((m) => m * MINUTO));
    expect(esperaTrasFallo(0)).toBe(MINUTO);
    expect(esperaTrasFallo(1e9)).toBe(60 * MINUTO);
  });

  it("8 intentos y una reserva de 2 minutos", () => {
    expect(MAX_INTENTOS).toBe(8);
    expect(RESERVA_MS).toBe(2 * MINUTO);
  });

  it("resume el error: código y mensaje en una línea, sin credenciales, de largo acotado", () => {
    const e = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:25"), { code: "ESOCKET" });
    expect(resumirError(e)).toBe("ESOCKET: connect ECONNREFUSED 127.0.0.1:25");
    expect(resumirError(Object.assign(new Error("EAUTH Invalid login"), { code: "EAUTH" }))).toBe("EAUTH Invalid login");
    expect(resumirError(new Error("fallo en smtp://yo:secreta@mail.cl:587\n  at x"))).toBe("fallo en smtp://***@mail.cl:587 at x");
    expect(resumirError(new Error("535 clave-larga rechazada para usuario"), ["clave-larga", "usuario"])).toBe("535 *** rechazada para ***");
    expect(resumirError("texto")).toBe("texto");
    expect(resumirError(new Error("   "))).toBe("Error desconocido");
    const largo = resumirError(new Error("x".repeat(1000)));
    expect(largo).toHaveLength(300);
    expect(largo.endsWith("…")).toBe(true);
  });
});

describe("transporte SMTP desde el entorno", () => {
  const antes = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };
  afterEach(() => {
    for (const [k, v] of Object.entries(antes)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it("sin SMTP_URL no hay transporte y avisa una sola vez", async () => {
    delete process.env.SMTP_URL;
    vi.resetModules();
    const aviso = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { transporteDelEntorno } = await import("@/lib/mail/transport");
    expect(transporteDelEntorno()).toBeNull();
    expect(transporteDelEntorno()).toBeNull();
    expect(aviso).toHaveBeenCalledTimes(1);
    expect(String(aviso.mock.calls[0][0])).toMatch(/SMTP_URL.*PENDIENTES/);
  });

  it("una SMTP_URL que no es smtp:// ni smtps:// no da transporte y el aviso no muestra la clave", async () => {
    process.env.SMTP_URL = "http://yo:clave-secreta@mail.cl";
    vi.resetModules();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { transporteDelEntorno, crearTransporte } = await import("@/lib/mail/transport");
    expect(transporteDelEntorno()).toBeNull();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0][0])).not.toContain("clave-secreta");
    expect(() => crearTransporte("no es una url")).toThrow("SMTP_URL no es una URL válida");
  });

  it("con SMTP_URL da un transporte; MAIL_FROM cambia el remitente", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    vi.resetModules();
    const { transporteDelEntorno, remitente, MAIL_FROM_POR_OMISION } = await import("@/lib/mail/transport");
    const t = transporteDelEntorno();
    expect(t).not.toBeNull();
    t!.cerrar();
    delete process.env.MAIL_FROM;
    expect(remitente()).toBe(MAIL_FROM_POR_OMISION);
    expect(MAIL_FROM_POR_OMISION).toBe("Fondo IDEA <no-responder@fosis.gob.cl>");
    process.env.MAIL_FROM = "Convocatorias <convocatorias@fosis.gob.cl>";
    expect(remitente()).toBe("Convocatorias <convocatorias@fosis.gob.cl>");
  });
});
