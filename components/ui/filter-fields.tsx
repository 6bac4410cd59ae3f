// Fields of a GET filter form: a select whose first choice means "no filter", and a month input
// (a text box accepting YYYY-MM where the browser has no month picker). The label wraps its control.
type Option = { value: string; label: string };

const label = "flex flex-col gap-1 text-sm";
const control = "rounded border border-slate-300 bg-white px-2 py-1 text-sm";

export function SelectFilter({
  title,
  name,
  value,
  all,
  options,
}: {
  title: string;
  name: string;
  value: string | undefined;
  all: string;
  options: readonly Option[];
}) {
  return (
    <label className={label}>
      {title}
      <select name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function MonthFilter({
  title,
  name,
  value,
  placeholder,
}: {
  title: string;
  name: string;
  value: string | undefined;
  placeholder: string;
}) {
  return (
    <label className={label}>
      {title}
      <input type="month" name={name} defaultValue={value ?? ""} placeholder={placeholder} pattern="\d{4}-\d{2}" className={control} />
    </label>
  );
}

/** A tree in a native <select>: each level indented by non-breaking spaces. */
export const indented = (name: string, depth: number) => `${"\u00a0\u00a0".repeat(Math.max(0, depth))}${name}`;

/** Teams of a tree as a select, indented from the shallowest one shown. */
export function TeamFilter(props: {
  title: string;
  name: string;
  value: string | undefined;
  all: string;
  teams: ReadonlyArray<{ teamId: string; name: string; depth: number }>;
}) {
  const minDepth = props.teams.length > 0 ? Math.min(...props.teams.map((team) => team.depth)) : 0;
  const options = props.teams.map((team) => ({ value: team.teamId, label: indented(team.name, team.depth - minDepth) }));
  return <SelectFilter title={props.title} name={props.name} value={props.value} all={props.all} options={options} />;
}

/** A search box, its length bounded like the server's rule, described by a hint. */
export function SearchFilter(props: { title: string; name: string; value: string | undefined; min: number; max: number; hintId: string }) {
  return (
    <label className={label}>
      {props.title}
      <input
        type="search"
        name={props.name}
        defaultValue={props.value ?? ""}
        minLength={props.min}
        maxLength={props.max}
        aria-describedby={props.hintId}
        className={control}
      />
    </label>
  );
}
