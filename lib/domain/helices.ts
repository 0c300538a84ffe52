// The "cuarta hélice" (issue 13): the four sectors a mentor of the pool and a demo-day juror come from.
export const HELICES = ["ESTADO", "ACADEMIA", "EMPRESA", "SOCIEDAD_CIVIL"] as const;
export type Helice = (typeof HELICES)[number];

export const NOMBRE_HELICE: Record<Helice, string> = {
  ESTADO: "Estado",
  ACADEMIA: "Academia",
  EMPRESA: "Empresa",
  SOCIEDAD_CIVIL: "Sociedad civil",
};
