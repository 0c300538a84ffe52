import type { Metadata } from "next";
import Link from "next/link";
import { IngresarForm } from "@/components/cuenta/ingresar-form";
import { IngresoClaveUnica } from "@/components/cuenta/ingreso-claveunica";
import { claveUnicaHabilitada } from "@/lib/auth/auth";
import { Alert } from "@/components/ui/alert";
import { destinoSeguro } from "@/lib/domain/redireccion";
import { MENSAJE_REGISTRO } from "@/lib/cuentas/schema";

export const metadata: Metadata = { title: "Ingresar" };

type Props = { searchParams: Promise<{ registrado?: string; volver?: string; error?: string }> };

// Private: rendered per request (docs/decisions/0010-paginas-publicas-en-cache.md).
export const instant = false;

export default async function Ingresar({ searchParams }: Props) {
  const { registrado, volver, error } = await searchParams;
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl">Ingresar</h1>
      <p className="mb-6 mt-2">
        ¿No tiene cuenta? <Link href="/registro">Cree una aquí</Link>.
      </p>
      {registrado && <Alert tipo="exito">{MENSAJE_REGISTRO}</Alert>}
      <IngresoClaveUnica habilitada={claveUnicaHabilitada()} error={error} volver={destinoSeguro(volver)} />
      <IngresarForm volver={destinoSeguro(volver)} />
    </div>
  );
}
