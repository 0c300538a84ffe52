// The mail templates (lib/mail/plantillas): each gives a subject, a text and an HTML body; the HTML is the
// one delivery builds from the text (so the staff preview shows what is sent), every character people
// chose is escaped in it, and the catalogue of the preview lists every template.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { escaparHtml, htmlDeCorreo } from "@/lib/mail/html";
import type { MensajeCorreo } from "@/lib/mail/mensaje";
import { correoAdmisibilidadDecidida } from "@/lib/mail/plantillas/admisibilidad-decidida";
import { correoAsignacionesEvaluacion } from "@/lib/mail/plantillas/asignaciones-evaluacion";
import { correoAsignacionesSinEvaluador } from "@/lib/mail/plantillas/asignaciones-sin-evaluador";
import { correoAuditoriaCabezaDiaria } from "@/lib/mail/plantillas/auditoria-cabeza-diaria";
import { CATALOGO } from "@/lib/mail/plantillas/catalogo";
import { correoConvocatoriaCerradaAntes } from "@/lib/mail/plantillas/convocatoria-cerrada-antes";
import { correoDatosSolicitudNueva } from "@/lib/mail/plantillas/datos-solicitud-nueva";
import { correoDatosSolicitudRecibida } from "@/lib/mail/plantillas/datos-solicitud-recibida";
import { correoDatosSolicitudResuelta } from "@/lib/mail/plantillas/datos-solicitud-resuelta";
import { correoJuradoAsignado } from "@/lib/mail/plantillas/jurado-asignado";
import { correoMentorInvitacion } from "@/lib/mail/plantillas/mentor-invitacion";
import { correoMentorRevision } from "@/lib/mail/plantillas/mentor-revision";
import { correoMentoriaAlerta } from "@/lib/mail/plantillas/mentoria-alerta";
import { correoMentoriaAsignada } from "@/lib/mail/plantillas/mentoria-asignada";
import { correoOrganizacionInvitacion } from "@/lib/mail/plantillas/organizacion-invitacion";
import { correoOrganizacionMiembroQuitado } from "@/lib/mail/plantillas/organizacion-miembro-quitado";
import { correoOrganizacionSolicitud } from "@/lib/mail/plantillas/organizacion-solicitud";
import { correoOrganizacionSolicitudResuelta } from "@/lib/mail/plantillas/organizacion-solicitud-resuelta";
import { correoPerfilEnviado } from "@/lib/mail/plantillas/perfil-enviado";
import { correoFormularioEnviado } from "@/lib/mail/plantillas/formulario-enviado";
import { correoHitoRecordatorio } from "@/lib/mail/plantillas/hito-recordatorio";
import { correoHitoRevisado } from "@/lib/mail/plantillas/hito-revisado";
import { correoConfirmarCorreo } from "@/lib/mail/plantillas/correo-confirmar";
import { correoRegistroBienvenida } from "@/lib/mail/plantillas/registro-bienvenida";
import { ASUNTO_INTENTO_REGISTRO, correoRegistroIntentoDuplicado } from "@/lib/mail/plantillas/registro-intento-duplicado";
import { correoScoutingInvitacion } from "@/lib/mail/plantillas/scouting-invitacion";
import { correoSeleccionResultado } from "@/lib/mail/plantillas/seleccion-resultado";
import { correoTallerConfirmada } from "@/lib/mail/plantillas/taller-confirmada";
import { correoTallerConfirmarInscripcion } from "@/lib/mail/plantillas/taller-confirmar-inscripcion";
import { correoTallerListaEspera } from "@/lib/mail/plantillas/taller-lista-espera";
import { correoTallerPromovida } from "@/lib/mail/plantillas/taller-promovida";
import { correoSistematizacionRevisada } from "@/lib/mail/plantillas/sistematizacion-revisada";
import { correoTallerMaterial } from "@/lib/mail/plantillas/taller-material";

const CARPETA = path.join(import.meta.dirname, "../../lib/mail/plantillas");
/** Files of the folder that are not templates. */
const NO_PLANTILLAS = ["catalogo.ts", "taller-detalle.ts"];

// Text a person could type in a name, a title or a message.
const H = `<script>alert("x")</script> & 'y' <img src=x onerror=alert(1)>`;
const FECHA = new Date("2019-05-10T14:30:00-04:00");
const evento = { id: "t1", titulo: H, inicio: FECHA, lugar: H, enlace: "https://reunion.example/sala" };
const org = { nombre: H, rut: "65123456-5" };

/** Every template, rendered with hostile text in each field a person chose. */
const HOSTILES: Record<string, () => MensajeCorreo> = {
  "jurado-asignado": () => correoJuradoAsignado({ nombre: H, helice: "EMPRESA", evento: { id: "e1", titulo: H, inicio: FECHA, lugar: H, enlace: null, region: "Biobío" } }),
  "registro-bienvenida": () => correoRegistroBienvenida({ nombre: H }),
  "registro-intento-duplicado": () => correoRegistroIntentoDuplicado({ nombre: H }),
  "correo-confirmar": () => correoConfirmarCorreo({ nombre: H, enlace: H, vence: FECHA }),
  "perfil-enviado": () =>
    correoPerfilEnviado({ nombre: H, proyecto: H, desafio: H, convocatoria: H, folio: 3, enviadaEn: FECHA, huella: "ab".repeat(32), cierre: FECHA }),
  "formulario-enviado": () => correoFormularioEnviado({ nombre: H, proyecto: H, desafio: H, convocatoria: H, folio: 3, enviadoEn: FECHA, huella: "ab".repeat(32) }),
  "admisibilidad-decidida": () =>
    correoAdmisibilidadDecidida({ nombre: H, proyecto: H, folio: 3, desafio: H, decision: "INADMISIBLE", motivos: H, reemplazaAnterior: true }),
  "seleccion-resultado": () => correoSeleccionResultado({ nombre: H, proyecto: H, folio: 3, fase: "SELECCION_FINAL", decision: "SELECCIONADA", montoAsignado: 25_000_000, fundamento: H }),
  "asignaciones-evaluacion": () =>
    correoAsignacionesEvaluacion({ nombre: H, convocatoria: H, perfiles: [{ folio: 3, proyecto: H }], motivo: "TERCERA_REVISION", capacitacionAprobada: true }),
  "asignaciones-sin-evaluador": () => correoAsignacionesSinEvaluador({ nombre: H, perfil: { folio: 3, proyecto: H }, motivos: [H] }),
  "convocatoria-cerrada-antes": () =>
    correoConvocatoriaCerradaAntes({
      afectado: { userId: "u", nombre: H, email: "a@b.cl", borradores: [H], enviados: [H] },
      convocatoria: H,
      finPlanificado: FECHA,
      cierre: FECHA,
    }),
  "taller-confirmar-inscripcion": () => correoTallerConfirmarInscripcion({ evento, enlace: "http://localhost:3000/talleres/confirmar/abc", vence: FECHA }),
  "taller-confirmada": () => correoTallerConfirmada({ evento, nombre: H }),
  "taller-lista-espera": () => correoTallerListaEspera({ evento, nombre: H }),
  "taller-promovida": () => correoTallerPromovida({ evento, nombre: H }),
  "scouting-invitacion": () =>
    correoScoutingInvitacion({ nombre: H, invitadoPor: H, desafio: { titulo: H, resumen: H }, mensajePersonal: H, enlace: "http://localhost:3000/invitacion/x.y", vence: FECHA }),
  "organizacion-invitacion": () => correoOrganizacionInvitacion({ nombre: H, organizacion: org }),
  "organizacion-solicitud": () => correoOrganizacionSolicitud({ nombre: H, organizacion: org }),
  "organizacion-solicitud-resuelta": () => correoOrganizacionSolicitudResuelta({ nombre: H, organizacion: org, aprobada: true, motivos: H }),
  "organizacion-miembro-quitado": () => correoOrganizacionMiembroQuitado({ nombre: H, organizacion: org, motivos: H }),
  "mentor-invitacion": () => correoMentorInvitacion({ nombre: H, invitadoPor: H, institucion: H, enlace: "http://localhost:3000/mentores/registro" }),
  "mentor-revision": () => correoMentorRevision({ nombre: H, aprobada: false, motivo: H, enlace: "http://localhost:3000/mentores/registro" }),
  "mentoria-asignada": () => correoMentoriaAsignada({ para: "equipo", nombre: H, proyecto: H, mentor: H, institucion: H }),
  "mentoria-alerta": () => correoMentoriaAlerta({ para: "mentor", nombre: H, proyecto: H, mentoriaId: "m1", semanas: [1, 2] }),
  "hito-revisado": () => correoHitoRevisado({ nombre: H, proyecto: H, hito: H, decision: "OBSERVADO", motivo: H }),
  "hito-recordatorio": () => correoHitoRecordatorio({ nombre: H, proyecto: H, porVencer: [{ titulo: H, vence: FECHA }], atrasados: [{ titulo: H, vence: FECHA }] }),
  "datos-solicitud-recibida": () => correoDatosSolicitudRecibida({ nombre: H, tipo: "SUPRESION", recibidaEn: FECHA, venceEn: FECHA, enlace: "http://localhost:3000/cuenta/datos" }),
  "datos-solicitud-nueva": () => correoDatosSolicitudNueva({ nombre: H, tipo: "RECTIFICACION", venceEn: FECHA, enlace: "http://localhost:3000/admin/datos-personales" }),
  "datos-solicitud-resuelta": () => correoDatosSolicitudResuelta({ nombre: H, tipo: "RECTIFICACION", resuelta: false, respuesta: H }),
  "auditoria-cabeza-diaria": () => correoAuditoriaCabezaDiaria({ dia: "2019-05-10", puntoDeControl: { id: 1, hash: "f".repeat(64), createdAt: FECHA }, falla: H }),
  "sistematizacion-revisada": () => correoSistematizacionRevisada({ nombre: H, proyecto: H, aprobada: false, motivo: H, enlace: "http://localhost:3000/postulante/piloto/informe" }),
  "taller-material": () => correoTallerMaterial({ evento: { id: "e1", titulo: H, inicio: FECHA, lugar: H, enlace: null }, nombre: H, material: H }),
};

describe("catálogo de plantillas", () => {
  it("lista cada plantilla de la carpeta una vez, con título, cuándo se envía y un ejemplo", () => {
    const archivos = readdirSync(CARPETA)
      .filter((f) => f.endsWith(".ts") && !NO_PLANTILLAS.includes(f))
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(CATALOGO.map((c) => c.clave).sort()).toEqual(archivos);
    expect(Object.keys(HOSTILES).sort()).toEqual(archivos);
    for (const c of CATALOGO) {
      expect(c.titulo.length, c.clave).toBeGreaterThan(3);
      expect(c.cuando.length, c.clave).toBeGreaterThan(10);
    }
  });

  it.each(CATALOGO.map((c) => [c.clave, c] as const))("%s: el HTML es el que la entrega arma desde el texto, con la cabecera y el asunto", (_clave, c) => {
    const m = c.ejemplo();
    expect(m.asunto.trim()).not.toBe("");
    expect(m.texto.trim()).not.toBe("");
    expect(m.html).toBe(htmlDeCorreo(m.asunto, m.texto));
    expect(m.html).toMatch(/^<!DOCTYPE html>\n<html lang="es-CL">/);
    expect(m.html).toContain(`<title>${escaparHtml(m.asunto)}</title>`);
    expect(m.html).toContain(`<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;">${escaparHtml(m.asunto)}</h1>`);
    expect(m.html).toContain(">Fondo IDEA</p>");
    expect(m.html).not.toMatch(/<script|<img|<style|<link|<[^>]*\son[a-z]+=/i);
  });
});

describe("escape del HTML", () => {
  it.each(Object.entries(HOSTILES))("%s: el texto de las personas llega escapado, nunca como etiquetas", (_clave, render) => {
    const m = render();
    // The plain text keeps what was typed (a mail client shows it as text)…
    expect(m.texto).toContain("<script>");
    // …and the HTML shows it escaped: no tag, no attribute of a person's choosing.
    expect(m.html).not.toMatch(/<script|<img|<[^>]*\son[a-z]+=/i);
    expect(m.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
    expect(m.html).toBe(htmlDeCorreo(m.asunto, m.texto));
  });

  it("el asunto también se escapa, en el título y en el encabezado", () => {
    const m = correoTallerConfirmada({ evento, nombre: "Ana" });
    expect(m.asunto).toBe(`Inscripción confirmada: ${H}`);
    expect(m.html).toContain(`<title>Inscripción confirmada: &lt;script&gt;`);
    expect(m.html.match(/&lt;script&gt;/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it("las direcciones http(s) son enlaces; la puntuación final y lo que no es http(s) quedan como texto", () => {
    const html = htmlDeCorreo("A", "Vea https://fondo.cl/postulante. O javascript:alert(1) o ftp://x.cl\nhttps://x.cl/a?b=1&c=2");
    expect(html).toContain('<a href="https://fondo.cl/postulante" style="');
    expect(html).toContain(">https://fondo.cl/postulante</a>.");
    expect(html).toContain('<a href="https://x.cl/a?b=1&amp;c=2"');
    expect(html).not.toContain('href="javascript');
    expect(html).not.toContain('href="ftp');
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it("una dirección no puede salir del atributo: se corta en comillas y signos < >", () => {
    const html = htmlDeCorreo("A", `https://x.cl/"><script>alert(1)</script> https://y.cl/'onmouseover='alert(1)`);
    expect(html).toContain('<a href="https://x.cl/" style=');
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
    expect(html).toContain('<a href="https://y.cl/" style=');
    expect(html).not.toMatch(/<script|onmouseover='/);
  });

  it("párrafos en las líneas en blanco, saltos de línea dentro de un párrafo", () => {
    const html = htmlDeCorreo("A", "Hola:\n\nuno\ndos\n\n\ntres");
    expect(html).toContain('<p style="margin:0 0 16px;">Hola:</p>\n<p style="margin:0 0 16px;">uno<br>\ndos</p>\n<p style="margin:0 0 16px;">tres</p>');
  });
});

describe("textos de las plantillas", () => {
  const antes = process.env.APP_URL;
  beforeEach(() => {
    process.env.APP_URL = "https://fondoidea.fosis.gob.cl/";
  });
  afterEach(() => {
    if (antes === undefined) delete process.env.APP_URL;
    else process.env.APP_URL = antes;
  });

  it("bienvenida e intento duplicado: enlace al ingreso desde APP_URL, sin doble barra", () => {
    expect(correoRegistroBienvenida({ nombre: "Ana" })).toMatchObject({
      asunto: "Su cuenta en el portal Fondo IDEA",
      texto: "Hola Ana:\n\nSu cuenta en el portal Fondo IDEA quedó creada.\nIngrese con su correo y contraseña: https://fondoidea.fosis.gob.cl/ingresar",
    });
    const d = correoRegistroIntentoDuplicado({ nombre: "Ana" });
    expect(d.asunto).toBe(ASUNTO_INTENTO_REGISTRO);
    expect(d.texto).toContain("Si fue usted, ingrese con su cuenta: https://fondoidea.fosis.gob.cl/ingresar\n");
  });

  it("perfil enviado: folio, hora, huella y el plazo de retiro", () => {
    const m = correoPerfilEnviado({
      nombre: "Ana",
      proyecto: "Huertos",
      desafio: "Volver a la escuela",
      convocatoria: "Fondo IDEA 2019",
      folio: 12,
      enviadaEn: FECHA,
      huella: "ab".repeat(32),
      cierre: new Date("2019-05-31T23:59:59-04:00"),
    });
    expect(m.asunto).toBe("Recibimos su perfil — Folio N° 000012");
    expect(m.texto).toBe(
      [
        "Hola Ana:",
        "",
        "Recibimos el perfil «Huertos» para el desafío «Volver a la escuela» de Fondo IDEA 2019.",
        "Folio: N° 000012",
        "Enviado: 10-05-2019 14:30 (hora de Chile)",
        `Huella SHA-256 del contenido: ${"ab".repeat(32)}`,
        "",
        "Puede retirarlo hasta el cierre de la convocatoria, el 31 de mayo de 2019.",
        "Revise el estado de su postulación en «Mis postulaciones» del portal Fondo IDEA.",
      ].join("\n"),
    );
  });

  it("cabeza diaria de la bitácora: sin falla no trae el aviso; con falla, el motivo", () => {
    const datos = { dia: "2019-05-10", puntoDeControl: { id: 7, hash: "f".repeat(64), createdAt: FECHA } };
    const bien = correoAuditoriaCabezaDiaria({ ...datos, falla: null });
    expect(bien.asunto).toBe("Bitácora de auditoría: cabeza del 2019-05-10");
    expect(bien.texto).toContain("Última entrada verificada: N° 7\n");
    expect(bien.texto).not.toContain("Atención");
    expect(correoAuditoriaCabezaDiaria({ ...datos, falla: "La entrada 3 fue alterada." }).texto).toContain(
      "\n\nAtención: la última verificación falló: La entrada 3 fue alterada.\nRevise la bitácora en /admin/auditoria.",
    );
  });

  it("talleres: enlace de la reunión y página del taller; sin lugar ni enlace, esas líneas no van", () => {
    const con = correoTallerPromovida({ evento: { ...evento, titulo: "Taller", lugar: "Sede" }, nombre: "Ana" }).texto;
    expect(con).toContain("Lugar: Sede\nEnlace de la reunión: https://reunion.example/sala\nMás información: https://fondoidea.fosis.gob.cl/talleres/t1\n");
    const sin = correoTallerPromovida({ evento: { ...evento, titulo: "Taller", lugar: null, enlace: null }, nombre: "Ana" }).texto;
    expect(sin).not.toMatch(/Lugar|Enlace de la reunión/);
  });

  it("admisibilidad: el folio, los motivos y si reemplaza una decisión anterior", () => {
    const base = { nombre: "Ana", proyecto: "Huertos", desafio: "Volver a la escuela", motivos: "Faltan los estatutos." } as const;
    const m = correoAdmisibilidadDecidida({ ...base, folio: 12, decision: "INADMISIBLE", reemplazaAnterior: true });
    expect(m.asunto).toBe("Fondo IDEA: su perfil «Huertos» fue declarado inadmisible");
    expect(m.texto).toContain("«Huertos» (folio N° 000012) para");
    expect(m.texto).toContain("Decisión: INADMISIBLE\nMotivos:\nFaltan los estatutos.\n\nEsta decisión reemplaza");
    expect(m.texto).not.toContain("evaluación técnica");
    expect(m.texto.endsWith("«Mis postulaciones»: https://fondoidea.fosis.gob.cl/postulante")).toBe(true);
    const a = correoAdmisibilidadDecidida({ ...base, folio: null, decision: "ADMISIBLE", reemplazaAnterior: false });
    expect(a.asunto).toBe("Fondo IDEA: su perfil «Huertos» fue declarado admisible");
    expect(a.texto).toContain("«Huertos» para el desafío");
    expect(a.texto).toContain("Su perfil continúa a la evaluación técnica");
    expect(a.texto).not.toContain("reemplaza");
  });

  it("asignaciones: los perfiles con su folio, el enlace a «Mis evaluaciones» y, sin capacitación aprobada, el recordatorio primero", () => {
    const perfiles = [
      { folio: 12, proyecto: "Huertos" },
      { folio: null, proyecto: "" },
    ];
    const sin = correoAsignacionesEvaluacion({ nombre: "Elena", convocatoria: "Fondo IDEA 2019", perfiles, motivo: "ORDINARIA", capacitacionAprobada: false });
    expect(sin.asunto).toBe("Fondo IDEA: tiene 2 perfiles asignados para evaluar");
    expect(sin.texto).toContain("Se le asignaron 2 perfiles para la evaluación técnica en Fondo IDEA 2019:\n- Folio N° 000012: «Huertos»\n- «Perfil sin nombre»\n");
    const capacitacion = sin.texto.indexOf("https://fondoidea.fosis.gob.cl/evaluador/capacitacion");
    expect(capacitacion).toBeGreaterThan(0);
    expect(sin.texto.indexOf("https://fondoidea.fosis.gob.cl/evaluador\n")).toBeGreaterThan(capacitacion);
    const con = correoAsignacionesEvaluacion({ nombre: "Elena", convocatoria: "Fondo IDEA 2019", perfiles: [perfiles[0]], motivo: "TERCERA_REVISION", capacitacionAprobada: true });
    expect(con.asunto).toBe("Fondo IDEA: tiene un perfil asignado para evaluar");
    expect(con.texto).toContain("Se le pidió una tercera revisión de un perfil en Fondo IDEA 2019:");
    expect(con.texto).toContain("«Mis evaluaciones»:\nhttps://fondoidea.fosis.gob.cl/evaluador\n");
    expect(con.texto).not.toContain("capacitación");
    expect(correoAsignacionesEvaluacion({ nombre: "E", convocatoria: "C", perfiles: [perfiles[0]], motivo: "REASIGNACION", capacitacionAprobada: true }).texto).toContain(
      "Se le asignó un perfil que otro evaluador no pudo evaluar en C:",
    );
  });

  it("perfil sin evaluador: el folio, los motivos del dominio y el enlace a las asignaciones", () => {
    const m = correoAsignacionesSinEvaluador({ nombre: "Ernesto", perfil: { folio: 12, proyecto: "Huertos" }, motivos: ["falta 1 evaluador elegible para la región de Aysén"] });
    expect(m.asunto).toBe("Fondo IDEA: un perfil quedó sin evaluador (folio N° 000012)");
    expect(m.texto).toContain("«Huertos» (folio N° 000012) y no hay otro evaluador elegible para reemplazarlo:\n- falta 1 evaluador elegible para la región de Aysén\n");
    expect(m.texto).toContain("https://fondoidea.fosis.gob.cl/seguimiento/asignaciones");
  });
});
