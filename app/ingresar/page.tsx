import type { Metadata } from "next";
import Link from "next/link";
import { IngresarForm } from "@/components/cuenta/ingresar-form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Ingresar" };

type Props = { searchParams: Promise<{ registrado?: string; volver?: string }> };

export default async function Ingresar({ searchParams }: Props) {
  const { registrado, volver } = await searchParams;
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl">Ingresar</h1>
      <p className="mb-6 mt-2">
        ¿No tiene cuenta? <Link href="/registro">Cree una aquí</Link>.
      </p>
      {registrado && <Alert tipo="exito">Su cuenta fue creada. Ingrese con su correo y contraseña.</Alert>}
      <IngresarForm volver={volver} />
    </div>
  );
}
