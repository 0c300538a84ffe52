import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

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
    </div>
  );
}

export function Field({ id, label, error, ayuda, ...props }: Base & InputHTMLAttributes<HTMLInputElement>) {
  return <Campo {...{ id, label, error, ayuda }} required={props.required} control={(aria) => <input id={id} name={props.name ?? id} className={inputClase} {...aria} {...props} />} />;
}

export function TextArea({ id, label, error, ayuda, ...props }: Base & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <Campo {...{ id, label, error, ayuda }} required={props.required} control={(aria) => <textarea id={id} name={props.name ?? id} rows={4} className={inputClase} {...aria} {...props} />} />;
}

export function Select({ id, label, error, ayuda, children, ...props }: Base & SelectHTMLAttributes<HTMLSelectElement>) {
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
