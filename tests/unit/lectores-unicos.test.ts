// One reader per fact: the portal's address (APP_URL), the perfil deadline in a calendar already read,
// and a línea's required documents (a JSON column). Every place that needs one of them calls these.
import { afterEach, describe, expect, it } from "vitest";
import { URL_PORTAL_POR_OMISION, urlPortal } from "@/lib/config/url-portal";
import { leerAdjuntos } from "@/lib/lineas/schema";
import { cierreEnCalendario } from "@/lib/postulaciones/plazo";

describe("urlPortal: la dirección pública del portal, para los enlaces de los correos", () => {
  const antes = process.env.APP_URL;
  afterEach(() => {
    if (antes === undefined) delete process.env.APP_URL;
    else process.env.APP_URL = antes;
  });

  it("sin APP_URL, o en blanco, es http://localhost:3000", () => {
    delete process.env.APP_URL;
    expect(urlPortal("/ingresar")).toBe("http://localhost:3000/ingresar");
    expect(URL_PORTAL_POR_OMISION).toBe("http://localhost:3000");
    process.env.APP_URL = "   ";
    expect(urlPortal("/ingresar")).toBe("http://localhost:3000/ingresar");
  });

  it("quita espacios y barras finales de APP_URL: nunca una doble barra", () => {
    process.env.APP_URL = " https://fondoidea.fosis.gob.cl// ";
    expect(urlPortal("/invitacion/abc.def")).toBe("https://fondoidea.fosis.gob.cl/invitacion/abc.def");
    process.env.APP_URL = "https://fosis.gob.cl/fondo-idea/";
    expect(urlPortal("/talleres/t1")).toBe("https://fosis.gob.cl/fondo-idea/talleres/t1");
  });

  it("una ruta sin barra inicial la recibe; sin ruta, la portada", () => {
    process.env.APP_URL = "https://fondo.cl";
    expect(urlPortal("postulante")).toBe("https://fondo.cl/postulante");
    expect(urlPortal()).toBe("https://fondo.cl/");
  });
});

describe("cierreEnCalendario: el plazo de los perfiles es el fin de la etapa Convocatoria", () => {
  const fin = new Date("2019-05-31T23:59:59-04:00");
  it("toma el fin planificado de la Convocatoria, no el de otra etapa", () => {
    expect(
      cierreEnCalendario([
        { etapa: "DESARROLLO_CONCURSO", fin: new Date("2019-03-31T23:59:59-03:00") },
        { etapa: "CONVOCATORIA", fin },
        { etapa: "SELECCION_CONTRATACION", fin: new Date("2019-07-31T23:59:59-04:00") },
      ]),
    ).toBe(fin);
  });
  it("sin esa etapa en el calendario no hay plazo", () => {
    expect(cierreEnCalendario([])).toBeNull();
    expect(cierreEnCalendario([{ etapa: "EJECUCION", fin }])).toBeNull();
  });
});

describe("leerAdjuntos: los documentos exigidos por una línea, guardados como JSON", () => {
  it("lee la lista guardada", () => {
    expect(leerAdjuntos('["ESTATUTOS","CERTIFICADO_VIGENCIA"]')).toEqual(["ESTATUTOS", "CERTIFICADO_VIGENCIA"]);
    expect(leerAdjuntos("[]")).toEqual([]);
  });
  it("un valor ilegible o de otra forma cuenta como ninguno, sin lanzar", () => {
    for (const malo of ["", "no es json", "{}", '"CEDULA"', "null", "[1,null]"]) expect(leerAdjuntos(malo), malo).toEqual([]);
    expect(leerAdjuntos('["CEDULA",3,null]')).toEqual(["CEDULA"]);
  });
});
