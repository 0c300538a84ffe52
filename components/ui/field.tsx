import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Base = { id: string; label: string; error?: string | string[]; ayuda?: ReactNode };

const inputClase = "mt-1 block w-full border border-[#767676] bg-white px-3 py-2 text-titulo aria-[invalid=true]:border-error aria-[invalid=true]:border-2";

function Mensajes({ id, error, ayuda }: Omit<Base, "label">) {
  const errores = typeof error === "string" ? [error] : (error ?? []);
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

function describedBy({ id, error, ayuda }: Omit<Base, "label">) {
  return [ayuda ? `${id}-ayuda` : null, error && error.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function Field({ id, label, error, ayuda, ...props }: Base & InputHTMLAttributes<HTMLInputElement>) {
  const invalido = !!error && error.length > 0;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium text-titulo">
        {label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      <input id={id} name={props.name ?? id} aria-invalid={invalido} aria-describedby={describedBy({ id, error, ayuda })} className={inputClase} {...props} />
      <Mensajes id={id} error={error} ayuda={ayuda} />
    </div>
  );
}

export function TextArea({ id, label, error, ayuda, ...props }: Base & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const invalido = !!error && error.length > 0;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium text-titulo">
        {label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      <textarea id={id} name={props.name ?? id} aria-invalid={invalido} aria-describedby={describedBy({ id, error, ayuda })} className={inputClase} rows={4} {...props} />
      <Mensajes id={id} error={error} ayuda={ayuda} />
    </div>
  );
}

export function Select({ id, label, error, ayuda, children, ...props }: Base & SelectHTMLAttributes<HTMLSelectElement>) {
  const invalido = !!error && error.length > 0;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium text-titulo">
        {label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      <select id={id} name={props.name ?? id} aria-invalid={invalido} aria-describedby={describedBy({ id, error, ayuda })} className={inputClase} {...props}>
        {children}
      </select>
      <Mensajes id={id} error={error} ayuda={ayuda} />
    </div>
  );
}
