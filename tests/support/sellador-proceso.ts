// A second "app instance" for tests/integration/sellado.test.ts: a separate Node process (run with tsx) that
// seals batches on DATABASE_URL, as the sellador of another server would, until `total` votes are sealed
// in the database or `plazoMs` passes. Prints, as one JSON line, the batches it sealed and how many times it
// stood down because the other sealer had taken its votes first (SelladoConcurrente).
//   tsx tests/support/sellador-proceso.ts <total> <maximo> <plazoMs>
import { createDb } from "@/lib/db/client";
import { SelladoConcurrente, sellarLotePendiente, type LoteSellado } from "@/lib/votacion/sellado";

const [total, maximo, plazoMs] = process.argv.slice(2).map(Number);
const db = createDb(process.env.DATABASE_URL);
const mios: LoteSellado[] = [];
let conflictos = 0;
const fin = Date.now() + plazoMs;
try {
  await db.voto.count(); // connected: tell the parent it can start
  process.stdout.write("listo\n");
  while (Date.now() < fin) {
    try {
      const l = await sellarLotePendiente(db, { maximo });
      if (l) mios.push(l);
    } catch (e) {
      if (!(e instanceof SelladoConcurrente)) throw e;
      conflictos += 1;
    }
    if ((await db.voto.count({ where: { lote: { not: null } } })) >= total) break;
    await new Promise((r) => setTimeout(r, 3));
  }
  process.stdout.write(`${JSON.stringify({ lotes: mios.map((l) => ({ lote: l.lote, cantidad: l.cantidad })), conflictos })}\n`);
} finally {
  await db.$disconnect();
}
