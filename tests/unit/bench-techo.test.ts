// The benchmark's ceiling route (app/api/bench/techo, bench/votos.mjs) exists only on a server started
// with BENCH_TECHO=1: otherwise 404, before it reads the body or touches the database.
import { afterEach, describe, expect, it, vi } from "vitest";

const { POST } = await import("@/app/api/bench/techo/route");

const pedir = () => POST(new Request("http://127.0.0.1/api/bench/techo", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }));

describe("POST /api/bench/techo", () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each(["", "0", "true", "si"])("con BENCH_TECHO=%j responde 404 sin caché", async (valor) => {
    vi.stubEnv("BENCH_TECHO", valor);
    const r = await pedir();
    expect(r.status).toBe(404);
    expect(r.headers.get("cache-control")).toBe("no-store");
  });
});
