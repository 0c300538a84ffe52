// `npm run bench`: runs every benchmark under bench/ and prints one Markdown table.
// Each benchmark is a module exporting `medir()` → { titulo, columnas, filas }.
import { medir as paginasPublicas } from "./paginas-publicas.mjs";

const benchmarks = [paginasPublicas];

for (const medir of benchmarks) {
  const { titulo, columnas, filas, notas } = await medir();
  console.log(`\n### ${titulo}\n`);
  console.log(`| ${columnas.join(" | ")} |`);
  console.log(`|${columnas.map(() => "---").join("|")}|`);
  for (const f of filas) console.log(`| ${f.join(" | ")} |`);
  for (const n of notas ?? []) console.log(`\n${n}`);
}
