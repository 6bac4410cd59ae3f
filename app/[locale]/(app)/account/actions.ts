"use server";
// Server actions of "Mon compte" (every role): one's name and language, and one's password.
// Plain forms (post/redirect/get, work without JS) through the one action wrapper.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changePassword } from "@/lib/db/accounts/change-password";
import { updateDetractorAlerts } from "@/lib/db/accounts/detractor-alerts";
import { updateMonthlyReportOptIn } from "@/lib/db/accounts/monthly-report-opt-in";
import { updateOwnProfile } from "@/lib/db/accounts/update-profile";
import { ActionRefusal, redirectingAction, serverAction } from "@/lib/http/server-action";

const accountPage = (locale: string) => `/${locale}/account`;

const profile = serverAction(
  { name: "account/profile", input: z.object({ name: z.string().max(1_000), locale: z.string().max(10) }) },
  async ({ actor, input }) => {
    const result = await updateOwnProfile(actor, input);
    if (!result.ok) throw new ActionRefusal("INVALID_INPUT", "invalid", Object.fromEntries(result.fields.map((field) => [field, field])));
    revalidatePath("/[locale]", "layout");
    return input.locale === "en" ? "en" : "fr";
  },
);

export const updateProfileAction = redirectingAction(profile, accountPage, (result, page) =>
  // The page follows the language just chosen.
  result.ok ? `${accountPage(result.data)}?saved=profile` : `${page}?error=profile`,
);

const alerts = serverAction(
  { name: "account/detractor-alerts", input: z.object({ mode: z.string().max(20) }) },
  async ({ actor, input }) => {
    const result = await updateDetractorAlerts(actor, input);
    if (!result.ok) throw new ActionRefusal("INVALID_INPUT", "invalid", { mode: "mode" });
    return true;
  },
);

export const updateDetractorAlertsAction = redirectingAction(alerts, accountPage, (result, page) =>
  result.ok ? `${page}?saved=alerts` : `${page}?error=alerts`,
);

// A checkbox: present when ticked, absent when not.
const monthly = serverAction(
  { name: "account/monthly-report", input: z.object({ enabled: z.string().max(10).optional() }) },
  async ({ actor, input }) => {
    const enabled = input.enabled === "on";
    const result = await updateMonthlyReportOptIn(actor, { enabled });
    if (!result.ok) throw new ActionRefusal("INVALID_INPUT", "invalid", { enabled: "enabled" });
    return enabled;
  },
);

export const updateMonthlyReportAction = redirectingAction(monthly, accountPage, (result, page) =>
  result.ok ? `${page}?saved=monthly-${result.data ? "on" : "off"}` : `${page}?error=monthly`,
);

const ZChangePassword = z.object({ current: z.string().max(200), password: z.string().max(200), confirm: z.string().max(200) });

const change = serverAction({ name: "account/change-password", input: ZChangePassword }, async ({ actor, input }) => {
  if (input.password !== input.confirm) throw new ActionRefusal("mismatch", "mismatch");
  const result = await changePassword(actor, input.current, input.password);
  if (!result.ok) throw new ActionRefusal(result.problem, result.problem);
  return true;
});

export const changePasswordAction = redirectingAction(change, accountPage, (result, page) =>
  // Every session has ended, this one too: sign in again with the new password.
  result.ok
    ? page.replace(/account$/, "sign-in?notice=password-changed")
    : `${page}?error=${result.code === "INVALID_INPUT" ? "tooLong" : result.code}`,
);
