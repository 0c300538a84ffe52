import { crearBorrador } from "./actions/crear-borrador";
import { enviarPerfil } from "./actions/enviar";
import { guardarBorrador } from "./actions/guardar-borrador";
import { retirarPerfil } from "./actions/retirar";

export const ACCIONES_PERFIL = [crearBorrador, guardarBorrador, enviarPerfil, retirarPerfil] as const;
