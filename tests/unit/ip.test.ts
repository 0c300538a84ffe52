import { describe, expect, it } from "vitest";
import { CABECERA_IP_PAR, ipCliente, saltosConfiables } from "@/lib/auth/ip";

const h = (o: Record<string, string>) => new Headers(o);

describe("IP del cliente (TRUST_PROXY_HOPS)", () => {
  it("sin proxies de confianza se ignora X-Forwarded-For: un primer valor inventado no da un presupuesto nuevo", () => {
    expect(ipCliente(h({ "x-forwarded-for": "1.2.3.4", [CABECERA_IP_PAR]: "198.51.100.9" }), 0)).toBe("198.51.100.9");
    expect(ipCliente(h({ "x-forwarded-for": "1.2.3.4" }), 0)).toBeNull();
    expect(ipCliente(h({ "x-real-ip": "1.2.3.4" }), 0)).toBeNull();
  });

  it("con un proxy propio, el cliente es la última dirección que ese proxy agregó", () => {
    const headers = h({ "x-forwarded-for": "6.6.6.6, 203.0.113.5", [CABECERA_IP_PAR]: "10.0.0.2" });
    expect(ipCliente(headers, 1)).toBe("203.0.113.5");
    expect(ipCliente(headers, 2)).toBe("6.6.6.6");
  });

  it("normaliza IPv4 dentro de IPv6 y rechaza lo que no es una dirección", () => {
    expect(ipCliente(h({ [CABECERA_IP_PAR]: "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
    expect(ipCliente(h({ [CABECERA_IP_PAR]: "2001:DB8::1" }), 0)).toBe("2001:db8::1");
    expect(ipCliente(h({ "x-forwarded-for": "hola, <script>", [CABECERA_IP_PAR]: "10.0.0.2" }), 1)).toBeNull();
  });

  it("TRUST_PROXY_HOPS inválido vale 0", () => {
    expect(saltosConfiables(undefined)).toBe(0);
    expect(saltosConfiables("2")).toBe(2);
    expect(saltosConfiables("-1")).toBe(0);
    expect(saltosConfiables("uno")).toBe(0);
    expect(saltosConfiables("1.5")).toBe(0);
  });
});
