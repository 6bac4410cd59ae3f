"use server";
// Server action behind the follow-ups page's buttons (plain forms: works without JS).
// Same-origin checked here (SECURITY.md), zod-parsed, scope checked by the data layer;
// the outcome comes back as a query flag after a redirect (post/redirect/get).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/get-actor";
import { ZUpdateFollowUpStatusInput, updateFollowUpStatus } from "@/lib/db/follow-ups/update-follow-up-status";
import { NotFoundError } from "@/lib/errors";
import { isSameOrigin } from "@/lib/http/same-origin";
import { defaultLocale, isLocale } from "@/lib/i18n/config";

export async function updateFollowUpStatusAction(formData: FormData): Promise<void> {
  const rawLocale = formData.get("locale");
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const page = `/${locale}/follow-ups`;
  const actor = await requireActor(locale, page);
  if (!isSameOrigin(new Request("http://internal/", { headers: await headers() }))) redirect(`${page}?result=invalid`);
  const parsed = ZUpdateFollowUpStatusInput.safeParse({ followUpId: formData.get("followUpId"), status: formData.get("status") });
  if (!parsed.success) redirect(`${page}?result=invalid`);
  let result = "updated";
  try {
    await updateFollowUpStatus(actor, parsed.data);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    result = "not-found";
  }
  revalidatePath(page);
  redirect(`${page}?result=${result}`);
}
