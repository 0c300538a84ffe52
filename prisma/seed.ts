// npm run db:seed — demo data on an empty database (see lib/seed/demo.ts), with the demo's past, closed
// convocatoria beside the current one (lib/seed/demo-historica.ts).
import { existsSync } from "node:fs";
import { createDb } from "@/lib/db/client";
import { sembrarDemo } from "@/lib/seed/demo";
import { sembrarDemoHistorica } from "@/lib/seed/demo-historica";

// The .env the server reads too (variables already in the environment win): the seed's audit entry is
// signed with AUDIT_KEY (or the key derived from AUTH_SECRET), like every other entry.
if (existsSync(".env")) process.loadEnvFile(".env");

const db = createDb();
try {
  const r = await sembrarDemo(db);
  console.log(r.motivo);
  if (r.sembrado) console.log((await sembrarDemoHistorica(db)).motivo);
} finally {
  await db.$disconnect();
}
