"use server";
// Server actions of the pulse management pages (plain forms: work without JS). Same-origin
// checked here (SECURITY.md), zod-parsed, rights and tenant checked by the data layer; the
// outcome comes back as a query flag after a redirect (post/redirect/get).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/get-actor";
import { createPulse } from "@/lib/db/pulses/create-pulse";
import { closePulseEarly, launchPulse } from "@/lib/db/pulses/launch-pulse";
import { env } from "@/lib/env";
import { ExpectedError } from "@/lib/errors";
import { queueLaunchedPulse } from "@/lib/jobs/pulse-queue";
import { isSameOrigin } from "@/lib/http/same-origin";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { pulseInputFields, ZCreatePulseInput } from "@/lib/pulses/pulse-schema";

async function context(formData: FormData): Promise<{ locale: Locale; page: string; actor: Awaited<ReturnType<typeof requireActor>> }> {
  const raw = formData.get("locale");
  const locale = isLocale(raw) ? raw : defaultLocale;
  const page = `/${locale}/pulses/manage`;
  const actor = await requireActor(locale, page);
  if (!isSameOrigin(new Request("http://internal/", { headers: await headers() }))) redirect(`${page}?error=state`);
  return { locale, page, actor };
}

/** A date input (YYYY-MM-DD) read as that day in Paris: opening at its start, closing at its end. */
function parisDay(value: FormDataEntryValue | null, end: boolean): Date | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const utc = new Date(`${value}T${end ? "23:59:59" : "00:00:00"}Z`);
  const offsetHours = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", timeZoneName: "shortOffset" }).formatToParts(utc).find((p) => p.type === "timeZoneName")?.value.replace("GMT", "") || 0);
  return new Date(utc.getTime() - offsetHours * 3_600_000);
}

export async function createPulseAction(formData: FormData): Promise<void> {
  const { page, actor } = await context(formData);
  const parsed = ZCreatePulseInput.safeParse({
    name: formData.get("name") ?? "", teamId: formData.get("teamId") ?? "", cadence: formData.get("cadence") ?? "",
    opensAt: parisDay(formData.get("opensOn"), false) ?? "invalid", closesAt: parisDay(formData.get("closesOn"), true) ?? "invalid",
    includeItems: formData.get("includeItems") === "on", includeIrritants: formData.get("includeIrritants") === "on", includeSuggestion: formData.get("includeSuggestion") === "on",
  });
  if (!parsed.success) redirect(`${page}?error=${pulseInputFields(parsed.error).join(",")}`);
  let id: string;
  try {
    id = (await createPulse(actor, parsed.data)).id;
  } catch (error) {
    if (error instanceof ExpectedError && error.code === "INVALID_INPUT") redirect(`${page}?error=teamId`);
    throw error;
  }
  redirect(`${page}/${id}?result=created`);
}

export async function pulseStateAction(formData: FormData): Promise<void> {
  const { page, actor } = await context(formData);
  const pulseId = String(formData.get("pulseId") ?? "");
  const operation = formData.get("operation");
  try {
    if (operation === "launch") {
      await launchPulse(actor, pulseId);
      await queueLaunchedPulse(env().DATABASE_URL, pulseId);
    }
    else if (operation === "close") await closePulseEarly(actor, pulseId);
    else redirect(`${page}/${encodeURIComponent(pulseId)}?result=state`);
  } catch (error) {
    if (error instanceof ExpectedError && error.code === "CONFLICT") redirect(`${page}/${encodeURIComponent(pulseId)}?result=state`);
    throw error; // NotFound / Forbidden: the detail page turns them into 404 / 403
  }
  redirect(`${page}/${encodeURIComponent(pulseId)}?result=${operation === "launch" ? "launched" : "closed"}`);
}
