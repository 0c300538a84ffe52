// The internal route that expires every public cache tag (app/api/interno/expirar-cache, ADR 0010): it
// exists only with CACHE_EXPIRY_TOKEN set and the same token in the request; then it expires every tag
// at once (expire: 0, not stale-while-revalidate), so the next visit renders from the database.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const revalidateTag = vi.fn();
vi.mock("next/cache", () => ({ revalidateTag: (...a: unknown[]) => revalidateTag(...a) }));

const { POST } = await import("@/app/api/interno/expirar-cache/route");
const { ETIQUETAS } = await import("@/lib/cache/etiquetas");

const TOKEN = "token-de-prueba-0123456789";
const pedir = (token?: string) =>
  POST(new Request("http://127.0.0.1/api/interno/expirar-cache", { method: "POST", headers: token === undefined ? {} : { "x-fondo-cache-token": token } }));

describe("POST /api/interno/expirar-cache", () => {
  beforeEach(() => revalidateTag.mockClear());
  afterEach(() => vi.unstubAllEnvs());

  it("sin CACHE_EXPIRY_TOKEN responde 404 y no expira nada, traiga lo que traiga", async () => {
    vi.stubEnv("CACHE_EXPIRY_TOKEN", "");
    expect((await pedir("")).status).toBe(404);
    expect((await pedir(TOKEN)).status).toBe(404);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("un token corto en el entorno no habilita la ruta", async () => {
    vi.stubEnv("CACHE_EXPIRY_TOKEN", "corto");
    expect((await pedir("corto")).status).toBe(404);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("con token en el entorno: sin cabecera, o con otro token (incluso un prefijo), 404 sin expirar", async () => {
    vi.stubEnv("CACHE_EXPIRY_TOKEN", TOKEN);
    for (const t of [undefined, "", "otro-token-0123456789abc", TOKEN.slice(0, -1), `${TOKEN}x`]) expect((await pedir(t)).status, String(t)).toBe(404);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("con el token correcto expira de inmediato cada etiqueta pública", async () => {
    vi.stubEnv("CACHE_EXPIRY_TOKEN", TOKEN);
    const r = await pedir(TOKEN);
    expect(r.status).toBe(200);
    expect(r.headers.get("cache-control")).toBe("no-store");
    const expiradas = revalidateTag.mock.calls.map(([etiqueta]) => etiqueta).sort();
    expect(expiradas).toEqual(Object.values(ETIQUETAS).sort());
    for (const [, perfil] of revalidateTag.mock.calls) expect(perfil).toEqual({ expire: 0 });
  });
});
