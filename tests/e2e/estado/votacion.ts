// Voting state for the e2e: the active convocatoria's window (open by default, per desafío, counts
// visible) and verified voters, written as the actions leave them.
import { baseE2e, expirarCacheE2e } from "./base";
import { cuentaNueva, type Cuenta } from "./cuentas";
import { convocatoriaActiva } from "./etapa";

const DIA = 86_400_000;

/** Opens (or closes) the popular vote: one vote per afiliado per desafío, live counts. */
export async function ventanaDeVotacion({ abierta = true }: { abierta?: boolean } = {}): Promise<void> {
  const conv = await convocatoriaActiva();
  const ahora = Date.now();
  await baseE2e().convocatoria.update({
    where: { id: conv.id },
    data: {
      votacionInicio: new Date(ahora - 2 * DIA),
      votacionFin: new Date(abierta ? ahora + 5 * DIA : ahora - DIA),
      votoAmbito: "desafio",
      votosPorDesafio: 1,
      ocultarConteos: false,
    },
  });
  await expirarCacheE2e();
}

/** A new AFILIADO account; `verificada`: its RUT verified (as ClaveÚnica or staff leave it). */
export async function afiliadaNueva({ verificada = true, nombre }: { verificada?: boolean; nombre?: string } = {}): Promise<Cuenta> {
  const cuenta = await cuentaNueva({ nombre, roles: ["AFILIADO"] });
  if (verificada) await baseE2e().user.update({ where: { id: cuenta.id }, data: { rutVerificado: true } });
  return cuenta;
}
