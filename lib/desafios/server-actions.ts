"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { crearDesafio } from "./actions/crear";
import { editarDesafio } from "./actions/editar";
import { publicarDesafio } from "./actions/publicar";

export const crearDesafioAction = serverAction(crearDesafio);
export const editarDesafioAction = serverAction(editarDesafio);
export const publicarDesafioAction = serverAction(publicarDesafio);
