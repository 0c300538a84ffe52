import "server-only";
import { db, contieneTexto } from "@/lib/db/client";
import { formatearRut } from "@/lib/domain/rut";

/** Users for the admin screen: name, e-mail, RUT (the admin may see it) and roles. */
export async function listarUsuarios(busqueda?: string) {
  const q = busqueda?.trim();
  const filas = await db.user.findMany({
    where: q ? { OR: [{ email: contieneTexto(q) }, { nombre: contieneTexto(q) }] } : {},
    orderBy: { createdAt: "asc" },
    take: 100,
    select: { id: true, nombre: true, email: true, rut: true, roles: { select: { rol: true } } },
  });
  return filas.map((u) => ({ id: u.id, nombre: u.nombre, email: u.email, rut: u.rut ? formatearRut(u.rut) : null, roles: u.roles.map((r) => r.rol) }));
}
