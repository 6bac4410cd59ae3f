"use server";
// Server actions of one follow-up's page (issue 14 §4), built with the one action wrapper
// (same-origin, actor); the data layer checks scope and validates. Plain forms answered by
// post/redirect/get, except the email reveal, which answers the address to the page that asked.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { revealFollowUpEmail, workFollowUp } from "@/lib/db/follow-ups/work-follow-up";
import { ActionRefusal, redirectingAction, serverAction, urlSegment } from "@/lib/http/server-action";

const ZWorkForm = z.object({ id: z.string().max(100), op: z.string().max(20) }).loose();

const work = serverAction({ name: "follow-ups/work", input: ZWorkForm }, async ({ actor, input, locale, t }) => {
  const result = await workFollowUp(actor, input.id, input);
  if (!result.ok) throw new ActionRefusal(result.code, t.followUpDetail.codes[result.code], { [result.field]: result.code });
  revalidatePath(`/${locale}/follow-ups`);
  return input.id;
});

export const workFollowUpAction = redirectingAction(
  work,
  (locale) => `/${locale}/follow-ups`,
  (result, page, form) => {
    const id = urlSegment(form.get("id"));
    if (!result.ok && result.code === "NOT_FOUND") return `${page}?result=not-found`;
    const detail = `${page}/${id}`;
    if (result.ok) return `${detail}?saved=1`;
    const field = Object.keys(result.fieldErrors ?? {})[0] ?? "form";
    return `${detail}?error=${encodeURIComponent(result.code)}&field=${encodeURIComponent(field)}`;
  },
);

export const revealFollowUpEmailAction = serverAction(
  { name: "follow-ups/reveal", input: z.object({ id: z.string().max(100) }) },
  async ({ actor, input }) => revealFollowUpEmail(actor, input.id),
);
