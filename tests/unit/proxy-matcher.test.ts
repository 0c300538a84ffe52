// The proxy's matcher: which paths skip it. Public pages served from cache skip it on plain GETs (it has
// nothing to check there and costs requests per second); everything else, and any path that could be
// malformed, a form or a server action, still goes through it (proxy.ts).
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

const general = new RegExp(`^${(config.matcher[0] as string).replace(/^\/\(/, "/(?:")}$`);

describe("matcher del proxy", () => {
  it.each(["/", "/privacidad", "/desafios", "/talleres", "/desafios/cuidar-a-quien-cuida", "/perfiles/huerto-comunitario-12", "/talleres/cm1abcdefghijklmnopqrstuv", "/votacion", "/perfiles/huerto-comunitario-12/afiche", "/resultados", "/guia", "/aprendizajes", "/aprendizajes/cm1abcdefghijklmnopqrstuv"])(
    "un GET simple de %s no pasa por el proxy",
    (ruta) => {
      expect(general.test(ruta)).toBe(false);
    },
  );
  it.each([
    "/admin",
    "/cuenta",
    "/seguimiento/postulaciones",
    "/desafios/%ZZ",
    "/desafios/a/b",
    "/perfiles/%E0%A4%A",
    "/talleres/confirmar/abc",
    "/talleres/ABC",
    "/api/auth/signin",
    "/desafios-filtrados/01/todos",
    "/votacion/x",
    "/votaciones",
    "/perfiles/huerto-comunitario-12/afiche/x",
    "/perfiles/huerto-comunitario-12/otra",
    "/perfiles/%E0%A4%A/afiche",
    "/admin/votacion",
    "/api/votos",
    "/resultados/x",
    "/guias",
    "/guia/%ZZ",
    "/actas/cm1abcdefghijklmnopqrstuv",
    "/aprendizajes/a/b",
    "/aprendizajes/ABC",
  ])("%s pasa por el proxy", (ruta) => {
    expect(general.test(ruta)).toBe(true);
  });
  it("un formulario o una acción a una página pública sí pasa (hay una entrada con content-type y otra con next-action)", () => {
    for (const ruta of ["/", "/desafios", "/votacion", "/resultados", "/guia", "/desafios/:slug([a-z0-9-]+)", "/perfiles/:slug([a-z0-9-]+)", "/perfiles/:slug([a-z0-9-]+)/afiche", "/talleres/:id([a-z0-9]+)", "/aprendizajes", "/aprendizajes/:id([a-z0-9]+)"]) {
      const entradas = config.matcher.filter((m) => typeof m === "object" && m.source === ruta) as { has: { key: string }[] }[];
      expect(entradas.map((e) => e.has[0].key).sort()).toEqual(["content-type", "next-action"]);
    }
  });
});
