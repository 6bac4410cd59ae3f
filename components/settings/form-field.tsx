// A labelled form field with its hint and, after a refused post, its error right below it;
// the input (given by the caller) is described by both (aria-describedby) and marked invalid.
import type { ReactNode } from "react";

export interface FieldInputProps {
  id: string;
  "aria-describedby": string;
  "aria-invalid": true | undefined;
}

type Props = { id: string; label: string; hint: string; error: string | null; children: (input: FieldInputProps) => ReactNode };

export function FormField({ id, label, hint, error, children }: Props) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children(fieldInputProps(id, error))}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** What ties an input to its hint and error (for fields laid out otherwise, e.g. a checkbox). */
export function fieldInputProps(id: string, error: string | null): FieldInputProps {
  return { id, "aria-describedby": error ? `${id}-hint ${id}-error` : `${id}-hint`, "aria-invalid": error ? true : undefined };
}

/** The hint under a field and, after a refused post, its error. */
export function FieldNotes({ id, hint, error }: { id: string; hint: string; error: string | null }) {
  return (
    <>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

export const inputClass =
  "rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";
