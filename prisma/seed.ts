// npm run db:seed — demo data on an empty database (see lib/seed/demo.ts).
import { createDb } from "@/lib/db/client";
import { sembrarDemo } from "@/lib/seed/demo";

const db = createDb();
try {
  const r = await sembrarDemo(db);
  console.log(r.motivo);
} finally {
  await db.$disconnect();
}
