// The outbox delivered over a REAL SMTP server (tests/support/smtp.ts): sending, an outage that loses
// nothing, backoff up to FALLIDA, credentials kept out of stored errors, and several instances racing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { entregarPendientes } from "@/lib/mail/deliver";
import { mensaje } from "@/lib/mail/mensaje";
import { encolarCorreo } from "@/lib/mail/outbox";
import { MAX_INTENTOS, esperaTrasFallo } from "@/lib/mail/politica";
import { MAIL_FROM_POR_OMISION, crearTransporte, type Transporte } from "@/lib/mail/transport";
import { db } from "../support/escenario";
import { iniciarSmtp, puertoSinServidor, type ServidorSmtp } from "../support/smtp";

const MINUTO = 60_000;

const correo = (i: number) => ({
  para: `postulante${i}@prueba.cl`,
  asunto: `Recibimos su perfil N° ${i}: «Huertos en Ñuble»`,
  cuerpo: `Hola María José:\n\nSu perfil fue enviado con el folio ${String(i).padStart(6, "0")}. ` +
    "Esta línea es larga a propósito, para que el transporte la parta en quoted-printable y el servidor la reciba entera.\n\nFondo IDEA · FOSIS",
});

/** Enqueues inside a transaction, as actions do; returns the new rows' ids in order. */
async function encolar(n: number, desde = 1): Promise<string[]> {
  const correos = Array.from({ length: n }, (_, k) => correo(desde + k));
  await db.$transaction(async (tx) => {
    for (const c of correos) await encolarCorreo(tx, c, mensaje(c.asunto, [c.cuerpo]));
  });
  const filas = await db.notificacion.findMany({ where: { para: { in: correos.map((c) => c.para) } }, select: { id: true } });
  return filas.map((f) => f.id);
}

const filas = () =>
  db.notificacion.findMany({
    orderBy: { para: "asc" },
    select: { id: true, para: true, estado: true, intentos: true, proximoIntento: true, reservadaHasta: true, ultimoError: true, enviadaEn: true },
  });

let abiertos: { cerrar(): unknown }[] = [];
const smtp = async (...a: Parameters<typeof iniciarSmtp>): Promise<ServidorSmtp> => {
  const s = await iniciarSmtp(...a);
  abiertos.push(s);
  return s;
};
const transporte = (url: string): Transporte => {
  const t = crearTransporte(url);
  abiertos.push(t);
  return t;
};

describe("bandeja de salida de correo", () => {
  beforeEach(async () => {
    await db.notificacion.deleteMany();
  });
  afterEach(async () => {
    for (const a of abiertos.reverse()) await a.cerrar();
    abiertos = [];
  });

  it("entrega por SMTP lo encolado: cada correo llega una vez, con su destinatario, asunto y cuerpo, y queda ENVIADA", async () => {
    const servidor = await smtp();
    const ids = await encolar(3);
    const ahora = new Date();

    const r = await entregarPendientes(db, transporte(servidor.url), ahora);

    expect(r).toEqual({ enviadas: 3, fallidas: 0, reintentos: 0 });
    expect(servidor.mensajes).toHaveLength(3);
    const recibidos = [...servidor.mensajes].sort((a, b) => a.para.localeCompare(b.para));
    recibidos.forEach((m, k) => {
      const i = k + 1;
      expect(m.destinatarios).toEqual([`postulante${i}@prueba.cl`]);
      expect(m.para).toBe(`postulante${i}@prueba.cl`);
      expect(m.asunto).toBe(correo(i).asunto);
      expect(m.cuerpo).toBe(correo(i).cuerpo);
      expect(m.de).toBe(MAIL_FROM_POR_OMISION);
      expect(m.encabezados["auto-submitted"]).toBe("auto-generated");
    });
    // The Message-ID names the outbox row, so a resend would be recognisable as the same message.
    expect(recibidos.map((m) => m.encabezados["message-id"].replace(/^<|@.*$/g, "")).sort()).toEqual([...ids].sort());

    for (const f of await filas()) {
      expect(f.estado).toBe("ENVIADA");
      expect(f.intentos).toBe(0);
      expect(f.enviadaEn!.getTime()).toBeGreaterThanOrEqual(ahora.getTime());
      expect(f.reservadaHasta).toBeNull();
      expect(f.ultimoError).toBeNull();
    }

    // Nothing is sent twice.
    expect(await entregarPendientes(db, transporte(servidor.url), new Date(ahora.getTime() + 10 * MINUTO))).toEqual({
      enviadas: 0,
      fallidas: 0,
      reintentos: 0,
    });
    expect(servidor.mensajes).toHaveLength(3);
  });

  it("a una cuenta de ClaveÚnica sin correo (dirección provisoria .invalid) no se intenta enviar: queda FALLIDA con el motivo", async () => {
    const servidor = await smtp();
    const para = "claveunica-1b2c3d@sin-correo.invalid";
    await db.$transaction((tx) => encolarCorreo(tx, { para }, mensaje("Asignaciones", ["Hola."])));
    const r = await entregarPendientes(db, transporte(servidor.url), new Date());
    expect(r.enviadas).toBe(0);
    expect(servidor.mensajes).toHaveLength(0);
    const fila = await db.notificacion.findFirstOrThrow({ where: { para } });
    expect(fila.estado).toBe("FALLIDA");
    expect(fila.intentos).toBe(0);
    expect(fila.ultimoError).toContain("no tiene correo electrónico");
  });

  it("un correo encolado en una transacción que se revierte no existe ni se envía", async () => {
    const servidor = await smtp();
    await expect(
      db.$transaction(async (tx) => {
        await encolarCorreo(tx, correo(1), mensaje(correo(1).asunto, [correo(1).cuerpo]));
        throw new Error("la acción falló después de encolar");
      }),
    ).rejects.toThrow("la acción falló");
    expect(await db.notificacion.count()).toBe(0);
    expect(await entregarPendientes(db, transporte(servidor.url))).toEqual({ enviadas: 0, fallidas: 0, reintentos: 0 });
    expect(servidor.mensajes).toHaveLength(0);
  });

  it("con el servidor de correo caído no se pierde nada: quedan PENDIENTES, con intentos=1, y salen al volver el servidor", async () => {
    const caido = `smtp://127.0.0.1:${await puertoSinServidor()}`;
    await encolar(3);
    const ahora = new Date();

    const r = await entregarPendientes(db, transporte(caido), ahora);

    expect(r).toEqual({ enviadas: 0, fallidas: 0, reintentos: 3 });
    for (const f of await filas()) {
      expect(f.estado).toBe("PENDIENTE");
      expect(f.intentos).toBe(1);
      expect(f.reservadaHasta).toBeNull();
      expect(f.enviadaEn).toBeNull();
      expect(f.ultimoError).toMatch(/ECONNREFUSED/);
      // First retry one minute later (plus the few ms the attempt took).
      expect(f.proximoIntento.getTime()).toBeGreaterThanOrEqual(ahora.getTime() + MINUTO);
      expect(f.proximoIntento.getTime()).toBeLessThan(ahora.getTime() + MINUTO + 10_000);
    }

    // Before the backoff has passed nothing is attempted, even with the server back.
    const servidor = await smtp();
    expect(await entregarPendientes(db, transporte(servidor.url), new Date(ahora.getTime() + 30_000))).toEqual({
      enviadas: 0,
      fallidas: 0,
      reintentos: 0,
    });
    expect((await filas()).map((f) => f.intentos)).toEqual([1, 1, 1]);

    // After it: delivered, exactly once each.
    const r2 = await entregarPendientes(db, transporte(servidor.url), new Date(ahora.getTime() + MINUTO + 15_000));
    expect(r2).toEqual({ enviadas: 3, fallidas: 0, reintentos: 0 });
    expect(servidor.mensajes.map((m) => m.para).sort()).toEqual(["postulante1@prueba.cl", "postulante2@prueba.cl", "postulante3@prueba.cl"]);
    for (const f of await filas()) {
      expect(f.estado).toBe("ENVIADA");
      expect(f.intentos).toBe(1);
      expect(f.ultimoError).toBeNull();
    }
  });

  it("reintenta con espera exponencial (1, 2, 4 … min, tope 1 h) y tras 8 intentos la marca FALLIDA", async () => {
    const caido = transporte(`smtp://127.0.0.1:${await puertoSinServidor()}`);
    const [id] = await encolar(1);
    let ahora = new Date();

    for (let intento = 1; intento <= MAX_INTENTOS; intento++) {
      const r = await entregarPendientes(db, caido, ahora);
      const f = await db.notificacion.findUniqueOrThrow({ where: { id } });
      expect(f.intentos).toBe(intento);
      if (intento < MAX_INTENTOS) {
        expect(r).toEqual({ enviadas: 0, fallidas: 0, reintentos: 1 });
        expect(f.estado).toBe("PENDIENTE");
        const espera = f.proximoIntento.getTime() - ahora.getTime();
        expect(espera).toBeGreaterThanOrEqual(esperaTrasFallo(intento));
        expect(espera).toBeLessThan(esperaTrasFallo(intento) + 10_000);
        ahora = f.proximoIntento;
      } else {
        expect(r).toEqual({ enviadas: 0, fallidas: 1, reintentos: 0 });
        expect(f.estado).toBe("FALLIDA");
        expect(f.ultimoError).toMatch(/ECONNREFUSED/);
      }
    }
    expect([1, 2, 3, 4, 5, 6, 7].map(esperaTrasFallo)).toEqual([1, 2, 4, 8, 16, 32, 60].map((m) => m * MINUTO));

    // A FALLIDA message is never attempted again, even with a working server.
    const servidor = await smtp();
    expect(await entregarPendientes(db, transporte(servidor.url), new Date(ahora.getTime() + 24 * 60 * MINUTO))).toEqual({
      enviadas: 0,
      fallidas: 0,
      reintentos: 0,
    });
    expect(servidor.mensajes).toHaveLength(0);
  });

  it("un login rechazado se reintenta y el error guardado no contiene el usuario ni la clave", async () => {
    const servidor = await smtp({ rechazarLogin: true });
    await encolar(1);
    const url = `smtp://cuenta-smtp:Clave%20Muy%2FSecreta@127.0.0.1:${servidor.puerto}`;

    expect(await entregarPendientes(db, transporte(url))).toEqual({ enviadas: 0, fallidas: 0, reintentos: 1 });

    const [f] = await filas();
    expect(f.estado).toBe("PENDIENTE");
    expect(f.ultimoError).toMatch(/535/);
    expect(f.ultimoError).not.toMatch(/cuenta-smtp|Clave|Secreta/);
    expect(f.ultimoError!.length).toBeLessThanOrEqual(300);
    expect(servidor.mensajes).toHaveLength(0);
  });

  it("respeta la reserva de otra instancia y la retoma si esa instancia cayó (la reserva venció)", async () => {
    const servidor = await smtp();
    const [id] = await encolar(1);
    const ahora = new Date();
    // Another instance claimed it a moment ago and is (maybe) sending it.
    await db.notificacion.update({ where: { id }, data: { reservadaHasta: new Date(ahora.getTime() + 2 * MINUTO) } });

    expect(await entregarPendientes(db, transporte(servidor.url), ahora)).toEqual({ enviadas: 0, fallidas: 0, reintentos: 0 });
    expect(servidor.mensajes).toHaveLength(0);

    // That instance died: once its reservation lapses, the message goes out.
    expect(await entregarPendientes(db, transporte(servidor.url), new Date(ahora.getTime() + 3 * MINUTO))).toEqual({
      enviadas: 1,
      fallidas: 0,
      reintentos: 0,
    });
    expect(servidor.mensajes).toHaveLength(1);
  });

  it("dos instancias a la vez (Promise.all, dos transportes y dos clientes de base) envían cada correo exactamente una vez", async () => {
    const servidor = await smtp();
    const url = process.env.DATABASE_URL!;
    const instancias = [createDb(url), createDb(url)];
    try {
      let total = 0;
      for (let ronda = 0; ronda < 3; ronda++) {
        const ids = await encolar(15, ronda * 100);
        total += ids.length;
        const resultados = await Promise.all([
          entregarPendientes(instancias[0], transporte(servidor.url), new Date(), 50),
          entregarPendientes(instancias[1], transporte(servidor.url), new Date(), 50),
          entregarPendientes(db, transporte(servidor.url), new Date(), 50),
        ]);
        expect(resultados.reduce((s, r) => s + r.enviadas, 0)).toBe(ids.length);
        expect(resultados.every((r) => r.fallidas === 0 && r.reintentos === 0)).toBe(true);
      }

      expect(servidor.mensajes).toHaveLength(total);
      const porFila = servidor.mensajes.map((m) => m.encabezados["message-id"]);
      expect(new Set(porFila).size).toBe(total);
      expect(await db.notificacion.count({ where: { estado: "ENVIADA" } })).toBe(total);
    } finally {
      await Promise.all(instancias.map((i) => i.$disconnect()));
    }
  });

  it("entrega en lotes: respeta el tamaño del lote y deja el resto para la siguiente vuelta", async () => {
    const servidor = await smtp();
    await encolar(5);
    expect(await entregarPendientes(db, transporte(servidor.url), new Date(), 2)).toEqual({ enviadas: 2, fallidas: 0, reintentos: 0 });
    expect(await db.notificacion.count({ where: { estado: "PENDIENTE" } })).toBe(3);
    expect(await entregarPendientes(db, transporte(servidor.url), new Date(), 20)).toEqual({ enviadas: 3, fallidas: 0, reintentos: 0 });
    expect(servidor.mensajes).toHaveLength(5);
  });
});
