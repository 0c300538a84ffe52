// Which etapa `npm run demo -- --etapa X` asks for. Pure.
import { ETAPAS, NOMBRE_ETAPA, type Etapa } from "@/lib/domain/etapas";
import { ETAPAS_DEMO, esEtapaDemo, type EtapaDemo } from "./linea-de-tiempo";
import { RechazoDemo } from "./rechazo-demo";

/** The value of `--etapa X` or `--etapa=X`. */
export function etapaDeArgumentos(argv: readonly string[]): string | undefined {
  for (const [i, a] of argv.entries()) {
    if (a === "--etapa") return argv[i + 1];
    if (a.startsWith("--etapa=")) return a.slice("--etapa=".length);
  }
  return undefined;
}

const lista = (etapas: readonly Etapa[]) => etapas.map((e) => `${e} (${NOMBRE_ETAPA[e]})`).join(", ");

/** The target etapa (any case, - or _), or a refusal naming the etapas the demo supports so far. */
export function etapaObjetivo(texto: string | undefined): EtapaDemo {
  const e = (texto ?? "").trim().toUpperCase().replace(/-/g, "_");
  if (esEtapaDemo(e)) return e;
  if ((ETAPAS as readonly string[]).includes(e)) {
    throw new RechazoDemo(`La demostración todavía no llega a ${NOMBRE_ETAPA[e as Etapa]}: por ahora se puede llevar a ${lista(ETAPAS_DEMO)}.`);
  }
  throw new RechazoDemo(`${texto?.trim() ? `«${texto.trim()}» no es una etapa.` : "Falta la etapa."} Use --etapa con una de: ${lista(ETAPAS_DEMO)}.`);
}
