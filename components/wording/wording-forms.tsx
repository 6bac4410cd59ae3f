"use client";
// The "Wording and emails" page's two forms: one locale and side's survey wording, and one email
// template with its live preview. The preview renders the same pure function the mails use
// (lib/wording/email-template.ts) with sample values, as React text: escaped, never HTML.
import { useActionState, useState } from "react";
import { FormField, inputClass } from "@/components/settings/form-field";
import type { EmailTemplateDto, SurveyWordingDto } from "@/lib/db/wording/wording-settings";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/http/server-action";
import {
  BODY_MAX,
  fillTemplate,
  SUBJECT_MAX,
  templateIssues,
  VARIABLES_BY_KIND,
  type EmailTemplateKind,
  type TemplateIssue,
} from "@/lib/wording/email-template";

type Action<T> = (previous: unknown, form: FormData) => Promise<ActionResult<T>>;
type Labels = Messages["wording"];

function Outcome({ state, labels, reset }: { state: ActionResult<unknown> | null; labels: Labels; reset?: boolean }) {
  if (!state) return null;
  if (state.ok)
    return (
      <p role="status" className="text-sm font-medium text-green-800">
        {reset ? labels.reset : labels.saved}
      </p>
    );
  return (
    <p role="alert" className="text-sm font-medium text-red-800">
      {state.message}
    </p>
  );
}

export function WordingForm({
  lang,
  side,
  initial,
  organisationName,
  canEdit,
  labels,
  action,
}: {
  lang: "fr" | "en";
  side: "CUSTOMER" | "EMPLOYEE";
  initial: SurveyWordingDto | undefined;
  organisationName: string;
  canEdit: boolean;
  labels: Labels;
  action: Action<{ saved: boolean }>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const value = (field: "name" | "intro" | "thankYou") => failed?.values?.[field] ?? initial?.[field] ?? "";
  const error = (field: string) => failed?.fieldErrors?.[field] ?? null;
  const id = (field: string) => `wording-${lang}-${side}-${field}`;
  const key = JSON.stringify([initial, failed?.values]);
  return (
    <form action={formAction} key={key} className="grid gap-3" aria-labelledby={`${id("title")}`} data-testid={`wording-${lang}-${side}`}>
      <h4 id={id("title")} className="font-semibold">
        {labels.sides[side]}
      </h4>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="side" value={side} />
      <FormField id={id("name")} label={labels.name} hint={fmt(labels.nameHint, { organisation: organisationName })} error={error("name")}>
        {(props) => (
          <input
            {...props}
            name="name"
            defaultValue={value("name")}
            maxLength={120}
            placeholder={organisationName}
            className={inputClass}
            readOnly={!canEdit}
          />
        )}
      </FormField>
      {(["intro", "thankYou"] as const).map((field) => (
        <FormField key={field} id={id(field)} label={labels[field]} hint={labels[`${field}Hint`]} error={error(field)}>
          {(props) => (
            <textarea
              {...props}
              name={field}
              defaultValue={value(field)}
              rows={2}
              maxLength={1000}
              className={inputClass}
              readOnly={!canEdit}
            />
          )}
        </FormField>
      ))}
      {canEdit ? (
        <div className="flex items-center gap-4">
          <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
            {labels.saveWording}
          </button>
          <Outcome state={state} labels={labels} />
        </div>
      ) : null}
    </form>
  );
}

function issueText(issue: TemplateIssue, labels: Labels): string {
  if (issue.code === "unknownVariable") return fmt(labels.errors.unknownVariable, { name: issue.name });
  if (issue.code === "markup") return fmt(labels.errors.markup, { text: issue.text });
  if (issue.code === "tooLong") return fmt(labels.errors.tooLong, { max: issue.max });
  return labels.errors.empty;
}

export function TemplateForm({
  lang,
  kind,
  initial,
  organisationName,
  canEdit,
  labels,
  action,
}: {
  lang: "fr" | "en";
  kind: EmailTemplateKind;
  initial: EmailTemplateDto | undefined;
  organisationName: string;
  canEdit: boolean;
  labels: Labels;
  action: Action<{ saved: boolean; reset: boolean }>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [subject, setSubject] = useState(initial?.subject ?? "");
  const [body, setBody] = useState(initial?.body ?? "");
  const id = (field: string) => `template-${lang}-${kind}-${field}`;
  const blank = subject.trim() === "" && body.trim() === "";
  // Live checks as typed; the server checks again on save.
  const live = (text: string, max: number) => (blank ? null : templateIssues(kind, text, max)[0]);
  const subjectIssue = live(subject, SUBJECT_MAX);
  const bodyIssue = live(body, BODY_MAX);
  const failed = state && !state.ok ? state : null;
  const error = (field: "subject" | "body", issue: TemplateIssue | null | undefined) =>
    issue ? issueText(issue, labels) : (failed?.fieldErrors?.[field] ?? null);
  const sample = { organisation: organisationName, ...labels.sample };
  const variables = VARIABLES_BY_KIND[kind].map((name) => `{{${name}}} (${labels.variableLabels[name]})`).join(", ");
  const paragraphs = fillTemplate(body, sample)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <form action={formAction} className="grid gap-3 lg:grid-cols-2" aria-labelledby={id("title")} data-testid={`template-${lang}-${kind}`}>
      <div className="grid content-start gap-3">
        <h4 id={id("title")} className="font-semibold">
          {labels.kinds[kind]}
        </h4>
        <p className="text-sm text-slate-600">{initial ? labels.custom : labels.builtIn}</p>
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="kind" value={kind} />
        <FormField
          id={id("subject")}
          label={labels.subject}
          hint={fmt(labels.variables, { list: variables })}
          error={error("subject", subjectIssue)}
        >
          {(props) => (
            <input
              {...props}
              name="subject"
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              className={inputClass}
              readOnly={!canEdit}
            />
          )}
        </FormField>
        <FormField id={id("body")} label={labels.body} hint={`${labels.bodyHint} ${labels.resetHint}`} error={error("body", bodyIssue)}>
          {(props) => (
            <textarea
              {...props}
              name="body"
              value={body}
              onChange={(e) => setBody(e.target.value)}
              rows={7}
              className={inputClass}
              readOnly={!canEdit}
            />
          )}
        </FormField>
        {canEdit ? (
          <div className="flex items-center gap-4">
            <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
              {labels.saveTemplate}
            </button>
            <Outcome state={state} labels={labels} reset={state?.ok ? state.data.reset : false} />
          </div>
        ) : null}
      </div>
      <section
        aria-label={`${labels.preview} – ${labels.kinds[kind]}`}
        className="rounded border border-slate-200 bg-slate-50 p-4"
        data-testid="template-preview"
      >
        <h5 className="mb-2 text-sm font-semibold uppercase text-slate-600">{labels.preview}</h5>
        {blank ? (
          <p className="text-sm text-slate-600">{labels.builtIn}</p>
        ) : (
          <>
            <p className="mb-3 font-medium" data-testid="preview-subject">
              {fmt(labels.previewSubject, { subject: fillTemplate(subject, sample).replace(/\s+/g, " ").trim() })}
            </p>
            <div data-testid="preview-body" className="grid gap-3 whitespace-pre-line bg-white p-3">
              {paragraphs.map((paragraph, i) => (
                <p key={i}>{paragraph}</p>
              ))}
            </div>
            <p className="mt-2 text-xs text-slate-500">{labels.previewNote}</p>
          </>
        )}
      </section>
    </form>
  );
}
