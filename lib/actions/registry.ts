// Every action the portal runs. tests/unit/permissions.test.ts checks this list against the
// permission table and against the files that call defineAction, so none can be forgotten.
import { registrar } from "@/lib/cuentas/actions/registrar";
import { avanzarEtapa } from "@/lib/convocatoria/actions/avanzar-etapa";
import { configurarConvocatoria } from "@/lib/convocatoria/actions/configurar";
import { guardarCalendario } from "@/lib/convocatoria/actions/guardar-calendario";
import { crearDesafio } from "@/lib/desafios/actions/crear";
import { editarDesafio } from "@/lib/desafios/actions/editar";
import { publicarDesafio } from "@/lib/desafios/actions/publicar";
import { otorgarRol } from "@/lib/usuarios/actions/otorgar-rol";
import { revocarRol } from "@/lib/usuarios/actions/revocar-rol";
// Features keep their own list in lib/<feature>/acciones.ts.
import { ACCIONES_ADJUNTOS } from "@/lib/adjuntos/acciones";
import { ACCIONES_ADMISIBILIDAD } from "@/lib/admisibilidad/acciones";
import { ACCIONES_LINEAS } from "@/lib/lineas/acciones";
import { ACCIONES_ORGANIZACIONES } from "@/lib/organizaciones/acciones";
import { ACCIONES_PERFIL } from "@/lib/postulaciones/acciones";
import { ACCIONES_SCOUTING } from "@/lib/scouting/acciones";
import { ACCIONES_TALLERES } from "@/lib/talleres/acciones";

export const ACCIONES = [
  registrar,
  otorgarRol,
  revocarRol,
  configurarConvocatoria,
  guardarCalendario,
  avanzarEtapa,
  crearDesafio,
  editarDesafio,
  publicarDesafio,
  ...ACCIONES_LINEAS,
  ...ACCIONES_PERFIL,
  ...ACCIONES_ADJUNTOS,
  ...ACCIONES_ADMISIBILIDAD,
  ...ACCIONES_TALLERES,
  ...ACCIONES_SCOUTING,
  ...ACCIONES_ORGANIZACIONES,
] as const;
