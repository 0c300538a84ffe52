// scripts/derivar-acciones.mjs: the action registry and the Next bindings are derived from the action
// files, in the permission table's order, and its check fails on any entry missing or left over.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { escribir, revisar } from "../../scripts/derivar-acciones.mjs";

const RAIZ = path.resolve(import.meta.dirname, "../..");

const TABLA = `export const PERMISOS = {
  // Talleres
  "taller.crear": { quien: EQUIPO, etapas: TODAS, descripcion: "Crear" },
  "taller.marcarAsistencia": { quien: EQUIPO, etapas: TODAS, descripcion: "Asistencia" },
  "taller.cancelarInscripcion": {
    quien: CUALQUIERA,
    etapas: TODAS,
    descripcion: "Cancelar",
  },
  "adjunto.subir": { quien: POSTULANTE, etapas: TODAS, descripcion: "Subir" },
} as const satisfies Record<string, Permiso>;
`;

const accion = (constante: string, nombre: string, extra = "") =>
  `import { defineAction } from "@/lib/actions/pipeline";\n${extra}export const ${constante} = defineAction({\n  name: "${nombre}",\n  schema,\n  async run() {},\n});\n`;

let carpetas: string[] = [];

/** A throwaway checkout with a permission table and the given action files. */
function proyecto(archivos: Record<string, string>, tabla = TABLA): string {
  const raiz = fs.mkdtempSync(path.join(os.tmpdir(), "derivar-acciones-"));
  carpetas.push(raiz);
  for (const [p, texto] of Object.entries({ "lib/auth/permissions.ts": tabla, ...archivos })) {
    fs.mkdirSync(path.dirname(path.join(raiz, p)), { recursive: true });
    fs.writeFileSync(path.join(raiz, p), texto);
  }
  fs.mkdirSync(path.join(raiz, "lib/actions"), { recursive: true });
  return raiz;
}

const COMPLETO = {
  // Alphabetical file order differs from the table's on purpose.
  "lib/talleres/actions/cancelar-inscripcion.ts": accion("cancelarInscripcion", "taller.cancelarInscripcion"),
  "lib/talleres/actions/crear.ts": accion("crearTaller", "taller.crear"),
  "lib/talleres/actions/marcar-asistencia.ts": accion("marcarAsistencia", "taller.marcarAsistencia"),
  "lib/adjuntos/actions/subir.ts": accion("subirAdjunto", "adjunto.subir", "// Through a route handler: @sin-server-action\n"),
};

const leer = (raiz: string, p: string) => fs.readFileSync(path.join(raiz, p), "utf8");

afterEach(() => {
  for (const c of carpetas) fs.rmSync(c, { recursive: true, force: true });
  carpetas = [];
});

describe("registro de acciones derivado", () => {
  it("los archivos generados del repositorio están al día con las acciones y la tabla", () => {
    const r = revisar(RAIZ);
    expect(r.errores).toEqual([]);
    expect(r.desactualizados).toEqual([]);
    expect(r.sobrantes).toEqual([]);
  });

  it("escribe el registro en el orden de la tabla y una server action por acción, con el nombre que importan los formularios", () => {
    const raiz = proyecto(COMPLETO);
    expect(escribir(raiz).errores).toEqual([]);
    const registro = leer(raiz, "lib/actions/registry.ts");
    expect(registro.slice(registro.indexOf("export const ACCIONES"))).toBe(
      "export const ACCIONES = [\n  crearTaller,\n  marcarAsistencia,\n  cancelarInscripcion,\n  subirAdjunto,\n] as const;\n",
    );
    expect(registro).toContain('import { subirAdjunto } from "@/lib/adjuntos/actions/subir";');
    const talleres = leer(raiz, "lib/talleres/server-actions.ts");
    expect(talleres.startsWith('"use server";\n')).toBe(true);
    expect(talleres).toContain('import { marcarAsistencia } from "./actions/marcar-asistencia";');
    expect(talleres).toContain(
      "export const crearTallerAction = serverAction(crearTaller);\nexport const marcarAsistenciaAction = serverAction(marcarAsistencia);\nexport const cancelarInscripcionAction = serverAction(cancelarInscripcion);\n",
    );
    // Marked @sin-server-action: in the registry, with no binding (and no bindings file for its feature).
    expect(fs.existsSync(path.join(raiz, "lib/adjuntos/server-actions.ts"))).toBe(false);
    expect(revisar(raiz)).toMatchObject({ errores: [], desactualizados: [], sobrantes: [] });
  });

  it("un registro al que le falta una acción, o que tiene una de más, no pasa la revisión", () => {
    const raiz = proyecto(COMPLETO);
    escribir(raiz);
    const registro = leer(raiz, "lib/actions/registry.ts");
    fs.writeFileSync(path.join(raiz, "lib/actions/registry.ts"), registro.replace("  marcarAsistencia,\n", ""));
    expect(revisar(raiz).desactualizados).toEqual(["lib/actions/registry.ts"]);
    fs.writeFileSync(path.join(raiz, "lib/actions/registry.ts"), registro.replace("  crearTaller,\n", "  crearTaller,\n  crearTaller,\n"));
    expect(revisar(raiz).desactualizados).toEqual(["lib/actions/registry.ts"]);
    // A binding removed by hand is stale too.
    fs.writeFileSync(path.join(raiz, "lib/actions/registry.ts"), registro);
    fs.writeFileSync(path.join(raiz, "lib/talleres/server-actions.ts"), leer(raiz, "lib/talleres/server-actions.ts").replace(/^export const crearTallerAction.*\n/m, ""));
    expect(revisar(raiz).desactualizados).toEqual(["lib/talleres/server-actions.ts"]);
  });

  it("una acción sin fila en la tabla, o una fila sin archivo, es un error con su nombre", () => {
    const sinFila = proyecto({ ...COMPLETO, "lib/talleres/actions/borrar.ts": accion("borrarTaller", "taller.borrar") });
    expect(revisar(sinFila).errores).toEqual(["La acción «taller.borrar» (lib/talleres/actions/borrar.ts) no tiene fila en lib/auth/permissions.ts."]);
    const { "lib/talleres/actions/crear.ts": _sinArchivo, ...resto } = COMPLETO;
    expect(revisar(proyecto(resto)).errores).toEqual(["La fila «taller.crear» de lib/auth/permissions.ts no tiene archivo en lib/<funcionalidad>/actions/."]);
  });

  it("un archivo con dos acciones, sin la forma `export const x = defineAction({ name })`, o un nombre repetido: errores", () => {
    const dos = proyecto({ ...COMPLETO, "lib/talleres/actions/crear.ts": accion("crearTaller", "taller.crear") + accion("otra", "taller.crear") });
    expect(revisar(dos).errores).toContain("lib/talleres/actions/crear.ts: debe declarar exactamente una acción con defineAction( (tiene 2).");
    const sinForma = proyecto({ ...COMPLETO, "lib/talleres/actions/crear.ts": 'const x = defineAction({ name: "taller.crear" });\nexport { x };\n' });
    expect(revisar(sinForma).errores[0]).toMatch(/^lib\/talleres\/actions\/crear\.ts: escriba `export const/);
    const repetida = proyecto({ ...COMPLETO, "lib/talleres/actions/crear-otra.ts": accion("crearOtro", "taller.crear") });
    expect(revisar(repetida).errores).toEqual(["La acción «taller.crear» está en dos archivos: lib/talleres/actions/crear-otra.ts y lib/talleres/actions/crear.ts."]);
  });

  it("el archivo de server actions de una funcionalidad que se quedó sin acciones sobra, y se borra", () => {
    // taller.crear first lives in scouting; then it moves to talleres, leaving scouting without actions.
    const { "lib/talleres/actions/crear.ts": crear, ...resto } = COMPLETO;
    const raiz = proyecto({ ...resto, "lib/scouting/actions/invitar.ts": crear });
    escribir(raiz);
    expect(fs.existsSync(path.join(raiz, "lib/scouting/server-actions.ts"))).toBe(true);
    fs.rmSync(path.join(raiz, "lib/scouting/actions/invitar.ts"));
    fs.writeFileSync(path.join(raiz, "lib/talleres/actions/crear.ts"), crear);
    expect(revisar(raiz).sobrantes).toEqual(["lib/scouting/server-actions.ts"]);
    escribir(raiz);
    expect(fs.existsSync(path.join(raiz, "lib/scouting/server-actions.ts"))).toBe(false);
    expect(revisar(raiz)).toMatchObject({ errores: [], desactualizados: [], sobrantes: [] });
  });
});
