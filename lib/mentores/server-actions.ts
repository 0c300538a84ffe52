"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { invitarMentor } from "./actions/invitar";
import { registrarMentor } from "./actions/registrarse";
import { revisarMentor } from "./actions/revisar";

export const registrarMentorAction = serverAction(registrarMentor);
export const invitarMentorAction = serverAction(invitarMentor);
export const revisarMentorAction = serverAction(revisarMentor);
