"use server";
// Server action of the organisation settings form: requireActionActor answers 403 to anyone
// but an ADMIN (and to cross-site posts); the data layer validates, writes and audits.
import { revalidatePath } from "next/cache";
import { forbidden } from "next/navigation";
import { requireActionActor } from "@/lib/auth/action-guard";
import { updateOrganisationSettings } from "@/lib/db/organisations/update-organisation-settings";
import { ForbiddenError } from "@/lib/errors";
import type { SettingsFormState, SettingsFormValues } from "@/components/settings/form-states";
import { settingsFields } from "@/lib/organisations/settings-schema";

export async function updateSettingsAction(_previous: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const actor = await requireActionActor("settings:manage");
  const values = Object.fromEntries(settingsFields.map((field) => {
    const value = form.get(field);
    return [field, typeof value === "string" ? value : ""];
  })) as SettingsFormValues;
  try {
    const result = await updateOrganisationSettings(actor, values);
    if (!result.ok) return { ok: false, code: "INVALID_INPUT", fieldErrors: result.fieldErrors, values };
    // The organisation's name is in the signed-in frame too.
    revalidatePath("/[locale]", "layout");
    const saved = Object.fromEntries(settingsFields.map((field) => [field, String(result.data[field])])) as SettingsFormValues;
    return { ok: true, changed: result.changed.length, values: saved };
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    console.error(`[settings] update failed: ${error instanceof Error ? error.stack : String(error)}`);
    return { ok: false, code: "UNEXPECTED", fieldErrors: {}, values };
  }
}
