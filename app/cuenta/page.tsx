import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { puedeVer } from "@/lib/auth/permissions";
import { NOMBRE_ROL } from "@/lib/domain/roles";

export const metadata: Metadata = { title: "Mi cuenta" };

export default async function Cuenta() {
  const user = await getSessionUser();
  if (!user) redirect("/ingresar?volver=/cuenta");
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Hola, {user.nombre}</h1>
      <p className="mt-2">Correo: {user.email}</p>
      <h2 className="mt-6 text-2xl">Sus roles</h2>
      <ul className="mt-2 list-disc pl-6">
        {user.roles.map((r) => (
          <li key={r}>{NOMBRE_ROL[r]}</li>
        ))}
      </ul>
      {puedeVer("admin", user.roles) && (
        <p className="mt-6">
          <Link href="/admin">Ir a la administración</Link>
        </p>
      )}
      <p className="mt-6">
        <Link href="/desafios">Ver los desafíos</Link>
      </p>
    </div>
  );
}
