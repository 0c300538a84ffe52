// The scouting feature's actions (lib/actions/registry.ts lists them with every other feature's).
import { invitar } from "./actions/invitar";

export const ACCIONES_SCOUTING = [invitar] as const;
