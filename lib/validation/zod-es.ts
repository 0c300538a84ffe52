// Default zod messages in Spanish, for any message a schema does not set itself.
import { z } from "zod";
// Only the Spanish locale: `z.locales.es()` put every locale zod ships in each form's client bundle.
import es from "zod/v4/locales/es.js";

z.config(es());
// No compiled (`new Function`) fast path: the portal's Content-Security-Policy has no 'unsafe-eval', and
// zod's probe for it, though caught, is reported as a CSP violation in the browser (forms validate
// client-side). Same results, interpreted. See docs/decisions/0008-cabeceras-y-csp.md.
z.config({ jitless: true });
