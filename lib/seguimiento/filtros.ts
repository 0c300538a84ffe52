// Filters of the staff list of postulaciones, read from the URL (GET form) by the page and by the CSV
// export alike. Pure: an unknown value is ignored, never an error.
import { CODIGOS_REGION, type CodigoRegion } from "@/lib/domain/regiones";
import { NIVELES, TIPOS_EJECUTOR } from "@/lib/postulaciones/schema";

/** Every estado a submitted perfil can be in (a BORRADOR was never submitted and is not listed). */
export const ESTADOS_LISTADO = [
  "ENVIADA",
  "ADMISIBLE",
  "INADMISIBLE",
  "RETIRADA",
  "PRESELECCIONADA",
  "NO_PRESELECCIONADA",
  "SELECCIONADA",
  "NO_SELECCIONADA",
  "EN_EJECUCION",
  "FINALIZADA",
] as const;

export type EstadoListado = (typeof ESTADOS_LISTADO)[number];

export const NOMBRE_ESTADO: Record<EstadoListado | "BORRADOR", string> = {
  BORRADOR: "Borrador",
  ENVIADA: "Enviada, sin decisión de admisibilidad",
  ADMISIBLE: "Admisible",
  INADMISIBLE: "Inadmisible",
  RETIRADA: "Retirada",
  PRESELECCIONADA: "Preseleccionada",
  NO_PRESELECCIONADA: "No preseleccionada",
  SELECCIONADA: "Seleccionada",
  NO_SELECCIONADA: "No seleccionada",
  EN_EJECUCION: "En ejecución",
  FINALIZADA: "Finalizada",
};

export type FiltroPostulaciones = {
  region?: CodigoRegion;
  desafio?: string;
  nivel?: (typeof NIVELES)[number];
  tipo?: (typeof TIPOS_EJECUTOR)[number];
  estado?: EstadoListado;
};

export const CLAVES_FILTRO = ["region", "desafio", "nivel", "tipo", "estado"] as const;

type Parametros = Record<string, string | string[] | undefined> | URLSearchParams;

function leer(p: Parametros, clave: string): string | undefined {
  const v = p instanceof URLSearchParams ? p.get(clave) : p[clave];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" && s.trim() ? s.trim() : undefined;
}

function de<T extends string>(valores: readonly T[], v: string | undefined): T | undefined {
  return v !== undefined && (valores as readonly string[]).includes(v) ? (v as T) : undefined;
}

export function leerFiltro(p: Parametros): FiltroPostulaciones {
  const desafio = leer(p, "desafio");
  const f: FiltroPostulaciones = {
    region: de(CODIGOS_REGION, leer(p, "region")),
    // A desafío id is matched in the query; anything not id-like cannot match one.
    desafio: desafio && /^[A-Za-z0-9_-]{1,64}$/.test(desafio) ? desafio : undefined,
    nivel: de(NIVELES, leer(p, "nivel")),
    tipo: de(TIPOS_EJECUTOR, leer(p, "tipo")),
    estado: de(ESTADOS_LISTADO, leer(p, "estado")),
  };
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as FiltroPostulaciones;
}

/** "?region=09&estado=ENVIADA" (empty string without filters): carries the filters to the CSV link. */
export function aQuery(f: FiltroPostulaciones): string {
  const q = new URLSearchParams();
  for (const k of CLAVES_FILTRO) if (f[k]) q.set(k, f[k]!);
  const s = q.toString();
  return s ? `?${s}` : "";
}
