// npm run db:seed — demo data on an empty database (see lib/seed/demo.ts).
import { existsSync } from "node:fs";
import { createDb } from "@/lib/db/client";
import { sembrarDemo } from "@/lib/seed/demo";

// The .env the server reads too (variables already in the environment win): the seed's audit entry is
// signed with AUDIT_KEY (or the key derived from AUTH_SECRET), like every other entry.
if (existsSync(".env")) process.loadEnvFile(".env");

const db = createDb();
try {
  const r = await sembrarDemo(db);
  console.log(r.motivo);
} finally {
  await db.$disconnect();
}
