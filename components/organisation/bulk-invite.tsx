// "Invite everyone not yet invited" on the people directory: a link that opens the confirmation
// (the count of the current filter, the per-click limit), then a plain form post; and the result
// line after it. Works without JavaScript. No counting happens until the confirmation is asked.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type Plural = { one: string; other: string };
type Filters = Partial<Record<"q" | "teamId" | "role" | "status", string>>;

function plural(locale: Locale, forms: Plural, n: number): string {
  const form = new Intl.PluralRules(locale).select(n) === "one" ? forms.one : forms.other;
  return fmt(form, { n: formatNumber(locale, n) });
}

/** "312 invitations envoyées, 4 refusées par le serveur de mail. Il reste …" from the redirect's query. */
export function bulkInviteResult(locale: Locale, m: Messages["organisation"]["bulkInvite"], query: Record<string, string | undefined>) {
  const count = (name: string) => Math.max(0, Number.parseInt(query[name] ?? "0", 10) || 0);
  const [sent, refused, remaining] = [count("sent"), count("refused"), count("remaining")];
  return `${plural(locale, m.sent, sent)}${refused > 0 ? plural(locale, m.refused, refused) : ""}.${remaining > 0 ? plural(locale, m.remaining, remaining) : ""}`;
}

export function BulkInvite({
  locale,
  m,
  filters,
  toInvite,
  limit,
  action,
}: {
  locale: Locale;
  m: Messages["organisation"]["bulkInvite"];
  filters: Filters;
  /** null: the confirmation is not open (nothing counted). */
  toInvite: number | null;
  limit: number;
  action: (form: FormData) => Promise<void>;
}) {
  const base = `/${locale}/organisation/people`;
  const kept = Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const query = new URLSearchParams(kept);
  if (toInvite === null) {
    query.set("invite", "confirm");
    return (
      <p className="mb-4 text-sm">
        <Link className="text-blue-700 underline" href={`${base}?${query}#bulk-invite`}>
          {m.open}
        </Link>
      </p>
    );
  }
  return (
    <section id="bulk-invite" aria-labelledby="bulk-invite-title" className="mb-6 max-w-2xl rounded border border-slate-300 bg-white p-4">
      <h2 id="bulk-invite-title" className="mb-2 text-lg font-semibold">
        {m.title}
      </h2>
      <p className="mb-2" data-testid="bulk-invite-count">
        {toInvite === 0 ? m.none : plural(locale, m.count, toInvite)}
      </p>
      {toInvite > 0 ? (
        <form action={action} className="flex flex-wrap items-center gap-4">
          <p className="w-full text-sm text-slate-700">{fmt(m.explain, { limit: formatNumber(locale, limit) })}</p>
          <input type="hidden" name="locale" value={locale} />
          {kept.map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white">
            {plural(locale, m.confirm, Math.min(toInvite, limit))}
          </button>
          <Link className="underline" href={`${base}${kept.length > 0 ? `?${new URLSearchParams(kept)}` : ""}`}>
            {m.cancel}
          </Link>
        </form>
      ) : (
        <Link className="text-sm underline" href={`${base}${kept.length > 0 ? `?${new URLSearchParams(kept)}` : ""}`}>
          {m.cancel}
        </Link>
      )}
    </section>
  );
}
