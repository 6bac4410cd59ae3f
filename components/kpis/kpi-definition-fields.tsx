// The fields of a KPI definition form (issue 15 §1), shared by "add" (with key and unit, set once)
// and "edit" (names, direction, money value per point, assumptions). Server component, plain inputs.
import type { KpiDefinitionDto } from "@/lib/db/kpis/kpi-definition-dto";
import type { Messages } from "@/lib/i18n/messages";
import { KPI_ASSUMPTIONS_MAX, KPI_NAME_MAX } from "@/lib/kpis/kpi-definition-schema";
import { KPI_UNITS } from "@/lib/kpis/kpi-units";

type T = Messages["kpis"];
const input = "rounded border border-slate-400 px-3 py-1";

function Text({
  id,
  name,
  label,
  value,
  max,
  hint,
}: {
  id: string;
  name: string;
  label: string;
  value?: string;
  max: number;
  hint?: string;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm" htmlFor={id}>
      <span>{label}</span>
      <input id={id} name={name} required maxLength={max} defaultValue={value} aria-describedby={hint} className={input} />
    </label>
  );
}

export function KpiDefinitionFields({ t, idPrefix, definition }: { t: T; idPrefix: string; definition?: KpiDefinitionDto }) {
  const f = t.fields;
  const euros = definition?.valuePerPointCents == null ? "" : String(definition.valuePerPointCents / 100);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {definition ? null : (
        <>
          <label className="flex flex-col gap-1 text-sm" htmlFor={`${idPrefix}-key`}>
            <span>{f.key}</span>
            <input
              id={`${idPrefix}-key`}
              name="key"
              required
              maxLength={50}
              pattern="[a-z0-9]+(_[a-z0-9]+)*"
              aria-describedby={`${idPrefix}-key-hint`}
              className={`${input} font-mono`}
            />
            <span id={`${idPrefix}-key-hint`} className="text-slate-600">
              {f.keyHint}
            </span>
          </label>
          <label className="flex flex-col gap-1 text-sm" htmlFor={`${idPrefix}-unit`}>
            <span>{f.unit}</span>
            <select id={`${idPrefix}-unit`} name="unit" required className={input} aria-describedby={`${idPrefix}-unit-hint`}>
              {KPI_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t.units[unit]}
                </option>
              ))}
            </select>
            <span id={`${idPrefix}-unit-hint`} className="text-slate-600">
              {f.unitHint}
            </span>
          </label>
        </>
      )}
      <Text id={`${idPrefix}-nameFr`} name="nameFr" label={f.nameFr} value={definition?.nameFr} max={KPI_NAME_MAX} />
      <Text id={`${idPrefix}-nameEn`} name="nameEn" label={f.nameEn} value={definition?.nameEn} max={KPI_NAME_MAX} />
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="higherIsBetter" defaultChecked={definition?.higherIsBetter ?? true} />
        <span>{f.higherIsBetter}</span>
      </label>
      <label className="flex flex-col gap-1 text-sm" htmlFor={`${idPrefix}-money`}>
        <span>{f.valuePerPoint}</span>
        <input
          id={`${idPrefix}-money`}
          name="valuePerPoint"
          inputMode="decimal"
          defaultValue={euros}
          aria-describedby={`${idPrefix}-money-hint`}
          className={input}
        />
        <span id={`${idPrefix}-money-hint`} className="text-slate-600">
          {f.valuePerPointHint}
        </span>
      </label>
      <label className="flex flex-col gap-1 text-sm" htmlFor={`${idPrefix}-assumptions`}>
        <span>{f.assumptions}</span>
        <textarea
          id={`${idPrefix}-assumptions`}
          name="assumptions"
          rows={3}
          maxLength={KPI_ASSUMPTIONS_MAX}
          defaultValue={definition?.assumptions ?? ""}
          aria-describedby={`${idPrefix}-assumptions-hint`}
          className={input}
        />
        <span id={`${idPrefix}-assumptions-hint`} className="text-slate-600">
          {f.assumptionsHint}
        </span>
      </label>
    </div>
  );
}
