// An action's comments (oldest first, with the form to add one) and its history (who changed what,
// when): status moves in words, other changes by the names of the fields changed.
import { FieldNotes, inputClass } from "@/components/settings/form-field";
import { changedFields } from "@/lib/actions/action-display";
import type { ActionDetailDto } from "@/lib/db/actions/get-action";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { WorkForm } from "./action-work-forms";

type Props = { action: ActionDetailDto; locale: Locale; t: Messages };
const card = "rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200";

export function ActionComments({ action, locale, t, form }: Props & { form: WorkForm | null }) {
  const m = t.actionPages.detail;
  return (
    <section aria-labelledby="action-comments" className={card}>
      <h2 id="action-comments" className="mb-2 font-semibold">
        {m.commentsTitle}
      </h2>
      {action.comments.length === 0 ? (
        <p className="text-sm text-slate-600">{m.noComments}</p>
      ) : (
        <ol className="mb-3 flex flex-col gap-3" data-testid="action-comments">
          {action.comments.map((comment) => (
            <li key={comment.id} className="border-l-2 border-slate-200 pl-3 text-sm">
              <p className="text-slate-600">
                {comment.authorName ?? m.unknownAuthor} · {formatDate(locale, comment.createdAt, "dateTime")}
              </p>
              <p className="whitespace-pre-line">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {form ? (
        <form action={form.action} className="mt-3 flex max-w-2xl flex-col gap-2" id="body">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="actionId" value={action.id} />
          <label htmlFor="action-comment" className="font-medium">
            {m.commentLabel}
          </label>
          <textarea
            id="action-comment"
            name="body"
            rows={3}
            maxLength={2000}
            required
            aria-describedby={form.error ? "action-comment-hint action-comment-error" : "action-comment-hint"}
            aria-invalid={form.error ? true : undefined}
            className={inputClass}
          />
          <FieldNotes id="action-comment" hint="" error={form.error} />
          <div>
            <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100">
              {m.addComment}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function describe(entry: ActionDetailDto["history"][number], index: number, t: Messages): string {
  const m = t.actionPages.detail;
  const statuses = t.actionPages.statuses;
  if (entry.fromStatus && entry.toStatus) return fmt(m.historyStatus, { from: statuses[entry.fromStatus], to: statuses[entry.toStatus] });
  if (index === 0 && entry.toStatus) return m.historyCreated;
  const names = m.historyFields as Record<string, string>;
  const fields = changedFields(entry.changes).map((field) => names[field] ?? field);
  return fmt(m.historyChanged, { fields: fields.join(", ") });
}

/** A person by name; an API key by its name when the history kept it. */
const author = (entry: ActionDetailDto["history"][number], m: Messages["actionPages"]["detail"]) =>
  entry.actorName ?? (entry.apiKeyName ? fmt(m.apiKeyNamed, { name: entry.apiKeyName }) : m.apiKey);

export function ActionHistory({ action, locale, t }: Props) {
  const m = t.actionPages.detail;
  return (
    <section aria-labelledby="action-history" className={card}>
      <h2 id="action-history" className="mb-2 font-semibold">
        {m.historyTitle}
      </h2>
      {action.history.length === 0 ? (
        <p className="text-sm text-slate-600">{m.noHistory}</p>
      ) : (
        <ol className="flex flex-col gap-1 text-sm" data-testid="action-history">
          {action.history.map((entry, index) => (
            <li key={`${entry.createdAt.toISOString()}-${index}`}>
              <time dateTime={entry.createdAt.toISOString()} className="text-slate-600">
                {formatDate(locale, entry.createdAt, "dateTime")}
              </time>{" "}
              — {fmt(m.historyEntry, { who: author(entry, m), what: describe(entry, index, t) })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
