// `npm run bench`: runs every benchmark under bench/ and prints one Markdown table.
// Each benchmark is a module exporting `medir()` → { titulo, columnas, filas }.
// bench/evaluacion.mjs, bench/escala.mjs and bench/votos.mjs add PostgreSQL with BENCH_PG_URL set or `npm run bench -- --pg`.
import { medir as cartera } from "./cartera.mjs";
import { medir as escala } from "./escala.mjs";
import { medir as evaluacion } from "./evaluacion.mjs";
import { medir as paginasPublicas } from "./paginas-publicas.mjs";
import { medir as votos } from "./votos.mjs";

const benchmarks = [paginasPublicas, evaluacion, escala, votos, cartera];

for (const medir of benchmarks) {
  const { titulo, columnas, filas, notas } = await medir();
  console.log(`\n### ${titulo}\n`);
  console.log(`| ${columnas.join(" | ")} |`);
  console.log(`|${columnas.map(() => "---").join("|")}|`);
  for (const f of filas) console.log(`| ${f.join(" | ")} |`);
  for (const n of notas ?? []) console.log(`\n${n}`);
}
