// The client's IP address, for per-IP limits. X-Forwarded-For is written by whoever sends the request,
// so it is believed only as far as the operator says there are proxies of their own in front of the
// portal (TRUST_PROXY_HOPS, default 0: none, and the header is ignored).
//
// The address of the TCP peer is put in CABECERA_IP_PAR by scripts/servidor.mjs, which always
// overwrites it: a client cannot choose it. With N trusted proxies, each appends the address it saw to
// X-Forwarded-For, so the client is the N-th address counting back from the peer.
import { isIP } from "node:net";

export const CABECERA_IP_PAR = "x-fondo-ip-par";

export function saltosConfiables(valor = process.env.TRUST_PROXY_HOPS): number {
  const n = Number(valor ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

function normalizar(ip: string | undefined): string | null {
  if (!ip) return null;
  const limpia = ip.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(limpia) ? limpia.toLowerCase() : null;
}

export function ipCliente(headers: Headers | undefined | null, hops = saltosConfiables()): string | null {
  const par = normalizar(headers?.get(CABECERA_IP_PAR) ?? undefined);
  if (hops === 0) return par;
  const reenviadas = (headers?.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const cadena = par ? [...reenviadas, par] : reenviadas;
  // Fewer entries than trusted hops means a misconfiguration: the leftmost is the best we have.
  return normalizar(cadena[Math.max(0, cadena.length - 1 - hops)]);
}
