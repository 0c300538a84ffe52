import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ConfirmarCorreo } from "@/components/cuenta/confirmar-correo";
import { Alert } from "@/components/ui/alert";
import { getSessionUser } from "@/lib/auth/session";
import { verificarEnlaceCorreo } from "@/lib/cuentas/enlace-correo";
import { secretoInvitaciones } from "@/lib/scouting/secreto";

export const metadata: Metadata = { title: "Confirmar mi correo", robots: { index: false } };

// Where the link of cuenta.solicitarCorreo lands: it shows the address and a button; the action decides
// (and checks everything again). Private: rendered per request (docs/decisions/0010).
export const instant = false;

export default async function ConfirmarMiCorreo({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/ingresar?volver=${encodeURIComponent(`/cuenta/correo/${token}`)}`);
  const enlace = verificarEnlaceCorreo(token, secretoInvitaciones());
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Confirmar mi correo</h1>
      {!enlace.ok ? (
        <div className="mt-4">
          <Alert tipo="error" titulo={enlace.motivo === "EXPIRADO" ? "El enlace venció" : "El enlace no es válido"}>
            {enlace.motivo === "EXPIRADO" ? "Pida uno nuevo en " : "Revise que lo copió completo, o pida uno nuevo en "}
            <Link href="/cuenta">«Mi cuenta»</Link>.
          </Alert>
        </div>
      ) : enlace.userId !== user.id ? (
        <div className="mt-4">
          <Alert tipo="error" titulo="Este enlace es de otra cuenta">
            Ingrese con la cuenta que pidió agregar el correo y vuelva a abrir el enlace.
          </Alert>
        </div>
      ) : (
        <>
          <p className="mt-4 break-words">
            Se agregará a su cuenta el correo <strong>{enlace.email}</strong>. Desde entonces le avisaremos ahí de sus postulaciones, talleres y votos.
          </p>
          <ConfirmarCorreo token={token} />
        </>
      )}
    </div>
  );
}
