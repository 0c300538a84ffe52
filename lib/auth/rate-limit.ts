// Failed sign-in limits, per account and per IP, kept in the database so that several stateless
// app instances share them. Fixed window: after LIMITE failures the key is blocked until the window ends.
import type { Db } from "@/lib/db/client";

export const LIMITE_CUENTA = { intentos: 5, ventanaMs: 15 * 60_000 };
export const LIMITE_IP = { intentos: 30, ventanaMs: 15 * 60_000 };

export type Limite = { intentos: number; ventanaMs: number };

export async function estaBloqueado(db: Db, clave: string, limite: Limite, ahora = new Date()): Promise<boolean> {
  const fila = await db.limiteIntentos.findUnique({ where: { clave } });
  return !!fila && fila.ventanaFin > ahora && fila.intentos >= limite.intentos;
}

export async function registrarFallo(db: Db, clave: string, limite: Limite, ahora = new Date()): Promise<void> {
  const ventanaFin = new Date(ahora.getTime() + limite.ventanaMs);
  await db.$transaction(async (tx) => {
    const fila = await tx.limiteIntentos.findUnique({ where: { clave } });
    if (!fila || fila.ventanaFin <= ahora) {
      await tx.limiteIntentos.upsert({ where: { clave }, create: { clave, intentos: 1, ventanaFin }, update: { intentos: 1, ventanaFin } });
    } else {
      await tx.limiteIntentos.update({ where: { clave }, data: { intentos: { increment: 1 } } });
    }
  });
}

export async function limpiar(db: Db, clave: string): Promise<void> {
  await db.limiteIntentos.deleteMany({ where: { clave } });
}

export const claveCuenta = (email: string) => `login:cuenta:${email.trim().toLowerCase()}`;
export const claveIp = (ip: string) => `login:ip:${ip}`;
