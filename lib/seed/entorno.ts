// Loads .env before anything reads the environment (lib/db/client reads DATABASE_URL when imported):
// import it first. Variables already in the environment win over the file, as in npm start.
import { existsSync } from "node:fs";

if (existsSync(".env")) process.loadEnvFile(".env");
