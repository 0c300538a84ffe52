// Derives, from the action files, everything that lists actions, so that adding one touches exactly its
// file (lib/<feature>/actions/<verbo>.ts), its row in lib/auth/permissions.ts and its sample for the
// permission matrix (tests/fixtures/acciones/<feature>.ts). It writes:
//   lib/actions/registry.ts           ACCIONES, every action, in the permission table's order (the matrix
//                                     runs them in that order: some samples depend on it);
//   lib/<feature>/server-actions.ts   "use server": each action of the feature bound to Next's session as
//                                     `<constante>Action` (the names components import).
// An action file holds one `export const <constante> = defineAction({ name: "<fila>", … })`. A file whose
// comments say `@sin-server-action` is left out of the bindings (e.g. uploads, which go through a route).
// `--check` writes nothing and exits 1 when a generated file is stale or the files and the table disagree
// (npm test runs it first, next to the derived PostgreSQL schema's check). See ADR 0003.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const CABECERA = "// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.";
const REGISTRO = "lib/actions/registry.ts";
const PERMISOS = "lib/auth/permissions.ts";

const posix = (p) => p.split(path.sep).join("/");

/** `lib/<feature>/actions/<archivo>.ts`, relative to `raiz`, sorted. */
export function archivosDeAcciones(raiz) {
  const lib = path.join(raiz, "lib");
  const out = [];
  for (const feature of fs.readdirSync(lib, { withFileTypes: true })) {
    if (!feature.isDirectory()) continue;
    const dir = path.join(lib, feature.name, "actions");
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
      if (f.isFile() && f.name.endsWith(".ts") && !f.name.endsWith(".d.ts")) out.push(`lib/${feature.name}/actions/${f.name}`);
    }
  }
  return out.sort();
}

/**
 * What one action file declares: its exported constant and its permission row's name, read from the text
 * (nothing is imported). `errores` says why a file does not follow the convention.
 */
export function leerAccion(archivo, texto) {
  const llamadas = [...texto.matchAll(/\bdefineAction\s*\(/g)];
  if (llamadas.length !== 1) return { errores: [`${archivo}: debe declarar exactamente una acción con defineAction( (tiene ${llamadas.length}).`] };
  const m = /export\s+const\s+([A-Za-z_$][\w$]*)\s*=\s*defineAction\s*\(\s*\{\s*name\s*:\s*["']([^"']+)["']/.exec(texto);
  if (!m) return { errores: [`${archivo}: escriba \`export const <nombre> = defineAction({ name: "<fila de la tabla>", … })\`.`] };
  const [, feature] = /^lib\/([^/]+)\/actions\//.exec(archivo);
  return {
    errores: [],
    accion: { archivo, feature, constante: m[1], nombre: m[2], serverAction: !/@sin-server-action\b/.test(texto) },
  };
}

/** The action names of PERMISOS, in the order the table lists them (read from the text of permissions.ts). */
export function ordenDeLaTabla(texto) {
  const inicio = texto.indexOf("export const PERMISOS = {");
  const fin = texto.indexOf("} as const satisfies Record<string, Permiso>", inicio);
  if (inicio < 0 || fin < 0) throw new Error(`${PERMISOS}: no se encontró la tabla PERMISOS`);
  return [...texto.slice(inicio, fin).matchAll(/^\s*"([a-z][\w]*\.[\w]+)"\s*:/gm)].map((m) => m[1]);
}

/** Every action file of `raiz`, read. */
export function escanear(raiz) {
  const acciones = [];
  const errores = [];
  for (const archivo of archivosDeAcciones(raiz)) {
    const r = leerAccion(archivo, fs.readFileSync(path.join(raiz, archivo), "utf8"));
    errores.push(...r.errores);
    if (r.accion) acciones.push(r.accion);
  }
  return { acciones, errores };
}

const importar = (a, desde) => `import { ${a.constante} } from "${desde}";`;

/**
 * The generated files (path relative to the root → content) for these actions and this table order, and
 * the disagreements between the two: an action without a row, a row without an action, a name twice.
 */
export function generar(acciones, orden) {
  const errores = [];
  const porNombre = new Map();
  const constantes = new Map();
  for (const a of acciones) {
    if (porNombre.has(a.nombre)) errores.push(`La acción «${a.nombre}» está en dos archivos: ${porNombre.get(a.nombre).archivo} y ${a.archivo}.`);
    else porNombre.set(a.nombre, a);
    if (constantes.has(a.constante)) errores.push(`El nombre ${a.constante} se usa en ${constantes.get(a.constante)} y ${a.archivo}: elija otro (el registro los importa juntos).`);
    else constantes.set(a.constante, a.archivo);
    if (!orden.includes(a.nombre)) errores.push(`La acción «${a.nombre}» (${a.archivo}) no tiene fila en ${PERMISOS}.`);
  }
  for (const nombre of orden) if (!porNombre.has(nombre)) errores.push(`La fila «${nombre}» de ${PERMISOS} no tiene archivo en lib/<funcionalidad>/actions/.`);

  const enOrden = orden.filter((n) => porNombre.has(n)).map((n) => porNombre.get(n));
  const archivos = {};
  archivos[REGISTRO] = [
    CABECERA,
    "// Every action the portal runs, in the order of the permission table (lib/auth/permissions.ts).",
    ...enOrden.map((a) => importar(a, `@/${a.archivo.replace(/\.ts$/, "")}`)),
    "",
    "export const ACCIONES = [",
    ...enOrden.map((a) => `  ${a.constante},`),
    "] as const;",
    "",
  ].join("\n");

  const features = [...new Set(enOrden.filter((a) => a.serverAction).map((a) => a.feature))].sort();
  for (const feature of features) {
    const propias = enOrden.filter((a) => a.feature === feature && a.serverAction);
    const importaciones = [...propias].sort((x, y) => (x.archivo < y.archivo ? -1 : 1)).map((a) => importar(a, `./actions/${path.posix.basename(a.archivo, ".ts")}`));
    archivos[`lib/${feature}/server-actions.ts`] = [
      '"use server";',
      CABECERA,
      "// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.",
      'import { serverAction } from "@/lib/actions/next";',
      ...importaciones,
      "",
      ...propias.map((a) => `export const ${a.constante}Action = serverAction(${a.constante});`),
      "",
    ].join("\n");
  }
  return { archivos, errores };
}

/** Generated files on disk that no longer belong (a feature left without bound actions). */
function sobrantes(raiz, esperados) {
  const lib = path.join(raiz, "lib");
  return fs
    .readdirSync(lib, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `lib/${d.name}/server-actions.ts`)
    .filter((p) => !(p in esperados) && fs.existsSync(path.join(raiz, p)) && fs.readFileSync(path.join(raiz, p), "utf8").includes(CABECERA));
}

/** Compares what would be generated with `raiz`'s files. Empty lists: everything is in order. */
export function revisar(raiz) {
  const { acciones, errores: deArchivos } = escanear(raiz);
  const { archivos, errores } = generar(acciones, ordenDeLaTabla(fs.readFileSync(path.join(raiz, PERMISOS), "utf8")));
  const desactualizados = Object.entries(archivos)
    .filter(([p, texto]) => !fs.existsSync(path.join(raiz, p)) || fs.readFileSync(path.join(raiz, p), "utf8") !== texto)
    .map(([p]) => p);
  return { errores: [...deArchivos, ...errores], desactualizados, sobrantes: sobrantes(raiz, archivos), archivos };
}

/** Writes the generated files (and removes generated ones that no longer belong). Returns what changed. */
export function escribir(raiz) {
  const r = revisar(raiz);
  if (r.errores.length) return r;
  for (const p of r.desactualizados) fs.writeFileSync(path.join(raiz, p), r.archivos[p]);
  for (const p of r.sobrantes) fs.rmSync(path.join(raiz, p));
  return r;
}

function main() {
  const raiz = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const revisarSolo = process.argv.includes("--check");
  const r = revisarSolo ? revisar(raiz) : escribir(raiz);
  for (const e of r.errores) console.error(e);
  if (r.errores.length) process.exit(1);
  if (revisarSolo) {
    const malos = [...r.desactualizados, ...r.sobrantes.map((p) => `${p} (sobra)`)];
    if (malos.length) {
      console.error(`Desactualizados: ${malos.join(", ")}. Ejecute npm run acciones.`);
      process.exit(1);
    }
    console.log(`acciones al día (${Object.keys(r.archivos).length} archivos generados)`);
    return;
  }
  for (const p of r.desactualizados) console.log("escrito", p);
  for (const p of r.sobrantes) console.log("borrado", p);
  if (!r.desactualizados.length && !r.sobrantes.length) console.log("acciones al día");
}

if (process.argv[1] && posix(path.resolve(process.argv[1])) === posix(fileURLToPath(import.meta.url))) main();
