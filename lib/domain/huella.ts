// Fingerprint of a submitted perfil: SHA-256 of its content in canonical JSON, attachments included
// by their own SHA-256. The receipt shows it; anyone can later prove what was sent.
import { createHash } from "node:crypto";
import { jsonCanonico } from "./json-canonico";

export type ContenidoPerfil = {
  convocatoria: number;
  folio: number;
  desafio: string;
  campos: Record<string, string>;
  nivelMadurez: string;
  tipoEjecutor: string;
  organizacionRut: string;
  montoSolicitado: number;
  regiones: string[];
  adjuntos: { categoria: string; sha256: string }[];
};

export function huellaPerfil(c: ContenidoPerfil): string {
  const normal = {
    ...c,
    regiones: [...c.regiones].sort(),
    adjuntos: [...c.adjuntos].sort((a, b) => (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0)),
  };
  return createHash("sha256").update(jsonCanonico(normal)).digest("hex");
}

/** "Folio N° 000123" */
export function formatearFolio(folio: number): string {
  return `N° ${String(folio).padStart(6, "0")}`;
}
