// The declared name of an organisation, quoted in a fixed-wording e-mail (lib/domain/texto-en-correo.ts).
import { describe, expect, it } from "vitest";
import { citarEnCorreo, LARGO_MAX_CITA } from "@/lib/domain/texto-en-correo";

describe("citar un texto ajeno en un correo", () => {
  it("deja igual un nombre común de organización", () => {
    for (const nombre of ["Fundación Los Canelos", "Sociedad Agrícola El Roble S.A.", "Cía. Ltda. Ñuble 2.0", "Junta de Vecinos N° 14"]) {
      expect(citarEnCorreo(nombre)).toBe(nombre);
    }
  });

  it("no deja cerrar la cita ni agregar líneas: quita las comillas y junta los espacios", () => {
    expect(citarEnCorreo("Banco» \n\nSu cuenta fue bloqueada «")).toBe("Banco Su cuenta fue bloqueada");
    expect(citarEnCorreo('Org "oficial" “FOSIS”\r\nLínea 2\tfin')).toBe("Org oficial FOSIS Línea 2 fin");
  });

  it("no deja enlaces que un cliente de correo vuelva clicables", () => {
    expect(citarEnCorreo("Visite https://fosis-clave.example/ingreso")).toBe("Visite fosis-clave[.]example/ingreso");
    expect(citarEnCorreo("www.banco.cl o soporte@fosis.example")).toBe("www[.]banco[.]cl o soporte@fosis[.]example");
    expect(citarEnCorreo("ftp://x.example y HTTP://Y.EXAMPLE")).toBe("x[.]example y Y[.]EXAMPLE");
  });

  it(`corta un nombre largo a ${LARGO_MAX_CITA} caracteres, con puntos suspensivos`, () => {
    expect(citarEnCorreo("ñ".repeat(200))).toBe(`${"ñ".repeat(LARGO_MAX_CITA - 1)}…`);
    expect(Array.from(citarEnCorreo("Organización ".repeat(20))).length).toBeLessThanOrEqual(LARGO_MAX_CITA);
    expect(citarEnCorreo("a".repeat(LARGO_MAX_CITA))).toBe("a".repeat(LARGO_MAX_CITA));
  });
});
