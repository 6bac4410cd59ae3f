"use server";
// Server action behind the follow-ups page's buttons (plain forms: works without JS), built with
// the one action wrapper (same-origin, zod); scope is checked by the data layer. The outcome
// comes back as a query flag after a redirect (post/redirect/get).
import { revalidatePath } from "next/cache";
import { ZUpdateFollowUpStatusInput, updateFollowUpStatus } from "@/lib/db/follow-ups/update-follow-up-status";
import { redirectingAction, serverAction } from "@/lib/http/server-action";

const update = serverAction({ name: "follow-ups/status", input: ZUpdateFollowUpStatusInput }, async ({ actor, input, locale }) => {
  await updateFollowUpStatus(actor, input);
  revalidatePath(`/${locale}/follow-ups`);
});

export const updateFollowUpStatusAction = redirectingAction(
  update,
  (locale) => `/${locale}/follow-ups`,
  (result, page) => `${page}?result=${result.ok ? "updated" : result.code === "NOT_FOUND" ? "not-found" : "invalid"}`,
);
