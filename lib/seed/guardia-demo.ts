// `npm run demo` rewrites dates and adds synthetic people: it must never touch a database with real data.
// It runs only when every convocatoria was made by the demo seed (`demo`) and every account is one of the
// demo's (README, evaluators included) or a synthetic one (@demo.fondoidea.cl). Reads only.
import type { Db } from "@/lib/db/client";
import { CUENTAS_DEMO } from "./datos-2019";
import { EVALUADORES_DEMO } from "./datos-evaluacion";
import { DOMINIO_SINTETICO } from "./datos-sinteticos";
import { RechazoDemo } from "./rechazo-demo";

const VOLVER_A_EMPEZAR = "Para una demostración nueva: detenga el servidor, borre data/ y storage/ y ejecute de nuevo npm run demo.";

export type ConvocatoriaDemo = { id: string; anio: number; nombre: string };

/** The active demo convocatoria, or a RechazoDemo saying why this database is not the demo's. */
export async function exigirBaseDeDemostracion(db: Db): Promise<ConvocatoriaDemo> {
  const convocatorias = await db.convocatoria.findMany({ select: { id: true, anio: true, nombre: true, demo: true, activa: true }, orderBy: { anio: "desc" } });
  if (convocatorias.length === 0) {
    throw new RechazoDemo("La base no tiene la convocatoria de demostración (y no está vacía, así que no se siembra). " + VOLVER_A_EMPEZAR);
  }
  const real = convocatorias.find((c) => !c.demo);
  if (real) {
    throw new RechazoDemo(
      `La base tiene datos reales: la convocatoria «${real.nombre}» no es de demostración. npm run demo solo trabaja sobre la demostración y no escribió nada.`,
    );
  }
  const ajenas = await db.user.count({
    where: { NOT: [{ email: { in: [...CUENTAS_DEMO, ...EVALUADORES_DEMO].map((c) => c.email) } }, { email: { endsWith: `@${DOMINIO_SINTETICO}` } }] },
  });
  if (ajenas > 0) {
    throw new RechazoDemo(
      `La base tiene ${ajenas === 1 ? "una cuenta que no es" : `${ajenas} cuentas que no son`} de la demostración: ` +
        `npm run demo no escribe sobre datos de personas y no escribió nada. ${VOLVER_A_EMPEZAR}`,
    );
  }
  // The one the actions act on (lib/actions/pipeline.ts convocatoriaActual): the active one of the latest year.
  const activa = convocatorias.find((c) => c.activa);
  if (!activa) throw new RechazoDemo(`La base no tiene una convocatoria activa. ${VOLVER_A_EMPEZAR}`);
  return { id: activa.id, anio: activa.anio, nombre: activa.nombre };
}
