// Freshness of the public pages (docs/decisions/0010-paginas-publicas-en-cache.md): for each public fact,
// every action that changes it expires a cache tag of every public page that shows it. A missing tag
// means a page that keeps showing the old fact until its cache lifetime runs out.
import { describe, expect, it } from "vitest";
import { ACCIONES } from "@/lib/actions/registry";
import { ETIQUETAS_DE_PAGINA, type PaginaPublica } from "@/lib/cache/etiquetas";
import type { NombreAccion } from "@/lib/auth/permissions";

/** Which public pages show a fact each action changes. Counters (seats) are fresh through cacheLife instead. */
const CAMBIOS: { accion: NombreAccion; hecho: string; paginas: PaginaPublica[] }[] = [
  { accion: "desafio.publicar", hecho: "un desafío publicado o despublicado", paginas: ["/", "/desafios", "/desafios/[slug]", "/perfiles/[slug]"] },
  { accion: "desafio.editar", hecho: "el texto y las métricas de un desafío", paginas: ["/", "/desafios", "/desafios/[slug]", "/perfiles/[slug]"] },
  { accion: "desafio.crear", hecho: "un desafío nuevo (borrador)", paginas: ["/desafios"] },
  { accion: "convocatoria.avanzarEtapa", hecho: "la etapa actual", paginas: ["/", "/desafios/[slug]", "/como-postular", "/talleres", "/talleres/[id]"] },
  { accion: "convocatoria.guardarCalendario", hecho: "las fechas de las etapas", paginas: ["/", "/desafios/[slug]", "/como-postular"] },
  { accion: "convocatoria.configurar", hecho: "los montos de la convocatoria", paginas: ["/", "/como-postular"] },
  { accion: "linea.configurar", hecho: "las líneas abiertas", paginas: ["/como-postular"] },
  { accion: "perfil.decidirAdmisibilidad", hecho: "un perfil declarado admisible o inadmisible", paginas: ["/perfiles/[slug]"] },
  { accion: "perfil.retirar", hecho: "un perfil retirado", paginas: ["/perfiles/[slug]"] },
  { accion: "taller.crear", hecho: "un taller nuevo", paginas: ["/talleres", "/talleres/[id]"] },
];

const porNombre = new Map(Object.values(ACCIONES).map((d) => [d.name as NombreAccion, d]));

describe("las acciones expiran las etiquetas de las páginas públicas que muestran lo que cambian", () => {
  for (const { accion, hecho, paginas } of CAMBIOS) {
    for (const pagina of paginas) {
      it(`${accion} (${hecho}) → ${pagina}`, () => {
        const def = porNombre.get(accion);
        expect(def, `la acción ${accion} no está en el registro`).toBeDefined();
        const expira = new Set<string>(def?.etiquetas ?? []);
        const usa = ETIQUETAS_DE_PAGINA[pagina];
        expect(usa.some((e) => expira.has(e)), `${accion} expira [${[...expira].join(", ")}]; ${pagina} usa [${usa.join(", ")}]`).toBe(true);
      });
    }
  }

  it("ninguna acción declara una etiqueta que ninguna página pública usa", () => {
    const usadas = new Set<string>(Object.values(ETIQUETAS_DE_PAGINA).flat());
    for (const def of porNombre.values()) for (const e of def.etiquetas ?? []) expect(usadas.has(e), `${def.name}: ${e}`).toBe(true);
  });
});
