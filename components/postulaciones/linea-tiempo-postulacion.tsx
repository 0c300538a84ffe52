import { Timeline, type PasoTimeline } from "@/components/ui/timeline";

type Estado = "BORRADOR" | "ENVIADA" | "RETIRADA" | "ADMISIBLE" | "INADMISIBLE" | string;

/** Where a postulación stands, as steps: borrador → enviado → admisibilidad → evaluación. */
export function LineaTiempoPostulacion({ estado, folio, enviadaEn, titulo }: { estado: Estado; folio: string | null; enviadaEn: Date | null; titulo: string }) {
  const enviado = estado !== "BORRADOR";
  const decidido = !["BORRADOR", "ENVIADA", "RETIRADA"].includes(estado);
  // Steps of a postulación, not etapas: the badge says "Paso actual", and "terminado/a" agrees with each step.
  const pasos: PasoTimeline[] = [
    { clave: "borrador", titulo: "Borrador", hecho: "terminado", estado: enviado ? "hecho" : "actual", descripcion: enviado ? undefined : "Se guarda solo mientras escribe." },
    {
      clave: "enviado",
      titulo: estado === "RETIRADA" ? "Retirado" : "Enviado",
      hecho: "terminado",
      estado: !enviado ? "pendiente" : decidido ? "hecho" : "actual",
      descripcion: folio ? `Folio ${folio}${enviadaEn ? "" : ""}` : undefined,
    },
    {
      clave: "admisibilidad",
      titulo: estado === "INADMISIBLE" ? "Inadmisible" : estado === "ADMISIBLE" || decidido ? "Admisible" : "Revisión de admisibilidad",
      hecho: "revisión terminada",
      estado: decidido ? (estado === "ADMISIBLE" || estado === "INADMISIBLE" ? "actual" : "hecho") : "pendiente",
    },
    { clave: "evaluacion", titulo: "Evaluación y votación", estado: decidido && !["ADMISIBLE", "INADMISIBLE"].includes(estado) ? "actual" : "pendiente" },
  ];
  return <Timeline titulo={titulo} pasos={pasos.map((p) => ({ ...p, enCurso: "Paso actual" }))} />;
}
