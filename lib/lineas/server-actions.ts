"use server";
// Server actions of the líneas feature, bound to Next's session.
import { serverAction } from "@/lib/actions/next";
import { configurarLinea } from "./actions/configurar";

export const configurarLineaAction = serverAction(configurarLinea);
