"use server";
// The server actions forms call: each is a registered action definition bound to Next's session.
import { serverAction } from "@/lib/actions/next";
import { registrar } from "@/lib/cuentas/actions/registrar";
import { avanzarEtapa } from "@/lib/convocatoria/actions/avanzar-etapa";
import { configurarConvocatoria } from "@/lib/convocatoria/actions/configurar";
import { guardarCalendario } from "@/lib/convocatoria/actions/guardar-calendario";
import { crearDesafio } from "@/lib/desafios/actions/crear";
import { editarDesafio } from "@/lib/desafios/actions/editar";
import { publicarDesafio } from "@/lib/desafios/actions/publicar";
import { otorgarRol } from "@/lib/usuarios/actions/otorgar-rol";
import { revocarRol } from "@/lib/usuarios/actions/revocar-rol";

export const registrarAction = serverAction(registrar);
export const otorgarRolAction = serverAction(otorgarRol);
export const revocarRolAction = serverAction(revocarRol);
export const configurarConvocatoriaAction = serverAction(configurarConvocatoria);
export const guardarCalendarioAction = serverAction(guardarCalendario);
export const avanzarEtapaAction = serverAction(avanzarEtapa);
export const crearDesafioAction = serverAction(crearDesafio);
export const editarDesafioAction = serverAction(editarDesafio);
export const publicarDesafioAction = serverAction(publicarDesafio);
