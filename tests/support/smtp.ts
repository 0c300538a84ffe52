// A real SMTP server for tests (smtp-server): listens on 127.0.0.1 on a free port, accepts any sender,
// recipient and (optional) login, without STARTTLS, and keeps every message it receives, parsed simply:
// headers (unfolded; RFC 2047 encoded words decoded), the text body and, in a multipart/alternative
// message, the HTML part (each quoted-printable or base64).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type MensajeRecibido = {
  /** Envelope sender and recipients (MAIL FROM / RCPT TO). */
  remitente: string;
  destinatarios: string[];
  /** Header names in lower case. */
  encabezados: Record<string, string>;
  de: string;
  para: string;
  asunto: string;
  /** The plain-text body (the text/plain part of a multipart message). */
  cuerpo: string;
  /** The text/html part, if the message has one. */
  html: string | null;
  crudo: string;
};

export type ServidorSmtp = {
  url: string;
  puerto: number;
  mensajes: MensajeRecibido[];
  /** Resolves once `n` messages have arrived (rejects after `ms`). */
  esperar(n: number, ms?: number): Promise<MensajeRecibido[]>;
  cerrar(): Promise<void>;
};

export type OpcionesSmtp = {
  puerto?: number;
  /** Answers every login with 535 (to test a misconfigured account). */
  rechazarLogin?: boolean;
};

export async function iniciarSmtp({ puerto = 0, rechazarLogin = false }: OpcionesSmtp = {}): Promise<ServidorSmtp> {
  const mensajes: MensajeRecibido[] = [];
  const servidor = new SMTPServer({
    authOptional: true,
    // Plain-text AUTH on a local test socket (a real server would require TLS first).
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onAuth(_auth, _session, cb) {
      if (rechazarLogin) cb(Object.assign(new Error("Credenciales rechazadas"), { responseCode: 535 }));
      else cb(null, { user: "prueba" });
    },
    onData(stream, session, cb) {
      const partes: Buffer[] = [];
      stream.on("data", (c: Buffer) => partes.push(c));
      stream.on("error", cb);
      stream.on("end", () => {
        const crudo = Buffer.concat(partes).toString("utf8");
        const env = session.envelope;
        mensajes.push(
          analizar(crudo, env.mailFrom ? env.mailFrom.address : "", env.rcptTo.map((r) => r.address)),
        );
        cb(null);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    servidor.once("error", reject);
    servidor.listen(puerto, "127.0.0.1", () => {
      servidor.off("error", reject);
      resolve();
    });
  });
  // smtp-server logs socket errors as 'error' events; a test that stops the client mid-way must not crash.
  servidor.on("error", () => {});
  const p = (servidor.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${p}`,
    puerto: p,
    mensajes,
    async esperar(n, ms = 10_000) {
      const limite = Date.now() + ms;
      while (mensajes.length < n) {
        if (Date.now() > limite) throw new Error(`Llegaron ${mensajes.length} de ${n} correos en ${ms} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return mensajes;
    },
    cerrar: () => new Promise<void>((resolve) => servidor.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 where, right now, nothing listens. */
export async function puertoSinServidor(): Promise<number> {
  const s = await iniciarSmtp();
  await s.cerrar();
  return s.puerto;
}

function analizar(crudo: string, remitente: string, destinatarios: string[]): MensajeRecibido {
  const { encabezados, cuerpo, html } = analizarParte(crudo);
  return {
    remitente,
    destinatarios,
    encabezados,
    de: encabezados.from ?? "",
    para: encabezados.to ?? "",
    asunto: encabezados.subject ?? "",
    cuerpo: cuerpo ?? "",
    html,
    crudo,
  };
}

/** One MIME entity: its headers and, from it or its parts, the text/plain and text/html bodies. */
function analizarParte(crudo: string): { encabezados: Record<string, string>; cuerpo: string | null; html: string | null } {
  const corte = crudo.search(/\r?\n\r?\n/);
  const cabecera = corte < 0 ? crudo : crudo.slice(0, corte);
  const cuerpoCrudo = corte < 0 ? "" : crudo.slice(corte).replace(/^\r?\n\r?\n/, "");
  const encabezados: Record<string, string> = {};
  for (const linea of cabecera.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = linea.indexOf(":");
    if (i > 0) encabezados[linea.slice(0, i).trim().toLowerCase()] = decodificarPalabras(linea.slice(i + 1).trim());
  }
  const tipo = encabezados["content-type"] ?? "text/plain";
  const limite = /^multipart\//i.test(tipo) ? /boundary="?([^";]+)"?/i.exec(tipo)?.[1] : undefined;
  if (limite) {
    let cuerpo: string | null = null;
    let html: string | null = null;
    const partes = cuerpoCrudo.split(`--${limite}`).slice(1);
    for (const parte of partes) {
      if (parte.startsWith("--")) break;
      const p = analizarParte(parte.replace(/^\r?\n/, ""));
      cuerpo ??= p.cuerpo;
      html ??= p.html;
    }
    return { encabezados, cuerpo, html };
  }
  const cte = (encabezados["content-transfer-encoding"] ?? "").toLowerCase();
  const charset = /charset="?([^";\s]+)/i.exec(tipo)?.[1] ?? "utf-8";
  let texto: string;
  if (cte === "quoted-printable") texto = deQuotedPrintable(cuerpoCrudo, charset);
  else if (cte === "base64") texto = new TextDecoder(charset).decode(Buffer.from(cuerpoCrudo.replace(/\s+/g, ""), "base64"));
  else texto = cuerpoCrudo;
  texto = texto.replace(/\r\n/g, "\n").replace(/\n$/, "");
  return /^text\/html/i.test(tipo) ? { encabezados, cuerpo: null, html: texto } : { encabezados, cuerpo: texto, html: null };
}

function deQuotedPrintable(texto: string, charset: string): string {
  const sinSaltosBlandos = texto.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < sinSaltosBlandos.length; i++) {
    const c = sinSaltosBlandos[i];
    if (c === "=" && /^[0-9A-Fa-f]{2}$/.test(sinSaltosBlandos.slice(i + 1, i + 3))) {
      bytes.push(parseInt(sinSaltosBlandos.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, "utf8"));
    }
  }
  return new TextDecoder(charset).decode(Uint8Array.from(bytes));
}

/** RFC 2047: "=?UTF-8?Q?Env=C3=ADo?=" and "=?UTF-8?B?…?=" → text (adjacent words joined without the space). */
function decodificarPalabras(valor: string): string {
  return valor
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, charset: string, modo: string, texto: string) =>
      modo.toUpperCase() === "B"
        ? new TextDecoder(charset).decode(Buffer.from(texto, "base64"))
        : deQuotedPrintable(texto.replace(/_/g, " "), charset),
    );
}
