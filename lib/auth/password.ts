// Passwords: argon2id with @node-rs/argon2's defaults (memory-hard; parameters stored in the hash).
import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id is a const enum (2); the literal keeps isolatedModules happy.
const ARGON2ID = 2;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, { algorithm: ARGON2ID });
}

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

// A real hash of a random string: wrong e-mails cost the same time as wrong passwords.
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("no-es-una-contraseña-" + Math.random());
  return dummy;
}
