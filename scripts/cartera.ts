// `npm run cartera -- archivo.json`: the suggested portfolio of lib/domain/cartera.ts for the entrada in a
// JSON file ("-" reads standard input), printed as JSON on standard output (issue 12):
//   { presupuesto, maxPorDesafio?, incluir?, excluir?, banda?, candidatos: [{ id, region, desafio, monto, puntaje }] }
//   → { factible: true, seleccion, puntajeTotal, montoTotal, … } or { factible: false, motivo }
// Exit 0 whenever there is an answer, "no portfolio" included; 2 when the file cannot be read or is not
// JSON; 1 if the solver fails. --sin-precios skips the price of each rule (fewer solves).
import fs from "node:fs";
import { optimizarCartera } from "../lib/domain/cartera";

const argumentos = process.argv.slice(2);
const archivo = argumentos.find((a) => !a.startsWith("--"));
const conPrecios = !argumentos.includes("--sin-precios");

function salir(mensaje: string): never {
  console.error(mensaje);
  process.exit(2);
}

if (!archivo) salir("Uso: npm run cartera -- archivo.json [--sin-precios]   (archivo «-»: la entrada estándar)");

let texto: string;
try {
  texto = fs.readFileSync(archivo === "-" ? 0 : archivo, "utf8");
} catch (e) {
  salir(`No se pudo leer «${archivo}»: ${e instanceof Error ? e.message : String(e)}`);
}

let entrada: unknown;
try {
  entrada = JSON.parse(texto);
} catch (e) {
  salir(`«${archivo}» no es JSON válido: ${e instanceof Error ? e.message : String(e)}`);
}

try {
  const resultado = await optimizarCartera(entrada, { precios: conPrecios });
  console.log(JSON.stringify(resultado, null, 2));
} catch (e) {
  console.error(`El optimizador falló: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
