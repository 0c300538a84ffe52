"use server";
// GENERADO por scripts/derivar-acciones.mjs (npm run acciones) desde lib/*/actions/*.ts: no editar.
// The feature's actions bound to Next's session (lib/actions/next.ts), for its forms.
import { serverAction } from "@/lib/actions/next";
import { cancelarInscripcion } from "./actions/cancelar-inscripcion";
import { compartirMaterial } from "./actions/compartir-material";
import { confirmarInscripcion } from "./actions/confirmar-inscripcion";
import { crearTaller } from "./actions/crear";
import { inscribirseTaller } from "./actions/inscribirse";
import { marcarAsistencia } from "./actions/marcar-asistencia";

export const crearTallerAction = serverAction(crearTaller);
export const inscribirseTallerAction = serverAction(inscribirseTaller);
export const confirmarInscripcionAction = serverAction(confirmarInscripcion);
export const marcarAsistenciaAction = serverAction(marcarAsistencia);
export const cancelarInscripcionAction = serverAction(cancelarInscripcion);
export const compartirMaterialAction = serverAction(compartirMaterial);
