import type { Metadata } from "next";
import Link from "next/link";
import { IngresarForm } from "@/components/cuenta/ingresar-form";
import { Alert } from "@/components/ui/alert";
import { destinoSeguro } from "@/lib/domain/redireccion";
import { MENSAJE_REGISTRO } from "@/lib/cuentas/schema";

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
      {registrado && <Alert tipo="exito">{MENSAJE_REGISTRO}</Alert>}
      <IngresarForm volver={destinoSeguro(volver)} />
    </div>
  );
}
