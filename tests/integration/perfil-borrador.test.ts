// Issue 8: the autosave stopped silently on an invalid field (the organisation RUT, or an amount typed as
// "25.000.000"), so the server copy kept only what came before it. A draft now saves whatever was typed,
// with the submission's objections as warnings next to their fields; the submission stays strict.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import type { SessionUser } from "@/lib/auth/session-user";
import { MENSAJE_MONTO_GRANDE, MENSAJE_MONTO_ILEGIBLE, MENSAJE_RUT_INVALIDO } from "@/lib/domain/avisos-borrador";
import { calcularDv } from "@/lib/domain/rut";
import { crearBorrador } from "@/lib/postulaciones/actions/crear-borrador";
import { enviarPerfil } from "@/lib/postulaciones/actions/enviar";
import { guardarBorrador } from "@/lib/postulaciones/actions/guardar-borrador";
import { CAMPOS_PERFIL_MUESTRA } from "../fixtures/acciones/perfil";
import { crearUsuario, db, fijarEtapa, prepararDemo, type Escenario } from "../support/escenario";
import { comoError, comoExito } from "../support/resultado";

let e: Escenario;
let postulante: SessionUser;

async function nuevoBorrador(): Promise<string> {
  return comoExito(await executeAction(crearBorrador, { desafioId: e.desafios[0].id }, { user: postulante, db })).data.id;
}

const guardar = (entrada: Record<string, unknown>) => executeAction(guardarBorrador, entrada, { user: postulante, db });

const fila = (id: string) =>
  db.postulacion.findUniqueOrThrow({
    where: { id },
    select: { nombreProyecto: true, problema: true, organizacionNombre: true, organizacionRut: true, montoSolicitado: true, borradorVersion: true, regiones: { select: { regionCut: true } } },
  });

beforeAll(async () => {
  e = await prepararDemo();
});

beforeEach(async () => {
  await fijarEtapa("CONVOCATORIA");
  await db.etapaCalendario.update({
    where: { convocatoriaId_etapa: { convocatoriaId: e.convocatoriaId, etapa: "CONVOCATORIA" } },
    data: { fin: new Date(Date.now() + 7 * 86_400_000) },
  });
  postulante = await crearUsuario(["POSTULANTE"]);
});

describe("el autoguardado guarda lo escrito aunque un campo no sirva para enviar", () => {
  it("un RUT inválido y los campos escritos después quedan en el servidor, y el RUT vuelve con su aviso", async () => {
    const id = await nuevoBorrador();
    const r = comoExito(
      await guardar({
        id,
        version: 0,
        nombreProyecto: "Huertos en campamentos",
        organizacionRut: "65.123.456-7",
        organizacionNombre: "Junta de vecinos Las Araucarias",
        problema: "Escrito después del RUT inválido",
        regiones: ["08"],
      }),
    );
    expect(r.data.version).toBe(1);
    expect(r.data.avisos).toEqual({ organizacionRut: [MENSAJE_RUT_INVALIDO] });
    // What another browser reads: every character, the invalid RUT as typed.
    expect(await fila(id)).toEqual({
      nombreProyecto: "Huertos en campamentos",
      problema: "Escrito después del RUT inválido",
      organizacionNombre: "Junta de vecinos Las Araucarias",
      organizacionRut: "65.123.456-7",
      montoSolicitado: null,
      borradorVersion: 1,
      regiones: [{ regionCut: "08" }],
    });
  });

  it("«25.000.000», «$25.000.000» y 25000000 se guardan como 25000000 pesos", async () => {
    const id = await nuevoBorrador();
    let version = 0;
    for (const monto of ["25.000.000", "$25.000.000", "$ 25.000.000.-", 25_000_000, "25000000"]) {
      await db.postulacion.update({ where: { id }, data: { montoSolicitado: null } });
      const r = comoExito(await guardar({ id, version, montoSolicitado: monto }));
      version = r.data.version;
      expect((await fila(id)).montoSolicitado, String(monto)).toBe(25_000_000);
    }
  });

  it("un monto fuera de la banda o sobre el tope de la línea se guarda y vuelve con el aviso del envío", async () => {
    const id = await nuevoBorrador();
    const bajo = comoExito(await guardar({ id, version: 0, montoSolicitado: "5.000.000" }));
    expect(bajo.data.avisos.montoSolicitado?.[0]).toMatch(/^\$5\.000\.000; debe estar entre \$20\.000\.000 y \$30\.000\.000\.$/);
    expect((await fila(id)).montoSolicitado).toBe(5_000_000);
    // The demo's línea IDEA_VAGA × SIN_FINES_DE_LUCRO tops at 20 MM: 25 MM is over it.
    const sobre = comoExito(await guardar({ id, version: 1, nivelMadurez: "IDEA_VAGA", tipoEjecutor: "SIN_FINES_DE_LUCRO", montoSolicitado: "25.000.000" }));
    expect(sobre.data.avisos.montoSolicitado?.[0]).toMatch(/debe estar entre \$20\.000\.000 y \$20\.000\.000/);
    expect((await fila(id)).montoSolicitado).toBe(25_000_000);
    const dentro = comoExito(await guardar({ id, version: 2, nivelMadurez: "IDEA_CLARA", montoSolicitado: "24.000.000", organizacionRut: "65.123.456-5" }));
    expect(dentro.data.avisos).toEqual({});
  });

  it("un monto que no se puede leer no se guarda como monto, pero el resto sí, y el aviso lo dice", async () => {
    const id = await nuevoBorrador();
    comoExito(await guardar({ id, version: 0, montoSolicitado: "24.000.000" }));
    const r = comoExito(await guardar({ id, version: 1, montoSolicitado: "veinte millones", problema: "Sigue guardando" }));
    expect(r.data.avisos).toEqual({ montoSolicitado: [MENSAJE_MONTO_ILEGIBLE] });
    expect(await fila(id)).toMatchObject({ problema: "Sigue guardando", montoSolicitado: null, borradorVersion: 2 });
    const grande = comoExito(await guardar({ id, version: 2, montoSolicitado: "9.999.999.999" }));
    expect(grande.data.avisos).toEqual({ montoSolicitado: [MENSAJE_MONTO_GRANDE] });
    expect((await fila(id)).montoSolicitado).toBeNull();
  });

  it("un guardado sin el monto no lo toca", async () => {
    const id = await nuevoBorrador();
    comoExito(await guardar({ id, version: 0, montoSolicitado: "24.000.000" }));
    comoExito(await guardar({ id, version: 1, problema: "Solo texto" }));
    expect((await fila(id)).montoSolicitado).toBe(24_000_000);
  });

  it("la versión vieja se sigue rechazando sin escribir nada", async () => {
    const id = await nuevoBorrador();
    comoExito(await guardar({ id, version: 0, problema: "Primera" }));
    const r = comoError(await guardar({ id, version: 0, problema: "Pestaña vieja", organizacionRut: "1-1" }));
    expect(r.fieldErrors.version).toEqual(["1"]);
    expect(await fila(id)).toMatchObject({ problema: "Primera", organizacionRut: "", borradorVersion: 1 });
  });
});

describe("el envío sigue siendo estricto", () => {
  async function conDocumentos(id: string) {
    for (const categoria of ["ESTATUTOS", "CERTIFICADO_VIGENCIA"]) {
      await db.adjunto.create({
        data: { postulacionId: id, subidoPorId: postulante.id, categoria, nombreArchivo: `${categoria}.pdf`, mime: "application/pdf", bytes: 10, sha256: categoria.padEnd(64, "1"), clave: `${id}-${categoria}-b` },
      });
    }
  }

  it("acepta el monto como se escribe en Chile y lo guarda en pesos", async () => {
    const id = await nuevoBorrador();
    await conDocumentos(id);
    const cuerpo = String(72_000_000 + (Date.now() % 1_000_000));
    const r = await executeAction(enviarPerfil, { id, ...CAMPOS_PERFIL_MUESTRA, organizacionRut: `${cuerpo}-${calcularDv(cuerpo)}`, montoSolicitado: "$24.000.000" }, { user: postulante, db });
    comoExito(r);
    expect(await db.postulacion.findUniqueOrThrow({ where: { id }, select: { estado: true, montoSolicitado: true } })).toEqual({ estado: "ENVIADA", montoSolicitado: 24_000_000 });
  });

  it("rechaza el RUT inválido que el borrador guardó, junto a su campo, y no envía", async () => {
    const id = await nuevoBorrador();
    await conDocumentos(id);
    comoExito(await guardar({ id, version: 0, organizacionRut: "65.123.456-7" }));
    const r = comoError(await executeAction(enviarPerfil, { id, ...CAMPOS_PERFIL_MUESTRA, organizacionRut: "65.123.456-7" }, { user: postulante, db }));
    expect(r.fieldErrors.organizacionRut).toEqual([MENSAJE_RUT_INVALIDO]);
    expect((await db.postulacion.findUniqueOrThrow({ where: { id } })).estado).toBe("BORRADOR");
  });
});
