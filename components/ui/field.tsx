import type { ComponentProps, ReactNode } from "react";

type Base = { id: string; label: string; error?: string | string[]; ayuda?: ReactNode };

const inputClase = "mt-1 block w-full border border-[#767676] bg-white px-3 py-2 text-titulo aria-[invalid=true]:border-error aria-[invalid=true]:border-2";

/** Label, help text and errors around one control; the control is tied to them by id and aria-describedby. */
function Campo({ id, label, error, ayuda, required, control }: Base & { required?: boolean; control: (aria: { "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode }) {
  const errores = typeof error === "string" ? [error] : (error ?? []);
  const describedBy = [ayuda ? `${id}-ayuda` : null, errores.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium text-titulo">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {control({ "aria-invalid": errores.length > 0, "aria-describedby": describedBy })}
      <AyudaYError id={id} ayuda={ayuda} errores={errores} />
    </div>
  );
}

export function Field({ id, label, error, ayuda, ...props }: Base & ComponentProps<"input">) {
  return <Campo {...{ id, label, error, ayuda }} required={props.required} control={(aria) => <input id={id} name={props.name ?? id} className={inputClase} {...aria} {...props} />} />;
}

export function TextArea({ id, label, error, ayuda, ...props }: Base & ComponentProps<"textarea">) {
  return <Campo {...{ id, label, error, ayuda }} required={props.required} control={(aria) => <textarea id={id} name={props.name ?? id} rows={4} className={inputClase} {...aria} {...props} />} />;
}

export function Select({ id, label, error, ayuda, children, ...props }: Base & ComponentProps<"select">) {
  return (
    <Campo
      {...{ id, label, error, ayuda }}
      required={props.required}
      control={(aria) => (
        <select id={id} name={props.name ?? id} className={inputClase} {...aria} {...props}>
          {children}
        </select>
      )}
    />
  );
}

/**
 * Checkboxes or radios under one legend, with their error next to them. `campo` is the field's name in
 * the form: the form primitive shows its errors here and, after a refusal, focuses its first option.
 */
export function Grupo({
  id,
  campo,
  legend,
  error,
  ayuda,
  required,
  className = "mb-4",
  children,
}: {
  id: string;
  campo: string;
  legend: ReactNode;
  error?: string | string[];
  ayuda?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const errores = typeof error === "string" ? [error] : (error ?? []);
  const describedBy = [ayuda ? `${id}-ayuda` : null, errores.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={className} data-campo={campo} data-invalido={errores.length ? "" : undefined} aria-describedby={describedBy}>
      <legend className="font-medium text-titulo">
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      <AyudaYError id={id} ayuda={ayuda} errores={errores} />
      {children}
    </fieldset>
  );
}

/** One checkbox (or radio, inside a Grupo) with its label on the right, a 44 px target, help and error. */
export function Casilla({ id, label, ayuda, error, type = "checkbox", ...props }: { id: string; label: ReactNode; ayuda?: ReactNode; error?: string | string[] } & ComponentProps<"input">) {
  const errores = typeof error === "string" ? [error] : (error ?? []);
  const describedBy = [ayuda ? `${id}-ayuda` : null, errores.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-2">
      <div className="flex min-h-11 items-start gap-3 pt-2">
        <input
          id={id}
          type={type}
          className="mt-0.5 h-5 w-5 shrink-0"
          // aria-invalid belongs to a checkbox, not to one radio: a radio group shows its error on the Grupo.
          aria-invalid={type === "checkbox" && errores.length > 0 ? true : undefined}
          aria-describedby={describedBy}
          {...props}
        />
        <div>
          <label htmlFor={id}>{label}</label>
          {ayuda && (
            <p id={`${id}-ayuda`} className="text-sm">
              {ayuda}
            </p>
          )}
        </div>
      </div>
      {errores.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-error">
          {errores.join(" ")}
        </p>
      )}
    </div>
  );
}

/** The help and the error under a field or group, with the ids its aria-describedby names. */
function AyudaYError({ id, ayuda, errores }: { id: string; ayuda?: ReactNode; errores: string[] }) {
  return (
    <>
      {ayuda && (
        <p id={`${id}-ayuda`} className="mt-1 text-sm">
          {ayuda}
        </p>
      )}
      {errores.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-error">
          {errores.join(" ")}
        </p>
      )}
    </>
  );
}
