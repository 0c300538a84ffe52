// `npm run demo -- --etapa X` runs this (through scripts/demo.mjs, which first writes .env if missing and
// applies the migrations): seeds an empty database, brings the demo to etapa X, verifies the audit log.
import "./entorno";
import { verifyAuditChain } from "@/lib/audit/log";
import { createDb } from "@/lib/db/client";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";
import { avanzarDemo } from "./avance-demo";
import { baseVacia, sembrarDemo } from "./demo";
import { sembrarDemoHistorica } from "./demo-historica";
import { etapaDeArgumentos, etapaObjetivo } from "./etapa-demo";
import { RechazoDemo } from "./rechazo-demo";

const db = createDb();
try {
  // The etapa is checked first: a refused one writes nothing, not even the seed.
  const etapa = etapaObjetivo(etapaDeArgumentos(process.argv.slice(2)));
  if (await baseVacia(db)) {
    console.log(`      ${(await sembrarDemo(db)).motivo}`);
    // The past, closed convocatoria beside it, as npm start sows it (lib/seed/demo-historica.ts).
    console.log(`      ${(await sembrarDemoHistorica(db)).motivo}`);
  }
  const r = await avanzarDemo(db, { etapa, informar: (l) => console.log(`      ${l}`) });
  const bitacora = await verifyAuditChain(db);
  console.log(bitacora.ok ? `      Bitácora: íntegra (${bitacora.total} entradas).` : `      ⚠ Bitácora: ${bitacora.motivo}`);
  console.log(`\n✓ «${r.convocatoria}» está en la etapa ${NOMBRE_ETAPA[r.etapa]}. Abra el portal con npm start (si ya estaba corriendo, reinícielo).`);
} catch (e) {
  console.error(`\n✗ ${e instanceof RechazoDemo ? e.message : `La demostración no se completó: ${e instanceof Error ? e.message : String(e)}`}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
