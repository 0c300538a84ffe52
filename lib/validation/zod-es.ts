// Default zod messages in Spanish, for any message a schema does not set itself.
import { z } from "zod";

z.config(z.locales.es());
