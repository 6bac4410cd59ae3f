// HR's "new pulse" form: a plain server-action form (works without JS), errors listed on top.
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

type T = Messages["pulses"];

const errorText: Record<string, keyof T> = {
  name: "errorName",
  teamId: "errorTeam",
  dates: "errorDates",
  cadence: "errorCadence",
  state: "errorState",
};

interface Props {
  t: T;
  locale: Locale;
  teams: Array<{ id: string; name: string; depth: number }>;
  errors: string[];
  action: (formData: FormData) => Promise<void>;
}

export function CreatePulseForm({ t, locale, teams, errors, action }: Props) {
  const today = new Date().toISOString().slice(0, 10);
  // A server component rendered per request: the default dates are today's on purpose.
  // eslint-disable-next-line react-hooks/purity
  const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const field = "mt-1 block w-full max-w-md rounded border border-slate-400 px-3 py-2";
  return (
    <section aria-labelledby="new-pulse" className="rounded border border-slate-300 bg-white p-4">
      <h2 id="new-pulse" className="mb-3 text-lg font-semibold">
        {t.newPulse}
      </h2>
      {errors.length ? (
        <ul role="alert" className="mb-4 rounded border-2 border-red-700 p-3 text-red-800" data-testid="pulse-errors">
          {errors
            .filter((e) => e in errorText)
            .map((e) => (
              <li key={e}>{t[errorText[e]!]}</li>
            ))}
        </ul>
      ) : null}
      <form action={action} className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <label className="block">
          {t.name}
          <input name="name" required minLength={3} maxLength={120} className={field} />
        </label>
        <label className="block">
          {t.teams}
          <select name="teamId" className={field} required>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {"\u00a0\u00a0".repeat(team.depth)}
                {team.name}
              </option>
            ))}
          </select>
        </label>
        <div className="flex flex-wrap gap-4">
          <label className="block">
            {t.opensAt}
            <input type="date" name="opensOn" defaultValue={today} required className={field} />
          </label>
          <label className="block">
            {t.closesAt}
            <input type="date" name="closesOn" defaultValue={inTwoWeeks} required className={field} />
          </label>
        </div>
        <label className="block">
          {t.cadence}
          <select name="cadence" className={field} defaultValue="ONE_OFF">
            <option value="ONE_OFF">{t.cadenceONE_OFF}</option>
            <option value="MONTHLY">{t.cadenceMONTHLY}</option>
            <option value="QUARTERLY">{t.cadenceQUARTERLY}</option>
          </select>
        </label>
        <fieldset>
          <legend>{t.questions}</legend>
          {(["includeItems", "includeIrritants", "includeSuggestion"] as const).map((name) => (
            <label key={name} className="mr-4 inline-flex items-center gap-2">
              <input type="checkbox" name={name} defaultChecked />
              {t[name]}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-semibold text-white">
          {t.create}
        </button>
      </form>
    </section>
  );
}
