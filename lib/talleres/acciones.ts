// The talleres feature's actions (lib/actions/registry.ts lists them with every other feature's).
import { cancelarInscripcion } from "./actions/cancelar-inscripcion";
import { confirmarInscripcion } from "./actions/confirmar-inscripcion";
import { crearTaller } from "./actions/crear";
import { inscribirseTaller } from "./actions/inscribirse";
import { marcarAsistencia } from "./actions/marcar-asistencia";

// Attendance before cancellation: the permission matrix runs them in this order on one sample
// registration, and a cancelled one cannot have its attendance marked.
export const ACCIONES_TALLERES = [crearTaller, inscribirseTaller, confirmarInscripcion, marcarAsistencia, cancelarInscripcion] as const;
