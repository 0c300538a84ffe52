"use client";

// The mentor pool's registration (mentor.registrarse): the person's helix, institution, region, experience,
// topics and availability. The same form updates a registration; a rejected one goes back to review.
import { Button } from "@/components/ui/button";
import { Casilla, Field, Grupo, Select, TextArea } from "@/components/ui/field";
import { Formulario } from "@/components/ui/formulario";
import type { z } from "zod";
import { HELICES, HORAS_SEMANA, MAX_EQUIPOS, NOMBRE_HELICE, TEMAS_MENTORIA } from "@/lib/domain/mentores";
import { REGIONES } from "@/lib/domain/regiones";
import { registrarseSchema } from "@/lib/mentores/schema";
import { registrarMentorAction } from "@/lib/mentores/server-actions";

/** The starting values: the current registration, or empty ones (undefined) for a new one. */
export type ValoresInscripcion = Partial<z.input<typeof registrarseSchema>>;

export function RegistroMentorForm({ valores, existe }: { valores: ValoresInscripcion; existe: boolean }) {
  return (
    <Formulario
      schema={registrarseSchema}
      action={registrarMentorAction}
      valores={valores}
      etiqueta={existe ? "Actualizar mi inscripción como mentor" : "Inscribirme como mentor"}
    >
      {({ form, campo, error, pendiente }) => (
        <>
          <Select id="helice" label="Sector desde el que mentoriza (hélice)" required {...campo("helice")}>
            <option value="">Seleccione…</option>
            {HELICES.map((h) => (
              <option key={h} value={h}>
                {NOMBRE_HELICE[h]}
              </option>
            ))}
          </Select>
          <Field id="institucion" label="Institución (opcional)" autoComplete="organization" ayuda="Universidad, empresa, servicio público u organización." {...campo("institucion")} />
          <Select id="regionCut" label="Región donde puede mentorizar" required {...campo("regionCut")}>
            <option value="">Seleccione…</option>
            {REGIONES.map((r) => (
              <option key={r.cut} value={r.cut}>
                {r.nombre}
              </option>
            ))}
          </Select>
          <TextArea
            id="experiencia"
            label="Su experiencia"
            required
            rows={5}
            ayuda="En pocas líneas: en qué ha trabajado y con qué tipo de proyectos o comunidades."
            {...campo("experiencia")}
          />
          <Grupo id="temas" campo="temas" legend="Temas en los que puede mentorizar" required error={error("temas")}>
            {TEMAS_MENTORIA.map((t) => (
              <Casilla key={t.clave} id={`tema-${t.clave}`} value={t.clave} label={t.nombre} {...form.register("temas")} />
            ))}
          </Grupo>
          <Field
            id="horasSemana"
            label="Horas por semana que puede dedicar"
            type="number"
            inputMode="numeric"
            min={HORAS_SEMANA.min}
            max={HORAS_SEMANA.max}
            required
            ayuda={`Entre ${HORAS_SEMANA.min} y ${HORAS_SEMANA.max}. Una sesión semanal con un equipo toma cerca de una hora y media.`}
            {...campo("horasSemana")}
          />
          <Field
            id="maxEquipos"
            label="Máximo de equipos que puede acompañar"
            type="number"
            inputMode="numeric"
            min={MAX_EQUIPOS.min}
            max={MAX_EQUIPOS.max}
            required
            ayuda={`Entre ${MAX_EQUIPOS.min} y ${MAX_EQUIPOS.max}.`}
            {...campo("maxEquipos")}
          />
          <Button type="submit">{pendiente ? "Enviando…" : existe ? "Actualizar inscripción" : "Enviar inscripción"}</Button>
        </>
      )}
    </Formulario>
  );
}
