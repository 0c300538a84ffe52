import { Alert } from "@/components/ui/alert";
import type { Corte } from "@/lib/domain/corte-anticipado";
import { NOMBRE_ETAPA } from "@/lib/domain/etapas";

const cuantos = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;

/** What advancing before the planned end cuts short (lib/domain/corte-anticipado.ts), read before «Avanzar igual». */
export function AvisoCorteAnticipado({ corte }: { corte: Extract<Corte, { anticipado: true }> }) {
  return (
    <Alert tipo="aviso" titulo={`Avanzar ahora termina la etapa ${NOMBRE_ETAPA[corte.desde]} antes de lo planificado`}>
      <ul className="list-disc space-y-1 pl-6">
        {corte.avisos.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      {corte.afectados.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer font-medium">
            {corte.afectados.length === 1 ? "Ver a la persona que recibirá el correo" : `Ver a las ${corte.afectados.length} personas que recibirán el correo`}
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-6 break-words">
            {corte.afectados.map((a) => (
              <li key={a.userId}>
                {a.nombre} ({a.email}):{" "}
                {[a.borradores.length ? cuantos(a.borradores.length, "borrador", "borradores") : null, a.enviados.length ? cuantos(a.enviados.length, "perfil enviado", "perfiles enviados") : null]
                  .filter(Boolean)
                  .join(" y ")}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="mt-3">Si igual quiere avanzar, confirme con «Avanzar igual». El portal registrará la fecha real de término junto a la planificada.</p>
    </Alert>
  );
}
