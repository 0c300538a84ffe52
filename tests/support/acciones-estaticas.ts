// Static scan of lib/**/actions/*.ts for `defineAction(` calls, without importing them: an action file
// that exists but is not registered (or has no permission row) is still found.
import fs from "node:fs";
import path from "node:path";
import { RAIZ } from "./base-de-datos";

export type DefinicionEncontrada = { archivo: string; nombre: string | null };

export function archivosDeAcciones(): string[] {
  const lib = path.join(RAIZ, "lib");
  return (fs.readdirSync(lib, { recursive: true, encoding: "utf8" }) as string[])
    .map((p) => p.split(path.sep).join("/"))
    .filter((p) => /(^|\/)actions\/[^/]+\.ts$/.test(p))
    .map((p) => `lib/${p}`)
    .sort();
}

/** Every `defineAction(` call in those files, with its `name:` when it is written as a literal. */
export function definicionesDeAcciones(): DefinicionEncontrada[] {
  const out: DefinicionEncontrada[] = [];
  for (const archivo of archivosDeAcciones()) {
    const texto = fs.readFileSync(path.join(RAIZ, archivo), "utf8");
    for (const m of texto.matchAll(/\bdefineAction\s*\(/g)) {
      const resto = texto.slice(m.index + m[0].length, m.index + m[0].length + 300);
      const nombre = /^\s*\{\s*name\s*:\s*["']([^"']+)["']/.exec(resto);
      out.push({ archivo, nombre: nombre ? nombre[1] : null });
    }
  }
  return out;
}
