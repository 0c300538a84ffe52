// Freshness of the public pages (docs/decisions/0010-paginas-publicas-en-cache.md): for each public fact,
// every action that changes it expires a cache tag of every public page that shows it. A missing tag
// means a page that keeps showing the old fact until its cache lifetime runs out.
import { describe, expect, it } from "vitest";
import { ACCIONES } from "@/lib/actions/registry";
import { ETIQUETAS_DE_PAGINA, type PaginaPublica } from "@/lib/cache/etiquetas";
import type { NombreAccion } from "@/lib/auth/permissions";

/** Which public pages show a fact each action changes. Votes (voto.emitir) are counters, fresh through cacheLife instead. */
const CAMBIOS: { accion: NombreAccion; hecho: string; paginas: PaginaPublica[] }[] = [
  { accion: "desafio.publicar", hecho: "un desafío publicado o despublicado", paginas: ["/", "/desafios", "/desafios/[slug]", "/perfiles/[slug]", "/perfiles/[slug]/afiche", "/votacion", "/resultados", "/guia"] },
  { accion: "desafio.editar", hecho: "el texto y las métricas de un desafío", paginas: ["/", "/desafios", "/desafios/[slug]", "/perfiles/[slug]", "/perfiles/[slug]/afiche", "/votacion", "/resultados", "/guia"] },
  { accion: "desafio.crear", hecho: "un desafío nuevo (borrador)", paginas: ["/desafios"] },
  { accion: "convocatoria.avanzarEtapa", hecho: "la etapa actual", paginas: ["/", "/desafios/[slug]", "/como-postular", "/talleres", "/talleres/[id]"] },
  { accion: "convocatoria.guardarCalendario", hecho: "las fechas de las etapas", paginas: ["/", "/desafios/[slug]", "/como-postular"] },
  { accion: "convocatoria.configurar", hecho: "los montos de la convocatoria", paginas: ["/", "/como-postular"] },
  { accion: "linea.configurar", hecho: "las líneas abiertas", paginas: ["/como-postular"] },
  { accion: "perfil.decidirAdmisibilidad", hecho: "un perfil declarado admisible o inadmisible", paginas: ["/perfiles/[slug]", "/perfiles/[slug]/afiche", "/votacion"] },
  { accion: "perfil.retirar", hecho: "un perfil retirado", paginas: ["/perfiles/[slug]", "/perfiles/[slug]/afiche", "/votacion", "/guia"] },
  { accion: "votacion.configurar", hecho: "la ventana, el ámbito de los votos y si los conteos se ocultan", paginas: ["/perfiles/[slug]", "/perfiles/[slug]/afiche", "/votacion"] },
  { accion: "taller.crear", hecho: "un taller nuevo", paginas: ["/talleres", "/talleres/[id]"] },
  { accion: "taller.confirmarInscripcion", hecho: "un cupo tomado (o la lista de espera)", paginas: ["/talleres", "/talleres/[id]"] },
  { accion: "taller.cancelarInscripcion", hecho: "un cupo liberado", paginas: ["/talleres", "/talleres/[id]"] },
  // The last signature closes the round: its results and the guide are published.
  // Issue 14: an encuentro's material, an approved (published) final report, a convocatoria closed.
  { accion: "taller.compartirMaterial", hecho: "el material de un encuentro", paginas: ["/talleres/[id]"] },
  { accion: "sistematizacion.revisar", hecho: "un informe final aprobado y publicado", paginas: ["/aprendizajes", "/aprendizajes/[id]"] },
  { accion: "convocatoria.cerrar", hecho: "la convocatoria cerrada (queda en el historial)", paginas: ["/", "/como-postular", "/aprendizajes", "/aprendizajes/[id]"] },
  { accion: "acta.firmar", hecho: "una ronda de selección cerrada (acta firmada): resultados y guía", paginas: ["/resultados", "/guia"] },
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
