// ClaveÚnica on /ingresar: the refusal or failure of a previous attempt (?error=), and the button when
// ClaveÚnica is configured. A plain form posting a server action: works without JavaScript.
import { Alert } from "@/components/ui/alert";
import { mensajeErrorIngreso } from "@/lib/auth/claveunica-claims";
import { ingresarConClaveUnicaAction, verificarConClaveUnicaAction } from "@/lib/auth/claveunica-acciones";

/** ClaveÚnica's look is a blue button naming it; ours keeps the portal's primary blue, size and focus ring. */
export function BotonClaveUnica({ texto }: { texto: string }) {
  return (
    <button
      type="submit"
      className="inline-flex min-h-11 items-center justify-center gap-2 bg-primario px-5 py-2 font-medium text-white transition-colors hover:bg-primario-oscuro"
    >
      <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="10" cy="7" r="4" />
        <path d="M3 18c1.2-3.5 4-5 7-5s5.8 1.5 7 5" />
      </svg>
      {texto}
    </button>
  );
}

export function IngresoClaveUnica({ habilitada, error, volver }: { habilitada: boolean; error?: string; volver?: string }) {
  const mensaje = mensajeErrorIngreso(error);
  return (
    <>
      {mensaje && (
        <Alert tipo="error" titulo="No pudo ingresar con ClaveÚnica">
          {mensaje}
        </Alert>
      )}
      {habilitada && (
        <>
          <section aria-labelledby="titulo-claveunica" className="mb-8">
            <h2 id="titulo-claveunica" className="text-xl">
              Con ClaveÚnica
            </h2>
            <p className="mb-3 mt-1">Use su ClaveÚnica, la clave del Estado: así su RUT queda verificado, requisito para votar en la votación popular.</p>
            <form action={ingresarConClaveUnicaAction}>
              {volver && <input type="hidden" name="volver" value={volver} />}
              <BotonClaveUnica texto="Ingresar con ClaveÚnica" />
            </form>
          </section>
          <h2 className="mb-2 text-xl">Con su correo y contraseña</h2>
        </>
      )}
    </>
  );
}

/** /cuenta: the RUT's state, and the button to verify it while signed in. */
export function EstadoRut({ verificado, habilitada }: { verificado: boolean; habilitada: boolean }) {
  if (verificado) return <p className="mt-2">RUT verificado con ClaveÚnica.</p>;
  return (
    <div className="mt-4 border-l-4 border-primario bg-neutro p-4">
      <p>
        Su RUT no está verificado. Para votar en la votación popular debe verificarlo
        {habilitada ? " ingresando con ClaveÚnica." : "; por ahora la verificación con ClaveÚnica no está disponible."}
      </p>
      {habilitada && (
        <form action={verificarConClaveUnicaAction} className="mt-3">
          <BotonClaveUnica texto="Verificar mi RUT con ClaveÚnica" />
        </form>
      )}
    </div>
  );
}
