import { describe, expect, it } from "vitest";
import { canalDeContacto, CONTACTO_POR_OMISION } from "@/lib/domain/contacto";

describe("canal de contacto para los datos personales", () => {
  it("sin configurar (o en blanco) es el sitio de FOSIS", () => {
    for (const v of [undefined, null, "", "   "]) {
      expect(canalDeContacto(v)).toEqual({ tipo: "web", texto: CONTACTO_POR_OMISION, href: "https://www.fosis.gob.cl/" });
    }
  });

  it("un correo es un enlace mailto", () => {
    expect(canalDeContacto(" datos@fosis.gob.cl ")).toEqual({ tipo: "correo", texto: "datos@fosis.gob.cl", href: "mailto:datos@fosis.gob.cl" });
  });

  it("una dirección web es un enlace", () => {
    expect(canalDeContacto("https://transparencia.fosis.gob.cl/solicitudes")).toEqual({
      tipo: "web",
      texto: "https://transparencia.fosis.gob.cl/solicitudes",
      href: "https://transparencia.fosis.gob.cl/solicitudes",
    });
  });

  it("otro texto (una dirección postal) se muestra tal cual, sin enlace; nunca un esquema que el navegador ejecute", () => {
    expect(canalDeContacto("Oficina de partes, Ahumada 48, Santiago")).toEqual({ tipo: "texto", texto: "Oficina de partes, Ahumada 48, Santiago", href: null });
    expect(canalDeContacto("javascript:alert(1)")).toEqual({ tipo: "texto", texto: "javascript:alert(1)", href: null });
    expect(canalDeContacto("data:text/html,hola")).toMatchObject({ tipo: "texto", href: null });
    expect(canalDeContacto("a@b")).toMatchObject({ tipo: "texto", href: null });
  });
});
