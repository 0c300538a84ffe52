// The form primitive's pure parts (components/ui/formulario-errores.ts, mascara-pesos.ts): where each
// error of a refusal goes, and what the pesos input does with each keystroke.
import { describe, expect, it } from "vitest";
import { aplanarErrores, esNavegacionDeNext, repartirErrores } from "@/components/ui/formulario-errores";
import { comoPesos, editarPesos, posicionTrasDigitos } from "@/components/ui/mascara-pesos";

describe("repartirErrores", () => {
  const enFormulario = (campo: string) => ["email", "calendario.CONVOCATORIA.inicio", "regiones"].includes(campo);

  it("los errores de un campo del formulario van junto a él; los demás, al mensaje del formulario", () => {
    const r = repartirErrores(
      {
        email: ["Este correo ya está inscrito en el taller."],
        "calendario.CONVOCATORIA.inicio": ["Convocatoria, inicio: ingrese una fecha válida.", "Otra cosa."],
        _form: ["Monto solicitado: fuera de la banda."],
        id: ["Falta el identificador."],
        regiones: [],
      },
      enFormulario,
    );
    expect(r.campos).toEqual([
      ["email", "Este correo ya está inscrito en el taller."],
      ["calendario.CONVOCATORIA.inicio", "Convocatoria, inicio: ingrese una fecha válida. Otra cosa."],
    ]);
    expect(r.generales).toEqual(["Monto solicitado: fuera de la banda.", "Falta el identificador."]);
  });

  it("_form nunca va a un campo aunque exista uno con ese nombre, y no repite mensajes", () => {
    const r = repartirErrores({ _form: ["A", "B"], calendario: ["A"] }, () => true);
    expect(r.campos).toEqual([["calendario", "A"]]);
    expect(r.generales).toEqual(["A", "B"]);
  });
});

describe("aplanarErrores", () => {
  it("convierte el árbol de react-hook-form en las claves de las acciones", () => {
    const ref = { focus() {} };
    const arbol = {
      titulo: { type: "too_small", message: "El título es obligatorio.", ref },
      metricas: {
        root: { type: "too_small", message: "Agregue al menos una métrica de línea base." },
        0: { valor: { type: "invalid_type", message: "El valor debe ser un número.", ref } },
        2: { fecha: { message: "Fecha de la medición: ingrese una fecha válida." } },
      },
      calendario: { CONVOCATORIA: { fin: { message: "Convocatoria, término: ingrese una fecha." } } },
      vacio: { message: "" },
    };
    expect(aplanarErrores(arbol)).toEqual({
      titulo: ["El título es obligatorio."],
      metricas: ["Agregue al menos una métrica de línea base."],
      "metricas.0.valor": ["El valor debe ser un número."],
      "metricas.2.fecha": ["Fecha de la medición: ingrese una fecha válida."],
      "calendario.CONVOCATORIA.fin": ["Convocatoria, término: ingrese una fecha."],
    });
  });

  it("nada que aplanar", () => {
    expect(aplanarErrores(undefined)).toEqual({});
    expect(aplanarErrores({})).toEqual({});
  });
});

describe("esNavegacionDeNext", () => {
  it("reconoce la redirección de Next (el ingreso la usa) y nada más", () => {
    const redireccion = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;push;/cuenta;303;" });
    expect(esNavegacionDeNext(redireccion)).toBe(true);
    expect(esNavegacionDeNext(new TypeError("Failed to fetch"))).toBe(false);
    expect(esNavegacionDeNext({ digest: 42 })).toBe(false);
    expect(esNavegacionDeNext(null)).toBe(false);
    expect(esNavegacionDeNext("NEXT_REDIRECT")).toBe(false);
  });
});

describe("la máscara de pesos", () => {
  it("lee como monto un número, el texto de antes o nada", () => {
    expect(comoPesos(24_000_000)).toBe(24_000_000);
    expect(comoPesos("24000000")).toBe(24_000_000);
    expect(comoPesos("$24.000.000")).toBe(24_000_000);
    expect(comoPesos("")).toBeNull();
    expect(comoPesos(null)).toBeNull();
    expect(comoPesos(undefined)).toBeNull();
    expect(comoPesos(Number.NaN)).toBeNull();
  });

  it("escribir al final agrega el dígito; el cursor queda tras él", () => {
    // "1.234" + "5" at the end → 12345, shown "12.345", caret after the 5th digit (end).
    expect(editarPesos(1234, "1.2345", 6, "insertText")).toEqual({ pesos: 12_345, digitosAntes: 5 });
    expect(posicionTrasDigitos("12.345", 5)).toBe(6);
  });

  it("escribir en medio deja el cursor tras el dígito escrito", () => {
    // "12.345", a 9 typed after the "2" → "129.345" → 129345, caret after 3 digits: "129|.345".
    expect(editarPesos(12_345, "129.345", 3, "insertText")).toEqual({ pesos: 129_345, digitosAntes: 3 });
    expect(posicionTrasDigitos("129.345", 3)).toBe(3);
  });

  it("pegar «$25.000.000» o escribir letras solo deja los dígitos", () => {
    expect(editarPesos(null, "$25.000.000", 11, "insertFromPaste")).toEqual({ pesos: 25_000_000, digitosAntes: 8 });
    expect(editarPesos(1234, "1.234a", 6, "insertText")).toEqual({ pesos: 1234, digitosAntes: 4 });
  });

  it("borrar un punto con retroceso borra el dígito anterior; con suprimir, el siguiente", () => {
    // "1.234", caret after the dot, Backspace: the input holds "1234" with the caret after "1".
    expect(editarPesos(1234, "1234", 1, "deleteContentBackward")).toEqual({ pesos: 234, digitosAntes: 0 });
    // "1.234", caret before the dot, Delete: the input holds "1234" with the caret after "1".
    expect(editarPesos(1234, "1234", 1, "deleteContentForward")).toEqual({ pesos: 134, digitosAntes: 1 });
  });

  it("borrar un dígito o todo", () => {
    expect(editarPesos(12_345, "12.34", 5, "deleteContentBackward")).toEqual({ pesos: 1234, digitosAntes: 4 });
    expect(editarPesos(12_345, "", 0, "deleteContentBackward")).toEqual({ pesos: null, digitosAntes: 0 });
  });

  it("la posición tras el n-ésimo dígito salta los puntos", () => {
    expect(posicionTrasDigitos("25.000.000", 0)).toBe(0);
    expect(posicionTrasDigitos("25.000.000", 2)).toBe(2);
    expect(posicionTrasDigitos("25.000.000", 3)).toBe(4);
    expect(posicionTrasDigitos("25.000.000", 8)).toBe(10);
    expect(posicionTrasDigitos("25.000.000", 20)).toBe(10);
  });
});
