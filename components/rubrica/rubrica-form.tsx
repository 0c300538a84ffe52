"use client";

import { useRouter } from "next/navigation";
import { useFieldArray, useWatch, type Control, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea } from "@/components/ui/field";
import { Formulario, type Formulario as FormularioRubrica } from "@/components/ui/formulario";
import { NOMBRE_REGLA_REGION, REGLAS_REGION } from "@/lib/domain/asignacion";
import { CRITERIOS_POR_DEFECTO } from "@/lib/domain/rubrica";
import { criteriosEditables, guardarRubricaSchema, MAX_CRITERIOS, MAX_EJEMPLOS, PERFILES_REFERENCIA, type GuardarRubricaEntrada } from "@/lib/rubrica/schema";
import { guardarRubricaAction } from "@/lib/rubrica/server-actions";

type F = FormularioRubrica<typeof guardarRubricaSchema, { id: string }>;
type Entrada = GuardarRubricaEntrada;

const criterioVacio = () => ({ clave: "", nombre: "", descripcion: "", orientacion: "", peso: "", ejemplos: [] as { nota: string; texto: string }[] });

/**
 * The rubric of the convocatoria: settings, criteria with weights (adding up to 100 %), guidance and worked
 * examples, and the three reference perfiles of the calibration with their grade per criterion.
 * `editable` false: read-only (another etapa, or another role's view).
 */
export function RubricaForm({ valores, editable, criteriosCongelados, formulas }: { valores: Entrada; editable: boolean; criteriosCongelados: boolean; formulas: { simple: string; normalizado: string } }) {
  const router = useRouter();
  return (
    <Formulario schema={guardarRubricaSchema} action={guardarRubricaAction} valores={valores} etiqueta="Rúbrica de evaluación" deshabilitado={!editable} alGuardar={() => router.refresh()}>
      {(f) => <Campos f={f} editable={editable} criteriosCongelados={criteriosCongelados} formulas={formulas} />}
    </Formulario>
  );
}

function Campos({ f, editable, criteriosCongelados, formulas }: { f: F; editable: boolean; criteriosCongelados: boolean; formulas: { simple: string; normalizado: string } }) {
  const { campo, error, form, pendiente } = f;
  const criterios = useFieldArray({ control: form.control, name: "criterios" });
  const editarCriterios = editable && !criteriosCongelados;

  // The reference grades are one per criterion, in the criteria's order: kept aligned when criteria change.
  const notasDe = (k: number) => (form.getValues(`referencias.${k}.notas`) as unknown[] | undefined) ?? [];
  const ajustarNotas = (cambiar: (notas: unknown[]) => unknown[]) => {
    for (let k = 0; k < PERFILES_REFERENCIA; k++) form.setValue(`referencias.${k}.notas`, cambiar(notasDe(k)) as Entrada["referencias"][number]["notas"]);
  };
  const agregar = () => {
    criterios.append(criterioVacio());
    ajustarNotas((n) => [...n, ""]);
  };
  const quitar = (i: number) => {
    criterios.remove(i);
    ajustarNotas((n) => n.filter((_, j) => j !== i));
  };
  const porDefecto = () => {
    if (!window.confirm("¿Reemplazar los criterios del formulario por los seis criterios por defecto? Las notas de referencia se vacían; nada se guarda hasta que presione «Guardar rúbrica».")) return;
    criterios.replace(criteriosEditables(CRITERIOS_POR_DEFECTO));
    ajustarNotas(() => CRITERIOS_POR_DEFECTO.map(() => ""));
  };

  return (
    <>
      <Field id="nombre" label="Nombre de la rúbrica" required {...campo("nombre")} />

      <h2 className="mb-2 mt-8 text-2xl">Asignación de evaluadores</h2>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="evaluadoresPorPerfil" label="Evaluadores por perfil" inputMode="numeric" required ayuda="Cuántas evaluaciones necesita cada perfil admisible (de 1 a 5)." {...campo("evaluadoresPorPerfil")} />
        <Field id="topeEvaluador" label="Tope de perfiles por evaluador" inputMode="numeric" required ayuda="Ningún evaluador recibe más perfiles que este tope." {...campo("topeEvaluador")} />
      </div>
      <Select id="reglaRegion" label="Regla de región" required ayuda="Además, nadie evalúa un perfil de su propia organización ni el suyo." {...campo("reglaRegion")}>
        {REGLAS_REGION.map((r) => (
          <option key={r} value={r}>
            {NOMBRE_REGLA_REGION[r]}
          </option>
        ))}
      </Select>

      <h2 className="mb-2 mt-8 text-2xl">Capacitación y atípicos</h2>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field
          id="umbralCalibracion"
          label="Umbral de calibración (puntos de nota)"
          inputMode="decimal"
          required
          ayuda="Aprueba quien, en cada criterio, se aleja en promedio a lo más esto de las notas de referencia. Por ejemplo 0,7."
          {...campo("umbralCalibracion")}
        />
        <Field
          id="limiteIndulgencia"
          label="Límite de indulgencia (|z|)"
          inputMode="decimal"
          required
          ayuda="Se marca al evaluador cuya desviación media frente a sus coevaluadores supera este puntaje z."
          {...campo("limiteIndulgencia")}
        />
        <Field id="minMuestra" label="Muestra mínima (perfiles coevaluados)" inputMode="numeric" required ayuda="Antes de esto no se calcula la indulgencia ni se normaliza." {...campo("minMuestra")} />
        <Field
          id="brechaDiscrepancia"
          label="Brecha de discrepancia (puntos de nota)"
          inputMode="decimal"
          required
          ayuda="Se marca el perfil cuya nota máxima y mínima difieren en más que esto."
          {...campo("brechaDiscrepancia")}
        />
      </div>
      <Select id="normalizar" label="Puntaje técnico" required ayuda={`Simple: ${formulas.simple} Normalizado: ${formulas.normalizado}`} {...campo("normalizar")}>
        <option value="no">Promedio simple de las notas</option>
        <option value="si">Normalizado por evaluador</option>
      </Select>

      <h2 className="mb-2 mt-8 text-2xl">Criterios</h2>
      {criteriosCongelados && (
        <p className="mb-3 border-l-4 border-aviso bg-[#fdf6e3] p-3 text-sm">
          Ya hay notas registradas con esta rúbrica: sus criterios no se pueden cambiar. Los ajustes y los perfiles de referencia sí.
        </p>
      )}
      <SumaPesos control={form.control} />
      <div data-campo="criterios">{error("criterios") && <p className="mb-2 text-sm font-medium text-error">{error("criterios")}</p>}</div>
      {editarCriterios && (
        <p className="mb-4">
          <Button type="button" variante="secundario" onClick={porDefecto}>
            Partir de los criterios por defecto
          </Button>
        </p>
      )}
      {criterios.fields.map((c, i) => (
        <fieldset key={c.id} className="mb-6 border border-acento p-3" disabled={!editarCriterios}>
          <legend className="px-1 font-medium text-titulo">Criterio {i + 1}</legend>
          <div className="grid gap-x-4 sm:grid-cols-[1fr_8rem]">
            <Field id={`c-${i}-nombre`} label="Nombre" required {...campo(`criterios.${i}.nombre`)} />
            <Field id={`c-${i}-peso`} label="Peso (%)" inputMode="numeric" required {...campo(`criterios.${i}.peso`)} />
          </div>
          <Field
            id={`c-${i}-clave`}
            label="Clave"
            ayuda="Identificador estable (minúsculas y guiones). Déjela vacía en un criterio nuevo: se crea a partir del nombre."
            {...campo(`criterios.${i}.clave`)}
          />
          <TextArea id={`c-${i}-descripcion`} label="Descripción" rows={3} required {...campo(`criterios.${i}.descripcion`)} />
          <TextArea id={`c-${i}-orientacion`} label="Orientación para evaluar" rows={5} required ayuda="Qué mirar, qué significa un 4,0 y un 6,0, qué no premiar." {...campo(`criterios.${i}.orientacion`)} />
          <Ejemplos f={f} i={i} editable={editarCriterios} />
          {editarCriterios && criterios.fields.length > 1 && (
            <Button type="button" variante="secundario" onClick={() => quitar(i)}>
              Quitar criterio {i + 1}
            </Button>
          )}
        </fieldset>
      ))}
      {editarCriterios && criterios.fields.length < MAX_CRITERIOS && (
        <Button type="button" variante="secundario" onClick={agregar}>
          Agregar criterio
        </Button>
      )}

      <h2 className="mb-2 mt-8 text-2xl">Perfiles de referencia de la calibración</h2>
      <p className="mb-4 text-sm">
        Cada evaluador califica estos {PERFILES_REFERENCIA} perfiles en cada criterio durante la capacitación. Las notas de referencia son las que acordó el equipo
        técnico; el evaluador solo ve las de los criterios en que divergió, después de cada intento.
      </p>
      {Array.from({ length: PERFILES_REFERENCIA }, (_, k) => (
        <fieldset key={k} className="mb-6 border border-acento p-3">
          <legend className="px-1 font-medium text-titulo">Perfil de referencia {k + 1}</legend>
          <Field id={`r-${k}-titulo`} label="Título" required {...campo(`referencias.${k}.titulo`)} />
          <TextArea id={`r-${k}-resumen`} label="Resumen del perfil" rows={5} required {...campo(`referencias.${k}.resumen`)} />
          <NotasReferencia f={f} k={k} nombres={criterios.fields.map((_, i) => i)} />
        </fieldset>
      ))}

      {editable && (
        <div className="mt-6">
          <Button type="submit">{pendiente ? "Guardando…" : "Guardar rúbrica"}</Button>
        </div>
      )}
    </>
  );
}

/** The weights' running total, announced politely as it changes. */
function SumaPesos({ control }: { control: Control<Entrada> }) {
  const criterios = useWatch({ control, name: "criterios" }) ?? [];
  const suma = criterios.reduce((s, c) => s + (Number(String(c?.peso ?? "").replace(",", ".")) || 0), 0);
  return (
    <p aria-live="polite" className={`mb-3 font-medium ${suma === 100 ? "" : "text-error"}`}>
      Suma de los pesos: {suma} %{suma === 100 ? "." : " (deben sumar 100 %)."}
    </p>
  );
}

function Ejemplos({ f, i, editable }: { f: F; i: number; editable: boolean }) {
  const { campo, form } = f;
  const ejemplos = useFieldArray({ control: form.control, name: `criterios.${i}.ejemplos` as "criterios.0.ejemplos" });
  return (
    <div className="mb-4">
      <h3 className="mb-2 text-lg">Ejemplos trabajados</h3>
      {ejemplos.fields.length === 0 && <p className="mb-2 text-sm">Sin ejemplos.</p>}
      {ejemplos.fields.map((e, j) => (
        <div key={e.id} className="mb-3 border-l-4 border-neutro pl-3">
          <div className="grid gap-x-4 sm:grid-cols-[8rem_1fr]">
            <Field id={`c-${i}-e-${j}-nota`} label={`Nota del ejemplo ${j + 1}`} inputMode="decimal" required {...campo(`criterios.${i}.ejemplos.${j}.nota`)} />
            <TextArea id={`c-${i}-e-${j}-texto`} label={`Ejemplo ${j + 1}`} rows={3} required {...campo(`criterios.${i}.ejemplos.${j}.texto`)} />
          </div>
          {editable && (
            <Button type="button" variante="secundario" onClick={() => ejemplos.remove(j)}>
              Quitar ejemplo {j + 1}
            </Button>
          )}
        </div>
      ))}
      {editable && ejemplos.fields.length < MAX_EJEMPLOS && (
        <Button type="button" variante="secundario" onClick={() => ejemplos.append({ nota: "", texto: "" })}>
          Agregar ejemplo
        </Button>
      )}
    </div>
  );
}

/** One reference perfil's grade per criterion, labelled with each criterion's current name. */
function NotasReferencia({ f, k, nombres }: { f: F; k: number; nombres: number[] }) {
  const { campo, error, form } = f;
  const criterios = useWatch({ control: (form as UseFormReturn<Entrada>).control, name: "criterios" }) ?? [];
  return (
    <fieldset data-campo={`referencias.${k}.notas`}>
      <legend className="mb-2 font-medium text-titulo">Notas de referencia (1,0 a 7,0)</legend>
      {error(`referencias.${k}.notas`) && <p className="mb-2 text-sm font-medium text-error">{error(`referencias.${k}.notas`)}</p>}
      <div className="grid gap-x-4 sm:grid-cols-2">
        {nombres.map((i) => (
          <Field
            key={i}
            id={`r-${k}-n-${i}`}
            label={criterios[i]?.nombre || `Criterio ${i + 1}`}
            inputMode="decimal"
            required
            {...campo(`referencias.${k}.notas.${i}`)}
          />
        ))}
      </div>
    </fieldset>
  );
}
