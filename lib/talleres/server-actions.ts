"use server";
// Server actions of the talleres feature, bound to Next's session.
import { serverAction } from "@/lib/actions/next";
import { cancelarInscripcion } from "./actions/cancelar-inscripcion";
import { confirmarInscripcion } from "./actions/confirmar-inscripcion";
import { crearTaller } from "./actions/crear";
import { inscribirseTaller } from "./actions/inscribirse";
import { marcarAsistencia } from "./actions/marcar-asistencia";

export const crearTallerAction = serverAction(crearTaller);
export const inscribirseTallerAction = serverAction(inscribirseTaller);
export const confirmarInscripcionAction = serverAction(confirmarInscripcion);
export const cancelarInscripcionAction = serverAction(cancelarInscripcion);
export const marcarAsistenciaAction = serverAction(marcarAsistencia);
