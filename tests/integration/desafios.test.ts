import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/pipeline";
import { crearDesafio } from "@/lib/desafios/actions/crear";
import { editarDesafio } from "@/lib/desafios/actions/editar";
import { publicarDesafio } from "@/lib/desafios/actions/publicar";
import { comoError, comoExito } from "../support/resultado";
import { contar, db, prepararDemo, ultimaAuditoria, type Escenario } from "../support/escenario";
import { camposDesafio } from "../fixtures/acciones";

let e: Escenario;

beforeAll(async () => {
  e = await prepararDemo();
});

describe("desafíos", () => {
  it("un desafío REGIONAL sin región es un error del campo regionCut", async () => {
    const conteo = await contar();
    const { regionCut: _sinRegion, ...campos } = camposDesafio(e.grupoId);
    const r = comoError(await executeAction(crearDesafio, campos, { user: e.admin, db }));
    expect(r.fieldErrors.regionCut).toEqual(["Un desafío regional necesita su región."]);
    expect(await contar()).toEqual(conteo);
  });

  // Regression: a title of only zero-width spaces was published blank (slug "desafio"), and U+202E was
  // stored and rendered. Every schema's text goes through lib/domain/texto.ts.
  it("un título de solo caracteres invisibles se rechaza; las anulaciones bidireccionales se quitan", async () => {
    const conteo = await contar();
    const vacio = comoError(await executeAction(crearDesafio, { ...camposDesafio(e.grupoId), titulo: "\u200B\u200B\uFEFF" }, { user: e.admin, db }));
    expect(vacio.fieldErrors.titulo).toEqual(["El título es obligatorio."]);
    expect(await contar()).toEqual(conteo);

    const r = comoExito(
      await executeAction(crearDesafio, { ...camposDesafio(e.grupoId), titulo: "Respiro \u202Eodiuc\u202C para cuidadores", resumen: "Re\u200Bsumen" }, { user: e.admin, db }),
    );
    const d = await db.desafio.findUniqueOrThrow({ where: { id: r.data.id }, select: { titulo: true, resumen: true } });
    expect(d).toEqual({ titulo: "Respiro odiuc para cuidadores", resumen: "Resumen" });
  });

  it("sin métricas de línea base no se crea", async () => {
    const r = comoError(await executeAction(crearDesafio, { ...camposDesafio(e.grupoId), metricas: [] }, { user: e.admin, db }));
    expect(r.fieldErrors.metricas).toEqual(["Agregue al menos una métrica de línea base."]);
  });

  it("un grupo vulnerable inexistente es un error de ese campo", async () => {
    const conteo = await contar();
    const r = comoError(await executeAction(crearDesafio, camposDesafio("no-existe"), { user: e.admin, db }));
    expect(r.fieldErrors.grupoVulnerableId).toEqual(["Seleccione un grupo vulnerable válido."]);
    expect(await contar()).toEqual(conteo);
  });

  it("crear deja un BORRADOR con sus métricas; publicar con «si» lo deja PUBLICADO", async () => {
    const conteo = await contar();
    const creado = comoExito(await executeAction(crearDesafio, camposDesafio(e.grupoId), { user: e.admin, db }));
    expect(creado.data.slug).toBe("cuidadores-con-respiro");
    const d = await db.desafio.findUniqueOrThrow({ where: { id: creado.data.id }, include: { metricas: { orderBy: { orden: "asc" } } } });
    expect(d).toMatchObject({ estado: "BORRADOR", publicadoEn: null, alcance: "REGIONAL", regionCut: "08", convocatoriaId: e.convocatoriaId });
    expect(d.metricas.map((m) => [m.indicador, m.valor, m.orden])).toEqual([
      ["Cuidadores con sobrecarga intensa", 63.5, 0],
      ["Horas semanales de cuidado", 90, 1],
    ]);
    // Measurement dates are noon in Chile (UTC−3 on 31 Dec).
    expect(d.metricas[0].fecha.toISOString()).toBe("2018-12-31T15:00:00.000Z");
    expect(await contar()).toMatchObject({ desafios: conteo.desafios + 1, metricas: conteo.metricas + 2, auditoria: conteo.auditoria + 1 });

    comoExito(await executeAction(publicarDesafio, { id: d.id, publicar: "si" }, { user: e.admin, db }));
    const publicado = await db.desafio.findUniqueOrThrow({ where: { id: d.id } });
    expect(publicado.estado).toBe("PUBLICADO");
    expect(publicado.publicadoEn).toBeInstanceOf(Date);
    expect(await ultimaAuditoria()).toMatchObject({ accion: "desafio.publicar", entidadId: d.id, datos: '{"estado":"PUBLICADO"}' });

    comoExito(await executeAction(publicarDesafio, { id: d.id, publicar: "no" }, { user: e.admin, db }));
    expect(await db.desafio.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ estado: "BORRADOR", publicadoEn: null });
  });

  it("un título repetido recibe otro slug", async () => {
    const r = comoExito(await executeAction(crearDesafio, camposDesafio(e.grupoId), { user: e.admin, db }));
    expect(r.data.slug).toBe("cuidadores-con-respiro-2");
  });

  it("un título cuyo slug numerado ya existe recibe un slug libre", async () => {
    const crear = async (titulo: string) => comoExito(await executeAction(crearDesafio, { ...camposDesafio(e.grupoId), titulo }, { user: e.admin, db })).data.slug;
    expect(await crear("Empleo rural")).toBe("empleo-rural");
    expect(await crear("Empleo rural 3")).toBe("empleo-rural-3");
    const tercero = await crear("Empleo rural");
    expect(["empleo-rural", "empleo-rural-3"]).not.toContain(tercero);
    expect(tercero).toMatch(/^empleo-rural-\d+$/);
  });

  it("se crea desde un FormData con claves metricas.N.campo", async () => {
    const fd = new FormData();
    const c = camposDesafio(e.grupoId);
    fd.append("titulo", "Empleo para jóvenes");
    for (const k of ["resumen", "descripcion", "grupoVulnerableId"] as const) fd.append(k, c[k]);
    fd.append("alcance", "NACIONAL");
    fd.append("regionCut", "08");
    c.metricas.forEach((m, i) => {
      for (const [k, v] of Object.entries(m)) fd.append(`metricas.${i}.${k}`, String(v));
    });
    const r = comoExito(await executeAction(crearDesafio, fd, { user: e.admin, db }));
    const d = await db.desafio.findUniqueOrThrow({ where: { id: r.data.id }, include: { metricas: true } });
    // NACIONAL drops the region even if one was posted.
    expect(d).toMatchObject({ slug: "empleo-para-jovenes", alcance: "NACIONAL", regionCut: null });
    expect(d.metricas).toHaveLength(2);
  });

  it("editar reemplaza las métricas", async () => {
    const id = e.desafios[0].id;
    const campos = { ...camposDesafio(e.grupoId), metricas: [camposDesafio(e.grupoId).metricas[1]], id, titulo: "Título nuevo" };
    comoExito(await executeAction(editarDesafio, campos, { user: e.admin, db }));
    const d = await db.desafio.findUniqueOrThrow({ where: { id }, include: { metricas: true } });
    expect(d.titulo).toBe("Título nuevo");
    expect(d.slug).toBe(e.desafios[0].slug);
    expect(d.metricas.map((m) => m.indicador)).toEqual(["Horas semanales de cuidado"]);
  });

  it("un texto con el carácter NUL es un error de su campo en ambos proveedores, no un error inesperado", async () => {
    const conteo = await contar();
    const r = comoError(await executeAction(crearDesafio, { ...camposDesafio(e.grupoId), titulo: "Uno\u0000dos" }, { user: e.admin, db }));
    expect(r.fieldErrors.titulo).toEqual(["El título contiene caracteres no válidos."]);
    const p = comoError(await executeAction(publicarDesafio, { id: "\u0000", publicar: "si" }, { user: e.admin, db }));
    expect(p.fieldErrors.id).toEqual(["Identificador inválido."]);
    expect(await contar()).toEqual(conteo);
  });

  it("publicar un desafío inexistente falla sin escribir", async () => {
    const conteo = await contar();
    const r = comoError(await executeAction(publicarDesafio, { id: "no-existe", publicar: "si" }, { user: e.admin, db }));
    expect(r.error).toBe("El desafío no existe.");
    expect(await contar()).toEqual(conteo);
  });
});
