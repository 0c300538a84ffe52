"use client";
// The popular vote's rules (votacion.configurar): the window in Chile's time, the scope and its votes, and
// whether counts stay hidden until the window closes. Read-only once the first vote is cast.
import { Button } from "@/components/ui/button";
import { Casilla, Field, Select } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { AMBITOS_VOTO, MAX_VOTOS_POR_CONVOCATORIA, MAX_VOTOS_POR_DESAFIO, NOMBRE_AMBITO_VOTO } from "@/lib/votacion/reglas";
import { configurarVotacionSchema, type ConfigurarVotacion } from "@/lib/votacion/schema";
import { configurarVotacionAction } from "@/lib/votacion/server-actions";

export function ReglasForm({ valores, editable }: { valores: ConfigurarVotacion; editable: boolean }) {
  return (
    <Formulario schema={configurarVotacionSchema} action={configurarVotacionAction} valores={valores} etiqueta="Reglas de la votación popular">
      {({ campo, pendiente }) => (
        <fieldset disabled={!editable}>
          <legend className="sr-only">Reglas de la votación popular</legend>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <Field id="inicioFecha" label="Apertura: fecha" type="date" required {...campo("inicioFecha")} />
            <Field id="inicioHora" label="Apertura: hora (Chile continental)" type="time" required {...campo("inicioHora")} />
            <Field id="finFecha" label="Cierre: fecha" type="date" required {...campo("finFecha")} />
            <Field id="finHora" label="Cierre: hora (Chile continental)" type="time" required ayuda="La votación cierra en ese minuto exacto." {...campo("finHora")} />
            <Select id="votoAmbito" label="Ámbito de los votos" required {...campo("votoAmbito")}>
              {AMBITOS_VOTO.map((a) => (
                <option key={a} value={a}>
                  {NOMBRE_AMBITO_VOTO[a]}
                </option>
              ))}
            </Select>
            <div />
            <Field
              id="votosPorDesafio"
              label="Votos por desafío"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_VOTOS_POR_DESAFIO}
              required
              ayuda="Con el ámbito «Por desafío»: cuántos votos tiene cada persona en cada desafío (1 por omisión)."
              {...campo("votosPorDesafio")}
            />
            <Field
              id="votosPorConvocatoria"
              label="Votos por convocatoria"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_VOTOS_POR_CONVOCATORIA}
              required
              ayuda="Con el ámbito «Por convocatoria»: cuántos votos tiene cada persona en total."
              {...campo("votosPorConvocatoria")}
            />
          </div>
          <Casilla id="ocultarConteos" label="Ocultar los conteos hasta el cierre de la votación" ayuda="Los perfiles y los resultados no muestran votos mientras la votación esté abierta." {...campo("ocultarConteos")} />
          {editable && (
            <Button type="submit" className="mt-2">
              {pendiente ? "Guardando…" : "Guardar reglas"}
            </Button>
          )}
        </fieldset>
      )}
    </Formulario>
  );
}
