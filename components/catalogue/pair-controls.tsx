// The pieces both pair tables of the catalogue share (issue 13 §1): one side's FR/EN wording as
// a small form (or as text for a reader), the state badges, the ADMIN's move / retire / delete
// buttons, and the sentence explaining a refusal. Plain forms: work without JavaScript.
import type { Messages } from "@/lib/i18n/messages";
import { fmt } from "@/lib/i18n/format";

type T = Messages["catalogue"];
type FormAction = (form: FormData) => Promise<void>;

const NOTICES = ["created", "saved", "moved", "retired", "restored", "deleted"] as const;

export function noticeText(t: T, notice: string | undefined): string | null {
  const known = NOTICES.find((n) => n === notice);
  return known ? t.notices[known] : null;
}

export function errorText(t: T, error: string | undefined): string | null {
  const codes = (error ?? "").split(",").filter(Boolean).slice(0, 10);
  if (codes.length === 0) return null;
  const known = codes.filter((code): code is keyof T["errors"] => code in t.errors);
  return `${t.errorSummary} ${(known.length > 0 ? known : (["form"] as const)).map((code) => t.errors[code]).join(" ")}`;
}

/** One side's French and English wording: a form when the actor edits that side, else text. */
export function SideWording(props: {
  action: FormAction;
  locale: string;
  t: T;
  id: string;
  side?: "CUSTOMER" | "EMPLOYEE";
  names: [string, string];
  values: [string, string];
  editable: boolean;
  label: string;
  testId: string;
}) {
  const { action, locale, t, id, side, names, values, editable, label, testId } = props;
  if (!editable)
    return (
      <div className="text-sm" data-testid={testId}>
        <p lang="fr">{values[0]}</p>
        <p lang="en" className="text-slate-600">
          {values[1]}
        </p>
      </div>
    );
  return (
    <form action={action} className="flex flex-col gap-1 text-sm" data-testid={testId}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      {side ? <input type="hidden" name="side" value={side} /> : null}
      <label className="flex flex-col">
        <span className="sr-only">{`${label} — ${t.textFr}`}</span>
        <input
          name={names[0]}
          defaultValue={values[0]}
          required
          maxLength={300}
          lang="fr"
          className="rounded border border-slate-400 px-2 py-1"
        />
      </label>
      <label className="flex flex-col">
        <span className="sr-only">{`${label} — ${t.textEn}`}</span>
        <input
          name={names[1]}
          defaultValue={values[1]}
          required
          maxLength={300}
          lang="en"
          className="rounded border border-slate-400 px-2 py-1"
        />
      </label>
      <button type="submit" className="self-start rounded border border-slate-400 px-2 py-0.5" aria-label={`${t.save} — ${label}`}>
        {t.save}
      </button>
    </form>
  );
}

export function PairStatus({ t, active, used }: { t: T; active: boolean; used: boolean }) {
  return (
    <span className="flex flex-col gap-1 text-xs">
      <span className={`rounded px-1 ${active ? "bg-green-100 text-green-900" : "bg-slate-200"}`}>{active ? t.active : t.retired}</span>
      {used ? <span className="rounded bg-blue-50 px-1 text-blue-900">{t.answered}</span> : null}
    </span>
  );
}

function OneButton({
  action,
  locale,
  id,
  label,
  aria,
  extra,
}: {
  action: FormAction;
  locale: string;
  id: string;
  label: string;
  aria?: string;
  extra?: Record<string, string>;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="rounded border border-slate-400 px-2 py-0.5 text-sm" aria-label={aria}>
        {label}
      </button>
    </form>
  );
}

/** The ADMIN's buttons on a pair: move up/down, retire or restore, delete while never answered. */
export function PairAdminActions(props: {
  actions: { move: FormAction; active: FormAction; remove: FormAction };
  locale: string;
  t: T;
  id: string;
  name: string;
  active: boolean;
  used: boolean;
  first: boolean;
  last: boolean;
}) {
  const { actions, locale, t, id, name, active, used, first, last } = props;
  return (
    <div className="flex flex-wrap gap-1">
      {first ? null : (
        <OneButton
          action={actions.move}
          locale={locale}
          id={id}
          label={t.up}
          aria={fmt(t.moveUp, { key: name })}
          extra={{ direction: "up" }}
        />
      )}
      {last ? null : (
        <OneButton
          action={actions.move}
          locale={locale}
          id={id}
          label={t.down}
          aria={fmt(t.moveDown, { key: name })}
          extra={{ direction: "down" }}
        />
      )}
      <OneButton
        action={actions.active}
        locale={locale}
        id={id}
        label={active ? t.retire : t.restore}
        aria={`${active ? t.retire : t.restore} ${name}`}
        extra={{ active: active ? "false" : "true" }}
      />
      {used ? null : (
        <OneButton action={actions.remove} locale={locale} id={id} label={t.delete} aria={fmt(t.deleteLabel, { key: name })} />
      )}
    </div>
  );
}

/** A labelled text input of an add form. */
export function AddField({ name, label, max, mono, hint }: { name: string; label: string; max: number; mono?: boolean; hint?: string }) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span>{label}</span>
      <input
        name={name}
        required
        maxLength={max}
        aria-describedby={hint}
        className={`rounded border border-slate-400 px-3 py-1 ${mono ? "font-mono" : ""}`}
        {...(mono ? { pattern: "[a-z0-9]+(_[a-z0-9]+)*" } : {})}
      />
    </label>
  );
}
