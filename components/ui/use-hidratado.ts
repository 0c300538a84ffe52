"use client";
// False on the server and while React hydrates this component, true after (and on every client-side
// render): for what must wait until the page works in the browser (a form's fields, a filter island).
import { useSyncExternalStore } from "react";

const sinSuscripcion = () => () => {};
const enNavegador = () => true;
const enServidor = () => false;

export function useHidratado(): boolean {
  return useSyncExternalStore(sinSuscripcion, enNavegador, enServidor);
}
