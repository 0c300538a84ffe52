import type { Metadata } from "next";
import Link from "next/link";
import { RegistroForm } from "@/components/cuenta/registro-form";

export const metadata: Metadata = { title: "Crear cuenta" };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default function Registro() {
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl">Crear cuenta</h1>
      <p className="mb-6 mt-2">
        Con su cuenta podrá enviar perfiles de proyectos. ¿Ya tiene una? <Link href="/ingresar">Ingrese aquí</Link>.
      </p>
      <RegistroForm />
    </div>
  );
}
