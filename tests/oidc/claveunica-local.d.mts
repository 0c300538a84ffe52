// Types of claveunica-local.mjs (plain JS so `node` runs it without a build step).
export type IdentidadPrueba = { sub: string; numero: number | string; DV: string | number; tipo?: string; nombres: string[]; apellidos: string[] };

export const IDENTIDADES_PRUEBA: IdentidadPrueba[];
export const CLIENTE_LOCAL: { clientId: string; clientSecret: string };
export function claimsDe(i: IdentidadPrueba): Record<string, unknown>;

export type ClaveUnicaLocal = {
  issuer: string;
  origen: string;
  /** Method of each userinfo request received (ClaveÚnica requires POST). */
  peticionesUserinfo: { method: string | undefined }[];
  env: { CLAVEUNICA_CLIENT_ID: string; CLAVEUNICA_CLIENT_SECRET: string; CLAVEUNICA_ISSUER: string };
  cerrar: () => Promise<void>;
};

export function iniciarClaveUnicaLocal(opciones?: {
  puerto?: number;
  host?: string;
  redirectUris?: string[];
  identidades?: IdentidadPrueba[];
  cliente?: { clientId: string; clientSecret: string };
}): Promise<ClaveUnicaLocal>;
