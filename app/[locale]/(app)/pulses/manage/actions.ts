"use server";
// Server actions of the pulse management pages (plain forms: work without JS), built with the one
// action wrapper (same-origin, zod); rights and tenant are checked by the data layer. The outcome
// comes back as a query flag after a redirect (post/redirect/get).
import { notFound } from "next/navigation";
import { z } from "zod";
import { createPulse } from "@/lib/db/pulses/create-pulse";
import { closePulseEarly, launchPulse } from "@/lib/db/pulses/launch-pulse";
import { env } from "@/lib/env";
import { redirectingAction, serverAction } from "@/lib/http/server-action";
import { queueLaunchedPulse } from "@/lib/jobs/pulse-queue";
import { UUID_PATTERN } from "@/lib/patterns";
import { pulseInputFields, ZCreatePulseInput } from "@/lib/pulses/pulse-schema";

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
  teamId: form.get("teamId") ?? "",
  cadence: form.get("cadence") ?? "",
  opensAt: parisDay(form.get("opensOn"), false) ?? "invalid",
  closesAt: parisDay(form.get("closesOn"), true) ?? "invalid",
  includeItems: form.get("includeItems") === "on",
  includeIrritants: form.get("includeIrritants") === "on",
  includeSuggestion: form.get("includeSuggestion") === "on",
});

const create = serverAction(
  { name: "pulses/create", input: ZCreatePulseInput, read: readPulseForm },
  async ({ actor, input }) => (await createPulse(actor, input)).id,
);

export const createPulseAction = redirectingAction(create, managePage, (result, page) => {
  if (result.ok) return `${page}/${result.data}?result=created`;
  if (result.code !== "INVALID_INPUT") return `${page}?error=state`;
  // Invalid fields flag themselves; the data layer's INVALID_INPUT (no fields) is a team not ours.
  return `${page}?error=${result.fieldErrors ? pulseInputFields(Object.keys(result.fieldErrors)).join(",") : "teamId"}`;
});

const ZPulseStateInput = z.object({ pulseId: z.string().regex(UUID_PATTERN), operation: z.enum(["launch", "close"]) });

const changeState = serverAction({ name: "pulses/state", input: ZPulseStateInput }, async ({ actor, input }) => {
  if (input.operation === "launch") {
    await launchPulse(actor, input.pulseId);
    await queueLaunchedPulse(env().DATABASE_URL, input.pulseId);
  } else await closePulseEarly(actor, input.pulseId);
  return input.operation === "launch" ? "launched" : "closed";
});

export const pulseStateAction = redirectingAction(changeState, managePage, (result, page, form) => {
  // Another organisation's pulse, or no pulse at all: the same 404 as its page.
  if (!result.ok && (result.code === "NOT_FOUND" || result.fieldErrors?.pulseId)) notFound();
  return `${page}/${encodeURIComponent(String(form.get("pulseId") ?? ""))}?result=${result.ok ? result.data : "state"}`;
});
