// The secret that signs invitation links: the same AUTH_SECRET that signs sessions.
const SOLO_DESARROLLO = "fondo-idea-desarrollo-no-usar-en-produccion";

export function secretoInvitaciones(): string {
  const s = process.env.AUTH_SECRET;
  if (s) return s;
  // Production never signs with a known value (next-auth refuses to start without AUTH_SECRET too).
  if (process.env.NODE_ENV === "production") throw new Error("Falta AUTH_SECRET: no se pueden firmar ni verificar invitaciones.");
  return SOLO_DESARROLLO;
}
