// Default zod messages in Spanish, for any message a schema does not set itself.
import { z } from "zod";

z.config(z.locales.es());
// No compiled (`new Function`) fast path: the portal's Content-Security-Policy has no 'unsafe-eval', and
// zod's probe for it, though caught, is reported as a CSP violation in the browser (forms validate
// client-side). Same results, interpreted. See docs/decisions/0008-cabeceras-y-csp.md.
z.config({ jitless: true });
