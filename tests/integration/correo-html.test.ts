// Delivery sends each queued template as text plus the HTML alternative built from that text: over a REAL
// SMTP server (tests/support/smtp.ts) the HTML part is byte for byte the template's (what the staff
// preview at /admin/correos shows), with a person's text escaped.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { entregarPendientes } from "@/lib/mail/deliver";
import { encolarCorreo } from "@/lib/mail/outbox";
import { correoTallerConfirmada } from "@/lib/mail/plantillas/taller-confirmada";
import { crearTransporte } from "@/lib/mail/transport";
import { db } from "../support/escenario";
import { iniciarSmtp, type ServidorSmtp } from "../support/smtp";

let servidor: ServidorSmtp;
beforeEach(async () => {
  await db.notificacion.deleteMany();
  servidor = await iniciarSmtp();
});
afterEach(async () => {
  await servidor.cerrar();
});

describe("correo en texto y HTML", () => {
  it("la bandeja guarda el texto y la entrega agrega el HTML de la plantilla, con el texto de las personas escapado", async () => {
    const correo = correoTallerConfirmada({
      evento: { id: "t1", titulo: "Taller «Ñuble»", inicio: new Date("2030-05-20T18:30:00-04:00"), lugar: "Sede <b>FOSIS</b>", enlace: null },
      nombre: `Rosa <script>alert("x")</script> & Cía.`,
    });
    await db.$transaction((tx) => encolarCorreo(tx, { para: "rosa@prueba.cl" }, correo));
    const fila = await db.notificacion.findFirstOrThrow({ where: { para: "rosa@prueba.cl" }, select: { asunto: true, cuerpo: true } });
    expect(fila).toEqual({ asunto: correo.asunto, cuerpo: correo.texto });

    const transporte = crearTransporte(servidor.url);
    try {
      expect(await entregarPendientes(db, transporte)).toEqual({ enviadas: 1, fallidas: 0, reintentos: 0 });
    } finally {
      transporte.cerrar();
    }
    const [m] = await servidor.esperar(1);
    expect(m.encabezados["content-type"]).toMatch(/^multipart\/alternative;/);
    expect(m.asunto).toBe(correo.asunto);
    expect(m.cuerpo).toBe(correo.texto);
    expect(m.html).toBe(correo.html);
    expect(m.html).toContain("Hola, Rosa &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cía.:");
    expect(m.html).toContain("Lugar: Sede &lt;b&gt;FOSIS&lt;/b&gt;");
    expect(m.html).not.toMatch(/<script|<b>/);
  });
});
