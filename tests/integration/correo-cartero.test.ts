// The background cartero (lib/mail/cartero.ts) delivering over a real SMTP server, woken on demand,
// and doing nothing (mail kept PENDIENTE) without SMTP_URL.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { despertarCartero, iniciarCartero, type Cartero } from "@/lib/mail/cartero";
import { mensaje } from "@/lib/mail/mensaje";
import { encolarCorreo } from "@/lib/mail/outbox";
import { crearTransporte } from "@/lib/mail/transport";
import { db } from "../support/escenario";
import { iniciarSmtp, type ServidorSmtp } from "../support/smtp";

const encolar = (para: string) =>
  db.$transaction((tx) => encolarCorreo(tx, { para }, mensaje("Perfil recibido", ["Su perfil fue enviado."])));

describe("cartero (entrega en segundo plano)", () => {
  let servidor: ServidorSmtp;
  let cartero: Cartero | null = null;

  beforeEach(async () => {
    await db.notificacion.deleteMany();
    servidor = await iniciarSmtp();
  });
  afterEach(async () => {
    await cartero?.detener();
    cartero = null;
    await servidor.cerrar();
    vi.restoreAllMocks();
  });

  it("entrega en su vuelta periódica lo que se encola después de iniciarlo", async () => {
    cartero = iniciarCartero({ db, transporte: crearTransporte(servidor.url), intervaloMs: 100 });
    expect(cartero).not.toBeNull();
    // Idempotent: the process has one cartero.
    expect(iniciarCartero({ db, transporte: crearTransporte(servidor.url) })).toBe(cartero);

    await encolar("a@prueba.cl");
    const [m] = await servidor.esperar(1);
    expect(m.para).toBe("a@prueba.cl");
    await vi.waitFor(async () => expect(await db.notificacion.count({ where: { estado: "ENVIADA" } })).toBe(1));
  });

  it("despertarCartero() entrega de inmediato, sin esperar el intervalo", async () => {
    cartero = iniciarCartero({ db, transporte: crearTransporte(servidor.url), intervaloMs: 10 * 60_000 });
    // Let the start-up run finish (nothing to send), so the next one would be 10 minutes away.
    await new Promise((r) => setTimeout(r, 200));

    await encolar("b@prueba.cl");
    despertarCartero();
    const [m] = await servidor.esperar(1, 5_000);
    expect(m.para).toBe("b@prueba.cl");
  });

  it("detener() para el ciclo: lo encolado después queda PENDIENTE", async () => {
    cartero = iniciarCartero({ db, transporte: crearTransporte(servidor.url), intervaloMs: 50 });
    await cartero!.detener();
    cartero = null;
    despertarCartero(); // no cartero running: a no-op

    await encolar("c@prueba.cl");
    await new Promise((r) => setTimeout(r, 300));
    expect(servidor.mensajes).toHaveLength(0);
    expect(await db.notificacion.count({ where: { estado: "PENDIENTE" } })).toBe(1);
  });

  it("sin SMTP_URL no hay transporte: avisa una sola vez y el correo queda PENDIENTE (nunca un falso «enviado»)", async () => {
    const antes = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    const aviso = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await encolar("d@prueba.cl");
      expect(iniciarCartero({ db })).toBeNull();
      expect(iniciarCartero({ db })).toBeNull();
      await new Promise((r) => setTimeout(r, 200));
      const f = await db.notificacion.findFirstOrThrow();
      expect(f.estado).toBe("PENDIENTE");
      expect(f.intentos).toBe(0);
      expect(aviso.mock.calls.filter((c) => String(c[0]).includes("SMTP_URL")).length).toBeLessThanOrEqual(1);
    } finally {
      if (antes !== undefined) process.env.SMTP_URL = antes;
    }
  });
});
