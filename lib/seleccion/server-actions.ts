"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { adoptarSugerencia } from "./actions/adoptar-sugerencia";
import { decidir } from "./actions/decidir";
import { firmarActa } from "./actions/firmar-acta";
import { generarActa } from "./actions/generar-acta";
import { prepararRonda } from "./actions/preparar-ronda";
import { retirarActa } from "./actions/retirar-acta";

export const prepararRondaAction = serverAction(prepararRonda);
export const decidirAction = serverAction(decidir);
export const adoptarSugerenciaAction = serverAction(adoptarSugerencia);
export const generarActaAction = serverAction(generarActa);
export const firmarActaAction = serverAction(firmarActa);
export const retirarActaAction = serverAction(retirarActa);
