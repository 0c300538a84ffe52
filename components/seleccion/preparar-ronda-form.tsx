"use client";

// Prepares the round, or re-runs its suggestion while it is open (seleccion.prepararRonda): the budget (by
// default the convocatoria's), an optional max per desafío, and the COMITE accounts present, who alone
// decide and sign. Decisions already taken stay; those that now depart from the new suggestion will need
// their reasons before the acta.
import { Button } from "@/components/ui/button";
import { CampoPesos } from "@/components/ui/campo-pesos";
import { Casilla, Field, Grupo } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import { formatearClp } from "@/lib/domain/formato";
import { prepararRondaSchema } from "@/lib/seleccion/schema";
import { prepararRondaAction } from "@/lib/seleccion/server-actions";

export function PrepararRondaForm({
  preparada,
  presupuesto,
  presupuestoTotal,
  maxPorDesafio,
  cuentas,
  presentes,
}: {
  /** The round exists: this re-runs it. */
  preparada: boolean;
  presupuesto: number;
  presupuestoTotal: number;
  maxPorDesafio: number | null;
  cuentas: { id: string; nombre: string }[];
  presentes: string[];
}) {
  return (
    <Formulario
      schema={prepararRondaSchema}
      action={prepararRondaAction}
      valores={{ presupuesto, maxPorDesafio: maxPorDesafio ?? undefined, miembros: presentes }}
      etiqueta={preparada ? "Volver a preparar la ronda" : "Preparar la ronda"}
      confirmar={
        preparada
          ? "¿Volver a calcular la cartera sugerida con estos datos? Las decisiones ya tomadas se mantienen; las que ahora se aparten de la sugerencia necesitarán su fundamento antes del acta."
          : undefined
      }
    >
      {({ form, campo, error, pendiente }) => (
        <>
          <CampoPesos
            control={form.control}
            name="presupuesto"
            id="presupuesto"
            label="Presupuesto de la ronda (pesos)"
            required
            ayuda={`Como máximo el de la convocatoria, ${formatearClp(presupuestoTotal)}.`}
            error={error("presupuesto")}
          />
          <Field
            id="maxPorDesafio"
            label="Máximo de proyectos por desafío (opcional)"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            ayuda="Déjelo vacío para no limitar cuántos proyectos de un mismo desafío entran en la cartera."
            {...campo("maxPorDesafio")}
          />
          <Grupo
            id="miembros"
            campo="miembros"
            legend="Miembros del comité presentes"
            required
            error={error("miembros")}
            ayuda="Solo los miembros presentes deciden y firman el acta."
          >
            {cuentas.length === 0 ? (
              <p>No hay cuentas con el rol de comité. Asigne el rol en «Usuarios y roles».</p>
            ) : (
              cuentas.map((c) => <Casilla key={c.id} id={`miembro-${c.id}`} value={c.id} label={c.nombre} {...form.register("miembros")} />)
            )}
          </Grupo>
          <Button type="submit">{pendiente ? "Calculando la cartera…" : preparada ? "Volver a calcular la sugerencia" : "Preparar la ronda"}</Button>
        </>
      )}
    </Formulario>
  );
}
