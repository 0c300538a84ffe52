import { decidirAdmisibilidad } from "./actions/decidir";

export const ACCIONES_ADMISIBILIDAD = [decidirAdmisibilidad] as const;
