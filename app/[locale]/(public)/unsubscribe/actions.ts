"use server";
// The unsubscribe page's confirm button: records the suppression, then shows the page again
// (which now says it is done). The token is the credential; nothing is logged.
import { redirect } from "next/navigation";
import { z } from "zod";
import { authSecret } from "@/lib/auth/secret";
import { unsubscribeWithToken } from "@/lib/db/wording/unsubscribe";
import { asForm } from "@/lib/http/server-action";
import { isLocale } from "@/lib/i18n/config";

const ZUnsubscribe = z.object({ locale: z.string().refine(isLocale), token: z.string().min(1).max(100) });

export async function unsubscribeAction(posted: FormData): Promise<void> {
  const formData = asForm(posted);
  const parsed = ZUnsubscribe.safeParse({ locale: formData.get("locale"), token: formData.get("token") });
  if (!parsed.success) redirect("/");
  await unsubscribeWithToken(authSecret(), parsed.data.token);
  redirect(`/${parsed.data.locale}/unsubscribe/${encodeURIComponent(parsed.data.token)}`);
}
