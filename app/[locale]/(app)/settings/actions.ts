"use server";
// Server action of the organisation settings form, built with the one action wrapper: 403 to
// anyone but an ADMIN, cross-site posts refused; the data layer validates, writes and audits.
// A refusal comes back with each field's sentence and the values as typed.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateOrganisationSettings } from "@/lib/db/organisations/update-organisation-settings";
import { ActionRefusal, serverAction } from "@/lib/http/server-action";
import type { Messages } from "@/lib/i18n/messages";
import { settingsFields, type SettingsField, type SettingsFieldErrors } from "@/lib/organisations/settings-schema";
import { settingsFormValues } from "@/components/settings/form-states";

// Every field is text as the form sent it (absent → empty); the data layer's schema decides.
const ZSettingsForm = z.object(
  Object.fromEntries(settingsFields.map((field) => [field, z.string().catch("")])) as Record<SettingsField, z.ZodCatch<z.ZodString>>,
);

const errorKeys: Record<SettingsField, keyof Messages["settings"]> = {
  name: "errorName",
  brandColor: "errorBrandColor",
  minGroupSize: "errorMinGroupSize",
  minVerbatimGroupSize: "errorMinVerbatimGroupSize",
  minCustomerResponses: "errorMinCustomerResponses",
  linkExpiryDays: "errorLinkExpiryDays",
  syncCreatesEvents: "errorSyncCreatesEvents",
};

function sentences(errors: SettingsFieldErrors, t: Messages): Record<string, string> {
  return Object.fromEntries(settingsFields.filter((field) => errors[field]).map((field) => [field, t.settings[errorKeys[field]]]));
}

export const updateSettingsAction = serverAction(
  { name: "settings/update", input: ZSettingsForm, can: "settings:manage", keep: settingsFields },
  async ({ actor, input, t }) => {
    const result = await updateOrganisationSettings(actor, input);
    if (!result.ok) throw new ActionRefusal("INVALID_INPUT", t.settings.errorSummary, sentences(result.fieldErrors, t));
    // The organisation's name is in the signed-in frame too.
    revalidatePath("/[locale]", "layout");
    const values = settingsFormValues(result.data);
    return { changed: result.changed.length, values };
  },
);
