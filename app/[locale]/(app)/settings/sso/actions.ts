"use server";
// Server actions of Settings › Connexion unique, built with the one action wrapper (same-origin,
// ADMIN policy, zod, error contract); the data layer checks the policy again, runs the provider's
// discovery before storing anything, seals the secret and audits.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { removeSsoSettings, saveSsoSettings } from "@/lib/db/sso/sso-settings";
import { ActionRefusal, serverAction } from "@/lib/http/server-action";
import { fmt } from "@/lib/i18n/format";
import { readSsoSettingsForm, SsoSettingsRefusal, ZSsoSettingsInput } from "@/lib/sso/settings-schema";

const refresh = () => revalidatePath("/[locale]/settings/sso", "page");

export const saveSsoSettingsAction = serverAction(
  {
    name: "settings/sso/save",
    input: ZSsoSettingsInput,
    can: "organisation:manage",
    read: readSsoSettingsForm,
    keep: ["displayName", "issuer", "clientId", "allowedDomains", "ssoOnly", "jitEnabled", "jitTeamId"],
    messages: (t) => ({ INVALID_INPUT: t.sso.errorInvalid }),
  },
  async ({ actor, form, t }) => {
    try {
      // The data layer validates the form as posted (the schema transforms: it cannot take its own output).
      await saveSsoSettings(actor, readSsoSettingsForm(form));
    } catch (error) {
      if (!(error instanceof SsoSettingsRefusal)) throw error;
      throw new ActionRefusal(error.reason, fmt(t.sso.refusals[error.reason], { detail: error.detail }));
    }
    refresh();
    return { saved: true };
  },
);

export const removeSsoSettingsAction = serverAction(
  { name: "settings/sso/remove", input: z.object({}), can: "organisation:manage" },
  async ({ actor }) => {
    await removeSsoSettings(actor);
    refresh();
    return { removed: true };
  },
);
