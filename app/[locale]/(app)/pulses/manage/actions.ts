"use server";
// Server actions of the pulse management pages, built with the one action wrapper (same-origin,
// zod); rights and tenant are checked by the data layer. The editor (create, edit a draft)
// answers its form state and redirects once saved; the buttons (launch, close, delete, remind)
// are plain forms answered by post/redirect/get with a query flag (they work without JS).
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import type { PulseEditorState } from "@/components/pulses/pulse-form-values";
import { pulseFormFields } from "@/components/pulses/pulse-form-values";
import { createPulse } from "@/lib/db/pulses/create-pulse";
import { deleteDraftPulse, updateDraftPulse } from "@/lib/db/pulses/edit-draft-pulse";
import { closePulseEarly, launchPulse } from "@/lib/db/pulses/launch-pulse";
import { env } from "@/lib/env";
import { ExpectedError } from "@/lib/errors";
import { ActionRefusal, redirectingAction, serverAction } from "@/lib/http/server-action";
import type { Messages } from "@/lib/i18n/messages";
import { queueLaunchedPulse } from "@/lib/jobs/pulse-queue";
import { sendRemindersNow } from "@/lib/mail/pulse-mails";
import { UUID_PATTERN } from "@/lib/patterns";
import { DuplicatePulseNameError, ZCreatePulseInput } from "@/lib/pulses/pulse-schema";
import { readReminderFields } from "@/lib/pulses/reminders";

const managePage = (locale: string) => `/${locale}/pulses/manage`;

/** A date input (YYYY-MM-DD) read as that day in Paris: opening at its start, closing at its end. */
function parisDay(value: FormDataEntryValue | null, end: boolean): Date | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const utc = new Date(`${value}T${end ? "23:59:59" : "00:00:00"}Z`);
  const offsetHours = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", timeZoneName: "shortOffset" })
      .formatToParts(utc)
      .find((p) => p.type === "timeZoneName")
      ?.value.replace("GMT", "") || 0,
  );
  return new Date(utc.getTime() - offsetHours * 3_600_000);
}

const readPulseForm = (form: FormData) => ({
  name: form.get("name") ?? "",
  // The first choice, "the whole organisation", posts an empty team.
  teamId: form.get("teamId") ? form.get("teamId") : null,
  cadence: form.get("cadence") ?? "",
  opensAt: parisDay(form.get("opensOn"), false) ?? "invalid",
  closesAt: parisDay(form.get("closesOn"), true) ?? "invalid",
  includeItems: form.get("includeItems") === "on",
  includeIrritants: form.get("includeIrritants") === "on",
  includeSuggestion: form.get("includeSuggestion") === "on",
  // Two "days before closing" fields; an empty one is no reminder.
  reminderDays: readReminderFields([form.get("reminder1"), form.get("reminder2")]),
  allowDuplicateName: form.get("allowDuplicateName") === "on",
  pulseId: form.get("pulseId") ?? "",
});

/** The data layer's expected refusals of a save, as the sentences the form shows. */
async function saving<T>(t: Messages, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DuplicatePulseNameError)
      throw new ActionRefusal("DUPLICATE_NAME", t.pulses.duplicateName, { name: t.pulses.duplicateName });
    if (error instanceof ExpectedError && error.code === "CONFLICT") throw new ActionRefusal("LAUNCHED", t.pulses.errorLaunched);
    if (error instanceof ExpectedError && error.message === "reminderDays")
      throw new ActionRefusal("INVALID_INPUT", t.pulses.errorReminders, { reminderDays: t.pulses.errorReminders });
    // A team id not of this organisation (or archived) is refused like an invalid choice.
    if (error instanceof ExpectedError && error.code === "INVALID_INPUT")
      throw new ActionRefusal("INVALID_INPUT", t.pulses.errorTeam, { teamId: t.pulses.errorTeam });
    throw error;
  }
}

const editor = { input: ZCreatePulseInput, read: readPulseForm, keep: pulseFormFields, can: "pulses:manage" } as const;

const create = serverAction({ name: "pulses/create", ...editor }, async ({ actor, input, t, locale }) => {
  const { id } = await saving(t, () => createPulse(actor, input));
  redirect(`${managePage(locale)}/${id}?result=created`);
});

export async function createPulseAction(state: PulseEditorState, form: FormData): Promise<PulseEditorState> {
  return create(state, form);
}

const ZUpdatePulseInput = ZCreatePulseInput.and(z.object({ pulseId: z.string().regex(UUID_PATTERN) }));

const update = serverAction({ name: "pulses/update", ...editor, input: ZUpdatePulseInput }, async ({ actor, input, t, locale }) => {
  const { pulseId, ...fields } = input;
  await saving(t, () => updateDraftPulse(actor, pulseId, fields));
  redirect(`${managePage(locale)}/${pulseId}?result=updated`);
});

export async function updatePulseAction(state: PulseEditorState, form: FormData): Promise<PulseEditorState> {
  return update(state, form);
}

const ZPulseStateInput = z.object({
  pulseId: z.string().regex(UUID_PATTERN),
  operation: z.enum(["launch", "close", "delete", "remind"]),
});

const changeState = serverAction({ name: "pulses/state", input: ZPulseStateInput }, async ({ actor, input }) => {
  switch (input.operation) {
    case "launch":
      await launchPulse(actor, input.pulseId);
      await queueLaunchedPulse(env().DATABASE_URL, input.pulseId);
      return "launched";
    case "close":
      await closePulseEarly(actor, input.pulseId);
      return "closed";
    case "delete":
      await deleteDraftPulse(actor, input.pulseId);
      return "deleted";
    case "remind": {
      const { mail, sent } = await sendRemindersNow(actor, input.pulseId);
      return !mail ? "remindNoMail" : sent > 0 ? "reminded" : "remindedNone";
    }
  }
});

export const pulseStateAction = redirectingAction(changeState, managePage, (result, page, form) => {
  // Another organisation's pulse, or no pulse at all: the same 404 as its page.
  if (!result.ok && (result.code === "NOT_FOUND" || result.fieldErrors?.pulseId)) notFound();
  if (result.ok && result.data === "deleted") return `${page}?result=deleted`;
  const refused = form.get("operation") === "delete" ? "locked" : "state";
  return `${page}/${encodeURIComponent(String(form.get("pulseId") ?? ""))}?result=${result.ok ? result.data : refused}`;
});
