// After sign-up the e-mail just registered waits in this tab's sessionStorage for /ingresar to fill it
// in. Not in the URL (it would stay in history, server logs and Referer headers, and a link could fill
// in someone else's address); read once, then removed.
const CLAVE = "fondo-idea:correo-registrado";

export function recordarCorreoRegistrado(email: string): void {
  try {
    sessionStorage.setItem(CLAVE, email);
  } catch {
    // storage blocked: the person types the e-mail, as before
  }
}

export function tomarCorreoRegistrado(): string | null {
  try {
    const email = sessionStorage.getItem(CLAVE);
    sessionStorage.removeItem(CLAVE);
    return email;
  } catch {
    return null;
  }
}
