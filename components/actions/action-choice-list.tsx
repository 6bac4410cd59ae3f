// A list of checkboxes under one legend (teams concerned, irritants, items), its hint and, after a
// refused post, its error; the group is described by both.
import { FieldNotes } from "@/components/settings/form-field";

type Props = {
  id: string;
  name: string;
  legend: string;
  hint: string;
  error: string | null;
  options: ReadonlyArray<{ value: string; label: string }>;
  checked: ReadonlySet<string>;
  /** Sub-groups drawn side by side (customer and employee irritants). */
  groups?: ReadonlyArray<{ title: string; values: ReadonlySet<string> }>;
};

function Boxes({ name, options, checked }: Pick<Props, "name" | "options" | "checked">) {
  return (
    <ul className="flex max-h-64 flex-col gap-1 overflow-y-auto">
      {options.map((option) => (
        <li key={option.value}>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={checked.has(option.value)} className="mt-1" />
            <span>{option.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

export function ActionChoiceList({ id, name, legend, hint, error, options, checked, groups }: Props) {
  // Kept as they are: links the form does not offer (a team outside a manager's scope, a retired
  // irritant) must not be dropped by saving the rest.
  const offered = new Set(options.map((option) => option.value));
  const kept = [...checked].filter((value) => !offered.has(value));
  return (
    <fieldset
      id={id}
      aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      className="flex flex-col gap-1 rounded border border-slate-300 p-3"
    >
      <legend className="px-1 font-medium">{legend}</legend>
      {kept.map((value) => (
        <input key={value} type="hidden" name={name} value={value} />
      ))}
      {groups ? (
        <div className="grid gap-4 md:grid-cols-2">
          {groups.map((group) => (
            <div key={group.title}>
              <p className="mb-1 text-sm font-medium text-slate-700">{group.title}</p>
              <Boxes name={name} options={options.filter((option) => group.values.has(option.value))} checked={checked} />
            </div>
          ))}
        </div>
      ) : (
        <Boxes name={name} options={options} checked={checked} />
      )}
      <FieldNotes id={id} hint={hint} error={error} />
    </fieldset>
  );
}
