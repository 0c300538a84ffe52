"use client";
// Draft autosave that never loses a character: every change is written to this device first
// (localStorage), then sent to the server after a pause. Offline, changes wait on the device and are
// sent when the connection comes back; a reload restores them.
import { useCallback, useEffect, useRef, useState } from "react";

export type EstadoGuardado = "guardado" | "pendiente" | "guardando" | "sin-conexion" | "conflicto" | "error";

type Copia<V> = { valores: V; version: number; pendiente: boolean; en: number };

export type Guardar<V> = (valores: V, version: number) => Promise<{ ok: true; version: number } | { ok: false; conflicto: boolean; error: string }>;

export function useAutosave<V>({ clave, valores, versionInicial, guardar, esperaMs = 1200 }: { clave: string; valores: V; versionInicial: number; guardar: Guardar<V>; esperaMs?: number }) {
  const [estado, setEstado] = useState<EstadoGuardado>("guardado");
  const [error, setError] = useState<string | null>(null);
  const [guardadoEn, setGuardadoEn] = useState<Date | null>(null);
  const version = useRef(versionInicial);
  const ultimo = useRef<string>(JSON.stringify(valores));
  const enCurso = useRef<Promise<boolean> | null>(null);
  const actuales = useRef(valores);
  useEffect(() => {
    actuales.current = valores;
  }, [valores]);

  const escribirLocal = useCallback(
    (v: V, pendiente: boolean) => {
      try {
        localStorage.setItem(clave, JSON.stringify({ valores: v, version: version.current, pendiente, en: Date.now() } satisfies Copia<V>));
      } catch {
        // storage full or blocked: the server copy still works
      }
    },
    [clave],
  );

  /** Sends the current values; resolves true when the server has them. */
  const sincronizar = useCallback(async (): Promise<boolean> => {
    if (enCurso.current) await enCurso.current;
    const v = actuales.current;
    const texto = JSON.stringify(v);
    if (texto === ultimo.current) return true;
    if (typeof navigator !== "undefined" && !navigator.onLine) {
      setEstado("sin-conexion");
      return false;
    }
    setEstado("guardando");
    const tarea = (async () => {
      try {
        const r = await guardar(v, version.current);
        if (!r.ok) {
          setEstado(r.conflicto ? "conflicto" : "error");
          setError(r.error);
          return false;
        }
        version.current = r.version;
        ultimo.current = texto;
        setGuardadoEn(new Date());
        setError(null);
        const cambiado = JSON.stringify(actuales.current) !== texto;
        escribirLocal(actuales.current, cambiado);
        setEstado(cambiado ? "pendiente" : "guardado");
        return true;
      } catch {
        // network down mid-request: the device copy is intact, retry when online
        setEstado("sin-conexion");
        return false;
      }
    })();
    enCurso.current = tarea;
    const ok = await tarea;
    enCurso.current = null;
    return ok;
  }, [guardar, escribirLocal]);

  // Every change: device copy now, server after a pause.
  useEffect(() => {
    const texto = JSON.stringify(valores);
    if (texto === ultimo.current) return;
    escribirLocal(valores, true);
    setEstado((e) => (e === "conflicto" ? e : navigator.onLine ? "pendiente" : "sin-conexion"));
    const t = setTimeout(() => void sincronizar(), esperaMs);
    return () => clearTimeout(t);
  }, [valores, escribirLocal, sincronizar, esperaMs]);

  useEffect(() => {
    const online = () => void sincronizar();
    const offline = () => setEstado("sin-conexion");
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
    };
  }, [sincronizar]);

  const olvidarLocal = useCallback(() => localStorage.removeItem(clave), [clave]);

  return { estado, error, guardadoEn, sincronizar, olvidarLocal, version };
}

/** A copy left on this device by an earlier visit that never reached the server, if any. */
export function leerCopiaPendiente<V>(clave: string): { valores: V; version: number } | null {
  try {
    const raw = localStorage.getItem(clave);
    if (!raw) return null;
    const c = JSON.parse(raw) as Copia<V>;
    return c.pendiente ? { valores: c.valores, version: c.version } : null;
  } catch {
    return null;
  }
}
