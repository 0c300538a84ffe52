"use server";
// Upload is not here: it goes through app/api/adjuntos/route.ts (server actions cap bodies at 1 MB).
import { serverAction } from "@/lib/actions/next";
import { eliminarAdjunto } from "./actions/eliminar";

export const eliminarAdjuntoAction = serverAction(eliminarAdjunto);
