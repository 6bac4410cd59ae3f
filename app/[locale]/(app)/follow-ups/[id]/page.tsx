// One detractor follow-up (issue 14 §4): the contact and the customer's answers, the masked email
// (revealed on demand to the assignee and CX, audited), assignment, due date, notes, closing with a
// note, published actions attached, and the history. Out of scope or foreign: the 404 page.
import Link from "next/link";
import type { ReactNode } from "react";
import { RevealEmail } from "@/components/follow-ups/reveal-email";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { getFollowUp } from "@/lib/db/follow-ups/follow-up-detail";
import { FOLLOW_UP_NOTE_MAX, type FollowUpWorkCode } from "@/lib/db/follow-ups/work-follow-up";
import { fmt, formatDate } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { revealFollowUpEmailAction, workFollowUpAction } from "./actions";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ saved?: string; error?: string; field?: string }>;
};

export const generateMetadata = pageTitle((t) => t.followUpDetail.title);

const button = "rounded border border-slate-400 px-3 py-1 text-sm font-medium hover:bg-slate-100";
const input = "rounded border border-slate-400 px-2 py-1";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-2 py-1">
      <dt className="text-slate-600">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function WorkForm({ locale, id, op, children }: { locale: string; id: string; op: string; children: ReactNode }) {
  return (
    <form action={workFollowUpAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="op" value={op} />
      {children}
    </form>
  );
}

export default async function FollowUpPage({ params, searchParams }: Props) {
  const { locale, t: messages } = await localeFromParams(params);
  const { id } = await params;
  const actor = await requireActor(locale, `/${locale}/follow-ups/${id}`);
  const followUp = await orPageError(getFollowUp(actor, id));
  const query = await searchParams;
  const t = messages.followUpDetail;
  const codes = t.codes as Record<string, string>;
  const error =
    query.error && query.error in codes ? codes[query.error as FollowUpWorkCode] : query.error ? messages.actions.INVALID_INPUT : null;
  const errorFor = (field: string) =>
    error && query.field === field ? (
      <p id={`${field}-error`} role="alert" className="w-full text-sm text-red-700" data-testid="follow-up-field-error">
        {error}
      </p>
    ) : null;
  const label = (fr: string, en: string) => (locale === "fr" ? fr : en);
  const contact = followUp.contact;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/${locale}/follow-ups`} className="text-blue-700 underline">
          {t.back}
        </Link>
      </p>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">
          {t.title} · {followUp.team.name}
        </h1>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-sm" data-testid="follow-up-status">
          {messages.followUps[followUp.status]}
        </span>
        {followUp.overdue ? <span className="rounded bg-red-100 px-2 py-0.5 text-sm text-red-800">{t.overdue}</span> : null}
      </div>
      <Notice kind="ok" text={query.saved ? t.saved : null} testId="follow-up-saved" />
      <Notice kind="error" text={error && (!query.field || query.field === "form") ? error : null} testId="follow-up-error" />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="contact-title" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="contact-title" className="mb-2 text-lg font-semibold">
            {t.contactTitle}
          </h2>
          {contact ? (
            <dl className="text-sm">
              <Row label={t.externalId}>{contact.externalId ?? "—"}</Row>
              <Row label={t.channel}>
                {messages.symmetry.channels[contact.channel as keyof typeof messages.symmetry.channels] ?? contact.channel}
              </Row>
              <Row label={t.moment}>{label(contact.momentFr, contact.momentEn)}</Row>
              <Row label={t.agent}>{contact.agentExternalId ?? "—"}</Row>
              <Row label={t.occurredAt}>{formatDate(locale, contact.occurredAt, "dateTime")}</Row>
              <Row label={t.email}>
                {contact.email ? (
                  <RevealEmail
                    id={followUp.id}
                    locale={locale}
                    masked={contact.email}
                    canReveal={followUp.canReveal}
                    label={t.reveal}
                    hint={t.revealHint}
                    action={revealFollowUpEmailAction}
                  />
                ) : (
                  t.noEmail
                )}
              </Row>
            </dl>
          ) : (
            <p className="text-sm text-slate-600">{t.noContact}</p>
          )}
        </section>
        <section aria-labelledby="answers-title" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="answers-title" className="mb-2 text-lg font-semibold">
            {t.answersTitle}
          </h2>
          <dl className="text-sm">
            <Row label={t.score}>
              <span className="font-semibold" data-testid="follow-up-score">
                {followUp.response.score}
              </span>{" "}
              · {formatDate(locale, followUp.response.submittedAt, "dateTime")}
            </Row>
            <Row label={t.comment}>{followUp.response.comment ?? <span className="text-slate-500">{t.noComment}</span>}</Row>
            <Row label={t.items}>
              <ul>
                {followUp.response.items.map((item) => (
                  <li key={item.labelFr}>
                    {label(item.labelFr, item.labelEn)} : <span className="font-semibold">{item.value}/5</span>
                  </li>
                ))}
              </ul>
            </Row>
            <Row label={t.irritants}>
              {followUp.response.irritants.length === 0 && !followUp.response.irritantOther ? (
                t.noIrritant
              ) : (
                <ul>
                  {followUp.response.irritants.map((irritant) => (
                    <li key={irritant.labelFr}>{label(irritant.labelFr, irritant.labelEn)}</li>
                  ))}
                  {followUp.response.irritantOther ? <li>{fmt(t.other, { text: followUp.response.irritantOther })}</li> : null}
                </ul>
              )}
            </Row>
          </dl>
        </section>
      </div>
      <section aria-labelledby="work-title" className="mt-6 rounded border border-slate-200 bg-white p-4">
        <h2 id="work-title" className="mb-3 text-lg font-semibold">
          {t.workTitle}
        </h2>
        <dl className="mb-4 text-sm">
          <Row label={t.assignee}>
            <span data-testid="follow-up-assignee">{followUp.assignee?.name ?? t.nobody}</span>
          </Row>
          <Row label={t.dueOn}>{followUp.dueOn ? formatDate(locale, `${followUp.dueOn}T12:00:00Z`) : t.noDue}</Row>
          {followUp.note && followUp.status === "CLOSED" ? <Row label={t.closeNote}>{followUp.note}</Row> : null}
        </dl>
        <div className="flex flex-col gap-4">
          <WorkForm locale={locale} id={followUp.id} op="assign">
            <label className="flex flex-col text-sm">
              <span>{t.assignTo}</span>
              <select name="assigneeId" defaultValue={followUp.assignee?.membershipId ?? actor.membershipId} className={input}>
                {followUp.assignees.map((person) => (
                  <option key={person.membershipId} value={person.membershipId}>
                    {person.name} · {messages.roles[person.role as keyof typeof messages.roles]}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={button}>
              {t.assign}
            </button>
            {errorFor("assigneeId")}
          </WorkForm>
          <WorkForm locale={locale} id={followUp.id} op="due">
            <label className="flex flex-col text-sm">
              <span>{t.dueOn}</span>
              <input type="date" name="dueOn" defaultValue={followUp.dueOn ?? ""} required className={input} />
            </label>
            <button type="submit" className={button}>
              {t.setDue}
            </button>
            {errorFor("dueOn")}
          </WorkForm>
          <WorkForm locale={locale} id={followUp.id} op="note">
            <label className="flex w-full flex-col text-sm sm:w-2/3">
              <span>{t.note}</span>
              <textarea name="body" rows={2} maxLength={FOLLOW_UP_NOTE_MAX} required className={input} aria-describedby="note-hint" />
              <span id="note-hint" className="text-slate-600">
                {t.noteHint}
              </span>
            </label>
            <button type="submit" className={button}>
              {t.addNote}
            </button>
            {errorFor("body")}
          </WorkForm>
          {followUp.status === "CLOSED" ? (
            <WorkForm locale={locale} id={followUp.id} op="status">
              <input type="hidden" name="status" value="IN_PROGRESS" />
              <button type="submit" className={button}>
                {t.reopen}
              </button>
            </WorkForm>
          ) : (
            <WorkForm locale={locale} id={followUp.id} op="status">
              <input type="hidden" name="status" value="CLOSED" />
              <label className="flex w-full flex-col text-sm sm:w-2/3">
                <span>{t.closeNote}</span>
                <textarea name="note" rows={2} maxLength={FOLLOW_UP_NOTE_MAX} className={input} aria-describedby="note-hint" />
              </label>
              <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white">
                {t.close}
              </button>
              {errorFor("note")}
            </WorkForm>
          )}
        </div>
      </section>
      <section aria-labelledby="linked-title" className="mt-6 rounded border border-slate-200 bg-white p-4">
        <h2 id="linked-title" className="mb-2 text-lg font-semibold">
          {t.actionsTitle}
        </h2>
        {followUp.actions.length === 0 ? (
          <p className="text-sm text-slate-600">{t.noActions}</p>
        ) : (
          <ul className="mb-3 text-sm" data-testid="follow-up-actions">
            {followUp.actions.map((action) => (
              <li key={action.id}>
                <Link href={`/${locale}/actions/${action.id}`} className="text-blue-700 underline">
                  {action.title}
                </Link>
                {action.publishedSummary ? <span className="block text-slate-600">{action.publishedSummary}</span> : null}
              </li>
            ))}
          </ul>
        )}
        {followUp.attachable.length > 0 ? (
          <WorkForm locale={locale} id={followUp.id} op="attach">
            <label className="flex flex-col text-sm">
              <span>{t.attachLabel}</span>
              <select name="actionId" className={input}>
                {followUp.attachable.map((action) => (
                  <option key={action.id} value={action.id}>
                    {action.title}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={button}>
              {t.attach}
            </button>
            {errorFor("actionId")}
          </WorkForm>
        ) : null}
      </section>
      <section aria-labelledby="history-title" className="mt-6">
        <h2 id="history-title" className="mb-2 text-lg font-semibold">
          {t.historyTitle}
        </h2>
        <table className="w-full border-collapse bg-white text-left text-sm" data-testid="follow-up-history">
          <caption className="sr-only">{t.historyCaption}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="p-2">
                {t.when}
              </th>
              <th scope="col" className="p-2">
                {t.who}
              </th>
              <th scope="col" className="p-2">
                {t.what}
              </th>
            </tr>
          </thead>
          <tbody>
            {followUp.history.map((event, index) => (
              <tr key={index} className="border-b align-top">
                <td className="whitespace-nowrap p-2">{formatDate(locale, event.createdAt, "dateTime")}</td>
                <td className="p-2">{event.actorName ?? t.system}</td>
                <td className="p-2">
                  {fmt(t.events[event.kind], {
                    name: event.assigneeName ?? "—",
                    status: event.status ? messages.followUps[event.status] : "—",
                    body: event.body ?? "",
                    date: event.dueOn ? formatDate(locale, `${event.dueOn}T12:00:00Z`) : "—",
                    title: event.actionTitle ?? "—",
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
